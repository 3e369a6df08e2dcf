package pipeline

import "testing"

// TestNewsS21emerg21 pins the twenty-first session's emergency, accident
// and transport news (helper emerg21): pipeline/testdata/news-s21-emerg21-*.txt.
func TestNewsS21emerg21(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s21-emerg21-fire.txt", "2026-03-14",
			[]string{
				"EVENT Возгорание",                                 // was no EVENT (typeLemmas)
				"FACILITY улица Советская",                         // was «улица Советской» (names.streetAdjectives)
				"TIME около 04:20 в четверг = 2026-03-12T04:20",    // (guard)
				"ORGANIZATION ГУ МЧС России по Московской области", // (guard)
			},
			[]string{
				"ACCIDENT(Возгорание) date=2026-03-12 time=около 04:20 в четверг place=улица Советская", // was no event
				"Сергей Полетыкин WORKS_AS начальник главка",                                            // (guard)
			},
			nil},
		{"news-s21-emerg21-flood.txt", "2026-04-08",
			[]string{
				"CITY Ближний Бережок",                                          // was PERSON (settlementName, adjectiveOpened)
				"CITY Орск", "PERSON Денис Паслер", "PERSON Александр Куренков", // (guard)
			},
			[]string{
				"VISIT(прибыл) date=2026-04-08 place=Орск agent=Александр Куренков", // (guard)
				"Александр Куренков WORKS_AS министр МЧС России",                    // (guard)
			},
			nil},
		{"news-s21-emerg21-quake.txt", "2026-10-21",
			[]string{"EVENT Землетрясение", "PERSON Данила Чебров", "TIME в 09:47 по местному времени"},
			[]string{"ACCIDENT(Землетрясение) date=2026-10-21 place=Камчатка time=в среду"}, // (guard)
			nil},
		{"news-s21-emerg21-dtp.txt", "2026-07-03",
			[]string{"DISTRICT Лаишевский район", "LAW часть 5 статьи 264 УК РФ", "TIME около 23:10 = T23:10"}, // (guard)
			[]string{
				"ACCIDENT(ДТП) date=2026-07-03 place=М-7", // (guard)
				"Лаишевский район LOCATED_IN Татарстан",   // (guard)
			},
			nil},
		{"news-s21-emerg21-train.txt", "2026-05-29",
			[]string{"DISTRICT Котельниковский район", "ORGANIZATION СК России"},
			[]string{
				// were OTHER and undated: typed, they take the dateline's day (mishap)
				"ACCIDENT(Пассажирский поезд сошел с рельсов) date=2026-05-29 place=Волгоградская область",
				"ACCIDENT(столкновения с грузовиком) date=2026-05-29 place=Котельниковский район",
			},
			nil},
		{"news-s21-emerg21-plane.txt", "2026-09-12",
			[]string{
				"EVENT экстренная посадка",                                // was no EVENT (emergencyLandings)
				"ORGANIZATION Уральские авиалинии",                        // was PRODUCT (anchoredTypes: companyHeads, wordsKey)
				"FACILITY Толмачево",                                      // was CITY (airportVillages)
				"FACILITY Домодедово",                                     // was CITY
				"TIME в субботу утром = 2026-09-12TMO",                    // was «бортом в субботу утром», no value (timeLead)
				"ORGANIZATION Западно-Сибирская транспортная прокуратура", // (guard)
			},
			[]string{
				// was no event (emergencyLandings, mishap)
				"ACCIDENT(экстренную посадку) date=2026-09-12 participant=Уральские авиалинии place=Новосибирск",
			},
			nil},
		{"news-s21-emerg21-gas.txt", "2026-01-17",
			[]string{"FACILITY улица Бекетова", "PERSON Глеб Никитин"}, // (guard: a person's genitive stays, streetAdjectives)
			[]string{
				"ACCIDENT(взрыве) date=2026-01-17 place=Нижний Новгород", // was ATTACK (mishap: gas)
				"Глеб Никитин WORKS_AS губернатор Нижегородской области", // (guard)
			},
			nil},
		{"news-s21-emerg21-bus.txt", "2026-08-06",
			[]string{
				"ORGANIZATION Пегас Туристик",                                          // was PERSON (anchoredTypes: туроператор)
				"ORGANIZATION Ассоциация туроператоров России", "PERSON Мехмет Йылмаз", // (guard)
			},
			[]string{"Мехмет Йылмаз WORKS_AS водитель"}, // (guard)
			nil},
		{"news-s21-emerg21-ship.txt", "2026-11-25",
			[]string{
				"ORGANIZATION Сахалинская транспортная прокуратура",               // was «… прокуратура начала» (verbEnd)
				"LOCATION Охотское море", "CITY Корсаков", "TIME в 3:15 = T03:15", // (guard)
			},
			[]string{"Сахморепродукт HEADQUARTERED_IN Корсаков"}, // (guard)
			nil},
		{"news-s21-emerg21-mine.txt", "2026-02-02",
			[]string{
				"EVENT обрушение",                          // was no EVENT (typeLemmas)
				"TIME в понедельник утром = 2026-02-02TMO", // was «где в понедельник утром», no value (timeLead)
				"PERSON Алексей Цыденов",                   // (guard)
				"STATE_OR_PROVINCE Бурятия",                // the headline's was a CITY apart (regionType: republicNames)
			},
			[]string{
				"ACCIDENT(обрушения) date=2026-02-02 place=Бурятия", // was no event
				"DEATH(погибли) date=2021 time=в 2021 году",         // (guard) the background's
			},
			nil},
	})
}

// TestNewsS21emerg21Absent checks that the mine text's republic is one
// entity: the headline's «в Бурятии» was a CITY beside the body's
// STATE_OR_PROVINCE.
func TestNewsS21emerg21Absent(t *testing.T) {
	checkAbsent(t, []absentCase{{"news-s21-emerg21-mine.txt", []string{"CITY Бурятия"}}})
}
