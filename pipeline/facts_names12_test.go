package pipeline

import "testing"

// TestNewsNames12 runs the pipeline over news texts written in the twelfth
// session for entities, canonical names and the merging of mentions, and
// the relations and events that turned on them.
func TestNewsNames12(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-foreign-ministers.txt", "2025-11-20",
			[]string{"PERSON Бадр Абдель Аты"}, // «Бадром»: the whole name in the instrumental, Аты no genitive of «Ата»
			nil, nil},
		{"news-reorg.txt", "2025-11-20",
			[]string{"ORGANIZATION Объединенная авиастроительная корпорация"}, // opening the sentence, with its acronym after it
			nil, nil},
		{"news-court-names.txt", "2025-11-20",
			[]string{"ORGANIZATION Мещанский районный суд Москвы"},
			[]string{"Мещанский районный суд Москвы AGENT арестовал"}, // «Мещанский суд арестовал»
			nil},
		{"news-sports-federation.txt", "2025-11-20",
			[]string{"PERSON Роман Ротенберг", "ORGANIZATION сборная России по хоккею", "ORGANIZATION сборная России"},
			nil, nil},
		{"news-clinic.txt", "2025-11-20",
			[]string{"FACILITY Свердловская областная клиническая больница № 1"},
			nil, nil},
		{"news-ukraine-names.txt", "2025-11-20",
			[]string{"PERSON Юлия Свириденко"}, // «назначила Юлию Свириденко», then «Свириденко сменила»
			nil, nil},
		{"news-business-women.txt", "2025-11-20",
			[]string{"PERSON Эльвира Набиуллина-Сахарова"}, // both mentions, one entity
			[]string{"ELECTION(избрал) date= object=Эльвира Набиуллина-Сахарова"},
			nil},
		{"news-kazakh-names.txt", "2025-11-20",
			[]string{"PERSON Ерболат Досаев", "PROFESSION аким Алматы", "CITY Алматы"},
			[]string{"Ерболат Досаев WORKS_AS аким Алматы"},
			nil},
		{"news-military.txt", "2025-11-20",
			[]string{"PERSON Андрей Пучков", "PRODUCT Князь Пожарский"}, // not «Пучковый»; a quoted name after «крейсера»
			nil, nil},
		{"news-energy-deal.txt", "2025-11-20",
			[]string{"PRODUCT РИТМ-200Н", "CITY Нижний Новгород"},
			nil, nil},
		{"news-university-rector.txt", "2025-11-20",
			[]string{"ORGANIZATION Ученый совет Санкт-Петербургского государственного университета"},
			nil, nil},
		{"news-telecom-ceo.txt", "2025-11-20",
			[]string{"MONEY 3 млрд рублей"}, // not «области 3 млрд рублей»
			nil, nil},
		{"news-sanctions-court.txt", "2025-11-20",
			[]string{"ORGANIZATION Альфа-Групп"},
			nil, nil},
		{"news-germany.txt", "2025-11-20",
			[]string{"PERSON Фридрих Мерц", "PERSON Олаф Шольц", "ORGANIZATION Альтернатива для Германии"}, // no fleeting vowel; a quoted name keeps «для Германии»
			nil, nil},
		{"news-space-2.txt", "2025-11-20",
			[]string{"PRODUCT Союз-2.1а"}, // after «Ракета-носитель»
			nil, nil},
		{"news-caucasus-names.txt", "2025-11-20",
			[]string{"CITY Карс"}, // a stop of a route of cities
			nil, nil},
	})
}

// TestNewsNames12Absent checks that the names of the twelfth session's news
// texts that should have merged into another entity, or are no entity, are
// not there.
func TestNewsNames12Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-court-names.txt", []string{"ORGANIZATION Мещанский суд"}},                                // merged into the full name
		{"news-business-women.txt", []string{"PERSON Эльвира Набиуллину-Сахарова", "ORGANIZATION IPO"}}, // a term, not a company
		{"news-kazakh-names.txt", []string{"PERSON Аким Алматы Ерболат Досаев"}},
		{"news-sports-federation.txt", []string{"ORGANIZATION сборная Россия"}},
		{"news-germany.txt", []string{"PERSON Фридрих Мерец", "PERSON Мерц", "ORGANIZATION Альтернатива"}},
		{"news-space-2.txt", []string{"LOCATION Ракетно-космическая", "ORGANIZATION Союз-2.1а"}},
		{"news-university-rector.txt", []string{"PROFESSION ученый", "ORGANIZATION Ученый совет Санкт-Петербургского", "ORGANIZATION СПбГУ"}}, // СПбГУ is the university's
	})
}
