package pipeline

import "testing"

// TestNewsS17Ev17 checks the news texts written in the seventeenth session
// by the helper ev17 (testdata/news-s17-ev17-*.txt): arrests, attacks,
// appointments, protests, deaths. Lines marked (guard) held before.
func TestNewsS17Ev17(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s17-ev17-arrest.txt", "2026-01-14", nil,
			[]string{
				"OTHER(обыски) date=2026-01-13 time=В тот же день",       // (guard) the day just named, «во вторник»
				"STATEMENT(заявил) date=2026-01-14 agent=Андрей Борисов", // (guard) the lawyer speaks on the story's day, not the detention's
			},
			nil},
		{"news-s17-ev17-attack.txt", "2026-01-10", nil,
			[]string{
				"ATTACK(атаковали) date=2026-01-10 place=Брянская область place=Курскую области agent=Вооруженные силы Украины", // both regions; the lead's agent
				"DEATH(погиб) date=2026-01-10", // the lead tells the headline's death again in the story's time
			},
			nil},
		{"news-s17-ev17-appointment.txt", "2026-02-03", nil,
			[]string{
				"APPOINTMENT(назначил) date=2026-02-03 agent=Владимир Путин participant=Игорь Руденя",                                          // (guard)
				"APPOINTMENT(назначен) date= place=Тверская область participant=Виталий Королев",                                               // not the governor Беглов the story names later
				"MEETING(встретился) date=2026-02-03 agent=Игорь Руденя place=Санкт-Петербург participant=Александр Беглов time=В тот же день", // (guard)
			},
			nil},
		{"news-s17-ev17-protest.txt", "2025-03-15", nil,
			[]string{
				"PROTEST(Митинг) date=2025-03-15 place=площадь Славия",                          // (guard)
				"DISMISSAL(отставку подал) date=2025-01-28 time=28 января agent=Милош Вучевич",  // (guard)
				"PROTEST(многотысячная акция протеста студентов) date=2025-03-15 place=Белград", // (guard)
			},
			nil},
		{"news-s17-ev17-death.txt", "2024-03-15", nil,
			[]string{
				"DEATH(Умер) date=2024-03-15 participant=Александр Ширвиндт",                                      // (guard)
				"OTHER(Прощание) date=2024-03-19 place=Театр сатиры time=19 марта participant=Александр Ширвиндт", // (guard)
			},
			nil},
	})
}
