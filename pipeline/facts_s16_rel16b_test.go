package pipeline

import "testing"

// TestNewsS16Rel16b checks the news texts written in the sixteenth session
// by the helper rel16b (testdata/news-s16-rel16b-*.txt). Lines marked
// (guard) held before.
func TestNewsS16Rel16b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s16-rel16b-court.txt", "2025-11-20",
			nil,
			[]string{
				"Андрей Соколов PENALIZED_AS пожизненному заключению", // (guard)
				"Андрей Соколов CONVICTED_OF убийство полицейского",   // (guard)
			},
			[]string{
				"полицейский PENALIZED_AS пожизненное заключение", // the victim after «Убийце» is no convict
				"Андрей Соколов WORKS_AS сотрудник ДПС",           // «осуждённый напал на сотрудника ДПС»: the object of his act
			}},
		{"news-s16-rel16b-politics.txt", "2025-11-20",
			nil,
			[]string{"Дональд Трамп WORKS_AS президент США"}, // (guard)
			[]string{
				"российский лидер ALTERNATIVE_NAME украинский лидер",         // two countries' leaders
				"Дональд Трамп WORKS_AS российский лидер и украинский лидер", // «По словам Трампа, российский лидер и украинский лидер готовы»
				"Дональд Трамп WORKPLACE Россия",                             // the same
			}},
		{"news-s16-rel16b-football.txt", "2025-11-20",
			nil,
			[]string{"Клаудиньо ORIGINS_FROM бразильский"},         // (guard)
			[]string{"Максим Глушенков ORIGINS_FROM бразильский"}}, // (guard) another player's nationality
		{"news-s16-rel16b-religion.txt", "2025-11-20",
			nil,
			[]string{"Давид Коэн WORKS_AS раввин"}, // (guard) «раввин местной синагоги Давид Коэн»
			nil},
	})
}
