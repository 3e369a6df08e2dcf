package pipeline

import "testing"

// TestNewsS22names22b runs the pipeline over the twenty-second session's
// texts on canonical names (helper names22b:
// testdata/news-s22-names22b-*.txt, made up) and pins the names its rules
// made right, with guards against plausible regressions; a comment says
// what a line was before.
func TestNewsS22names22b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s22-names22b-port.txt", "2026-12-07",
			[]string{
				"LOCATION Усть-Луга", // «порта Усть-Луга», was «Усть-Луг» (placeNominative)
				"CITY Усть-Луга",     // (guard) «в Усть-Луге»
				"CITY Дубна",         // «в Дубне» was a second entity, Дубно (mergeReadings)
				"CITY Островец",      // «в Островце», was «Островца» (withoutPrefixedAnimate)
				"STATE_OR_PROVINCE Ленинградская область", // (guard)
				"PERSON Григорий Трубников",               // (guard)
			},
			nil,
			nil},
		{"news-s22-names22b-measles.txt", "2026-12-07",
			[]string{
				"PERSON Сабин Нсанзимана",                   // was «Сабин Нсанзиман» (foreignASurname)
				"DISEASE корь",                              // (guard) «кори»
				"STATE_OR_PROVINCE Северный Рейн-Вестфалия", // was «Северная Рейн-Вестфалия» (firstPartAgreement)
				"COUNTRY Руанда",                            // (guard)
			},
			[]string{
				"Сабин Нсанзимана WORKS_AS министр здравоохранения Руанды", // was «Сабин Нсанзиман»
			},
			nil},
		{"news-s22-names22b-towns.txt", "2026-12-07",
			[]string{
				"CITY Нантакет",          // «на Нантакете» was a second entity, Нантакета (withoutPrefixedAnimate)
				"CITY Каменск-Уральский", // (guard)
				"STATE_OR_PROVINCE Мэриленд",
			},
			[]string{
				"Алексей Герасимов WORKPLACE Каменск-Уральский", // (guard)
			},
			nil},
	})
}

// TestNewsS22names22bAbsent checks that the wrong names the texts gave
// before are gone.
func TestNewsS22names22bAbsent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s22-names22b-port.txt", []string{"CITY Дубно", "LOCATION Усть-Луг", "CITY Островца"}},
		{"news-s22-names22b-measles.txt", []string{"DISEASE корье", "PERSON Сабин Нсанзиман", "STATE_OR_PROVINCE Северная Рейн-Вестфалия"}},
		{"news-s22-names22b-towns.txt", []string{"CITY Нантакета"}},
	})
}
