package pipeline

import "testing"

// TestNewsS18ev18b pins the event rules of helper ev18b (eighteenth
// session): a visited place after an opening date, a time counted in hours
// from the story's own attack, the headline's noun the dateline dates, a
// time measured from «выборов».
func TestNewsS18ev18b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s18-ev18b-visit.txt", "2026-05-15",
			nil,
			[]string{
				// «16 мая Ярославль посетит министр»: the place put first, after the date, is visited
				"VISIT(посетит) date=2026-05-16 time=16 мая agent=Ирек Файзуллин place=Ярославль",
			},
			nil},
		{"news-s18-ev18b-school.txt", "2026-03-12",
			nil,
			[]string{
				// «Нападение на школу в Перми: пострадали четыре ученика»: dated by the dateline
				"ATTACK(Нападение) date=2026-03-11 place=Пермь",
				// «задержала нападавшего через 20 минут после нападения»: the story's day
				"ARREST(задержала нападавшего) date=2026-03-11 agent=полиция time=через 20 минут",
			},
			nil},
		{"news-s18-ev18b-committee.txt", "2026-03-13",
			nil,
			[]string{
				// «Соколов сменит Ивана Петрова, который вступил в эту должность за месяц до прошлых выборов»
				"APPOINTMENT(выдвинул на пост) date=2026-03-12 agent=Владимир Путин participant=Андрей Соколов", // (guard)
			},
			[]string{
				// dated by the elections, not by the dateline's day
				"APPOINTMENT(вступил в эту должность) date=2026-03-12 agent=Иван Петров",
			}},
	})
}
