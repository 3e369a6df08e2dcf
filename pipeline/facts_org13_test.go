package pipeline

import "testing"

// TestNewsOrg13 runs the pipeline over news texts written in the
// thirteenth session (helper on organizations) for the organizations the
// recognizer missed, cut short or typed otherwise, each found on
// factRuEval dev (docs/ner.md).
func TestNewsOrg13(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-org13-centre.txt", "2025-09-12",
			[]string{
				"ORGANIZATION Лад-Мир", // after «культурного центра»; was a FACILITY, a CITY and a LOCATION
				"ORGANIZATION Промышленный и торговый банк Китая", // was «банк Китая»
				"ORGANIZATION Вечерний курьер",                    // «в статье Вечернего курьера»; was a CITY «Вечернее»
				"FACILITY Ниммерсат",                              // after «торговом центре»; was an ORGANIZATION
				"WORK_OF_ART Язык как дом",                        // (guard)
				"PERSON Ольга Беккер",                             // (guard)
			},
			nil, nil},
		{"news-org13-interview.txt", "2025-10-01",
			[]string{
				"ORGANIZATION Музыкальный театр имени Станиславского и Немировича-Данченко", // was cut before «и»
				"ORGANIZATION Мариинский театр", // was «Мариинский театр Анна Яковлева»
				"PERSON Анна Яковлева",          // (guard)
				"ORGANIZATION France-Presse",    // after the misspelt «агенство»; was a COUNTRY
				"ORGANIZATION БелТА",            // after «агентство»; was a COUNTRY
			},
			nil, nil},
		{"news-org13-congress.txt", "2025-01-04",
			[]string{
				"ORGANIZATION Палата представителей 119 созыва",
				"ORGANIZATION Палата представителей", // (guard: nested)
				"ORGANIZATION МИД", // (guard: spelt by a ministry, unlike «приборно-агрегатного отсека (ПАО)»)
			},
			nil, nil},
	})
}
