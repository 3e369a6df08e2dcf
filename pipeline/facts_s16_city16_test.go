package pipeline

import "testing"

// TestNewsS16City16 checks the news texts written in the sixteenth session
// by the helper city16 (testdata/news-s16-city16-*.txt). Lines marked
// (guard) held before.
func TestNewsS16City16(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s16-city16-minsk.txt", "2026-01-14",
			[]string{
				"PERSON А.Лукашенко", // «сын А.Лукашенко Виктор»: was one PERSON
				"PERSON Виктор",
				"PERSON В.Шейман", // «из окружения В.Шеймана А.Кулешов»: was one PERSON
				"PERSON А.Кулешов",
				"CITY Гродно", // (guard)
			},
			[]string{"А.Лукашенко PARENT_OF Виктор"},
			nil},
		{"news-s16-city16-archive.txt", "2026-03-03",
			[]string{
				"COUNTRY Советский Союз",                 // (guard) «времён Советского Союза»
				"STATE_OR_PROVINCE Свердловская область", // (guard)
			},
			nil, nil},
		{"news-s16-city16-family.txt", "2026-02-09",
			[]string{
				"PERSON Майкл Джексон",  // «Мать Майкла Джексона Кэтрин»: was «Майкл Джексон Кэтрин»
				"PERSON Кэтрин Джексон", // (guard) now with «Кэтрин» of the headline merged
			},
			nil, nil},
		{"news-s16-city16-visit.txt", "2025-11-20",
			[]string{
				"PERSON М.Шаймиев",      // «Внучка М.Шаймиева Камиля»: was «М.Шаймиев Камиль»
				"PERSON Н.Петров",       // (guard) «Помощник Н.Петрова Ирина Соколова»
				"PERSON Ирина Соколова", // (guard)
			},
			nil, nil},
	})
}

// TestNewsS16City16Absent lists what must not stand as an entity of its
// own in the helper city16's texts.
func TestNewsS16City16Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s16-city16-minsk.txt", []string{"PERSON А.Лукашенко Виктор", "PERSON В.Шейман А.Кулешов"}},
		{"news-s16-city16-archive.txt", []string{"COUNTRY Советск"}}, // «в бывшем Советском Союзе»: was the COUNTRY «Советском»
		{"news-s16-city16-visit.txt", []string{"PERSON М.Шаймиев Камиль"}},
		{"news-s16-city16-family.txt", []string{"PERSON Майкл Джексон Кэтрин"}},
	})
}
