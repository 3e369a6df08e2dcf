package pipeline

import "testing"

// TestNewsS23ner23 pins the recognizer's fixes of helper ner23 (twenty-third
// session) on news texts written for them.
func TestNewsS23ner23(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s23-ner23-court.txt", "2026-12-07",
			[]string{
				"DISTRICT Мещанский", // was CITY (courtDistricts)
				"DISTRICT Басманный", // was CITY (courtDistricts)
				"ORGANIZATION Мещанский районный суд Москвы",
				"ORGANIZATION Федеральная служба по надзору в сфере образования и науки", // «Рособрнадзор» joins it (supervisionAlias); was an entity of its own
			},
			[]string{
				"глава Рособрнадзора WORKPLACE Федеральная служба по надзору в сфере образования и науки", // was … WORKPLACE Рособрнадзор
				"Мещанский районный суд Москвы HEADQUARTERED_IN Москва",                                   // (guard)
				"Мещанский районный суд Москвы AGENT арестовал",                                           // (guard)
			},
			[]string{"глава Рособрнадзора WORKPLACE Рособрнадзор"}},
		{"news-s23-ner23-street.txt", "2026-12-07",
			[]string{
				"ORGANIZATION Октябрьская железная дорога", // was DATE Октябрьская (railwayNames)
				"PROFESSION Генерал",                       // (streetHonorees; PROFESSION «Генерал Тюленева» too before)
				"FACILITY улица Генерала Тюленева",         // (guard)
				"CITY Москва",                              // (guard)
			},
			[]string{
				"Пожар TAKES_PLACE_IN улица Генерала Тюленева", // (guard)
				"улица Генерала Тюленева LOCATED_IN Москва",    // (guard)
			},
			[]string{
				"улица Генерала Тюленева LOCATED_IN Тюленева", // was: «Тюленева» a CITY (streetHonorees makes it a PERSON)
				"Генерал Тюленева WORKPLACE Тюленева",         // was
			}},
	})
}
