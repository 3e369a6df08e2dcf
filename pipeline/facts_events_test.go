package pipeline

import "testing"

// TestNewsEvents checks the events and dates of news texts written for the
// eleventh session (testdata/news-*.txt: a commission, a phone call, talks
// in a third country, a working trip, an air show, a state visit, a board,
// a hearing, a planned summit, a regional election, a protest, a bus
// crash), read with a document date some days after their datelines.
func TestNewsEvents(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-protest.txt", "2025-11-20",
			[]string{"DATE в четверг = 2025-11-13"}, // the dateline's Thursday, 13 November
			[]string{
				"PROTEST(акцию протеста) date=2025-11-13 place=Брюссель",
				"PROTEST(аналогичная акция) date=2025-11-12 place=Париж", // «Накануне»: the day before
			},
			nil},
		{"news-hearing.txt", "2025-11-20",
			[]string{"DATE на 4 декабря = 2025-12-04"}, // «отложил на 4 декабря»: a day set, not past
			[]string{
				"SESSION(Заседание) date=2025-12-04",
				"OTHER(арест) date=2025-11-06 time=6 ноября", // «наложил арест на имущество»: property
			},
			[]string{"ARREST(арест) date=2025-11-06 time=6 ноября"}},
		{"news-state-visit.txt", "2025-11-20",
			[]string{
				"DATE с 16 по 18 ноября = 2025-11-16/2025-11-18", // begun on the dateline's day, not yet ended
				"DATE Во вторник = 2025-11-18",                   // the Tuesday after 17 November
			},
			[]string{
				// «По итогам переговоров лидеры подписали совместное
				// заявление» puts the story in the talks' day, not the
				// visit's first
				"SIGNING(подписали) date=2025-11-17 agent=Сергей Цивилев agent=Чойжилсурэн Батсайхан",
				// «В этот день» is the story's day, not another
				"OTHER(возложил венок) date=2025-11-17 agent=Ухнаагийн Хурэлсух place=Могила Неизвестного Солдата time=В этот день",
				// «Во вторник монгольский лидер посетит Санкт-Петербург»:
				// ahead, not the visit the headline told past
				"VISIT(посетит) date=2025-11-18 time=Во вторник place=Санкт-Петербург",
			},
			[]string{"STATEMENT(заявление) date=2025-11-17"}}, // a paper signed
		{"news-commission-uz.txt", "2025-11-20",
			nil,
			[]string{
				// «Накануне …» left the story undated; «По итогам
				// заседания» brings it back to the session's day
				"SIGNING(подписали) date=2025-11-14 agent=Антон Алиханов agent=Жамшид Ходжаев",
				"VISIT(посетила) date=2025-11-14 place=Ташкентский тракторный завод",
				// «Двадцать шестое заседание … прошло в пятницу»: the
				// verb of happening dates the headline's session; the
				// relations' Узбекистан («Межправкомиссия России и
				// Узбекистана») gives way to «в Ташкенте»
				"SESSION(заседание) date=2025-11-14 place=Ташкент",
				// whom the relations made an agent is met; «Накануне»
				// alone is the day before the session's
				"MEETING(встретился) date=2025-11-13 agent=Антон Алиханов participant=Шавкат Мирзиёев",
			},
			nil},
		{"news-working-trip.txt", "2025-11-20",
			nil,
			// «В ходе поездки Минниханов также вручил»: the subject ends
			// the opening circumstance
			[]string{"AWARD(вручил) date=2025-11-19 agent=Рустам Минниханов"},
			nil},
		{"news-bus-crash.txt", "2025-11-20",
			[]string{"DATE в субботу = 2025-11-15", "CITY Урман"},
			// «Авария произошла в субботу около 06:40 по местному времени
			// у села Урман»: near a village, and «по» of a time opens no
			// topic
			[]string{"ACCIDENT(Авария) date=2025-11-15 time=в субботу place=Урман"},
			nil},
		{"news-ministers-talks.txt", "2025-11-20",
			[]string{"CITY Абу-Даби", "DATE в минувший вторник = 2025-11-18"}, // the dateline's city, not a PERSON
			[]string{"MEETING(переговоры) date=2025-11-18 place=Абу-Даби"},
			nil},
		{"news-summit-plan.txt", "2025-11-20",
			[]string{"DATE весной следующего года = 2026-SP"},
			[]string{
				"SESSION(заседание) date=2025-12-04 time=4 декабря",
				// «Первый саммит Россия — Африка прошел в Сочи»: not the
				// relations' Африка, named as no place
				"SESSION(саммит) date=2019-10 participant=Россия time=в октябре 2019 года place=Сочи",
			},
			// «подготовкой саммита займется комитет, заседание которого
			// состоится 4 декабря»: the date is the committee's
			[]string{"SESSION(саммита) date=2025-12-04 time=4 декабря"}},
		{"news-phone-call.txt", "2025-11-20",
			[]string{"DATE на следующей неделе = 2025-W48"},
			// «Эрдоган пригласил Путина посетить Турцию»: the invited
			// visits
			[]string{
				"VISIT(посетить) date=2026 agent=Владимир Путин time=в начале следующего года place=Турция",
				// «…, сообщили в Кремле»: where it was told from (a MEETING since the twelfth session)
				"MEETING(телефонный разговор) date=2025-11-18 agent=Владимир Путин agent=Реджеп Тайип Эрдоган time=во вторник",
			},
			nil},
		{"news-regional-election.txt", "2025-11-20",
			[]string{"DATE 2 октября = 2025-10-02"}, // after the dateline's 16 September, not after 20 November
			[]string{"SESSION(заседание) date=2025-10-02 organizer=Законодательное собрание time=2 октября"},
			nil},
		{"news-airshow.txt", "2025-11-20",
			[]string{"DATE с 17 по 21 ноября = 2025-11-17/2025-11-21"},
			// «Документ подписали во вторник …» dates the contract the
			// headline and the lead tell
			[]string{"SIGNING(подписал контракт) date=2025-11-18 agent=Рособоронэкспорт place=Дубай"},
			nil},
	})
}
