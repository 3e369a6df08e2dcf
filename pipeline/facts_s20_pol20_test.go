package pipeline

import "testing"

// TestNewsS20pol20 checks politics and diplomacy news of the twentieth
// session's helper pol20 (testdata/news-s20-pol20-*.txt; made up, in the
// style of Russian wire reports): visits, talks, summits, signings,
// statements, elections, appointments and dismissals. Lines marked
// (guard) held before the session's rules; the others say what they were.
func TestNewsS20pol20(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s20-pol20-duma.txt", "2026-04-23",
			[]string{
				// was «дума»: the recognizer left out the sentence's first
				// word (bodyAdjectives)
				"ORGANIZATION Государственная дума",
				// was «закон об иностранных агентах в третьем чтении» (readingAt)
				"LAW закон об иностранных агентах",
				"LAW законопроект о расширении ограничений для иностранных агентов", // (guard)
				"PERSON Вячеслав Володин",                                           // (guard)
			},
			[]string{
				"Государственная дума PARTICIPANT_IN пленарное заседание",
				"Вячеслав Володин WORKS_AS председатель Госдумы", // (guard)
			},
			nil},
		{"news-s20-pol20-dismiss.txt", "2026-11-08",
			[]string{"PERSON Никол Пашинян", "PERSON Сурен Папикян", "PERSON Армен Григорян"},
			[]string{
				"Армен Григорян WORKS_AS министр обороны", // (guard)
				// was agent=Никол Пашинян: who proposed (OnBehalf)
				"DISMISSAL(освободил от должности) date=2026-11-07 participant=Сурен Папикян participant=Ваагн Хачатурян",
			},
			[]string{"Никол Пашинян AGENT освободил от должности"}},
		{"news-s20-pol20-appoint.txt", "2026-02-05",
			[]string{
				"PERSON Алексей Синицын", "PERSON Георгий Борисенко", // (guard)
				"LOCATION Ближний Восток", // was «Восток» (macroRegionNames)
			},
			[]string{
				"APPOINTMENT(назначил) date=2026-02-03 place=Египет agent=Владимир Путин participant=Алексей Синицын",
				// was date=2019, of «возглавлявший посольство с 2019 года» (participleBetween)
				"DISMISSAL(освобожден) date= participant=Георгий Борисенко",
			},
			nil},
		{"news-s20-pol20-election.txt", "2026-06-05",
			[]string{
				// «Ли Дже Мёна» of the headline was an entity of its own (syllabicGenitive)
				"PERSON Ли Дже Мён",
				"ORGANIZATION Демократическая партия Кореи", // (guard)
			},
			[]string{
				// was APPOINTMENT (leavingNouns)
				"DISMISSAL(уходе с поста) date=2026-06-03 agent=Хан Дон Хун",
				"Ли Дже Мён WORKS_AS президент Республики Корея", // (guard)
			},
			nil},
		{"news-s20-pol20-summit.txt", "2026-08-29",
			[]string{
				"LAW Бишкекская декларация",                        // was an ORGANIZATION (treatyNames)
				"PERSON Касым-Жомарт Токаев", "PERSON Си Цзиньпин", // (guard)
			},
			[]string{"Нарендра Моди WORKS_AS премьер-министр Индии"}, // (guard)
			nil},
		{"news-s20-pol20-memorandum.txt", "2026-05-16",
			[]string{
				// missed (unnamedMinistries)
				"ORGANIZATION министерство промышленности и торговли Вьетнама",
				"PERSON Алексей Лихачев", // (guard)
			},
			[]string{"Алексей Лихачев WORKS_AS генеральный директор «Росатома»"}, // (guard)
			nil},
		{"news-s20-pol20-visit.txt", "2026-03-14",
			[]string{"PERSON Хакан Фидан", "PERSON Реджеп Тайип Эрдоган", "PERSON Мария Захарова"}, // (guard)
			[]string{
				"MEETING(переговоры) date=2026-03-13 agent=Сергей Лавров time=В пятницу agent=Хакан Фидан", // (guard)
				"Сергей Лавров WORKS_AS министр иностранных дел России",                                    // (guard)
			},
			nil},
		{"news-s20-pol20-resign.txt", "2026-01-20",
			[]string{"PERSON Алексей Смирнов", "PERSON Александр Хинштейн"},       // (guard)
			[]string{"DISMISSAL(отставку) date=2026-01-19 agent=Алексей Смирнов"}, // (guard)
			nil},
		{"news-s20-pol20-statement.txt", "2026-10-10",
			[]string{"PERSON Эммануэль Макрон", "ORGANIZATION Le Monde", "FACILITY Елисейский дворец"}, // (guard)
			[]string{"Дмитрий Песков WORKS_AS пресс-секретарь президента России"},                      // (guard)
			nil},
		{"news-s20-pol20-commission.txt", "2026-12-07",
			[]string{"PERSON Сергей Глазьев", "PERSON Максим Рыженков"},                                                       // (guard)
			[]string{"MEETING(переговоры) date=2026-12-04 place=Минск participant=Сергей Лавров participant=Максим Рыженков"}, // (guard)
			nil},
	})
}
