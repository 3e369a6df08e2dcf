package pipeline

import "testing"

// TestNewsS15Ev15 checks the news texts of the fifteenth session's events
// helper (testdata/news-s15-ev15-*.txt), each read as of its dateline's
// day: an imperfective verb of a sentence that names its day («Накануне
// Лавров встречался с президентом Турции»), a visit that «завершится 7
// ноября» (the one told before, and no other day for the dateline's
// lead), the lead's meeting told by another word than the headline's
// («Переговоры …» … «встретился …»: one event), the persons who sign in
// the lead the headline's agreement of states, a lead opening «В ночь на
// среду» (a TIME) dating the story. Lines marked (guard) held before.
func TestNewsS15Ev15(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s15-ev15-meeting.txt", "2025-11-12",
			nil,
			[]string{
				"MEETING(встречался) date=2025-11-11 agent=Сергей Лавров participant=Реджеп Тайип Эрдоган",     // the imperfective «встречаться»
				"MEETING(встретился) date=2025-11-12 agent=Сергей Лавров place=Анкара participant=Хакан Фидан", // (guard) the headline's and the lead's, one event
			},
			nil},
		{"news-s15-ev15-visit.txt", "2025-11-05",
			nil,
			[]string{
				// «Визит завершится 7 ноября» no longer cancels the dateline's day
				"VISIT(прибыл) date=2025-11-05 agent=Прабово Субианто place=Москва",
			},
			// the visit ending on 7 November is the one told before
			[]string{"VISIT(Визит) date=2025-11-07 time=7 ноября"}},
		{"news-s15-ev15-visit.txt", "2025-11-20", // read later in the month: the dateline's day is the reference
			[]string{"DATE 7 ноября = 2025-11-07"}, // (guard) a future day after 5 November, not of 2026
			[]string{"VISIT(прибыл) date=2025-11-05 agent=Прабово Субианто place=Москва"},
			nil},
		{"news-s15-ev15-talks.txt", "2025-11-20",
			nil,
			[]string{
				// the lead's «встретился … с премьер-министром Казахстана
				// Олжасом Бектеновым» is the headline's «Переговоры»
				"MEETING(Переговоры) date=2025-11-20 participant=Михаил Мишустин place=Москва participant=Олжас Бектенов",
				"SIGNING(подписали) date=2025-11-20 agent=Михаил Мишустин agent=Олжас Бектенов", // (guard)
			},
			[]string{"MEETING(встретился) date=2025-11-20 agent=Михаил Мишустин time=в четверг place=Дом правительства"}},
		{"news-s15-ev15-signing.txt", "2025-09-02",
			nil,
			[]string{
				// the lead's signers join the headline's signing by states
				"SIGNING(подписали) date=2025-09-02 agent=Россия agent=Китай place=Пекин agent=Алексей Миллер agent=Дай Хоулян",
			},
			[]string{"VISIT(Визит) date=2025-09-03 time=3 сентября"}}, // «Визит завершится 3 сентября»: the visit told before
		{"news-s15-ev15-drones.txt", "2025-11-20",
			nil,
			[]string{
				// «В ночь на среду», a TIME, opens the lead: the story's day (were undated)
				"ATTACK(атаке) date=2025-11-19 place=Курская область", // (s16: the headline's «подверглась атаке», undergone)
				"DEATH(погиб) date=2025-11-19",
			},
			nil},
		{"news-s15-ev15-attack.txt", "2025-11-19",
			nil,
			[]string{
				"VISIT(посещал) date=2025-11-18 time=Во вторник agent=Александр Хинштейн",
				"MEETING(встречался) date=2025-11-18 time=Во вторник agent=Александр Хинштейн",
			},
			nil},
	})
}
