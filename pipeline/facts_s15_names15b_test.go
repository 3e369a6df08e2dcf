package pipeline

import "testing"

// TestNewsS15Names15b checks the news texts written in the fifteenth
// session by the helper names15b (testdata/news-s15-names15b-*.txt).
// Lines marked (guard) held before.
func TestNewsS15Names15b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s15-names15b-moldova.txt", "2025-12-04",
			[]string{
				"PERSON Михай Попшой", // a man's nominative first name: was «Михай Попша», a woman's instrumental
				"PERSON Кая Каллас",   // (guard)
			},
			[]string{
				"Михай Попшой WORKS_AS Министр иностранных дел Молдавии", // was «Михай Попша»
				"STATEMENT(заявил) date=2025-12-04 agent=Михай Попшой",   // the lone surname merged with the full name
			},
			nil},
		{"news-s15-nerel15b-parliament.txt", "2025-11-01",
			[]string{"PERSON Михай Попшой"}, // «Министром иностранных дел стал Михай Попшой»: was «Михай Попша»
			nil, nil},
		{"news-s15-nerel15b-club.txt", "2025-06-22",
			[]string{"ORGANIZATION Газпром нефть"},             // «совета директоров „Газпром нефти“»: was «Газпром нефти»
			[]string{"Алексей Миллер WORKPLACE Газпром нефть"}, // was «Газпром нефти»
			nil},
		{"news-s15-names15b-forum.txt", "2025-05-16",
			[]string{"EVENT форум-2025"},                 // «на форуме-2025»: was «форуме-2025»
			[]string{"форум-2025 TAKES_PLACE_IN Казань"}, // was «форуме-2025»
			nil},
	})
}
