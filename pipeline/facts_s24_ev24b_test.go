package pipeline

import "testing"

// TestNewsS24ev24b pins the wire reports of the twenty-fourth session's
// helper ev24b (events).
func TestNewsS24ev24b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s24-ev24b-resign.txt", "2026-03-12",
			[]string{"PERSON Тимур Магинов"},
			[]string{
				// «Краевой парламент во вторник одобрил назначение Аркадия
				// Ткаченко первым вице-губернатором»: an approved
				// appointment (was OTHER; approvedKind)
				"APPOINTMENT(одобрил) date=2026-03-10 agent=Краевой парламент time=во вторник participant=Аркадий Ткаченко",
				// «сложил с себя полномочия»: a resignation (was OTHER;
				// powersLaid)
				"DISMISSAL(сложил с себя полномочия) date=2026-03-12 agent=Тимур Магинов",
			},
			nil},
		{"news-s24-ev24b-court.txt", "2026-11-18",
			[]string{"PERSON Виктор Седов"},
			[]string{
				// a court's sentence and a sentence overturned: VERDICT
				// (both were OTHER)
				"VERDICT(приговорил) date=2026-11-18 agent=Октябрьский районный суд Краснодара participant=Виктор Седов",
				"VERDICT(отменил приговор) date= agent=Краснодарский краевой суд participant=Игорь Лаптев",
			},
			nil},
		{"news-s24-ev24b-ban.txt", "2026-06-16",
			[]string{"PERSON Кая Каллас"},
			[]string{
				// «Кроме того, ЕС запретил импорт …» after a sentence
				// about Кая Каллас: the EU alone (was also agent=Кая
				// Каллас, the relation model's; agentElsewhere)
				"BAN(запретил) date=2026-06-16 agent=Евросоюз",
				// (guard) the meeting keeps her
				"MEETING(встречу) date=2026-06-16 agent=Кая Каллас place=Брюссель",
			},
			nil},
		{"news-s24-ev24b-vote.txt", "2026-09-15",
			nil,
			[]string{
				// (guard) the elections keep their own days
				"OTHER(выборов) date=2026-09-12 time=12–14 сентября",
				// «итоги выборов …, прошедших 12–14 сентября. Об этом на
				// заседании облизбиркома сообщил …»: the report's day
				// (both were 2026-09-12; participleDated)
				"SESSION(заседании) date=2026-09-15 participant=облизбирком participant=Алексей Бурков",
				"STATEMENT(заявил) date=2026-09-15 agent=Алексей Бурков",
			},
			nil},
	})
}
