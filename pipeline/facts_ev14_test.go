package pipeline

import "testing"

// TestNewsEv14 checks the news texts of the fourteenth session's events
// helper (testdata/news-s14-ev14-*.txt), each read as of its dateline's
// day: the day before told by «Накануне в …», a new paragraph leaving a
// background year, a digest's stories dated by its dateline, a day a
// sentence with no event opens with, the place an attack verb strikes, a
// delivery told by «передал партию», the organizers «Его провели» names.
// Lines marked (guard) held before.
func TestNewsEv14(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s14-ev14-trip.txt", "2025-11-19",
			nil,
			[]string{
				// «Накануне в Ташкенте прошло заседание … Его провели …»: was undated, with no one
				"SESSION(заседание) date=2025-11-18 place=Ташкент organizer=Алексей Оверчук organizer=Жамшид Ходжаев",
				"SIGNING(подписали) date=2025-11-19 agent=Владимир Путин agent=Шавкат Мирзиёев", // (guard)
				"VISIT(визит) date=2025-11-18 agent=Владимир Путин place=Узбекистан",            // (guard)
			},
			nil},
		{"news-s14-ev14-court.txt", "2025-11-18",
			nil,
			[]string{
				"ARREST(задержали) date=2024-03-14 participant=Иван Кляйн time=14 марта 2024 года",                     // (guard)
				"DISMISSAL(уволен по собственному желанию) date=2025-11-10 participant=Алексей Светлов time=10 ноября", // (guard)
			},
			// the governor's appointment, told in a new paragraph, is not of
			// the day of the arrest the paragraph before told
			[]string{"APPOINTMENT(назначил) date=2024-03-14 agent=Владимир Мазур participant=Дмитрий Махиню"}},
		{"news-s14-ev14-strike.txt", "2025-12-04",
			nil,
			[]string{"ATTACK(атаковали) date=2025-12-04 agent=Вооруженные силы Украины place=Белгородская область"}, // «атаковали Белгородскую область»
			nil},
		{"news-s14-ev14-contract.txt", "2025-12-10",
			nil,
			[]string{
				"DELIVERY(передал) date=2025-12-09 time=во вторник agent=Калашников object=Министерство внутренних дел",   // «передал … партию автоматов»
				"SIGNING(подписали) date=2025-W49 agent=Уралвагонзавод agent=Қазақстан темір жолы time=на прошлой неделе", // (guard)
			},
			nil},
		{"news-s14-ev14-regions.txt", "2025-10-03",
			nil,
			[]string{
				"MEETING(совещание) date=2025-10-03 agent=Рамзан Кадыров", // another story of the digest: was the forum's 1 October
				"ARREST(задержала) date=2025-10-03 agent=полиция",
				"SESSION(Россия — исламский мир) date=2025-10-01 place=Казань time=1 октября", // (guard)
				"MEETING(встретился) date=2025-10-02 agent=Андрей Травников",                  // (guard) «Он встретился»: the same story
			},
			nil},
		{"news-s14-ev14-science.txt", "2025-12-06",
			nil,
			[]string{
				"SIGNING(подписали) date=2025-12-04 agent=Михаил Федорук agent=Александр Ведяхин", // «В четверг … заключили соглашение. Документ подписали …»
				"SESSION(пленарном заседании) date=2025-12-03 participant=Геннадий Красников",     // (guard) no digest: the conference's days
			},
			nil},
	})
}
