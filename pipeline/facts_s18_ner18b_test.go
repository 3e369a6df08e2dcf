package pipeline

import "testing"

// TestNewsS18ner18b pins the NER fixes of the eighteenth session's helper
// ner18b on its fresh news texts.
func TestNewsS18ner18b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s18-ner18b-senate.txt", "2026-02-12",
			[]string{
				"ORGANIZATION Совфед",  // was a PERSON: a clipped compound of «Сов» the dictionary does not know
				"PERSON Андрей Клишас", // was the PERSON «Совфеда Андрей Клишас»
				"ORGANIZATION Совбез",  // (guard)
			},
			[]string{
				"Андрей Клишас WORKPLACE Совфед", // «член Совфеда Андрей Клишас»
			},
			nil},
		{"news-s18-ner18b-tennis.txt", "2025-09-04",
			[]string{
				"FACILITY стадион имени Артура Эша", // was the PERSON alone
				"PERSON Артур Эш",                   // (guard)
			},
			[]string{
				"Матч TAKES_PLACE_IN стадион имени Артура Эша", // «Матч прошел на стадионе имени Артура Эша»
			},
			nil},
		{"news-s18-ner18b-requiem.txt", "2026-03-29",
			[]string{
				"WORK_OF_ART Польский реквием", // was an ORGANIZATION: «исполнила „Польский реквием“ Кшиштофа Пендерецкого»
			},
			[]string{
				"Кшиштоф Пендерецкий PRODUCES Польский реквием",
			},
			[]string{
				"Кшиштоф Пендерецкий WORKPLACE Польский реквием",
			}},
		{"news-s18-ner18b-mali.txt", "2026-01-08",
			[]string{
				"STATE_OR_PROVINCE Азавад", // was a PERSON: «провозгласили независимое государство Азавад»
			},
			nil, nil},
	})
}

// TestNewsS18ner18bAbsent pins the mentions ner18b's rules retyped away.
func TestNewsS18ner18bAbsent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s18-ner18b-senate.txt", []string{"PERSON Совфед", "PERSON Совфеда Андрей Клишас"}},
		{"news-s18-ner18b-memorial.txt", []string{"PERSON Цицернакаберд"}}, // «к мемориальному комплексу Цицернакаберд»: a FACILITY
		{"news-s18-ner18b-requiem.txt", []string{"ORGANIZATION Польский реквием"}},
		{"news-s18-ner18b-mali.txt", []string{"PERSON Азавад"}},
	})
}
