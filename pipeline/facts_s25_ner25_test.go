package pipeline

import "testing"

// TestNewsS25ner25 pins helper ner25's entity types on made-up wire
// reports (docs/ner.md, «Twenty-fifth session (helper ner25)»): a rocket's
// quoted name and its repeats, an island named by an
// adjective.
func TestNewsS25ner25(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s25-ner25-angara.txt", "2026-03-12",
			[]string{
				"PRODUCT Ангара-А5",      // was a NUMBER («Ракета-носитель „Ангара-А5“»: quotedOrganizations)
				"PRODUCT Ангара",         // was a FACILITY («пуск „Ангары“»: productRepeats; «семейства „Ангара“»: quotedOrganizations)
				"PRODUCT Бриз-М",         // guard
				"FACILITY Плесецк",       // guard
				"PERSON Дмитрий Баканов", // guard
			},
			[]string{
				"Ангара-А5 INANIMATE_INVOLVED стартовала", // was missing (a NUMBER)
				"Ангара INANIMATE_INVOLVED пуск",          // guard
				"Дмитрий Баканов WORKS_AS генеральный директор Роскосмоса",
			},
			[]string{
				"Ангара LOCATED_IN Омск", // was there: the rocket read as a FACILITY in Omsk
			}},
		{"news-s25-ner25-island.txt", "2026-09-04",
			[]string{
				"LOCATION Русский", // was a LANGUAGE, twice («на острове Русский», «на Русском»: natureWordPlaces), named Русский not Русь (names: «остров» a settlement's kind)
				"LANGUAGE Русский", // guard: «Русский язык» opening a sentence (nameAdjectivePlaces nests no place in it)
				"EVENT Восточный экономический форум", // with «ВЭФ» (was an ORGANIZATION: eventAcronyms)
				"PERSON Олег Кожемяко",
			},
			[]string{
				"Восточный экономический форум TAKES_PLACE_IN Русский",                                // was missing
				"Восточный экономический форум TAKES_PLACE_IN Владивосток",                            // guard
				"Олег Кожемяко WORKS_AS губернатор Приморского края",                                  // guard
				"SESSION(Восточный экономический форум) date=2026 place=Владивосток time=В этом году", // one event: «ВЭФ» (was an ORGANIZATION: eventAcronyms) retells it
			},
			[]string{
				"Восточный экономический форум TAKES_PLACE_IN Русь",
				"OTHER(ВЭФ) date=2026 place=Владивосток time=В этом году", // would be there with the acronym an EVENT and no antecedent by entity alone
			}},
	})
}
