package pipeline

import "testing"

// TestNewsS20crime20 pins the twentieth session's news of crime, courts and
// incidents (helper crime20; testdata/news-s20-crime20-*.txt, made up in
// the style of Russian wire reports): what its rules fixed, and guards of
// what the pipeline already got right in that genre.
func TestNewsS20crime20(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s20-crime20-attack.txt", "2025-05-05",
			[]string{
				"FACILITY проспект Октября", // was DATE «Октября» = 2024-10 (monthStreets)
				"TIME вечером в воскресенье = 2025-05-04TEV",
				"PERSON Рустам Галиев",
			},
			[]string{
				// was OTHER, dated 2024-10 by the street's «Октября»
				"ATTACK(напал с ножом) date=2025-05-04 place=Уфа time=в воскресенье agent=Рустам Галиев",
				"ARREST(задержали) date=2025-05-04 participant=Рустам Галиев",
				"напал с ножом TAKES_PLACE_IN проспект Октября",
			},
			[]string{
				"напал с ножом POINT_IN_TIME Октября",
				// «Республиканскую клиническую больницу»: a republic's (republicAdjectives; was there)
				"Республиканская клиническая больница имени Куватова IDEOLOGY_OF Республиканская",
			}},
		{"news-s20-crime20-plane.txt", "2025-06-12",
			[]string{"DATE в среду днем = 2025-06-11TAF"}, // was no value: «днем» read as a day's length
			[]string{
				"DEATH(погибли) date=2025-06-11", // was 2025-06-12, the dateline's
				"ACCIDENT(катастрофы) date=2025-06-11",
			},
			nil},
		{"news-s20-crime20-police.txt", "2026-02-25",
			[]string{"PERSON Сергей Барыкин", "ORGANIZATION ГУ МВД по Нижегородской области"},
			[]string{
				"Сергей Барыкин WORKS_AS начальник ГУ МВД по Нижегородской области",
				"ARREST(задержали) date=2026-02-25 place=Нижний Новгород",
			},
			[]string{
				// the source of «…, сообщил начальник ГУ МВД по Нижегородской
				// области генерал-лейтенант Сергей Барыкин» (were both there)
				"Сергей Барыкин PARTICIPANT_IN задержали",
				"Сергей Барыкин CONVICTED_OF угоны дорогих автомобилей",
				// were dated 2025-FA, by «с осени 2025 года» of the sentence before
				"ARREST(арестовал) date=2025-FA",
				"OTHER(Возбуждено уголовное дело) date=2025-FA",
			}},
		{"news-s20-crime20-prosecutor.txt", "2025-12-03",
			[]string{"PERSON Сергей Вершинин", "ORGANIZATION Алтай-Тур", "DISTRICT Чемальский район"},
			[]string{
				"Сергей Вершинин WORKS_AS директор турфирмы «Алтай-Тур»",
				"ACCIDENT(перевернулся катамаран) date=2025-12-03", // was OTHER (typingVerbs)
				"STATEMENT(заявил) date=2025-12-03 agent=Александр Лебедев",
			},
			nil},
		// guards: what the pipeline got right in the genre before
		{"news-s20-crime20-verdict.txt", "2025-03-14",
			[]string{"PERSON Максим Косенков", "ORGANIZATION Ленинский районный суд Тамбова", "CRIME получение взятки в особо крупном размере",
				"LAW часть 6 статьи 290 УК РФ"},
			[]string{
				"Ленинский районный суд Тамбова AGENT приговорил",
				"Максим Косенков PARTICIPANT_IN приговорил",
				"Максим Косенков PENALIZED_AS восьми годам лишения свободы в колонии строгого режима",
				"Максим Косенков PENALIZED_AS штраф в размере 30 млн рублей",
			},
			nil},
		{"news-s20-crime20-arrest-fraud.txt", "2025-10-21",
			[]string{"PERSON Олег Захарченко", "ORGANIZATION СтройИнвестГрупп", "PERSON Ирина Волк", "FACILITY улица Вавилова"},
			[]string{
				"Олег Захарченко WORKS_AS генеральный директор компании «СтройИнвестГрупп»",
				"Олег Захарченко CONVICTED_OF мошенничество в особо крупном размере",
				"Ирина Волк WORKS_AS официальный представитель МВД России",
				"ARREST(задержан) date=2025-10-21 place=Москва participant=Олег Захарченко agent=ГУ МВД по Москве",
			},
			[]string{"Ирина Волк PARTICIPANT_IN задержали"}},
		{"news-s20-crime20-fire.txt", "2026-01-09",
			[]string{"DISTRICT Заводский район", "FACILITY улица Чернышевского", "PERSON Роман Бусаргин"},
			[]string{
				"улица Чернышевского LOCATED_IN Заводский район",
				"возбудило уголовное дело HAS_CAUSE причинение смерти по неосторожности",
			},
			nil},
		{"news-s20-crime20-foreign.txt", "2025-11-28",
			[]string{"PERSON Карим Бенали", "PERSON Жан-Поль Мартен", "FACILITY Вандомская площадь", "ORGANIZATION Исправительный суд Парижа"},
			[]string{
				"Исправительный суд Парижа AGENT приговорил",
				"Карим Бенали AGE_IS 41-летнего",
				"Жан-Поль Мартен WORKS_AS адвокат",
			},
			nil},
		{"news-s20-crime20-quake.txt", "2025-07-17",
			[]string{"PERSON Владимир Солодов", "STATE_OR_PROVINCE Камчатский край"},
			[]string{
				"ACCIDENT(Землетрясение) date=2025-07-17 place=Камчатка time=в четверг",
				"Владимир Солодов WORKS_AS губернатор Камчатского края",
			},
			nil},
		{"news-s20-crime20-dtp.txt", "2025-08-02",
			[]string{"DISTRICT Рамонский район", "STATE_OR_PROVINCE Воронежская область",
				"TIME около 6:30 утра в субботу = 2025-08-02T06:30"}, // was «… в субботу на 512-м» (placeOrdinalTimes)
			[]string{
				"Рамонский район LOCATED_IN Воронежская область",
				"ACCIDENT(ДТП) date=2025-08-02",
				"Авария POINT_IN_TIME около 6:30 утра в субботу",
			},
			[]string{"Авария POINT_IN_TIME около 6:30 утра в субботу на 512-м"}},
	})
}
