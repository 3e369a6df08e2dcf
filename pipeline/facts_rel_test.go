package pipeline

import "testing"

// TestNewsRelations checks the relations of news texts written for the
// relation rules (testdata/news-*.txt: a shipyard, an oil company, a
// research institute, …): the organizations' parts, owners, founders and
// staff, said in the ways wire reports say them.
func TestNewsRelations(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-shipyard.txt", "2025-11-18",
			[]string{"ORGANIZATION Адмиралтейские верфи", "PRODUCT Якутск"}, // a headline's quoted name, after «АО» in the text; «подводную лодку „Якутск“»
			[]string{
				"Адмиралтейские верфи PART_OF Объединенная судостроительная корпорация", // «АО „…“, входящее в состав …»
				"Александр Бузаков WORKPLACE Адмиралтейские верфи",                      // «генеральный директор верфи»
				"Адмиралтейские верфи HEADQUARTERED_IN Санкт-Петербург",                 // «Предприятие, расположенное в Санкт-Петербурге, …»
			},
			nil},
		{"news-refinery.txt", "2025-11-17",
			nil,
			[]string{
				"Лукойл OWNER_OF Волгоградский нефтеперерабатывающий завод", // «Завод, расположенный …, является дочерним предприятием „Лукойла“»
				"Лукойл FOUNDED_BY Вагит Алекперов",                         // «был основан в 1991 году Вагитом Алекперовым»
			},
			nil},
		{"news-institute.txt", "2025-11-18",
			nil,
			[]string{
				"Алексей Кочетов WORKPLACE Институт цитологии и генетики Сибирского отделения РАН",  // «директор института»
				"Институт цитологии и генетики Сибирского отделения РАН FOUNDED_BY Николай Дубинин", // «Институт был основан … академиком Николаем Дубининым»
			},
			[]string{
				// «ИЦиГ» spells the institute, not the academy nor its branch
				"Сибирское отделение Российской академии наук ABBREVIATION ИЦиГ",
				"Российская академия наук ALTERNATIVE_NAME ИЦиГ",
			}},
		{"news-satellite.txt", "2025-11-16",
			[]string{"PRODUCT Экспресс-АМУ4"}, // «спутник связи „Экспресс-АМУ4“»
			[]string{
				"Информационные спутниковые системы PRODUCES Экспресс-АМУ4", // «(ИСС) изготовило спутник связи …»
				// «Предприятие, расположенное в Железногорске …, входит в госкорпорацию „Роскосмос“»
				// after «… для ФГУП „Космическая связь“, сообщили в пресс-службе Роскосмоса»
				"Информационные спутниковые системы HEADQUARTERED_IN Железногорск",
				"Информационные спутниковые системы PART_OF Роскосмос",
			},
			[]string{
				"М. Ф. Решетнев ALTERNATIVE_NAME Информационные спутниковые системы", // «имени академика М. Ф. Решетнёва»
			}},
		{"news-media.txt", "2025-11-19",
			[]string{"ORGANIZATION Газпромбанк"},
			[]string{
				"Европа Плюс PART_OF Газпром-медиа", // «В холдинг также входят радиостанции „Европа Плюс“ и „Эхо Петербурга“ и видеосервис Premier»
				"Эхо Петербурга PART_OF Газпром-медиа",
				"Premier PART_OF Газпром-медиа",
				"Газпромбанк OWNER_OF Газпром-медиа", // «дочерней компанией „Газпромбанка“»: the name declines
			},
			nil},
		{"news-agro.txt", "2025-11-19",
			[]string{"PERSON Виктор Линник", "PERSON Александр Линник"}, // «братья Александр и Виктор Линники»
			[]string{
				"Мираторг FOUNDED_BY Виктор Линник", // «Холдинг основали братья …», four sentences after «холдинг „Мираторг“»
				"Мираторг FOUNDED_BY Александр Линник",
			},
			[]string{"Мираторг FOUNDED_BY Александр Богомаз", "Александр Линник ALTERNATIVE_NAME Александр Богомаз"}},
		{"news-insulin.txt", "2025-11-20",
			nil,
			[]string{"Герофарм FOUNDED_BY Петр Родионов"}, // «основатель и председатель совета директоров компании Петр Родионов»
			nil},
		{"news-retail.txt", "2025-11-17",
			[]string{"ORGANIZATION Пятерочка"}, // «Генеральный директор „Пятерочки“»: an employer
			[]string{
				"X5 Group OWNER_OF Пятерочка", // «Торговая сеть „Пятерочка“, принадлежащая X5 Group»
				"Вера Скворцова WORKPLACE Пятерочка",
			},
			[]string{"Вера Скворцова PRODUCES Пятерочка"}},
		{"news-federation.txt", "2025-11-20",
			nil,
			nil,
			[]string{"Владислав Третьяк WORKS_AS третьяк"}}, // «Третьяк руководит ФХР»: the surname, not a post
		{"news-ministry.txt", "2025-11-19",
			nil,
			// «Министерство … подчиняется правительству региона и расположено в Екатеринбурге»
			[]string{"Министерство здравоохранения Свердловской области HEADQUARTERED_IN Екатеринбург"},
			nil},
	})
}
