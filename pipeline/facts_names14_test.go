package pipeline

import "testing"

// TestNewsNames14 checks the news texts written in the fourteenth session
// by the helper on names (testdata/news-s14-names14-*.txt): persons named
// by the case the verb before them governs (a woman's accusative, a man's
// dative, foreign names in -у after a dative verb), a Chinese given name of
// one letter, settlements named in apposition to their kind, a settlement
// and its region read as one place, an agency's name the guesser read as a
// masculine noun in -а. Lines marked (guard) held before.
func TestNewsNames14(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s14-names14-diplomacy.txt", "2025-11-20",
			[]string{
				"PERSON Кир Стармер",      // «позвонил Киру Стармеру»: was «Кира Стармера»
				"PERSON Юлия Свириденко",  // «спросили Юлию Свириденко»: was «Юлий Свириденко»
				"PERSON Ван И",            // «Министр иностранных дел Китая Ван И прибудет»: was «Ван»
				"PERSON Никол Пашинян",    // «позвонил Николу Пашиняну»: was as written
				"PERSON Эмманюэль Макрон", // (guard)
				"PERSON Си Цзиньпин",      // (guard)
				"PERSON Ильхам Алиев",     // (guard)
			},
			[]string{
				"OTHER(позвонил) date=2025-11-19 agent=Эмманюэль Макрон time=в среду participant=Кир Стармер",
				"Ван И WORKS_AS министр иностранных дел Китая",
				"Никол Пашинян PARTICIPANT_IN позвонил",
			},
			nil},
		{"news-s14-names14-regions.txt", "2025-11-20",
			[]string{
				"CITY Смольки",    // «в деревне Смольки», «жители деревни Смольки»: was «Смолька»
				"CITY Мирный",     // «в посёлке Мирный Архангельской области»: was one STATE_OR_PROVINCE
				"CITY Никольское", // «в селе Никольское»: was «Никольск»
				"CITY Горки",      // «в деревне Горки»: was «Горка»
				"STATE_OR_PROVINCE Архангельская область", // (guard)
				"PERSON Елена Дубровина-Ноздрина",         // (guard)
				"PERSON Ольга Шевченко",                   // (guard)
			},
			[]string{
				"Смольки LOCATED_IN Тверская область",
				"Мирный LOCATED_IN Архангельская область",
			},
			nil},
		{"news-s14-names14-caucasus.txt", "2025-11-20",
			[]string{
				"PERSON Евгения Тимошенко",    // «поздравил Евгению Тимошенко»: was «Евгений Тимошенко»
				"PERSON Никол Пашинян",        // (guard) with «Николу Пашиняну»
				"PERSON Масуд Пезешкиан",      // (guard)
				"PERSON Жан-Ноэль Барро",      // (guard)
				"PERSON Джей Ди Вэнс",         // (guard)
				"PERSON Назели Багдасарян",    // (guard)
				"PERSON Реджеп Тайип Эрдоган", // (guard) with «Эрдоган»
			},
			[]string{"OTHER(поздравил) date= agent=Реджеп Тайип Эрдоган participant=Евгения Тимошенко"},
			nil},
		{"news-s14-names14-agencies.txt", "2025-11-20",
			[]string{
				"ORGANIZATION Росстат",            // «Глава Росстата»: was «Росстата»
				"PERSON Ирина Петрович-Коваленко", // (guard)
				"PERSON Мария Кузьминична Шевчук", // (guard) with «Шевчук»
				"PERSON Вадим Сомов",              // (guard)
				"ORGANIZATION Газпром нефть",      // (guard)
				"CITY Кириши",                     // (guard)
			},
			[]string{"Сергей Галкин WORKPLACE Росстат"},
			nil},
		{"news-s14-names14-court.txt", "2025-11-20",
			[]string{
				"PERSON Александра Петрова",                // «суд оправдал Александру Петрову»: was «Александр Петров»
				"PERSON Руслан Бойко",                      // «ответил Руслану Бойко»: was «Руслана Бойко»
				"PERSON Тимур Иванов",                      // (guard)
				"PERSON Сергей Бородин",                    // (guard)
				"ORGANIZATION Следственный комитет России", // (guard) with «СК»
			},
			[]string{
				"OTHER(оправдал) date= agent=Мещанский районный суд Москвы participant=Александра Петрова",
				"Руслан Бойко WORKS_AS корреспондент РИА Новости",
			},
			nil},
	})
	checkAbsent(t, []absentCase{
		{"news-s14-names14-diplomacy.txt", []string{"PERSON Ван", "PERSON Кира Стармера", "PERSON Юлий Свириденко"}},
		{"news-s14-names14-regions.txt", []string{"CITY Смолька", "CITY Никольск", "STATE_OR_PROVINCE Мирный Архангельской области"}},
		{"news-s14-names14-court.txt", []string{"PERSON Александр Петров", "PERSON Руслана Бойко"}},
	})
}
