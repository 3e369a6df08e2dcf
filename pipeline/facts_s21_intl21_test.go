package pipeline

import "testing"

// TestNewsS21intl21 pins the international news of the twenty-first
// session's helper intl21: made-up wire reports of summits, sanctions,
// talks, elections abroad and spokespersons' statements.
func TestNewsS21intl21(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s21-intl21-sanctions.txt", "2026-04-23",
			[]string{
				"ORGANIZATION Совет Евросоюза",         // «Совет ЕС» joins it (bodyAliasKey; was an entity of its own)
				"PROFESSION председатель Еврокомиссии", // (was «Председатель Еврокомиссии»: the sentence after «"…за последний год".» did not split)
				"PROFESSION официальный представитель МИД России",
			},
			[]string{
				"Урсула фон дер Ляйен WORKS_AS председатель Еврокомиссии",
				"Кая Каллас WORKS_AS верховный представитель ЕС по иностранным делам и политике безопасности",
				"Виктор Орбан WORKS_AS премьер-министр Венгрии",
				// the quote's sentence ends at its dot: Каллас «назвала», she
				// did not «заявила» (was agent=Кая Каллас agent=Урсула фон дер Ляйен)
				"STATEMENT(заявила) date=2026-04-22 agent=Урсула фон дер Ляйен",
			},
			[]string{"STATEMENT(заявила) date=2026-04-22 agent=Кая Каллас agent=Урсула фон дер Ляйен"}},
		{"news-s21-intl21-un.txt", "2026-03-03",
			[]string{
				"ORGANIZATION Совет Безопасности ООН",                              // «Совбез ООН» of the headline joins it (was two entities)
				"ORGANIZATION Управление ООН по координации гуманитарных вопросов", // unionTopics (was «Управление ООН»)
				"PERSON Стефан Дюжаррик",
				"NATIONALITY британский", // «Британский постпред» opening a sentence (was «Британский», with its capital)
			},
			[]string{
				"Василий Небензя WORKS_AS постоянный представитель РФ при ООН",
				"Стефан Дюжаррик WORKS_AS официальный представитель генерального секретаря ООН",
				"Управление ООН по координации гуманитарных вопросов PART_OF ООН",
				"SESSION(заседание) date=2026-03-17 participant=Совет Безопасности ООН time=17 марта",
			},
			[]string{"Совбез ООН PART_OF ООН"}},
		{"news-s21-intl21-brics.txt", "2026-07-07",
			[]string{
				"PERSON Луис Инасиу Лула да Силва",       // the headline's «Лула да Силва» joins it (innerParticle; was two entities)
				"PROFESSION глава Нового банка развития", // headOrganizations (was no post)
				"ORGANIZATION Новый банк развития",
			},
			[]string{
				"Дилма Руссефф WORKS_AS глава Нового банка развития",
				"Луис Инасиу Лула да Силва WORKS_AS президент Бразилии",
				"Си Цзиньпин WORKS_AS председатель КНР",
				"Сирил Рамафоса WORKS_AS президент ЮАР",
			},
			[]string{"Лула да Силва ALTERNATIVE_NAME Луис Инасиу Лула да Силва"}},
		{"news-s21-intl21-election.txt", "2026-06-01",
			[]string{
				"PROFESSION мэр Медельина", // postPlacePersons (was «мэр» and PERSON «Медельина Даниэль Кинтеро»)
				"CITY Медельин",
				"PERSON Даниэль Кинтеро",
				"PERSON Мария Фернанда Кабаль",
				"ORGANIZATION Демократический центр",
			},
			[]string{
				"Даниэль Кинтеро WORKS_AS мэр Медельина",
				"Мария Фернанда Кабаль MEMBER_OF Демократический центр",
			},
			[]string{"Медельина Даниэль Кинтеро WORKS_AS мэр"}},
		{"news-s21-intl21-lavrov.txt", "2026-04-09",
			[]string{
				"PERSON Ван И", // «Ван И. Стороны …» (was a second entity «Ван И.», the dot in it)
				"PERSON Си Цзиньпин",
				"PERSON Чхве Сон Хи",
			},
			[]string{
				"Ван И WORKS_AS министр иностранных дел КНР",
				"Сергей Лавров WORKS_AS министр иностранных дел России",
				"Чхве Сон Хи WORKS_AS глава МИД КНДР",
				"MEETING(встретится) date=2026-04-09 participant=Чхве Сон Хи agent=Сергей Лавров",
			},
			nil},
		{"news-s21-intl21-zakharova.txt", "2026-05-20",
			[]string{
				"PROFESSION официальный представитель МИД РФ", // officialPosts after «сообщила» (was «представитель МИД РФ»)
				"ORGANIZATION Министерство иностранных дел России",
				"PERSON Маргус Тсахкна",
			},
			[]string{
				"Мария Захарова WORKS_AS официальный представитель МИД РФ",
				"Ален Берсе WORKS_AS генеральный секретарь Совета Европы",
			},
			nil},
		{"news-s21-intl21-trump.txt", "2026-03-25",
			[]string{"PERSON Дональд Трамп", "PERSON Го Цзякунь", "ORGANIZATION Белый дом"},
			[]string{
				"Дональд Трамп WORKS_AS президент США",
				"Го Цзякунь WORKS_AS официальный представитель МИД КНР",
				"SIGNING(подписал указ) date=2026-03-24 agent=Дональд Трамп time=во вторник",
			},
			// «Китай, крупнейший покупатель венесуэльской нефти»
			// (otherPlacesAdjective; was there)
			[]string{"Китай ALTERNATIVE_NAME Венесуэла"}},
		{"news-s21-intl21-iaea.txt", "2026-05-14",
			[]string{"ORGANIZATION Международное агентство по атомной энергии", "ORGANIZATION Организация по атомной энергии Ирана"},
			[]string{
				"Рафаэль Гросси WORKS_AS генеральный директор Международного агентства по атомной энергии",
				"Аббас Аракчи WORKS_AS министр иностранных дел Ирана",
				"VISIT(посетит) date=2026-W21 agent=Рафаэль Гросси place=Тегеран",
			},
			nil},
		{"news-s21-intl21-sco.txt", "2026-06-26",
			[]string{"ORGANIZATION Шанхайская организация сотрудничества", "PERSON Эмомали Рахмон", "PERSON Нарендра Моди"},
			[]string{
				"Нурлан Ермекбаев WORKS_AS генеральный секретарь ШОС",
				"Масуд Пезешкиан WORKS_AS президент Ирана",
				"SESSION(Саммит) date=2026-06-26 place=Бишкек organizer=Шанхайская организация сотрудничества",
			},
			nil},
		{"news-s21-intl21-nato.txt", "2026-02-12",
			[]string{"PERSON Марк Рютте", "ORGANIZATION НАТО", "PERSON Пит Хегсет"},
			[]string{
				"Марк Рютте WORKS_AS генеральный секретарь НАТО",
				"Борис Писториус WORKS_AS министр обороны Германии",
				"Дмитрий Песков WORKS_AS официальный представитель Кремля",
			},
			nil},
		{"news-s21-intl21-treaty.txt", "2026-03-18",
			[]string{"PERSON Нгуен Хонг Зиен", "ORGANIZATION Национальное собрание Вьетнама"},
			[]string{
				"Алексей Лихачев WORKS_AS генеральный директор госкорпорации \"Росатом\"",
				"Нгуен Хонг Зиен WORKS_AS министр промышленности и торговли Вьетнама",
			},
			nil},
	})
	checkAbsent(t, []absentCase{
		{"news-s21-intl21-un.txt", []string{"ORGANIZATION Совбез ООН", "ORGANIZATION Управление ООН"}},
		{"news-s21-intl21-sanctions.txt", []string{"ORGANIZATION Совет ЕС"}},
		{"news-s21-intl21-brics.txt", []string{"PERSON Лула да Силва"}},
		{"news-s21-intl21-lavrov.txt", []string{"PERSON Ван И."}},
		{"news-s21-intl21-election.txt", []string{"PERSON Медельина Даниэль Кинтеро"}},
	})
}
