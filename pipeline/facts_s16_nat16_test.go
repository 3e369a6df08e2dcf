package pipeline

import "testing"

// TestNewsS16Nat16 checks the news texts written in the sixteenth session
// by the helper nat16 (testdata/news-s16-nat16-*.txt): scores, hyphenated
// posts with a party's noun, nouns of peoples. Lines marked (guard) held
// before.
func TestNewsS16Nat16(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s16-nat16-football.txt", "2026-03-14",
			[]string{
				"NUMBER 3", // «со счётом 3:1»: was the NUMBER «3:1»
				"NUMBER 1",
				"NUMBER 2", // «вничью 2:2»
			},
			nil, nil},
		{"news-s16-nat16-senate.txt", "2026-01-22",
			[]string{
				"PROFESSION сенатор",     // «Сенатор-республиканец»: was one NATIONALITY
				"IDEOLOGY республиканец", // the party's noun alone
				"PROFESSION конгрессмены",
				"IDEOLOGY демократы", // «конгрессмены-демократы»: was one IDEOLOGY
				"IDEOLOGY демократ",  // «Губернатор-демократ»
			},
			[]string{
				"Рэнд Пол IDEOLOGY_OF республиканец",   // was ORIGINS_FROM Сенатор-республиканец
				"Рэнд Пол WORKS_AS сенатор",            // the post of its own
				"Джей Би Прицкер IDEOLOGY_OF демократ", // was IDEOLOGY_OF Губернатор-демократ
			},
			nil},
		{"news-s16-nat16-xinjiang.txt", "2026-02-05",
			[]string{
				"NATIONALITY уйгуры", // «есть уйгуры, казахи и киргизы»: untagged
				"NATIONALITY казахи",
				"NATIONALITY киргизы",
				"NATIONALITY таджики",
				"COUNTRY Китай", // (guard)
			},
			nil, nil},
	})
}

// TestNewsS16Nat16Absent lists what must not stand as an entity of its own
// in nat16's sixteenth-session texts.
func TestNewsS16Nat16Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s16-nat16-football.txt", []string{"NUMBER 3:1", "NUMBER 2:2"}},
		{"news-s16-nat16-senate.txt", []string{"NATIONALITY Сенатор-республиканец", "IDEOLOGY конгрессмены-демократы", "IDEOLOGY Губернатор-демократ"}},
	})
}
