package pipeline

import "testing"

// TestNewsS23ev23 pins the events of the twenty-third session's news texts
// of helper ev23 (docs/event.md, its section).
func TestNewsS23ev23(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s23-ev23-forum.txt", "2024-08-13",
			[]string{"PERSON Андрей Белоусов", "PERSON Тимур Иванов"},
			[]string{
				// «вручил награды на форуме „Армия-2024“» … «Белоусов во
				// вторник вручил …»: the lead's day (was date=2024
				// time=2024, the year of the forum's name)
				"AWARD(вручил награды) date=2024-08-13 agent=Андрей Белоусов time=во вторник",
				// «был задержан … Тимур Иванов. Его задержали сотрудники
				// ФСБ»: one arrest (the relations name the two mentions one
				// event; was a second ARREST «задержали» with no one)
				"ARREST(задержан) date=2024-08-12 place=Москва participant=Тимур Иванов",
				// (guard) the signing of the forum keeps its signers
				"SIGNING(подписано соглашение) date=2024-08-13 participant=Минобороны participant=Калашников agent=Алексей Криворучко agent=Алан Лушников",
			},
			[]string{
				"ARREST(задержали) date=2024-08-12",
				"AWARD(вручил награды) date=2024 time=2024 agent=Андрей Белоусов",
			}},
		{"news-s23-ev23-plant.txt", "2024-10-21",
			[]string{"PERSON Глеб Никитин", "PERSON Андрей Иванов"},
			[]string{
				// «Соглашение, подписанное губернатором Глебом Никитиным и
				// генеральным директором компании Андреем Ивановым, …»: the
				// signers of the headline's signing (were not in it)
				"SIGNING(подписали) date=2024-10-21 place=Нижний Новгород agent=правительство Нижегородской области agent=Русские машины agent=Глеб Никитин agent=Андрей Иванов",
				// «В Дзержинске накануне умер …»: the day before the
				// dateline's (was undated: «накануне» counted only at the
				// sentence's head)
				"DEATH(умер) date=2024-10-20 place=Дзержинск participant=Виктор Соколов",
				// (guard) the meeting of the Wednesday before, its organizer
				"MEETING(совещание) date=2024-10-16 participant=Нижегородский машиностроительный завод time=В среду organizer=Максим Черкасов",
			},
			nil},
	})
}
