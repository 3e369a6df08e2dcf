package pipeline

import "testing"

// TestNewsS20rel20 checks the relations of the twentieth session's helper
// rel20 on made-up news texts (testdata/news-s20-rel20-*.txt). Lines marked
// (guard) held before.
func TestNewsS20rel20(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s20-rel20-visit.txt", "2025-03-14",
			[]string{"CITY Ижевск", "COUNTRY Казахстан", "ORGANIZATION Прибой"},
			[]string{
				"Прибой HEADQUARTERED_IN Ижевск",  // (guard) the adjective of the organization's own phrase
				"заседание TAKES_PLACE_IN Ижевск", // (guard)
			},
			[]string{
				"Ижевск LOCATED_IN Казахстан", // was there: «казахстанские и российские коллеги посетили ижевское предприятие» (coordinatedAdjective)
			}},
		{"news-s20-rel20-champion.txt", "2025-06-03",
			[]string{"PERSON Сергей Ковалёв", "PERSON Марина Лебедева", "AGE шесть лет"},
			[]string{
				"Сергей Ковалёв AGE_IS шесть лет", // was Лебедева's (pronounsAge, agedPerson)
				"Марина Лебедева WORKS_AS тренер", // (guard)
			},
			[]string{
				"Марина Лебедева AGE_IS шесть лет", // was there: «… с Мариной Лебедевой, когда ему было всего шесть лет» (pronounsAge)
			}},
		{"news-s20-rel20-film.txt", "2025-04-21",
			[]string{"PERSON Антон Беляев", "PERSON Игорь Миронов"},
			[]string{
				"Антон Беляев WORKS_AS режиссёр",  // was none: «Режиссёром картины станет лауреат … Антон Беляев» (becamePost, postEnd)
				"Игорь Миронов WORKS_AS продюсер", // was none: «Продюсером фильма выступил актёр Игорь Миронов»
				"Игорь Миронов WORKS_AS актёр",    // (guard) his own post before his name
			},
			[]string{
				"Антон Беляев WORKS_AS продюсер", // (guard) the next sentence's post
			}},
	})
}
