package pipeline

import "testing"

// TestNewsS15 checks the news texts written in the fifteenth session by
// the lead (testdata/news-s15-*.txt). Lines marked (guard) held before.
func TestNewsS15(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s15-appointment.txt", "2025-12-03",
			[]string{"PERSON Алексей Дюмин"}, // (guard)
			[]string{
				"MEETING(встретился) date=2025-12-02 participant=Алексей Дюмин agent=Владимир Путин place=Кремль time=во вторник", // «Как сообщил … Песков, Путин встретился»: Песков was an agent; «в Кремле» is the building (fac16: a seat of power keeps its own type)
				"Алексей Дюмин WORKS_AS губернатор Тульской области",                                                              // (guard)
			},
			[]string{"Дмитрий Песков AGENT встретился"}},
		{"news-s15-visit.txt", "2025-11-20",
			[]string{"PERSON Сергей Лавров"}, // (guard)
			[]string{"VISIT(Визит) date=2025-11-24 participant=Сергей Лавров time=в понедельник place=Анкара"}, // «Визит Лаврова» opening the text was a PERSON
			nil},
		{"news-s15-dateline.txt", "2025-11-25",
			nil,
			[]string{
				"STATEMENT(заявил) date=2025-11-23 agent=Дмитрий Песков",  // after the lead, before any other time: was undated
				"MEETING(совещание) date=2025-11-23 agent=Владимир Путин", // (guard)
			},
			nil},
		{"news-s15-football.txt", "2025-11-23",
			[]string{"ORGANIZATION Российская премьер-лига"},          // «Российской премьер-лиги», with «РПЛ»: was no organization
			[]string{"Сергей Семак WORKS_AS главный тренер «Зенита»"}, // (guard)
			nil},
	})
}

// TestNewsS15Absent lists what must not stand as an entity of its own in
// the lead's fifteenth-session texts.
func TestNewsS15Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s15-visit.txt", []string{"PERSON Визит Лавров", "PERSON Лавров"}}, // one person, Сергей Лавров
		{"news-s15-football.txt", []string{"ORGANIZATION РПЛ"}},                  // merged with Российская премьер-лига
	})
}
