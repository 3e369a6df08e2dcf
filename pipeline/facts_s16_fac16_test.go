package pipeline

import "testing"

// TestNewsS16Fac16 checks the news texts written in the sixteenth session
// by the helper fac16 (testdata/news-s16-fac16-*.txt): titles of shows and
// screen works, a seat of power as a building, a named storage. Lines
// marked (guard) held before.
func TestNewsS16Fac16(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s16-fac16-show.txt", "2025-12-28",
			[]string{
				"WORK_OF_ART Голос. Дети",     // «шоу „Голос. Дети“» was cut in two sentences
				"WORK_OF_ART Тихий берег",     // (guard)
				"WORK_OF_ART Семейный бюджет", // (guard)
				"WORK_OF_ART Зимний сад",      // (guard)
			},
			[]string{"Анна Мельникова PRODUCES Зимний сад"}, // (guard)
			nil},
		{"news-s16-fac16-kremlin.txt", "2026-03-14",
			[]string{
				"FACILITY Белый дом",     // «недалеко от Белого дома», «рядом с Белым домом»: were an ORGANIZATION
				"ORGANIZATION Белый дом", // (guard) «Пресс-секретарь Белого дома»
			},
			[]string{
				"Акция протеста TAKES_PLACE_IN Белый дом",
				"перекрыла движение TAKES_PLACE_IN Белый дом",
				"PROTEST(Акция протеста) date=2026-03-14 place=Белый дом", // was participant=Белый дом
			},
			[]string{"PROTEST(Акция протеста) date=2026-03-14 participant=Белый дом"}},
		{"news-s16-fac16-storage.txt", "2026-02-05",
			[]string{
				"FACILITY Северное",   // (guard) «в хранилище „Северное“»
				"ORGANIZATION Вектор", // (guard)
			},
			nil, nil},
	})
}
