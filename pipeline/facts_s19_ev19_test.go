package pipeline

import "testing"

// TestNewsS19ev19 runs the news texts of the nineteenth session's helper
// ev19 (events). The texts are read on a date far from their datelines,
// which name their year: the dateline gives the days of «во вторник», «в
// понедельник» (pipeline datelineRef), whatever date the text was given.
func TestNewsS19ev19(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s19-ev19-talks.txt", "2026-09-01",
			nil,
			[]string{
				// «ТАШКЕНТ, 14 апреля 2026.» … «во вторник провел переговоры»
				"MEETING(переговоры) date=2026-04-14 agent=Михаил Мишустин time=во вторник agent=Абдулла Арипов",
				// «В среду Мишустин посетит Самарканд»
				"VISIT(посетит) date=2026-04-15 time=В среду agent=Михаил Мишустин place=Самарканд",
			},
			nil},
		{"news-s19-ev19-governor.txt", "2026-09-01",
			nil,
			[]string{
				"APPOINTMENT(назначил) date=2026-02-05 agent=Владимир Путин participant=Александр Хинштейн",
				"MEETING(встретился) date=2026-02-05 agent=Владимир Путин participant=Александр Хинштейн place=Кремль",
			},
			nil},
		{"news-s19-ev19-arrest.txt", "2026-09-01",
			nil,
			[]string{
				// «ЕКАТЕРИНБУРГ, 11 ноября 2025.» … «в понедельник задержали»
				"ARREST(задержан) date=2025-11-10 place=Екатеринбург participant=Игорь Волков",
				"ARREST(арестовал) date=2025-11-11 participant=Игорь Волков agent=Ленинский районный суд Екатеринбурга time=во вторник",
			},
			nil},
		{"news-s19-ev19-attack.txt", "2026-09-01",
			nil,
			[]string{
				// «в ночь на воскресенье»: 8 March 2026
				"ATTACK(атаковали) date=2026-03-08 place=Белгород agent=Вооруженные силы Украины",
			},
			nil},
		{"news-s19-ev19-election.txt", "2026-09-01",
			nil,
			[]string{
				"ELECTION(избрана) date=2025-09-23 participant=Ирина Волкова",
			},
			nil},
		{"news-s19-ev19-vote.txt", "2026-12-01",
			nil,
			[]string{
				// «назначил выборы … на 20 сентября»: an election set, no
				// appointment (setsEvent)
				"OTHER(назначил выборы) date=2026-06-08 participant=Законодательное собрание Приморья agent=Олег Кожемяко",
				"APPOINTMENT(назначил) date=2026-06-08 agent=Олег Кожемяко participant=Иван Сидоров time=В тот же день",
			},
			[]string{"APPOINTMENT(назначил выборы) date=2026-06-08 participant=Законодательное собрание Приморья agent=Олег Кожемяко"}},
		{"news-s18-org18-murom.txt", "2025-07-22",
			nil,
			[]string{
				// the headline's «посетят» told again by «31 июля Муром
				// посетят журналисты»: the body's place (visitAhead)
				"VISIT(посетят) date=2025-07-31 place=Муром",
			},
			nil},
	})
}
