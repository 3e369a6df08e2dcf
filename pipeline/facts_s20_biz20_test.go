package pipeline

import "testing"

// TestNewsS20biz20 pins the business news of the twentieth session's helper
// biz20 (docs/relation.md and docs/ner.md, «Twentieth session (helper
// biz20)»): holdings, deals, production, headquarters, executives and
// revenues. Each line says what the output was before the session's rules
// or which regression it guards against.
func TestNewsS20biz20(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s20-biz20-steel.txt", "2026-03-14",
			[]string{"ORGANIZATION Уралсталь", "ORGANIZATION Златоустовский трубный завод", "PERSON Андрей Соколов"},
			[]string{
				// «Основателем компании является предприниматель Виктор
				// Рашников» (founderOfKind; before: none)
				"Уралсталь FOUNDED_BY Виктор Рашников",
				// «а его выручка … достигла 38 млрд рублей» (incomeOwner; before: none)
				"Златоустовский трубный завод INCOME 38 млрд рублей",
				// (guards of what was right)
				"Уралсталь OWNER_OF Златоустовский трубный завод",
				"Уралсталь HEADQUARTERED_IN Магнитогорск",
				"Андрей Соколов WORKPLACE Уралсталь",
			},
			nil},
		{"news-s20-biz20-bank.txt", "2026-02-03",
			[]string{"ORGANIZATION Восход", "PERSON Марина Кузнецова"},
			[]string{
				// «Чистая прибыль банка по МСФО составила 7,1 млрд рублей»
				// (before: «МСФО INCOME 7,1 млрд рублей»)
				"Восход INCOME 7,1 млрд рублей",
				"Восход PART_OF Альфа-Капитал",
			},
			[]string{"МСФО INCOME 7,1 млрд рублей"}},
		{"news-s20-biz20-aviation.txt", "2026-09-09",
			[]string{"ORGANIZATION Ютэйр", "ORGANIZATION Объединенная авиастроительная корпорация"},
			[]string{
				// «глава авиакомпании Андрей Мартиросов», «Штаб-квартира
				// авиакомпании находится в Сургуте» (the airline's kind
				// nouns; before: neither)
				"Андрей Мартиросов WORKPLACE Ютэйр",
				"Ютэйр HEADQUARTERED_IN Сургут",
				"Объединенная авиастроительная корпорация PART_OF Ростех",
				"SIGNING(подписала) date=2026-09-09 agent=Ютэйр object=Объединенная авиастроительная корпорация",
			},
			nil},
		{"news-s20-biz20-merger.txt", "2026-06-05",
			[]string{"ORGANIZATION Евразия Телеком", "PERSON Игорь Мельников"},
			[]string{
				// «Ее штаб-квартира разместится в Екатеринбурге» (seat; before: none)
				"Евразия Телеком HEADQUARTERED_IN Екатеринбург",
				"Игорь Мельников WORKPLACE Уралсвязь",
			},
			nil},
		{"news-s20-biz20-pharma.txt", "2026-08-20",
			[]string{"ORGANIZATION Фармстандарт", "ORGANIZATION Биолек"},
			[]string{
				// «Компании принадлежит также завод „Биолек“» (a dative kind
				// noun before a singular verb; before: «Биолек OWNER_OF
				// Фармстандарт»)
				"Фармстандарт OWNER_OF Биолек",
				// «увеличила выручку …, до 41,7 млрд рублей», «Чистая прибыль
				// компании … составила 6,2 млрд рублей» (before: none)
				"Фармстандарт INCOME 41,7 млрд рублей",
				"Фармстандарт INCOME 6,2 млрд рублей",
				// «Генеральный директор компании Григорий Потапов», four
				// sentences after the lead (farEmployer; before: none)
				"Григорий Потапов WORKPLACE Фармстандарт",
				"Виктор Харитонин OWNER_OF Фармстандарт",
			},
			[]string{"Биолек OWNER_OF Фармстандарт"}},
		{"news-s20-biz20-shipyard.txt", "2026-11-16",
			[]string{"ORGANIZATION Адмиралтейские верфи", "ORGANIZATION Объединенная судостроительная корпорация"},
			[]string{
				// «Адмиралтейские верфи, входящие в ОСК, …» was left without
				// mentions (organizationRepeats adds both)
				"Адмиралтейские верфи PART_OF Объединенная судостроительная корпорация",
				// «Предыдущий директор предприятия Алексей Смирнов» (before:
				// none; the plant named in the sentence before the verfi's
				// was a wrong employer while their mention was missing)
				"Алексей Смирнов WORKPLACE Адмиралтейские верфи",
				"Андрей Пучков WORKPLACE Объединенная судостроительная корпорация",
				"APPOINTMENT(назначила) date=2026-11-16 agent=Объединенная судостроительная корпорация participant=Александр Бузаков",
			},
			[]string{"Алексей Смирнов WORKPLACE Средне-Невский судостроительный завод"}},
		{"news-s20-biz20-retail.txt", "2026-05-18",
			[]string{
				// the chains were WORK_OF_ART (retailChains)
				"ORGANIZATION Красный яр", "ORGANIZATION Пятерочка", "ORGANIZATION Чижик",
				// «В феврале X5 завершила …» was the DATE «В феврале X5», no value (codeDateTails)
				"DATE В феврале = 2026-02",
			},
			[]string{"X5 Group OWNER_OF Красный яр"},
			[]string{"X5 Group PRODUCES Красный яр", "Дмитрий Ефремов PRODUCES Красный яр", "X5 Group PRODUCES Пятерочка"}},
		{"news-s20-biz20-auto.txt", "2026-04-21",
			[]string{"PERSON Вадим Сорокин", "PRODUCT Валдай-12"},
			[]string{"Ярославский моторный завод HEADQUARTERED_IN Ярославль", "Олег Дерипаска WORKPLACE Базовый элемент"},
			nil},
		{"news-s20-biz20-plant.txt", "2026-10-02",
			[]string{"ORGANIZATION Arcelik", "PERSON Игорь Артамонов"},
			[]string{"Arcelik OWNER_OF Beko", "Игорь Артамонов WORKS_AS губернатор Липецкой области"},
			nil},
		{"news-s20-biz20-oil.txt", "2026-05-27",
			[]string{"ORGANIZATION Роснефть", "ORGANIZATION Восточная нефтяная компания", "PERSON Игорь Сечин"},
			[]string{"Роснефть OWNER_OF Восточная нефтяная компания", "Игорь Сечин WORKPLACE Роснефть"},
			nil},
	})
}
