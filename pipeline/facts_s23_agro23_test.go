package pipeline

import "testing"

// TestNewsS23agro23 pins the twenty-third session's news of agriculture and
// food (helper agro23; docs/ner.md, docs/relation.md, docs/event.md
// «Twenty-third session (helper agro23)»): harvests, grain exports,
// agroholdings, Минсельхоз, Россельхознадзор bans, fertilizer plants,
// prices.
func TestNewsS23agro23(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s23-agro23-rosselhoz-ban.txt", "2025-06-03",
			[]string{
				// before: «Федеральная служба по ветеринарному и», cut
				// before the second adjective, and «Россельхознадзор» an
				// entity of its own (poAdjectivesEnd)
				"ORGANIZATION Федеральная служба по ветеринарному и фитосанитарному надзору",
				"PERSON Сергей Данкверт", "COUNTRY Армения", "PERSON Ашот Гарибян",
			},
			[]string{
				"Сергей Данкверт WORKPLACE Федеральная служба по ветеринарному и фитосанитарному надзору", // before: … по ветеринарному и
				"Сергей Данкверт WORKS_AS руководитель Россельхознадзора",
			},
			[]string{"Сергей Данкверт WORKPLACE Федеральная служба по ветеринарному и"}},
		{"news-s23-agro23-prices.txt", "2025-12-09",
			[]string{
				"ORGANIZATION Росстат", // before: CITY (rossAgency)
				"ORGANIZATION Национальный союз производителей молока",
				"ORGANIZATION X5 Group", "ORGANIZATION Магнит", "ORGANIZATION Федеральная антимонопольная служба",
			},
			[]string{
				"Артем Белов WORKPLACE Национальный союз производителей молока",
				"Дмитрий Патрушев WORKS_AS вице-премьер",
			},
			nil},
		{"news-s23-agro23-fertilizer.txt", "2025-09-22",
			[]string{
				"FACILITY Штаб-квартира ЕвроХима", // before: PROFESSION (buildingType)
				"ORGANIZATION ЕвроХим", "ORGANIZATION ФосАгро", "DISTRICT Кингисеппский район",
			},
			[]string{
				"Андрей Гурьев WORKS_AS генеральный директор «ЕвроХима»",
				"Андрей Гурьев WORKPLACE ЕвроХим",
				"Андрей Мельниченко OWNER_OF ЕвроХим",
				"ЕвроХим HEADQUARTERED_IN Цуг",
				"Кингисеппский район LOCATED_IN Ленинградская область",
			},
			[]string{"штаб-квартира ЕвроХима WORKPLACE ЕвроХим"}}, // before: the headquarters a post
		{"news-s23-agro23-agroholding.txt", "2026-02-17",
			[]string{"ORGANIZATION Русагро", "ORGANIZATION Агрокультура", "PERSON Вадим Мошкович", "PERSON Тимур Липатов"},
			[]string{
				"Русагро FOUNDED_BY Вадим Мошкович", // «Основателем „Русагро“ является бывший сенатор …»; before: none (founder)
				"Вадим Мошкович WORKS_AS сенатор",
			},
			nil},
		{"news-s23-agro23-court-farmer.txt", "2025-11-11",
			[]string{
				"CRIME мошенничество с субсидиями", // before: «мошенничество с» (danglingPreposition)
				"ORGANIZATION Октябрьский районный суд Краснодара", "ORGANIZATION Кубань-Агро", "ORGANIZATION Краснодарский краевой суд",
			},
			[]string{
				"Павел Ковалев CONVICTED_OF мошенничество с субсидиями",
				"Сергей Тарасенко WORKPLACE Кубань-Агро",
				"Павел Ковалев WORKS_AS заместитель министра сельского хозяйства Краснодарского края",
			},
			[]string{"Павел Ковалев CONVICTED_OF мошенничество с"}},
		{"news-s23-agro23-harvest-region.txt", "2025-07-28",
			[]string{"PERSON Владимир Владимиров", "PERSON Владимир Ситников", "ORGANIZATION Ростсельмаш"},
			[]string{"Владимир Ситников WORKS_AS министр сельского хозяйства Ставропольского края"},
			// two officials of one first name (twoSurnames); before: linked
			[]string{"Владимир Владимиров ALTERNATIVE_NAME Владимир Ситников"}},
		{"news-s23-agro23-fish-talks.txt", "2026-04-16",
			[]string{"PERSON Максим Увайдов", "ORGANIZATION Росрыболовство", "PERSON Хань Цзюнь"},
			[]string{
				"Илья Шестаков WORKPLACE Росрыболовство",
				"Хань Цзюнь WORKS_AS министр сельского хозяйства и сельских дел КНР",
			},
			// «заседание …, которое возглавят министр … и министр …» is
			// no appointment (relativeLed); before: APPOINTMENT(возглавят)
			[]string{"APPOINTMENT(возглавят) date=2026-05 agent=Оксана Лут agent=Хань Цзюнь"}},
		{"news-s23-agro23-grain-export.txt", "2025-10-14",
			[]string{"PERSON Оксана Лут", "ORGANIZATION Русагротранс", "PERSON Игорь Павенский", "ORGANIZATION Минсельхоз России"},
			[]string{"Оксана Лут WORKS_AS министр сельского хозяйства РФ", "Оксана Лут WORKPLACE Минсельхоз России"},
			nil},
		{"news-s23-agro23-meat.txt", "2026-03-05",
			[]string{"ORGANIZATION Черкизово", "PERSON Сергей Михайлов", "ORGANIZATION Московская биржа"},
			[]string{"Сергей Михайлов WORKS_AS президент группы"},
			nil},
	})
}
