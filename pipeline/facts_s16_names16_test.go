package pipeline

import "testing"

// TestNewsS16Names16 checks the news texts written in the sixteenth
// session by the helper names16 (testdata/news-s16-names16-*.txt). Lines
// marked (guard) held before.
func TestNewsS16Names16(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s16-names16-spacex.txt", "2026-03-14",
			[]string{
				"PERSON Илон Маск",    // (guard) «Компания SpaceX Илона Маска», with «Маск пообещал»
				"PERSON Джей Ди Вэнс", // «Заявление Джей Ди Вэнса» joins «Вице-президент США Джей Ди Вэнс»
			},
			[]string{"Илон Маск WORKPLACE SpaceX"}, // (guard)
			nil},
		{"news-s16-names16-football.txt", "2026-02-02",
			[]string{"PERSON Лионель Месси"}, // (guard) «контракт Лионеля Месси», «Месси забил», «с Лионелем Месси» are one person: TestNewsS16Names16Absent
			[]string{
				"Лионель Месси WORKPLACE Американский клуб «Интер Майами»", // was «Лионеля Месси» and «Месси», two entities
				"Дэвид Бекхэм KNOWS Лионель Месси",                         // (guard)
			},
			nil},
		{"news-s16-names16-odessa.txt", "2026-01-20",
			[]string{
				"CITY Одесса",                   // (guard) «Одесский порт»
				"PERSON Мариинский",             // «в Мариинском театре»: was «Мариинск»
				"ORGANIZATION Мариинский театр", // (guard)
			},
			[]string{"Мариинский театр HEADQUARTERED_IN Санкт-Петербург"}, // (guard)
			nil},
		{"news-s16-names16-oil.txt", "2026-04-10",
			[]string{
				"ORGANIZATION Газпром нефть",       // (guard) «„Газпром нефтью“»; with «компания „Газпром нефти“»: TestNewsS16Names16Absent
				"ORGANIZATION Reliance Industries", // (guard) with «Reliance»: TestNewsS16Names16Absent
				"ORGANIZATION Газпромнефть-Восток", // named by its description
			},
			[]string{
				"Газпромнефть-Восток PART_OF Газпром нефть", // was «Дочерняя компания „Газпром нефти“ „Газпромнефть-Восток“», with «Газпром нефти»'s mentions
				"Мукеш Амбани OWNER_OF Reliance Industries", // (guard)
			},
			nil},
	})
}

// TestNewsS16Names16Absent lists what must not stand as an entity of its
// own in the helper names16's texts.
func TestNewsS16Names16Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s16-names16-spacex.txt", []string{"PERSON Джей Ди Вэнса", "PERSON Илона Маска"}},
		{"news-s16-names16-football.txt", []string{"PERSON Лионеля Месси", "PERSON Месси"}}, // one person
		{"news-s16-names16-odessa.txt", []string{"PERSON Мариинск", "CITY Одесский"}},
		{"news-s16-names16-oil.txt", []string{
			"ORGANIZATION Reliance",      // joins Reliance Industries
			"ORGANIZATION Газпром нефти", // «дочерняя компания „Газпром нефти“»: Газпром нефть
		}},
	})
}
