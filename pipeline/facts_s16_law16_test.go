package pipeline

import "testing"

// TestNewsS16Law16 checks the court news written in the sixteenth session by
// the helper law16 (testdata/news-s16-law16-*.txt): laws, crimes and
// penalties. Lines marked (guard) held before.
func TestNewsS16Law16(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s16-law16-rally.txt", "2026-03-14",
			[]string{
				"PENALTY 15 суткам административного ареста",                 // was none: «административного ареста» unknown
				"PENALTY административного штрафа в размере 20 тысяч рублей", // was «штрафа в размере …»
				"LAW статья 20.2 КоАП РФ",                                    // (guard)
			},
			[]string{
				"Игорь Смирнов PENALIZED_AS 15 суткам административного ареста",
				"Павел Орлов PENALIZED_AS административного штрафа в размере 20 тысяч рублей",
			},
			nil},
		{"news-s16-law16-fraud.txt", "2026-02-03",
			[]string{
				"LAW статья 159 Уголовного кодекса Российской Федерации", // (guard)
				"PENALTY денежному штрафу в размере 2 миллионов рублей",  // (guard)
				"CRIME мошенничество в особо крупном размере",            // (guard)
			},
			[]string{"Сергей Кузнецов CONVICTED_OF мошенничество в особо крупном размере"}, // (guard)
			nil},
		{"news-s16-law16-murder.txt", "2025-11-21",
			[]string{
				"PENALTY пожизненному лишению свободы", // (guard)
				"PENALTY пятилетний срок",              // «отбывал пятилетний срок за разбой»: was none
				"LAW статья 317 УК РФ",                 // (guard)
			},
			[]string{
				"Артём Лебедев CONVICTED_OF убийство сотрудника полиции", // (guard)
				"Артём Лебедев PENALIZED_AS пятилетний срок",
			},
			nil},
	})
}

// TestNewsS16Law16Absent lists what must not stand as an entity of its own
// in law16's texts.
func TestNewsS16Law16Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s16-law16-rally.txt", []string{"PENALTY штрафа в размере 20 тысяч рублей", "EVENT ареста"}}, // the bare noun inside the kind's PENALTY
		{"news-s16-law16-murder.txt", []string{"PENALTY пожизненному лишению"}},                            // (guard) the adjective and the noun without «свободы»
	})
}
