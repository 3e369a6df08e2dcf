package pipeline

import "testing"

// TestNewsS15Ev15 checks the news texts of the fifteenth session's events
// helper (testdata/news-s15-ev15-*.txt), each read as of its dateline's
// day: an imperfective verb of a sentence that names its day («Накануне
// Лавров встречался с президентом Турции»). Lines marked (guard) held
// before.
func TestNewsS15Ev15(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s15-ev15-meeting.txt", "2025-11-12",
			nil,
			[]string{
				"MEETING(встречался) date=2025-11-11 agent=Лавров participant=Реджеп Тайип Эрдоган",     // the imperfective «встречаться»
				"MEETING(встретился) date=2025-11-12 agent=Лавров place=Анкара participant=Хакан Фидан", // (guard) the headline's and the lead's, one event
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
