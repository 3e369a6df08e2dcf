package pipeline

import "testing"

// TestNewsS25ev25b pins the twenty-fifth session's event rules of helper
// ev25b (docs/event.md) on made-up wire reports and on older texts whose
// events they moved.
func TestNewsS25ev25b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s25-ev25b-collapse.txt", "2026-01-14",
			[]string{"CITY Саратов", "CITY Хабаровск", "AGE до шести лет"}, // «до шести лет» was a DATE (upToAge)
			[]string{
				"ACCIDENT(обрушилась) date=2026-01-13 place=Саратов",    // was no event (fellIn: «Часть кровли обрушилась»)
				"ACCIDENT(столкнулись) date=2026-01-13 place=Хабаровск", // was unplaced («под Хабаровском», underCity)
			},
			[]string{
				"DATE до шести лет",
			}},
		{"news-s25-ev25b-decree.txt", "2026-03-20",
			[]string{"PERSON Дмитрий Демешин", "PERSON Олег Петров"},
			[]string{
				"DISMISSAL(подписал указ) date=2026-03-19 agent=Дмитрий Демешин time=в четверг object=Олег Петров", // was participant=Олег Петров (decreeObject)
			},
			[]string{
				"DISMISSAL(подписал указ) date=2026-03-19 agent=Дмитрий Демешин time=в четверг participant=Олег Петров",
			}},
		{"news-s24-media24-bbc.txt", "2025-11-10",
			nil,
			[]string{
				"DISMISSAL(ушел в отставку) date=2025-11-09 participant=Би-би-си",     // was undated: «Как пишет газета The Guardian, решение было принято в воскресенье» (sourceClauseEnd)
				"DISMISSAL(пост покинула) date=2025-11-09 participant=Дебора Тернесс", // was undated
			},
			nil},
		{"news-s20-crime20-fire.txt", "2026-01-09",
			nil,
			[]string{
				"DEATH(погибли двое детей) date=2026-01-08 place=Саратов", // was undated: «Как сообщили в ГУ МЧС …, возгорание произошло ночью в четверг»
			},
			nil},
		{"news-s25-house25-collapse.txt", "2025-01-11",
			nil,
			[]string{
				"ACCIDENT(обрушилась) date=2025-01-11 place=Воронеж", // was no event («Часть перекрытия обрушилась», fellIn)
			},
			nil},
		{"news-s22-ev22b-crash.txt", "2027-03-04",
			nil,
			[]string{
				"ACCIDENT(столкнулся) date=2027-03-04 place=Калуга", // was unplaced («Под Калугой»)
			},
			nil},
	})
}
