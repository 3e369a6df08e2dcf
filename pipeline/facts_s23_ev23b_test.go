package pipeline

import "testing"

// TestNewsS23ev23b pins the events of the twenty-third session's news
// texts of helper ev23b (docs/event.md, its section).
func TestNewsS23ev23b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s23-ev23b-fire.txt", "2024-03-14",
			[]string{"FACILITY улица Генерала Тюленева"},
			[]string{
				// «на улице Генерала Тюленева»: the street's general takes
				// no part (was participant=Тюленева)
				"ACCIDENT(Пожар) date=2024-03-14 time=в ночь на четверг place=улица Генерала Тюленева",
				// (guard) «Накануне вечером … на бульваре Тараса
				// Шевченко»: placed, dated the day before, no person
				"ACCIDENT(возгорание) date=2024-03-13 place=бульвар Тараса Шевченко",
			},
			[]string{
				"ACCIDENT(Пожар) date=2024-03-14 time=в ночь на четверг place=улица Генерала Тюленева participant=Тюленева",
			}},
		{"news-s23-ev23b-expo.txt", "2025-07-08",
			[]string{"EVENT Иннопром-2025"},
			[]string{
				// «На выставке „Иннопром-2025“ подписали …» with the
				// dateline 8 July: the dateline's day (was date=2025, the
				// name's year; its time stays the name's year)
				"OTHER(Иннопром-2025) date=2025-07-08 time=2025 place=Екатеринбург",
				"SIGNING(подписали) date=2025-07-08",
				// «В первый день выставки подписали …» after «Выставка
				// проходила с 7 по 10 июля»: its first day (was undated);
				// the contract of the next sentence is told as the same
				// signing
				"SIGNING(подписали) date=2025-07-07 agent=Минпромторг agent=Ростех",
				// (guard) the range of «Выставка проходила с 7 по 10 июля»
				"OTHER(Выставка) date=2025-07-07 time=с 7 по 10 июля",
			},
			[]string{
				"SIGNING(подписали) date=2025",
			}},
		{"news-s23-ev23b-quote.txt", "2025-09-03",
			[]string{"PERSON Оксана Лут"},
			[]string{
				// «„… в этом году урожай пшеницы превысит 90 млн тонн“, —
				// заявила министр»: the story's day (was date=2025, the
				// quotation's year)
				"STATEMENT(заявила) date=2025-09-03 agent=Оксана Лут",
			},
			[]string{
				"STATEMENT(заявила) date=2025 agent=Оксана Лут",
			}},
	})
}
