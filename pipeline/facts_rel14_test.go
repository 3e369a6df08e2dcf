package pipeline

import "testing"

// TestNewsRel14 checks the news texts written in the fourteenth session by
// the helper on relations (testdata/news-s14-rel14-*.txt): family ties
// told by a possessive after the person's sentence, relatives who share a
// surname, the owner of a club, a company's shares. Lines marked (guard)
// held before.
func TestNewsRel14(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s14-rel14-region.txt", "2025-11-20",
			nil,
			[]string{
				"Иван Беспалов SPOUSE Светлана",                         // «… окончил Тульский государственный университет. Его жена Светлана»
				"Иван Беспалов PLACE_OF_BIRTH Новомосковск",             // (guard) «Уроженец Новомосковска, Беспалов»
				"Дмитрий Лучин WORKS_AS первый заместитель губернатора", // (guard) «Теперь он занимает пост …»
			},
			nil},
		{"news-s14-rel14-court.txt", "2025-11-20",
			nil,
			[]string{"Виктор Пахомов SIBLING Елена Пахомова"}, // «от владельца … Виктора Пахомова. Его сестра Елена Пахомова»
			[]string{"Сергей Кравцов SIBLING Елена Пахомова"}},
		{"news-s14-rel14-obituary.txt", "2025-11-20",
			nil,
			[]string{
				"Карпенко SIBLING Николай Карпенко", // «Его брат Николай Карпенко»
				"Карпенко SPOUSE Галина",            // (guard) «У Карпенко остались жена Галина, сын Андрей и дочь Мария»
				"Андрей SIBLING Мария",              // (guard)
			},
			[]string{
				"Карпенко ALTERNATIVE_NAME Николай Карпенко", // a brother, not another name
				"Галина SIBLING Андрей",                      // a wife and a son
				"Галина SIBLING Мария",
			}},
		{"news-s14-rel14-holding.txt", "2025-11-20",
			nil,
			[]string{
				"Калужский завод HEADQUARTERED_IN Людиново", // «… по покупке Калужского завода … Завод, расположенный в Людинове»
				"Металлоинвест PART_OF USM",                 // «„Металлоинвест“ со штаб-квартирой в Москве входит в холдинг USM»
				"Алишер Усманов OWNER_OF USM",               // (guard) «основным владельцем которого является Алишер Усманов»
				"USM OWNER_OF Лебединский ГОК",              // «Лебединский ГОК, крупнейшее предприятие холдинга» after «входит в холдинг USM»
			},
			[]string{"USM HEADQUARTERED_IN Москва"}},
		{"news-s14-rel14-science.txt", "2025-11-20",
			nil,
			[]string{
				"Елена Смирнова PLACE_OF_BIRTH Казань",                                      // «Уроженка Казани окончила …»: the person before
				"Елена Смирнова SCHOOLS_ATTENDED Новосибирский государственный университет", // the same
				"Елена Смирнова SPOUSE Андрей Смирнов",                                      // «Ее муж Андрей Смирнов»
			},
			nil},
		{"news-s14-rel14-sport.txt", "2025-11-20",
			nil,
			[]string{"Газпром OWNER_OF Футбольный клуб «Зенит»"},  // (guard) «Основным владельцем „Зенита“ является „Газпром“»
			[]string{"Футбольный клуб «Зенит» OWNER_OF Газпром"}}, // the model's other way
	})
}
