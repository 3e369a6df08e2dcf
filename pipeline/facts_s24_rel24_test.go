package pipeline

import "testing"

// TestNewsS24rel24 pins the relations helper rel24 of the twenty-fourth
// session fixed on made-up news texts (docs/relation.md, «Twenty-fourth
// session (helper rel24)»), with guards.
func TestNewsS24rel24(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s24-rel24-bank.txt", "2026-11-12",
			[]string{"ORGANIZATION Северный кредит", "PERSON Виктор Ложкин", "PERSON Сергей Пахомов"},
			[]string{
				"Виктор Ложкин WORKS_AS председатель правления",  // «Председателем правления банка с 2021 года являлся Виктор Ложкин» (becamePost with «являлся» past the date; was none)
				"Виктор Ложкин WORKPLACE Северный кредит",        // the kind noun «банка» after the post (kindAfter; was none)
				"Сергей Пахомов WORKPLACE Северный кредит",       // «бывшего председателя правления банка Сергея Пахомова», the bank three sentences before (was none)
				"Сергей Пахомов WORKS_AS председатель правления", // guard: the model's own
				"Банк России AGENT отозвал лицензию",             // guard
			},
			[]string{
				"Сергей Пахомов WORKPLACE Банк России", // guard: the regulator of the lead is not the bank (a first form took the lead's first bank)
				"Виктор Ложкин WORKPLACE Банк России",
			}},
		{"news-s24-rel24-chips.txt", "2026-12-03",
			[]string{"ORGANIZATION Микрон", "PERSON Гульнара Хасьянова", "PERSON Юрий Максимов"},
			[]string{
				"Гульнара Хасьянова WORKPLACE Микрон", // «генеральный директор предприятия» after «Компания „Микрон“» (a company for «предприятие»; was none)
				"Микрон FOUNDED_BY Юрий Максимов",     // «Основатель компании Юрий Максимов» (founderOfKind; was none)
				"Андрей Бабкин WORKPLACE Микрон",      // guard: «Вице-президент компании»
			},
			nil},
		{"news-s24-rel24-vtb.txt", "2026-11-20",
			[]string{"ORGANIZATION Банк ВТБ", "PERSON Дмитрий Пьянов"},
			[]string{
				"Дмитрий Пьянов WORKS_AS первый заместитель президента", // guard: his own post
				"Дмитрий Пьянов WORKPLACE Банк ВТБ",                     // guard
				"Русагро FOUNDED_BY Вадим Мошкович",                     // guard: «Основателем „Русагро“ является …»
			},
			[]string{
				"Дмитрий Пьянов WORKS_AS председатель правления ВТБ", // the genitive post after the dash is his superior's (genitiveApposition; was there)
				"девелопер WORKPLACE Сбербанк",                       // a borrower is no employee (outsideRole; was there)
			}},
		{"news-s23-tech23-cyberattack.txt", "2026-12-01",
			nil,
			nil,
			[]string{"хакеры WORKPLACE Ростелеком"}}, // the attackers (outsideRole; was there)
		{"news-s23-tech23-ptsecurity.txt", "2026-12-04",
			nil,
			[]string{"Positive Technologies FOUNDED_BY Юрий Максимов"}, // «Основатель компании Юрий Максимов» (founderOfKind; was none)
			nil},
		{"news-s23-finance23-fine.txt", "2026-05-14",
			nil,
			[]string{"Сергей Гурьев WORKPLACE Сибирский торговый банк"}, // «бывшего председателя правления банка Сергея Гурьева» (kindAfter; was none)
			[]string{"Сергей Гурьев WORKPLACE Банк России"}},            // guard: the regulator named after the bank in the lead (a state's bank comes last)
		{"news-s23-finance23-licence.txt", "2026-03-12",
			nil,
			[]string{
				"Виктор Ложкин WORKS_AS председатель правления",   // «Председателем правления … являлся Виктор Ложкин» (was none)
				"Виктор Ложкин WORKPLACE Северный кредитный банк", // (was none)
			},
			nil},
		{"news-rel13-rfs.txt", "2025-11-20",
			nil,
			[]string{"Сергей Семак WORKPLACE Зенит"}, // «Главным тренером клуба остается Сергей Семак» after «Футбольный клуб „Зенит“» (kindAfter; was none)
			nil},
		{"news-rel13b-hockey.txt", "2025-11-20",
			nil,
			[]string{"Серафим Ахмадулин WORKPLACE Спартак"}, // «Президент клуба» three sentences after «футбольный клуб „Спартак“» (kindAfter; was none)
			[]string{"Серафим Ахмадулин WORKPLACE ЦСКА"}},   // guard: not the lead's club
	})
}
