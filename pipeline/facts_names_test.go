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
			[]string{"MEETING(встретился) date= agent=армянский парламент agent=Александр Беглов"},
			nil},
		{"news-mine-launch.txt", "2025-11-20",
			[]string{"FACILITY Скалистый"}, // a mine, not a work of art
			nil,
			[]string{"Норникель PRODUCES Скалистый"}},
	})
}
