package pipeline

import "testing"

// TestNewsS19num19 checks the numbers and dates of helper num19's news texts
// (testdata/news-s19-num19-*.txt): a day with its month cut short in a
// dateline, the numbers of a code's articles and parts, a measure written
// short, the years after «ему было». Lines marked (guard) held before the
// rules.
func TestNewsS19num19(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s19-num19-law.txt", "2026-02-12",
			[]string{
				"DATE 12 фев",               // «МОСКВА, 12 фев — РИА Новости»: was a NUMBER
				"ORDINAL 13.15",             // «КоАП РФ 13.15 «…»»: was no mention
				"ORDINAL 13.15.11",          // «частью 13.15.11»: was a DATE
				"ORDINAL третьем",           // (guard)
				"MONEY до 100 тысяч рублей", // (guard)
			},
			nil, nil},
		{"news-s19-num19-energy.txt", "2025-09-03",
			[]string{
				"DATE 3 сент",          // «ЯКУТСК, 3 сент — ТАСС»: was the NUMBER «3»
				"NUMBER 1,5 МВт",       // was a MONEY
				"MONEY 240 млн рублей", // (guard)
			},
			nil, nil},
		{"news-s19-num19-people.txt", "2026-01-14",
			[]string{
				"AGE восемнадцать лет", // «когда ему было всего восемнадцать лет»: was a DATE
				"AGE 73 года",          // (guard)
			},
			[]string{"Виктор Семенов AGE_IS восемнадцать лет"},
			nil},
	})
}

// TestNewsS19num19Absent checks what the rules must not give there.
func TestNewsS19num19Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s19-num19-law.txt", []string{"NUMBER 12 фев", "DATE 13.15.11"}},
		{"news-s19-num19-energy.txt", []string{"MONEY 1,5 МВт", "NUMBER 3"}},
		{"news-s19-num19-people.txt", []string{"DATE восемнадцать лет"}},
	})
}
