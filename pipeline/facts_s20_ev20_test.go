package pipeline

import "testing"

// TestNewsS20ev20 checks events told in varied ways (testdata/news-s20-ev20-*.txt;
// made up, in the style of Russian wire reports): a headline's «обсудили в …»
// placing the lead's talks, a signing told again by «Документ подписали …», a
// staffing change the body tells after the lead's appointment, a surrender,
// and a death the headline and the lead tell under two names. Lines marked
// (guard) held before the rule they pin.
func TestNewsS20ev20(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s20-ev20-talks.txt", "2026-09-01",
			nil,
			[]string{
				// «обсудили в Астане» in the headline (discussedIn): was unplaced
				"MEETING(переговоры) date=2026-03-12 agent=Касым-Жомарт Токаев time=в четверг agent=кабинет министров Киргизии agent=Адылбек Касымалиев place=Астана",
				// «Документ подписали министры …» (retoldSigning): the ministers join the one signing
				"SIGNING(подписали) date=2026-03-12 agent=Касым-Жомарт Токаев agent=кабинет министров Киргизии agent=Адылбек Касымалиев agent=Нуржан Нуржигитов agent=Мелис Турганбаев",
				"VISIT(посетит) date=2026-03-13 time=В пятницу agent=Адылбек Касымалиев place=Алма-Ата", // (guard)
			},
			[]string{
				// was a second, separate SIGNING of the same paper
				"SIGNING(подписали) date=2026-03-12 agent=Нуржан Нуржигитов agent=Мелис Турганбаев",
			}},
		{"news-s20-ev20-governor.txt", "2026-09-01",
			nil,
			[]string{
				"APPOINTMENT(назначил) date=2026-03-05 agent=Владимир Путин participant=Андрей Смирнов", // (guard)
				// «Временно исполняющим обязанности … назначен» after the lead's
				// appointment (staffChain): was undated («с 2019 года» before)
				"APPOINTMENT(назначен) date=2026-03-05 participant=Олег Кравченко",
				// «Ранее Кравченко был назначен …»: an earlier post, undated (guard)
				"APPOINTMENT(назначен) date= participant=Олег Кравченко",
			},
			nil},
		{"news-s20-ev20-surrender.txt", "2026-09-01",
			nil,
			[]string{
				// «сдался полиции»: an ARREST (was OTHER)
				"ARREST(сдался) date=2026-04-09 place=Екатеринбург participant=полиция",
			},
			[]string{
				// «предложили ему сдаться»: a call, no event
				"ARREST(сдаться) date=2026-04-09",
				"ARREST(сдаться) date=",
			}},
		{"news-s20-ev20-death.txt", "2026-02-15",
			nil,
			[]string{
				// «Умер …» / «Скончался 14 февраля 2026 года … в Санкт-Петербурге»,
				// ALTERNATIVE_NAME (namedAgain): the lead's time and place (were none)
				"DEATH(Умер) date=2026-02-14 participant=Виктор Соколов time=14 февраля 2026 года place=Санкт-Петербург",
			},
			nil},
	})
}
