package pipeline

import "testing"

// TestNewsRel12 checks the relations and events of the twelfth session's
// news texts (testdata/news-rel12-*.txt: a meeting at a ministry, talks in
// a foreign capital, a phone call, an ambassador's appointment, a board, a
// takeover, talks of two prime ministers): what an organization hosts, where
// it acts, «также» telling another act of a kind, the owners listed after
// «принадлежат» and «являются».
func TestNewsRel12(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-rel12-mid-meeting.txt", "2025-11-20",
			nil,
			[]string{
				// «Беседа состоялась в МИД России»: the host, no party; the
				// meeting of the sentence before told again (TestNewsRel13)
				"MEETING(встречу) date=2025-11-12 agent=Андрей Руденко place=Москва time=в среду agent=Акира Муто",
			},
			[]string{"MEETING(Беседа) date=2025-11-12 participant=МИД России"}},
		{"news-rel12-gazprom-talks.txt", "2025-11-20",
			nil,
			nil,
			[]string{
				"Газпром HEADQUARTERED_IN Астана",                               // «„Газпром“ обсудил в Астане», «провел в Астане переговоры»
				"APPOINTMENT(возглавил) date=2025-11-13 agent=Виталий Маркелов", // «Делегацию компании возглавил …»
			}},
		{"news-rel12-call.txt", "2025-11-20",
			nil,
			[]string{
				"MEETING(телефонный разговор) date=2025-11-17 agent=Сергей Лавров agent=Хакан Фидан",
				"VISIT(посетить) date=2025-12 agent=Сергей Лавров time=в декабре place=Анкара", // «пригласил Лаврова посетить Анкару в декабре»: ahead
			},
			nil},
		{"news-rel12-ambassador.txt", "2025-11-20",
			nil,
			[]string{
				"DISMISSAL(освобожден) date= participant=Георгий Борисенко", // «от должности освобожден»
				// «Путин назначил нового посла России в Египте» … «назначил Алексея Кузнецова»:
				// not the ambassador to Tunisia of the last sentence; the dateline's day
				"APPOINTMENT(назначил) date=2025-11-06 place=Египет agent=Владимир Путин participant=Алексей Кузнецов",
				// «В прошлом месяце Путин также назначил …»: another appointment
				"APPOINTMENT(назначил) date=2025-10 agent=Владимир Путин time=В прошлом месяце place=Тунис participant=Дмитрий Лобанов",
			},
			[]string{"APPOINTMENT(назначил) date=2025-10 place=Египет participant=Дмитрий Лобанов agent=Владимир Путин participant=Алексей Кузнецов"}},
		{"news-rel12-board.txt", "2025-11-20",
			nil,
			[]string{
				"Аэрофлот OWNER_OF Россия", // «„Аэрофлоту“ принадлежат авиакомпании „Россия“ и „Победа“»
				"Аэрофлот OWNER_OF Победа",
				// «Совет директоров ПАО „Аэрофлот“ в пятницу продлил полномочия …»: the lead's day
				"ELECTION(переизбрал) date=2025-10-24 agent=Совет директоров «Аэрофлота» object=Сергей Александров",
			},
			[]string{"Россия OWNER_OF Аэрофлот"}},
		{"news-rel12-acquisition.txt", "2025-11-20",
			nil,
			[]string{
				"Геннадий Тимченко OWNER_OF Сибур", // «акционерами „Сибура“ являются Леонид Михельсон и Геннадий Тимченко»
			},
			nil},
		{"news-rel12-plant.txt", "2025-11-20",
			nil,
			nil,
			// «посетил Уральский турбинный завод»: visited, not visiting
			[]string{"Уральский турбинный завод AGENT посетил"}},
		{"news-rel12-rosatom.txt", "2025-11-20",
			nil,
			// «ТАШКЕНТ, 21 октября. /ТАСС/. … подписали в Ташкенте
			// контракт»: the day the report was filed
			[]string{"SIGNING(подписали) date=2025-10-21 participant=Алексей Лихачев agent=Журабек Мирзамахмудов place=Ташкент participant=Шавкат Мирзиёев"},
			nil},
		{"news-rel12-fraud.txt", "2025-11-20",
			nil,
			// «Смирнов был задержан в апреле. Его адвокат Олег Ковалев
			// заявил, что защита обжалует приговор …»: said on the day of
			// the verdict, not in April
			[]string{"STATEMENT(заявил) date=2025-11-18 agent=Олег Ковалев"},
			nil},
		{"news-rel12-talks.txt", "2025-11-20",
			nil,
			[]string{
				// «провел в Доме правительства переговоры»: the lead places the headline's talks
				"MEETING(переговоры) date=2025-11-18 agent=Михаил Мишустин place=Дом правительства participant=Фам Минь Тинь participant=Дмитрий Чернышенко participant=Антон Алиханов",
				// «По итогам встречи стороны подписали меморандум»: the parties of the talks the sentence before told again
				"SIGNING(подписали) date=2025-11-18 agent=Михаил Мишустин agent=Фам Минь Тинь agent=Дмитрий Чернышенко agent=Антон Алиханов",
			},
			nil},
	})
}
