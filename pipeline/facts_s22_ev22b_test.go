package pipeline

import "testing"

// TestNewsS22ev22b pins the events of helper ev22b's wire reports of the
// twenty-second session (docs/event.md): «заключили контракт» a signing
// not dated by the contract's term, a vehicle's «столкнулся» an accident,
// «Об этом он заявил» with its speaker, a second laureate and an honorary
// title conferred.
func TestNewsS22ev22b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s22-ev22b-contract.txt", "2026-09-11",
			[]string{"ORGANIZATION Уралвагонзавод", "PERSON Олег Тони"},
			[]string{
				// was no event; «в 2027 году», the deliveries' year, dates it not
				"SIGNING(заключили контракт) date=2026-09-11 agent=Уралвагонзавод agent=Российские железные дороги",
				"SIGNING(подписали) date=2026-09-11 agent=Александр Потапов agent=Олег Тони", // a guard
			},
			[]string{
				"SIGNING(заключили контракт) date=2027 agent=Уралвагонзавод agent=Российские железные дороги",
				"ACCIDENT(столкнулось) date=2026-09-11", // «столкнулось с нехваткой сварщиков»: no accident
			}},
		{"news-s22-ev22b-crash.txt", "2026-03-04",
			nil,
			[]string{"ACCIDENT(столкнулся) date=2026-03-04"}, // was no accident
			nil},
		{"news-s22-ev22b-order.txt", "2026-04-16",
			[]string{"PERSON Владимир Мазур"},
			[]string{
				"STATEMENT(заявил) date=2026-04-15 agent=Владимир Мазур",                // «Об этом он заявил»: was no agent
				"SIGNING(подписал) date= agent=Олег Скуфинский",                         // a guard: the signer after the verb, the agent
				"MEETING(встретился) date=2026-04-15 agent=Владимир Мазур time=в среду", // a guard
			},
			nil},
		{"news-s22-ev22b-awards.txt", "2026-05-22",
			[]string{"PERSON Игорь Белых", "PERSON Виктор Жуков"},
			[]string{
				"AWARD(вручил) date=2026-05-22 agent=Владимир Путин place=Кремль participant=Андрей Соколов", // a guard
				// «глава государства вручил также капитану буксира Игорю
				// Белых»: was object=Игорь Белых, no agent
				"AWARD(вручил) date=2026-05-22 participant=Игорь Белых agent=Владимир Путин",
				// an honorary title conferred: was no event (left undated)
				"AWARD(присвоено) date= participant=Виктор Жуков",
			},
			nil},
	})
}
