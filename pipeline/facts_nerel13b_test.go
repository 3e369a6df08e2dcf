package pipeline

import "testing"

// TestNewsNerel13b runs the pipeline over news texts written in the
// thirteenth session (second NEREL helper) for the names the build before
// typed otherwise than NEREL or factRuEval does, each rule found on their
// dev errors and checked on NEREL train (docs/ner.md).
func TestNewsNerel13b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-nerel13b-cinema.txt", "2025-11-20",
			[]string{
				"FACILITY Звезда",            // was an AWARD: a cinema listed after «кинотеатрах … сети „Москино“:»
				"FACILITY Берёзка",           // was a WORK_OF_ART
				"FACILITY Ладога",            // was an ORGANIZATION
				"FACILITY Рассвет",           // was an ORGANIZATION
				"WORK_OF_ART Цирк",           // was an ORGANIZATION: «такие картины, как „Цирк“, …»
				"WORK_OF_ART Весёлые ребята", // (guard)
				"EVENT Международный конкурс имени Сергея Рахманинова", // was an ORGANIZATION
				"ORGANIZATION Москино", // (guard) the chain itself
				"PERSON Иван Петров",   // (guard)
			},
			nil, nil},
		{"news-nerel13b-exam.txt", "2025-11-20",
			[]string{
				"EVENT ЕГЭ",      // the bare name of «ЕГЭ-2024»: was no mention
				"EVENT ЕГЭ-2024", // (guard)
			},
			nil, nil},
		{"news-nerel13b-station.txt", "2025-11-20",
			[]string{
				"ORGANIZATION 66-й долговременной экспедиции", // was the ORDINAL alone
				"ORDINAL 66-й",         // (guard) nested
				"PERSON Олег Артемьев", // (guard)
			},
			nil, nil},
	})
}

// TestNewsNerel13bAbsent lists what the build before found in the texts of
// TestNewsNerel13b and should not have.
func TestNewsNerel13bAbsent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-nerel13b-cinema.txt", []string{
			"EVENT отставка", // «генерал в отставке»: a state, no event
			"ORGANIZATION Международный конкурс имени Сергея Рахманинова",
			"AWARD Звезда",
		}},
	})
}
