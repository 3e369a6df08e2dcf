package pipeline

import "testing"

// TestNewsS18ev18 checks the events of the eighteenth session's news texts
// of helper ev18 (testdata/news-s18-ev18-*.txt). Lines marked (guard) held
// before the rule they pin.
func TestNewsS18ev18(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s18-ev18-visit.txt", "2026-03-14",
			nil,
			[]string{
				// «Казань с рабочим визитом посетил президент»: one visit
				// (not «визитом» apart), Казань visited, dated by the
				// dateline «КАЗАНЬ, 12 марта 2026.»
				"VISIT(посетил) date=2026-03-12 agent=Касым-Жомарт Токаев place=Казань",
				"MEETING(переговоры) date=2026-03-12 agent=Касым-Жомарт Токаев time=В четверг agent=Рустам Минниханов", // (guard)
			},
			[]string{"VISIT(визитом) date=2026-03-12 participant=Касым-Жомарт Токаев"}},
		{"news-s18-ev18-obituary.txt", "2026-02-06",
			nil,
			[]string{
				"DEATH(умер) date=2026-02-04 place=Пекин participant=Чжан Вэйго", // (guard)
			},
			// «генерал, замначальника штаба ВМС в Южно-Китайском море,
			// умер»: where the brother served, not where he died
			[]string{"DEATH(умер) date=2014 place=Южно-Китайское море time=в 2014 году participant=Чжан Вэйго"}},
		{"news-s18-ev18-shooting.txt", "2026-02-05",
			nil,
			[]string{
				"ATTACK(Стрельба) date= place=центр Хьюстона agent=Джейсон Миллер", // (guard)
				// «Полиция задержала стрелка … Им оказался … Джейсон
				// Миллер»: the one arrested
				"ARREST(задержала стрелка) date= agent=полиция time=через час participant=Джейсон Миллер",
			},
			nil},
		{"news-s18-ev18-veteran.txt", "2026-05-10",
			[]string{"EVENT Вторая мировая война"}, // (guard)
			[]string{
				// the dateline «ТУЛА, 8 мая 2026.» dates the lead
				"AWARD(вручил) date=2026-05-08 agent=Дмитрий Миляев",
			},
			nil},
		{"news-s18-ev18-race.txt", "2026-03-03",
			[]string{
				"PERSON Кими Райкконен", // «преследователей — Кими Райкконена»: a Finnish surname in -нен
				"PERSON Ландо Норрис",   // (guard)
			},
			nil,
			nil},
	})
}

// TestNewsS18ev18Absent checks the entities that must have merged into
// another: «ветеран Второй мировой» is «Второй мировой войны».
func TestNewsS18ev18Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s18-ev18-veteran.txt", []string{"EVENT Второй мировой"}},
		{"news-s18-ev18-race.txt", []string{"PERSON Кими Райкконена"}},
	})
}
