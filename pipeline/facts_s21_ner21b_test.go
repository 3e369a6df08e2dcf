package pipeline

import "testing"

// TestNewsS21ner21b pins the entity types fixed by the twenty-first
// session's helper ner21b (docs/ner.md) on news texts written for it.
func TestNewsS21ner21b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s21-ner21b-altai.txt", "2026-12-07",
			[]string{
				"STATE_OR_PROVINCE Алтай", // «на Алтае»: was a CITY and a LOCATION (regionNouns)
				"STATE_OR_PROVINCE Алтайский край",
				"PRODUCT Валдай-10", // «ноутбук Валдай-10»: was a DATE (numberedModels)
			},
			nil,
			[]string{"фестиваль отечественный ноутбук POINT_IN_TIME Валдай-10"}}, // (the DATE's relation, before)
		{"news-s21-ner21b-hockey.txt", "2026-12-07",
			[]string{
				"ORGANIZATION Динамо", // «сыграют против „Динамо“»: was a FACILITY (placeQuotedNames, matchOpponent)
				"ORGANIZATION Ак Барс",
				"ORGANIZATION Евролига", // (guard: leagueNames' «евролиг»)
			},
			[]string{"Динамо HEADQUARTERED_IN Москва"}, // was LOCATED_IN, a facility's
			[]string{"матч TAKES_PLACE_IN Динамо", "Динамо LOCATED_IN Москва",
				"баскетбольный ЦСКА WORKPLACE ЦСКА"}}, // «Баскетбольный ЦСКА» was a PROFESSION (sportClubProfessions)
	})
}
