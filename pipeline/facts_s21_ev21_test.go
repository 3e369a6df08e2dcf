package pipeline

import "testing"

// TestNewsS21ev21 pins the events of the twenty-first session's helper
// ev21 (docs/event.md, «Twenty-first session (helper ev21)»): a takeover
// told by its noun, a share sold to a buyer, those who accompanied a
// visit, and «В нем приняли участие …».
func TestNewsS21ev21(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s21-ev21-takeover.txt", "2025-10-05",
			[]string{"ORGANIZATION Акрон", "ORGANIZATION Дорогобуж", "ORGANIZATION Газпромбанк"},
			[]string{
				// before: no event (closedDeal); the headline's and the lead's «завершил поглощение» are one, «в пятницу» the 3rd
				"ACQUISITION(завершил поглощение) date=2025-10-03 agent=Акрон object=Дорогобуж",
				// before: object=Акрон (soldTo: the dative after «продал» is the buyer)
				"ACQUISITION(продал) date= agent=Газпромбанк participant=Акрон object=Дорогобуж",
				// before: no event (closedDeal); «холдинг» alone is no mention, so no agent
				"ACQUISITION(закрыл сделку по покупке) date=2025-09 time=В сентябре object=Северные удобрения",
				// (guard) the chairman's word stays a statement
				"STATEMENT(заявил) date= agent=Владимир Котов",
			},
			[]string{
				"ACQUISITION(продал) date= agent=Газпромбанк object=Акрон object=Дорогобуж",
			}},
		{"news-s21-ev21-visit.txt", "2025-11-12",
			[]string{"PERSON Андрей Ветров", "PERSON Игорь Соколов", "PERSON Олег Миронов", "ORGANIZATION Россети"},
			[]string{
				// before: without Соколов and Миронов (accompanied: «Министра сопровождали …»);
				// «Сургутская ГРЭС-2» is a PERSON of the recognizer
				"VISIT(посетил) date=2025-11-11 place=Сургут participant=Андрей Ветров participant=Сургутская ГРЭС-2 participant=Игорь Соколов participant=Олег Миронов",
				// before: no participant (tookPartIn: «В нем приняли участие представители …»)
				"MEETING(совещание) date=2025-11-11 participant=Россети",
			},
			nil},
		{"news-s20-ex20-plant.txt", "2025-02-13",
			[]string{"ORGANIZATION Минпромторг России"},
			[]string{
				// before: no participant (tookPartIn: «В них приняли участие представители
				// Минпромторга России и …»: «них» is the plural «переговоры»)
				"MEETING(переговоры) date=2025-02-12 place=Дом правительства Удмуртии agent=Александр Бречалов participant=Минпромторг России participant=Федеральная служба по военно-техническому сотрудничеству",
			},
			[]string{
				// the state nested in the ministry's name is no party of its own
				"MEETING(переговоры) date=2025-02-12 place=Дом правительства Удмуртии agent=Александр Бречалов participant=Минпромторг России participant=Россия participant=Федеральная служба по военно-техническому сотрудничеству",
			}},
		{"news-s20-ev20c-nextvisit.txt", "2026-10-10", nil,
			[]string{
				// before: participant=Петер Сийярто participant=Сергей Лавров too, whom
				// the role phrase «Министры обсудят подготовку визита …» named
				"VISIT(визита) date= participant=Виктор Орбан place=Россия",
			},
			nil},
		{"news-s14-names14-diplomacy.txt", "2025-11-20", nil,
			[]string{
				// before: participant=Сергей Лавров too (preparedOf, role phrase)
				"VISIT(визита) date= participant=Си Цзиньпин",
			},
			nil},
	})
}
