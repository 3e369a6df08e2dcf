package pipeline

import "testing"

// TestNewsS19nerp19 checks the entities of the nineteenth session's news
// texts of helper nerp19 (NER precision: spans and types of predicted
// mentions). Lines marked (guard) held before the rule they pin.
func TestNewsS19nerp19(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s19-nerp19-blogger.txt", "2026-03-14",
			[]string{
				"PRODUCT Telegram",          // was the whole «Telegram-канале»
				"PRODUCT YouTube",           // was the whole «YouTube-блогера»
				"PROFESSION YouTube-блогер", // the whole word is the blogger's occupation
				"PRODUCT твиттер",           // was the whole «твиттер-аккаунте»
				"PERSON Артём Галиев",       // (guard)
				"ORGANIZATION Роскомнадзор", // (guard)
			},
			[]string{"Артём Галиев WORKS_AS YouTube-блогер"}, nil},
		{"news-s19-nerp19-king.txt", "2025-05-20",
			[]string{
				"ORDINAL V",               // was «V.» with the sentence's dot
				"PERSON Харальд V",        // (guard)
				"AWARD Абелевская премия", // (guard)
			},
			nil, nil},
		{"news-s19-nerp19-covid.txt", "2026-01-12",
			[]string{
				"DISEASE грипп", // (guard)
			},
			[]string{"Мария Гарсия MEDICAL_CONDITION грипп"},                 // (guard)
			[]string{"Мария Гарсия MEDICAL_CONDITION симптомы заболевания"}}, // was a DISEASE
		{"news-s19-nerp19-age.txt", "2026-02-03",
			[]string{
				"PERSON Сергей Иванов",    // (guard)
				"DATE с 2018 по 2025 год", // (guard)
			},
			nil, nil},
	})
}

// TestNewsS19nerp19Absent checks the mentions of those texts that are no
// entity.
func TestNewsS19nerp19Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s19-nerp19-blogger.txt", []string{"PRODUCT Интернет-провайдеры", "PRODUCT Telegram-канал", "PRODUCT твиттер-аккаунт"}},
		{"news-s19-nerp19-king.txt", []string{"ORDINAL V."}},
		{"news-s19-nerp19-covid.txt", []string{"DISEASE симптомы заболевания", "DISEASE коронавирусная инфекция"}},
	})
}
