package pipeline

import "testing"

// TestNewsRel13b checks the news texts written in the thirteenth session
// by the second helper (testdata/news-rel13b-*.txt): a term of a sentence
// read as an age, a striking army's country and two regions of a list read
// as containing places, the post of a person named after another, a
// protest's demand read as its party, a story turned to with «Между тем»
// and «На следующий день» dated. Lines marked (guard) held before.
func TestNewsRel13b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-rel13b-court.txt", "2025-11-20",
			nil,
			[]string{
				"Тимур Иванов PENALIZED_AS 18 лет заключения",            // (guard)
				"DISMISSAL(отставки) date= participant=Александр Беглов", // (guard)
			},
			[]string{
				"Тимур Иванов AGE_IS 18 лет",                       // «Прокуратура требовала для Иванова 18 лет заключения»
				"OTHER(пикета) date= participant=Александр Беглов", // «Участники пикета … требовали отставки губернатора Александра Беглова»
			}},
		{"news-rel13b-hockey.txt", "2025-11-20",
			nil,
			[]string{"STATEMENT(объявил) date=2025-11-19 agent=Спартак"}, // «Между тем футбольный клуб „Спартак“ объявил»: not 2022, the hockey story's
			[]string{
				"STATEMENT(объявил) date=2022 agent=Спартак",
				"Гильермо Абаскаля ORIGINS_FROM Серб", // «Серб сменил на этом посту Гильермо Абаскаля»
			}},
		{"news-rel13b-merger.txt", "2025-11-20",
			nil,
			nil,
			[]string{"ACQUISITION(объявил о слиянии) date=2025-11-12 agent=ВТБ object=Открытие"}}, // «Тем временем банк ВТБ объявил»: not the day FAS approved the other deal
		{"news-rel13b-attack.txt", "2025-11-20",
			nil,
			[]string{"Вооруженные силы Украины AGENT атаковали"}, // (guard)
			[]string{
				"Белгородская область LOCATED_IN Украина", // «Вооруженные силы Украины в ночь на понедельник атаковали беспилотниками Белгородскую область»
				"Белгород LOCATED_IN Курской областями",   // «над Белгородской и Курской областями»
			}},
		{"news-rel13b-diplomacy.txt", "2025-11-20",
			nil,
			[]string{
				"Ермек Кошербаев WORKPLACE Казахстан",                                                   // (guard)
				"VISIT(прибыл) date=2025-11-13 agent=Сергей Лавров place=Бишкек time=На следующий день", // the day after the talks of the dateline
				"MEETING(встретился) date=2025-11-13 agent=Сергей Лавров participant=Садыр Жапаров",
			},
			[]string{"Сергей Лавров WORKPLACE Казахстан"}}, // «Лавров и министр иностранных дел Казахстана Ермек Кошербаев подписали»
	})
}
