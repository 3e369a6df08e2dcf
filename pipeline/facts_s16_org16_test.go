package pipeline

import "testing"

// TestNewsS16Org16 checks the news texts written in the sixteenth session
// by the helper org16 (testdata/news-s16-org16-*.txt): organizations,
// countries, places and awards. Lines marked (guard) held before.
func TestNewsS16Org16(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s16-org16-summit.txt", "2026-01-16",
			[]string{
				"COUNTRY Италия",         // (guard) with «итало» of «итало-японских»: TestNewsS16Org16Absent
				"COUNTRY Китай",          // «российско-китайские»: was no mention
				"COUNTRY Россия",         // «российско»: was no mention
				"PERSON Джорджия Мелони", // (guard) with «Кабинет Джорджии Мелони»: TestNewsS16Org16Absent
				"ORGANIZATION кабинет",   // (guard)
				"CITY Пекин",             // (guard)
			},
			[]string{"Джорджия Мелони WORKS_AS премьер-министр Италии"}, // (guard)
			nil},
		{"news-s16-org16-association.txt", "2025-09-10",
			[]string{
				"ORGANIZATION Международная ассоциация преподавателей русского языка и литературы",         // was cut at «ассоциации»
				"PROFESSION президент Международной ассоциации преподавателей русского языка и литературы", // the post with it
			},
			[]string{"Людмила Вербицкая WORKPLACE Международная ассоциация преподавателей русского языка и литературы"},
			nil},
		{"news-s16-org16-monument.txt", "2025-09-17",
			[]string{
				"ORGANIZATION Государственный музей истории космонавтики имени К. Э. Циолковского", // was «Государственный музей»
				"COUNTRY Россия", // «российско-американском»: was no mention
				"COUNTRY США",
				"PERSON Константин Циолковский", // (guard)
			},
			[]string{"Владислав Шапша WORKS_AS губернатор Калужской области"}, // (guard)
			nil},
		{"news-s16-org16-parliament.txt", "2026-02-05",
			[]string{
				"ORGANIZATION Блок коммунистов и социалистов",          // was «Блок коммунистов»
				"PROFESSION лидер Блока коммунистов и социалистов",     // the post with it
				"ORGANIZATION Европейский союз журналистов и блогеров", // was «… журналистов»
			},
			[]string{"Игорь Додон WORKPLACE Блок коммунистов и социалистов"},
			nil},
	})
}

// TestNewsS16Org16Absent lists what must not stand as an entity of its own
// in org16's texts.
func TestNewsS16Org16Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s16-org16-summit.txt", []string{"STATE_OR_PROVINCE Джорджия", "ORGANIZATION кабинет Джорджии"}}, // the first name read as the state
		{"news-s16-org16-monument.txt", []string{"AWARD Бронзовая статуя", "CITY Циолковский", "ORGANIZATION Государственный музей"}},
		{"news-s16-org16-association.txt", []string{"ORGANIZATION Международная ассоциация"}},
		{"news-s16-org16-parliament.txt", []string{"ORGANIZATION Блок коммунистов"}},
	})
}
