package pipeline

import "testing"

// TestNewsS15Nerel15b checks the news texts on posts and organizations
// written in the fifteenth session by the helper nerel15b
// (testdata/news-s15-nerel15b-*.txt). Lines marked (guard) held before.
func TestNewsS15Nerel15b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s15-nerel15b-club.txt", "2025-06-22",
			[]string{
				"ORGANIZATION Российский футбольный союз", // «Президент Российского футбольного союза»: was no organization («союз» of kindNouns)
				"ORGANIZATION Футбольный клуб «Зенит»",    // (guard)
			},
			[]string{
				"Александр Дюков WORKPLACE Российский футбольный союз",        // was only Россия
				"Александр Медведев WORKS_AS генеральный директор ФК «Зенит»", // (guard)
			},
			nil},
		{"news-s15-nerel15b-police.txt", "2026-02-03",
			[]string{
				"ORGANIZATION Полиция Берлина",     // (guard)
				"ORGANIZATION прокуратура Берлина", // (guard)
				"ORGANIZATION полиция Германии",    // (guard)
			},
			[]string{
				"Барбара Слович WORKPLACE Полиция Берлина",            // «начальник полиции Берлина»: was the bare «полиция» (bodyPlaceHeads)
				"начальник полиции Берлина WORKPLACE Полиция Берлина", // was none
				"Йенс Роммель WORKS_AS генеральный прокурор Германии", // (guard)
			},
			[]string{"Барбара Слович WORKPLACE полиция"}},
		{"news-s15-nerel15b-ministry.txt", "2026-01-14",
			[]string{"ORGANIZATION правительство Японии"}, // (guard)
			[]string{
				"Андрей Руденко WORKS_AS Заместитель министра иностранных дел России", // (guard)
				"Мария Захарова WORKS_AS официальный представитель МИД",               // (guard)
			},
			nil},
		{"news-s15-nerel15b-parliament.txt", "2025-11-01",
			[]string{
				"ORGANIZATION Парламент Молдавии",     // (guard)
				"ORGANIZATION правительство Молдавии", // (guard)
			},
			[]string{"Майя Санду WORKS_AS президент Молдавии"}, // (guard)
			nil},
	})
}
