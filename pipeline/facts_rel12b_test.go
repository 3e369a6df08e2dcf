package pipeline

import "testing"

// TestNewsRel12b checks the relations fixed by the twelfth session's second
// relation helper (docs/relation.md): what a clause «, что …» reports is
// not its speaker's, the giver of an award is not awarded, an anaphoric
// post goes to no one of another place or post, a place inside one
// person's post is not the coordinated other's, a place adjective after a
// preposition is no agent, the posts after «утвердил X …» are his.
func TestNewsRel12b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-court-names.txt", "2025-11-20", nil, nil,
			[]string{"Ирина Лебедева WORKPLACE Московский городской суд"}}, // «заявила, что защита обжалует приговор в Московском городском суде»
		{"news-foreign-ministers.txt", "2025-11-20", nil, nil,
			[]string{
				"Ван И WORKS_AS турецкий министр", // «Как отметил турецкий министр» after «министром иностранных дел Китая Ван И»
				"Ван И WORKPLACE Турция",
				"египетский AGENT переговоры", // «переговоры с египетским коллегой»
			}},
		{"news-sports-federation.txt", "2025-11-20", nil,
			[]string{"Владислав Третьяк WORKPLACE Федерация хоккея России"},                     // «Конференция Федерации хоккея России (ФХР) переизбрала Владислава Третьяка президентом организации»
			[]string{"Михаил Дегтярев AWARDED_WITH «За заслуги перед Отечеством» III степени"}}, // «Он вручил Третьяку орден …»
		{"news-caucasus-names.txt", "2025-11-20", nil, nil,
			[]string{"Фарид Исаев INCOME 1,5 млрд долларов"}}, // «заявил, что товарооборот двух стран … превысил …»
		{"news-space-2.txt", "2025-11-20", nil, nil,
			[]string{"космонавты Роскосмоса ALTERNATIVE_NAME генеральный директор Роскосмоса"}},
		{"news-rel12b-severstal.txt", "2025-11-20", nil, nil,
			[]string{
				"Александр Шевелев WORKPLACE Вологодская область", // «генеральный директор компании Александр Шевелев и губернатор Вологодской области …»
				"Александр Шевелев EXPENDITURE 40 млрд рублей",    // «заявил, что инвестиции в проект составили …»
				"Александр Шевелев WORKS_AS губернатор",           // «Губернатор поблагодарил …» after «Шевелев заявил …»
			}},
		{"news-rel12b-sber.txt", "2025-11-20", nil,
			[]string{
				"Герман Греф WORKS_AS президент", // «утвердил Германа Грефа президентом и председателем правления банка»
				"Герман Греф WORKS_AS председатель правления",
			},
			nil},
		{"news-rel12b-avtovaz.txt", "2025-11-20", nil, nil,
			[]string{
				"Вячеслав Федорищев AWARDED_WITH За трудовую доблесть", // «Федорищев наградил мастера … Ивана Котова медалью …»
				"Максим Соколов WORKS_AS губернатор",                   // «Губернатор отметил» three sentences after «губернатор Самарской области Вячеслав Федорищев»
			}},
		{"news-rel12b-envoys.txt", "2025-11-20", nil, nil,
			[]string{
				"Сергей Лавров WORKS_AS индийский министр", // «Как отметил индийский министр» after «… России Сергеем Лавровым»
				"Сергей Лавров WORKPLACE Индия",
				"бразильский AGENT переговоры", // «переговоры с бразильским коллегой»
			}},
	})
}
