package pipeline

import "testing"

// TestNewsS19misc19 checks the smaller types of helper misc19's news texts
// (testdata/news-s19-misc19-*.txt): offences after a charge, a
// constitution with its country, a punishment with its term, works listed
// together. Lines marked (guard) held before the rules.
func TestNewsS19misc19(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s19-misc19-court.txt", "2026-03-14",
			[]string{
				"CRIME подкуп свидетелей",                   // «предъявили обвинение в подкупе свидетелей»: was no mention
				"LAW Конституция Российской Федерации",      // was «Конституции» alone inside the article
				"CRIME организация незаконных азартных игр", // (guard)
				"PENALTY лишение свободы до шести лет",      // (guard)
			},
			[]string{"Конституция Российской Федерации ORIGINS_FROM Российская Федерация"},
			nil},
		{"news-s19-misc19-law.txt", "2025-11-05",
			[]string{
				"PENALTY исправительным работам сроком на один год", // was the punishment without its term
				"LAW Конституция штата Техас",                       // (guard)
			},
			[]string{"сенатор штата PENALIZED_AS исправительным работам сроком на один год"},
			nil},
		{"news-s19-misc19-cinema.txt", "2026-02-02",
			[]string{
				"WORK_OF_ART Живёт такой парень", // listed after two films: was no mention
				"WORK_OF_ART Печки-лавочки",      // (guard)
				"WORK_OF_ART Утро на Катуни",     // (guard)
			},
			nil, nil},
	})
}
