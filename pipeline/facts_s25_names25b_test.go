package pipeline

import "testing"

// TestNewsS25names25b checks the canonical names and merges of helper
// names25b (twenty-fifth session) on a short made-up news text and older
// ones of testdata. Lines marked (guard) held before.
func TestNewsS25names25b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s25-names25b-board.txt", "2026-12-07",
			[]string{
				"ORGANIZATION Совет директоров ПАО «Акрон»", // mergeOwnedParts: with the headline's «Совет директоров „Акрона“», was two entities
				"ORGANIZATION Акрон",                  // (guard)
				"ORGANIZATION Газпром",                // subsidiaryWord: «Газпрома» was a mention of «Газпром трансгаз Томск»
				"ORGANIZATION Газпром трансгаз Томск", // (guard)
				"CITY Томск",                          // (guard)
				"PROFESSION летчик-испытатель",        // hyphenPost at a sentence's start; was «летчика-испытатель»
			},
			[]string{
				"Совет директоров ПАО «Акрон» PART_OF Акрон",
				"Сергей Богданов WORKS_AS летчик-испытатель", // was «летчика-испытатель»
				"Владимир Кунцевич WORKPLACE Акрон",          // (guard)
			},
			[]string{
				"Совет директоров «Акрона» PART_OF Акрон",                     // the headline's board, was an entity of its own
				"Дочерняя компания «Газпрома» PART_OF Газпром трансгаз Томск", // was so, «Газпрома» a mention of the subsidiary
			}},
		{"news-s24-ev24-board.txt", "2026-12-07",
			[]string{"ORGANIZATION Совет директоров ПАО «Уралкалий»", "ORGANIZATION Уралкалий"}, // one board; was two entities, the headline's «Совет директоров „Уралкалия“» apart
			nil, nil},
		{"news-s23-finance23-keyrate.txt", "2026-12-07",
			[]string{"ORGANIZATION Совет директоров Банка России", "ORGANIZATION Банк России"}, // with «совета директоров Центробанка»; was two entities
			nil, nil},
		{"news-s25-rel25-branch.txt", "2026-12-07",
			[]string{"ORGANIZATION Газпром", "ORGANIZATION Газпром трансгаз Москва"}, // «Газпрома» was a mention of the subsidiary
			nil, nil},
	})
}
