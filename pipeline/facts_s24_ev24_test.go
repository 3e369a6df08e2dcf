package pipeline

import "testing"

// TestNewsS24ev24 pins the wire reports of the twenty-fourth session's
// helper ev24 (events).
func TestNewsS24ev24(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s24-ev24-arrests.txt", "2026-11-05",
			[]string{"CITY Сызрань"},
			[]string{
				// (guard) the lead's «Сотрудники ФСБ задержали …» tells
				// the headline's arrest again
				"ARREST(задержали) date=2026-11-05 place=Самара participant=Игорь Петров",
				// «В тот же день полицейские задержали в Сызрани двух
				// подозреваемых»: another arrest in another city (was
				// taken into the headline's arrest in Самара)
				"ARREST(задержали) date=2026-11-05 place=Сызрань time=В тот же день",
			},
			nil},
		{"news-s24-ev24-talks.txt", "2026-02-12",
			[]string{"CITY Будапешт"},
			[]string{
				"MEETING(переговоры) date=2026-02-12 place=Вена participant=Кристиан Штокер agent=Роберт Фицо",
				// «Накануне переговоры в Будапеште …»: other talks, the
				// day before (were the talks in Вена); Орбан, whom «с»
				// names, is the relation model's agent (Фицо is not in
				// the sentence)
				"MEETING(переговоры) date=2026-02-11 place=Будапешт agent=Виктор Орбан",
			},
			nil},
		{"news-s24-ev24-board.txt", "2026-11-03",
			[]string{"PERSON Андрей Волков"},
			[]string{
				// «Совет директоров … на заседании во вторник избрал
				// своим председателем Андрея Волкова» tells the headline's
				// election: its object joins it (was agent only)
				"ELECTION(избрал) date=2026-11-03 agent=Совет директоров «Уралкалия» object=Андрей Волков",
				// «Министерство природных ресурсов одобрило кандидатуру,
				// говорится в заявлении ведомства»: the ministry (was no
				// agent)
				"STATEMENT(заявлении) date=2026-11-03 agent=Министерство природных ресурсов",
				// (guard) the session keeps its people
				"SESSION(заседании) date=2026-11-03 participant=Совет директоров ПАО «Уралкалий» time=во вторник participant=Андрей Волков",
			},
			nil},
	})
}
