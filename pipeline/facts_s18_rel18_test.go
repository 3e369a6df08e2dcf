package pipeline

import "testing"

// TestNewsS18rel18 pins the relations of the eighteenth session's helper
// rel18 on its fresh news texts: an anaphoric post goes to the subject
// named before, a fronted object is no agent, and a client named after his
// own post does not hold his lawyers' post.
func TestNewsS18rel18(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s18-rel18-visit.txt", "2026-03-14",
			[]string{"PERSON Абдул-Фаттах ас-Сиси", "COUNTRY Россия"},
			[]string{
				"Абдул-Фаттах ас-Сиси WORKS_AS президент Египта", // (guard)
				"Абдул-Фаттах ас-Сиси WORKS_AS политик",          // «Ас-Сиси родился в Каире … . Окончил военную академию … . Политик занимает пост …»: through the left-out subject
			},
			[]string{
				"Россия AGENT посетил", // «Россию посетил президент Египта»: the country is visited
			}},
		{"news-s18-rel18-court.txt", "2026-01-22",
			[]string{"PERSON Алексей Смирнов"},
			[]string{
				"Алексей Смирнов WORKS_AS актёр", // (guard)
			},
			[]string{
				"Алексей Смирнов WORKS_AS адвокаты", // «Адвокаты актёра Алексея Смирнова»: his lawyers
			}},
		{"news-s18-rel18-singer.txt", "2025-10-03",
			[]string{"PERSON Олег Марков"},
			[]string{
				"Олег Марков WORKS_AS музыкант", // «Пианист Олег Марков исполнил произведение Рахманинова. Музыкант признался …»: the subject
			},
			[]string{
				"Рахманинов WORKS_AS музыкант",
			}},
	})
}
