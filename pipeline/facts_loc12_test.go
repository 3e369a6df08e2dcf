package pipeline

import "testing"

// TestNewsLoc12 runs the pipeline over news texts written in the twelfth
// session (second helper, on places and persons) for the places the
// recognizer read as persons or organizations or cut short, each found on
// factRuEval (docs/ner.md).
func TestNewsLoc12(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-loc12-islands.txt", "2025-02-07",
			[]string{
				"LOCATION Курильские острова", // was «Курильские» alone, read as «Курильск»
				"LOCATION Боденское озеро",    // was an ORGANIZATION
				"LOCATION Славянка",           // was no mention
			},
			nil, nil},
		{"news-loc12-lists.txt", "2025-04-01",
			[]string{
				"COUNTRY Коста Рика", // was a PERSON between two countries
				"COUNTRY Эль Сальвадор",
				"COUNTRY Объединённые Арабские Эмираты", // was the ORGANIZATION «Арабские Эмираты»
				"CITY Кушадаси",                         // was a PERSON before «(Турция)»
			},
			nil, nil},
		{"news-loc12-apposed.txt", "2025-08-08",
			[]string{
				"DISTRICT Тоттенхэм", // was a PERSON after «районе»
				"LOCATION Канаверал", // after «мысе»
				"FACILITY Абу-Грэйв", // after «тюрьме»
			},
			nil, nil},
		{"news-loc12-pipeline.txt", "2025-03-03",
			[]string{
				"CITY Бургас", // both ends of a pipeline were persons
				"CITY Алексондрополис",
				"PRODUCT Шкода Октавия", // a product's gloss, read as a person, «(Skoda Octavia)»: its other name since ent15's bracket join
			},
			nil, nil},
	})
}
