package pipeline

import "testing"

// TestNewsS17Ev17c checks the events of the seventeenth session's news texts
// of helper ev17c (testdata/news-s17-ev17c-*.txt), as TestNewsEvents does.
// Lines marked (guard) held before the rule they pin.
func TestNewsS17Ev17c(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s17-ev17c-shooting.txt", "2026-03-20",
			[]string{"PERSON Артем Кузнецов"}, // (guard)
			[]string{
				// «Личность нападавшего установлена. Это 24-летний Артем
				// Кузнецов»: the attacker the body names (namedAttacker)
				"ATTACK(Стрельба) date=2026-03-13 place=Казань time=в пятницу agent=Артем Кузнецов",
			},
			nil},
		{"news-s17-ev17c-visit.txt", "2026-02-20",
			[]string{"COUNTRY Россия"}, // (guard)
			[]string{
				// «Президент Египта прибыл в Россию»: the visit's place is
				// Россия, not the state of the visitor's post (postNamedOnly)
				"VISIT(прибыл) date=2026-02-10 agent=Абдель Фаттах ас-Сиси place=Россия",
			},
			[]string{"VISIT(прибыл) date=2026-02-10 agent=Абдель Фаттах ас-Сиси place=Египет"}},
	})
}
