package pipeline

import "testing"

// TestNewsS24names24b checks canonical names and merging fixed by helper
// names24b of the twenty-fourth session (docs/names.md): an adjectival
// surname after a rank, a foreign first name in -ем and its genitive, a
// town's and a region's adjectives with their places.
func TestNewsS24names24b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s24-names24b-istanbul.txt", "2026-11-12",
			[]string{
				"PERSON Экрем Имамоглу", // with «Экрема Имамоглу», an entity of its own before
				"PERSON Озгюр Озель",    // (guard)
			},
			nil, nil},
		{"news-s24-elect24-foreign-pres.txt", "2025-06-02",
			[]string{"PERSON Экрем Имамоглу"}, // «… партии Экрем Имамоглу заявил»; was «Экрь Имамоглу»
			nil, nil},
		{"news-s24-names24b-general.txt", "2026-02-04",
			[]string{
				"PERSON Валерий Залужный",  // with «генерала Залужного», kept as written before
				"PERSON Александр Сырский", // (guard)
				"PERSON Владимир Зеленский",
			},
			[]string{"Валерий Залужный WORKS_AS генерал"}, // was «Залужного WORKS_AS генерал»
			nil},
		{"news-s24-names24b-plant.txt", "2026-10-21",
			[]string{
				"CITY Нижний Тагил",                      // with «Нижнетагильский», a CITY of its own
				"STATE_OR_PROVINCE Вологодская область",  // with «Вологодский», a STATE_OR_PROVINCE of its own
				"STATE_OR_PROVINCE Свердловская область", // (guard)
				"CITY Череповец",                         // (guard)
			},
			[]string{"Георгий Филимонов WORKPLACE Вологодская область"}, // was «… WORKPLACE Вологодский»
			nil},
	})
	checkAbsent(t, []absentCase{
		{"news-s24-names24b-istanbul.txt", []string{"PERSON Экрема Имамоглу"}},
		{"news-s24-elect24-foreign-pres.txt", []string{"PERSON Экрь Имамоглу"}},
		{"news-s24-names24b-general.txt", []string{"PERSON Залужного"}},
		{"news-s24-names24b-plant.txt", []string{"CITY Нижнетагильский", "STATE_OR_PROVINCE Вологодский"}},
	})
}
