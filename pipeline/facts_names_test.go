package pipeline

import "testing"

// TestNewsNames runs the pipeline over news texts written in the eleventh
// session for entities, canonical names and the merging of mentions, and
// the relations and events that turned on them.
func TestNewsNames(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-airliner.txt", "2025-11-20",
			[]string{
				"PRODUCT МС-21-310",                        // a variant's number after a second hyphen
				"ORGANIZATION ОДК-Пермские моторы",         // a holding's acronym and a subsidiary's name, not a CITY
				"ORGANIZATION Иркутский авиационный завод", // «Иркутский авиазавод» merged into it
			},
			nil,
			[]string{"ОДК-Пермские моторы LOCATED_IN Пермь"}},
		{"news-names-mix.txt", "2025-11-20",
			[]string{
				"PERSON Си Цзиньпин",
				"PERSON Юлия Навальная", // not «Юлий»
				"ORGANIZATION ВСМПО-Ависма",
				"ORGANIZATION ОДК-Пермские моторы",
			},
			[]string{"ОДК-Пермские моторы PRODUCES ПД-14"},
			nil},
		{"news-egypt-npp.txt", "2025-11-20",
			[]string{"PERSON Абдель Фаттах ас-Сиси", "PRODUCT ВВЭР-1200"},
			nil, nil},
		{"news-bankruptcy.txt", "2025-11-20",
			[]string{"PROFESSION конкурсный управляющий"}, // opens the sentence; not an ORGANIZATION
			[]string{"Олег Смирнов WORKS_AS конкурсный управляющий"},
			nil},
		{"news-gas-deal.txt", "2025-11-20",
			nil,
			[]string{"Алексей Миллер WORKPLACE Газпром", "Касым-Жомарт Токаев WORKPLACE Казахстан"},
			[]string{"Касым-Жомарт Токаев WORKPLACE Газпром"}}, // Газпром is in Миллер's post
		{"news-embezzlement.txt", "2025-11-20",
			nil,
			[]string{"Денис Бурмистров WORKS_AS адвокат"},
			[]string{"Тимур Иванов WORKS_AS адвокат"}}, // «Адвокат Иванова Денис Бурмистров»
		{"news-ankara-talks.txt", "2025-11-20",
			nil,
			[]string{"VISIT(посетить) date=2026 agent=Владимир Путин time=в следующем году place=Турция"},
			// a statement told in the past is not in next year's visit
			[]string{"STATEMENT(заявила) date=2026 agent=Мария Захарова"}},
		{"news-parliaments.txt", "2025-11-20",
			[]string{"COUNTRY Армения"},
			// «Ранее спикер … встретился с губернатором …»: another meeting
			[]string{"MEETING(встретился) date= agent=армянский парламент participant=Александр Беглов"},
			nil},
		{"news-mine-launch.txt", "2025-11-20",
			[]string{"FACILITY Скалистый"}, // a mine, not a work of art
			nil,
			[]string{"Норникель PRODUCES Скалистый"}},
		{"news-arms-exports-2.txt", "2025-11-20",
			[]string{"PRODUCT Ми-171Ш", "PRODUCT Панцирь-С1", "COUNTRY Объединенные Арабские Эмираты"},
			[]string{"Рособоронэкспорт PART_OF Государственная корпорация «Ростех»"},
			nil},
		{"news-missile-plant.txt", "2025-11-20",
			nil,
			[]string{
				"Воткинский завод PRODUCES Ярс", // the plant before the participle clause, not the corporation in it
				"VISIT(посетил) date= agent=Александр Бречалов place=Воткинский завод",
			},
			[]string{"Московский институт теплотехники PRODUCES Ярс"}},
		{"news-lunar-station.txt", "2025-11-20",
			[]string{"PERSON Чжан Кэцзянь"}, // not «Кэцзяень»
			nil, nil},
		{"news-harvest.txt", "2025-11-20",
			nil,
			[]string{"Эконива FOUNDED_BY Штефан Дюрр"}, // «основанный немецким предпринимателем Штефаном Дюрром»
			nil},
		{"news-driverless.txt", "2025-11-20",
			nil,
			// «правления „Автодора“» is the company named «Автодор» before
			[]string{"Вячеслав Петушенко WORKPLACE Государственная компания «Автодор»"},
			nil},
		{"news-tatarstan-cabinet.txt", "2025-11-20",
			nil,
			[]string{
				"APPOINTMENT(назначил) date= agent=Рустам Минниханов participant=Алексей Песошин",
				"APPOINTMENT(назначен) date= participant=Олег Коробченко", // another appointment
			},
			nil},
		{"news-bank-profit.txt", "2025-11-20",
			nil,
			[]string{"Герман Греф WORKPLACE Сбербанк", "Фонд национального благосостояния OWNER_OF Сбербанк"},
			nil},
		{"news-collider.txt", "2025-11-20",
			[]string{"ORGANIZATION Министерство науки и высшего образования России"},
			nil, nil},
		{"news-sudan.txt", "2025-11-20",
			[]string{"COUNTRY Чад"}, // not a city
			nil, nil},
		{"news-defense-ministers.txt", "2025-11-20",
			[]string{"EVENT Запад-2025"},                           // учения «Запад-2025», not a NUMBER
			[]string{"VISIT(посетила) date= place=Уралвагонзавод"}, // «Ранее …»: a visit of its own
			nil},
		{"news-helicopters.txt", "2025-11-20",
			[]string{"PRODUCT Ка-52М"},
			nil,
			nil},
		{"news-headline-caps.txt", "2025-11-20",
			[]string{"ORGANIZATION МИД Индии"},                                     // a headline in capitals: «МИД» as the text writes it, not «Мид»
			[]string{"VISIT(визита) date= participant=Нарендра Моди place=Москва"}, // being prepared: not the day of the call
			nil},
		{"news-chipmaker.txt", "2025-11-20",
			[]string{"ORGANIZATION Meta"}, // listed between Microsoft and Alphabet
			[]string{"Alphabet OWNER_OF Google"},
			[]string{"Meta WORKPLACE Microsoft"}},
		{"news-teacher.txt", "2025-11-20",
			[]string{"PERSON Анастасия Кравченко"}, // «Жительница Новосибирска Анастасия Кравченко стала …»: not «Анастасий»
			nil, nil},
	})
}
