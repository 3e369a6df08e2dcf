package pipeline

import "testing"

// TestNewsS25ev25 pins the twenty-fifth session's event rules of helper
// ev25 (docs/event.md) on made-up wire reports and on older texts whose
// events they moved.
func TestNewsS25ev25(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s25-ev25-accidents.txt", "2026-10-14",
			[]string{"PRODUCT Ми-8", "STATE_OR_PROVINCE Амурская область"},
			[]string{
				"ACCIDENT(жесткую посадку) date=2026-10-13 place=Хабаровский край",          // was no event (a crash landing: landing.go, mishap)
				"ACCIDENT(сошли) date=2026-10-14 place=Амурская область",                    // was no event (derailed, after «Кроме того»)
				"OTHER(возбудил уголовное дело) date=2026-10-14 agent=Следственный комитет", // was undated
			},
			[]string{
				"OTHER(возбудил уголовное дело) date=2026-10-13 agent=Следственный комитет", // the relative clause's day is the landing's only
			}},
		{"news-s25-ev25-resign.txt", "2026-03-03",
			[]string{"PERSON Анна Карпова", "PERSON Олег Смирнов"},
			[]string{
				"DISMISSAL(пост покинула) date=2026-03-03 participant=Анна Карпова", // was OTHER(покинула)
			},
			[]string{
				"DISMISSAL(ушел в отставку) date=2026-03-03 agent=Волга", // (guard) the employer is no agent
			}},
		{"news-s25-ev25-launch.txt", "2026-12-05",
			[]string{"FACILITY Плесецк"},
			[]string{
				"OTHER(стартовала) date=2026-12-03 time=в четверг place=Плесецк", // (guard) the lead's Thursday
			},
			nil},
		{"news-s25-ev25-shooting.txt", "2026-03-22",
			[]string{"CITY Финикс"},
			[]string{
				"ATTACK(стрельбе) date=2026-03-21 place=Финикс", // was no place (struck: the lead places the headline's attack)
			},
			nil},
		{"news-s24-space24-soyuz.txt", "2025-03-14",
			nil,
			[]string{
				"OTHER(стартовала) date=2025-03-14 place=Байконур time=в пятницу",
			},
			[]string{
				"OTHER(Пуск) date=2025-03-14 time=в 19:41 по московскому времени", // was a second launch (families: запуск, пуск, стартовать)
			}},
		{"news-s24-space24-spacex.txt", "2026-02-06",
			nil,
			[]string{
				"OTHER(стартовала) date=2026-02-05 place=Флорида", // was undated (withinWeek: «в четверг» of the lead)
			},
			nil},
		{"news-s24-space24-crash.txt", "2025-05-05",
			nil,
			[]string{
				"ACCIDENT(жесткой посадки) date=2025-05-05 place=Хабаровский край", // was no event
			},
			nil},
		{"news-s22-transport22-mak.txt", "2026-02-18",
			nil,
			[]string{
				"ACCIDENT(жесткой посадки) date=2026-02-16 place=Якутск",                    // was no event
				"OTHER(возбудил уголовное дело) date=2026-02-18 agent=Следственный комитет", // was undated
			},
			[]string{
				"OTHER(возбудил уголовное дело) date=2026-02-16 agent=Следственный комитет", // «, который 16 февраля совершил»: the landing's day only
			}},
		{"news-s24-media24-bbc.txt", "2025-11-10",
			nil,
			[]string{
				"DISMISSAL(пост покинула) date=2025-11-09 participant=Дебора Тернесс", // was OTHER(покинула); undated before ev25b (sourceClauseEnd)
				"DISMISSAL(ушел в отставку) date=2025-11-09 participant=Би-би-си",     // was agent=Би-би-си (postOrgOnly); undated before ev25b
			},
			nil},
	})
}
