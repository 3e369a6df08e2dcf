package pipeline

import "testing"

// TestNewsOrg12 runs the pipeline over news texts written in the twelfth
// session (helper on organizations) for the organizations the recognizer
// missed, cut short or typed otherwise, each found on factRuEval or NEREL
// dev (docs/ner.md).
func TestNewsOrg12(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-org12-press.txt", "2025-12-12",
			[]string{
				"ORGANIZATION Committee to Protect Journalists", // was a PERSON
				"ORGANIZATION Первый канал",                     // was an ORDINAL «Первый»
				"ORGANIZATION Пятый канал",
				"ORGANIZATION ФАО", // split from the person after it, and left out after «в Риме»
			},
			nil, nil},
		{"news-org12-movements.txt", "2025-03-03",
			[]string{
				"ORGANIZATION Движение за развитие Мали", // in straight quotes
				"ORGANIZATION Национальная конвенция за солидарность Африки",
				"ORGANIZATION Движение в защиту Химкинского леса",
				"ORGANIZATION Движение против нелегальной иммиграции",
				"ORGANIZATION Федеральная служба по надзору в сфере связи, информационных технологий и массовых коммуникаций",
				"ORGANIZATION Фонд борьбы с коррупцией", // not «… нарушений»
				"ORGANIZATION Агентство по охране окружающей среды",
			},
			nil, nil},
		{"news-org12-sport.txt", "2025-05-05",
			[]string{
				"ORGANIZATION Челси", // «клуба Челси Фрэнк Лэмпард» was one PERSON
				"PERSON Фрэнк Лэмпард",
				"ORGANIZATION Тоттенхэм Хотспур",
				"ORGANIZATION Юнайт",
				"ORGANIZATION МакЛарен-Мерседес",
			},
			nil, nil},
		{"news-org12-agro.txt", "2025-08-20",
			[]string{
				"ORGANIZATION Всемирной продовольственной и сельскохозяйственной организации", // was cut at «и»
				"ORGANIZATION Американское бюро по сельскому хозяйству",
			},
			nil, nil},
	})
}
