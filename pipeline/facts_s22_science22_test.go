package pipeline

import "testing"

// TestNewsS22science22 pins science, university and space news of the
// twenty-second session (helper science22): awards named after a person,
// spaceports, a date of two days, an institute's acronym inside a post,
// headlines, launches.
func TestNewsS22science22(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s22-science22-soyuz.txt", "2026-03-14",
			[]string{
				"FACILITY Восточный", // was LOCATION «Восточное» (headline, «с Восточного») + ORGANIZATION «ВОСТОЧНЫЙ» + LOCATION «Восточный»: spaceportNames, mergeInflected
				"PRODUCT Фрегат",     // was ORGANIZATION («с разгонным блоком «Фрегат»»)
				"PRODUCT Союз-2.1б",
				"ORGANIZATION Роскосмос",
			},
			[]string{
				"Дмитрий Баканов WORKS_AS генеральный директор Роскосмоса",
				"OTHER(стартовала) date=2026-03-14 place=Восточный", // was no event: launchEvents
			},
			[]string{"Фрегат PRODUCES Союз-2.1б"}}, // was there, with «Фрегат» an organization
		{"news-s22-science22-rector.txt", "2026-02-03",
			[]string{"ORGANIZATION Томский государственный университет", "PERSON Эдуард Галажинский", "PERSON Валерий Фальков"},
			[]string{
				"Эдуард Галажинский WORKPLACE Томский государственный университет",
				"Валерий Фальков WORKS_AS министр науки и высшего образования России",
				"Иван Смирнов WORKPLACE Томский государственный университет",
				"ELECTION(избрал) date=2026-02-03 agent=Ученый совет Томского государственного университета object=Эдуард Галажинский",
			},
			[]string{"Томский университет HEADQUARTERED_IN Томск"}}, // was a second entity: mergeStatusNames
		{"news-s22-science22-prize.txt", "2026-01-20",
			[]string{
				"AWARD премия имени И. Я. Померанчука", // was ORGANIZATION, and «премию имени Померанчука» of the headline apart: honoredAwards, mergeHonoreeNames
				"PERSON И. Я. Померанчук",
				"ORGANIZATION МГУ имени М. В. Ломоносова", // «МГУ» joins it
				"PERSON Майкл Пескин",
				"ORGANIZATION Стэнфордский университет",
			},
			[]string{
				"Андрей Федянин AWARDED_WITH премия имени И. Я. Померанчука", // was none
				"Виктор Садовничий WORKS_AS ректор МГУ",
				"Виктор Садовничий WORKPLACE МГУ имени М. В. Ломоносова",
				"Майкл Пескин WORKPLACE Стэнфордский университет",
			},
			[]string{
				"Виктор Садовничий AWARDED_WITH признание вклада московской школы физики",    // was there: a lower-case quote after «награду»
				"Андрей Федянин WORKPLACE Институт теоретической и экспериментальной физики", // the institute that told the news (researchNames found it; newsSource)
			}},
		{"news-s22-science22-iki.txt", "2025-10-09",
			[]string{"ORGANIZATION Институт космических исследований РАН", "PERSON Игорь Митрофанов", "PERSON Анатолий Петрукович"},
			[]string{
				"Анатолий Петрукович WORKPLACE Институт космических исследований РАН", // was РАН only: acronymRepeats
				"Игорь Митрофанов WORKPLACE Институт космических исследований РАН",    // was РАН only
				"Анатолий Петрукович WORKS_AS директор ИКИ РАН",
				"Институт космических исследований РАН PART_OF РАН",
			},
			nil},
		{"news-s22-science22-kurchatov.txt", "2025-11-27",
			[]string{"ORGANIZATION Курчатовский институт", "PERSON Михаил Ковальчук", "ORGANIZATION Объединенный институт ядерных исследований", "ORGANIZATION Институт катализа СО РАН"},
			[]string{
				"Михаил Ковальчук WORKPLACE Курчатовский институт",
				"Дмитрий Чернышенко WORKS_AS вице-премьер",
			},
			nil},
		{"news-s22-science22-olympiad.txt", "2025-07-15",
			[]string{"EVENT 57-я Международная химическая олимпиада", "CITY Дубай", "ORGANIZATION Министерство просвещения РФ", "PERSON Сергей Кравцов"},
			[]string{
				"57-я Международная химическая олимпиада TAKES_PLACE_IN Дубай",
				"Сергей Кравцов WORKS_AS министр просвещения",
				"Сборная России PARTICIPANT_IN 57-я Международная химическая олимпиада",
			},
			nil},
		{"news-s22-science22-conference.txt", "2025-09-02",
			[]string{"ORGANIZATION Институт ядерной физики имени Г. И. Будкера СО РАН", "ORGANIZATION Новосибирский государственный университет", "PERSON Павел Логачев"},
			[]string{
				"Павел Логачев WORKS_AS директор ИЯФ СО РАН",
				"Андрей Травников WORKS_AS губернатор Новосибирской области",
				"Новосибирский государственный университет HEADQUARTERED_IN Новосибирск",
			},
			nil},
		{"news-s22-science22-baikonur.txt", "2025-11-27",
			[]string{"FACILITY Байконур", "PRODUCT Союз МС-28", "PRODUCT Союз-2.1а", "FACILITY Международная космическая станция", "PERSON Кристофер Уильямс"},
			[]string{
				"Кристофер Уильямс WORKPLACE НАСА",
				"Сергей Микаев WORKPLACE Роскосмос",
				"Байконур LOCATED_IN Казахстан",
				"OTHER(стартовала) date= place=Байконур", // was no event: launchEvents
			},
			[]string{"Союз МС-28 ALTERNATIVE_NAME Союз-2.1а"}}, // was there: otherModels
		{"news-s22-science22-grant.txt", "2025-12-11",
			[]string{"ORGANIZATION Российский научный фонд", "ORGANIZATION Мюнхенский технический университет", "PERSON Геннадий Красников"},
			[]string{
				"STATEMENT(объявил) date=2025-12-11 agent=Российский научный фонд", // was agent=Россия, the headline read as «Российский» + a post «научный фонд»: institutionPosts
				"Александр Хлунов WORKPLACE Российский научный фонд",
				"Томас Мюллер WORKPLACE Мюнхенский технический университет",
				"Геннадий Красников WORKS_AS президент РАН",
			},
			[]string{
				"научный фонд ORIGINS_FROM российский", // was there
				"APPOINTMENT(возглавит) date= agent=Санкт-Петербургский государственный университет object=Томас Мюллер object=Мюнхенский технический университет", // was there: afterPersonFrom
			}},
		{"news-s22-science22-exam.txt", "2025-06-24",
			[]string{
				"DATE 3 и 4 июля = 2025-07-03/2025-07-04", // was ORDINAL «3» + DATE «4 июля»: sharedMonthDays
				"PERSON Анзор Музаев",
				"ORGANIZATION Федеральная служба по надзору в сфере образования и науки",
			},
			[]string{
				"Анзор Музаев WORKPLACE Федеральная служба по надзору в сфере образования и науки",
				"Сергей Кравцов WORKS_AS глава Минпросвещения",
			},
			nil},
	})
	checkAbsent(t, []absentCase{
		{"news-s22-science22-soyuz.txt", []string{"LOCATION Восточное", "ORGANIZATION ВОСТОЧНЫЙ", "ORGANIZATION Фрегат"}},
		{"news-s22-science22-prize.txt", []string{"ORGANIZATION премия имени И. Я. Померанчука", "AWARD премия имени Померанчука", "ORGANIZATION МГУ"}},
		{"news-s22-science22-rector.txt", []string{"ORGANIZATION Томский университет"}},
		{"news-s22-science22-grant.txt", []string{"PROFESSION научный фонд", "NATIONALITY российский"}},
		{"news-s22-science22-exam.txt", []string{"ORDINAL 3", "DATE 4 июля"}},
	})
}
