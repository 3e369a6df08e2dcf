package pipeline

import "testing"

// TestNewsS18org18 checks the persons, places and posts of the
// eighteenth session's helper org18 (testdata/news-s18-org18-*.txt).
// Lines marked (guard) held before the rule they pin.
func TestNewsS18org18(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s18-org18-family.txt", "2026-04-14",
			[]string{
				"PERSON Камиль",           // «внучка Шаймиева Камиля»: was one PERSON «Шаймиев Камиль»
				"PERSON Минтимер Шаймиев", // (guard)
				"PERSON Тимур Шаймиев",    // (guard)
			},
			nil, nil},
		{"news-s18-org18-murom.txt", "2025-07-20",
			[]string{
				"CITY Мур", // «31 июля Муром посетят журналисты»: was a PERSON (the name is still the surname's lemma)
				"PERSON Владимир Зворыкин", // (guard)
			},
			nil, nil},
		{"news-s18-org18-hongkong.txt", "2026-02-03",
			[]string{
				"PROFESSION директор компании Huixin Yin Tong", // was «директор компании» alone
				"ORGANIZATION Huixin Yin Tong",                 // (guard)
				"PROFESSION глава корпорации CITIC",            // (guard)
			},
			nil, nil},
	})
}

// TestNewsS18org18Absent lists what must not stand as an entity of its
// own in org18's news texts.
func TestNewsS18org18Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s18-org18-family.txt", []string{"PERSON Шаймиев Камиль"}},
		{"news-s18-org18-murom.txt", []string{"PERSON Мур"}},
	})
}
