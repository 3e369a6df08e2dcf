package pipeline

import "testing"

// TestNewsS15Rel15b checks the news texts written in the fifteenth session
// by the second relation helper (testdata/news-s15-rel15b-*.txt): the
// relations listed last were found at main and are wrong.
func TestNewsS15Rel15b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s15-rel15b-region.txt", "2025-11-12",
			[]string{"CITY Суземка"}, // (guard)
			nil,
			[]string{"Брянск ALTERNATIVE_NAME Суземка"}}, // the dateline's city is no other name of the body's village
		{"news-s15-rel15b-sport.txt", "2025-11-16",
			nil,
			[]string{"Янник Синнер ORIGINS_FROM итальянец"},  // (guard)
			[]string{"Янник Синнер ORIGINS_FROM россиянин"}}, // «Синнер обыграл россиянина»: the loser's
		{"news-s15-rel15b-forums.txt", "2025-09-02",
			nil,
			nil,
			[]string{ // two forums, not two names of one
				"Восточный экономический форум ALTERNATIVE_NAME Петербургский международный экономический форум",
				"Петербургский международный экономический форум ALTERNATIVE_NAME Восточный экономический форум",
			}},
		{"news-s15-rel15b-kremlin.txt", "2025-11-20",
			nil,
			[]string{"Дмитрий Песков WORKS_AS Пресс-секретарь президента России"}, // (guard)
			[]string{"Дмитрий Песков WORKS_AS глава государства"}},                // «Как сообщил Песков, глава государства примет участие»
		{"news-s15-rel15b-airshow.txt", "2025-11-18",
			nil,
			[]string{"Швабе PART_OF Ростех"},                      // (guard)
			[]string{"Ростех PARTICIPANT_IN Dubai Airshow 2025"}}, // the holding takes part, not its parent
	})
}
