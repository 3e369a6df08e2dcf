package pipeline

import "testing"

// TestNewsS23rel23b pins the relations of helper rel23b's news texts of the
// twenty-third session (docs/relation.md).
func TestNewsS23rel23b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s23-rel23b-summit.txt", "2026-05-17",
			[]string{"PERSON Герман Греф", "PERSON Андрей Костин", "EVENT Казанский экономический форум"},
			[]string{
				"Герман Греф PARTICIPANT_IN Казанский экономический форум",   // «Глава Сбербанка Герман Греф и председатель правления ВТБ Андрей Костин выступили на … сессии» (titled list; was none)
				"Андрей Костин PARTICIPANT_IN Казанский экономический форум", // guard: the model's own
				"Антон Алиханов PARTICIPANT_IN Иннопром",                     // the nested name of the exhibition, as for Минниханов (titled list; was none)
				"Герман Греф WORKPLACE Сбербанк",                             // guard: each person's own post
				"Андрей Костин WORKPLACE ВТБ",
				"Максим Решетников AGENT переговоры",
				"Абдулрахман аль-Ахмед AGENT переговоры",
				"Денис Паслер WORKPLACE Свердловская область",
				"Алексей Орлов WORKPLACE Екатеринбург",
			},
			[]string{
				"Герман Греф WORKPLACE ВТБ", // guard: the post between belongs to the second person
				"Герман Греф WORKS_AS председатель правления ВТБ",
				"Алексей Орлов WORKPLACE Свердловская область",
				"Максим Решетников PARTICIPANT_IN переговоры", // guard: one role per person
			}},
		{"news-s23-rel23-oil.txt", "2026-06-06",
			nil,
			[]string{
				"Алексей Миллер PARTICIPANT_IN Петербургский международный экономический форум", // «Глава „Газпрома“ Алексей Миллер и глава „Роснефти“ Игорь Сечин выступили на сессии …» (titled list; was none, rel23's open case)
				"Игорь Сечин PARTICIPANT_IN Петербургский международный экономический форум",
			},
			[]string{"Алексей Миллер WORKPLACE Роснефть"}},
		{"news-org13-centre.txt", "2025-09-12",
			nil,
			[]string{"Ольга Беккер WORKPLACE Лад-Мир"}, // «директор центра Ольга Беккер» after «культурного центра „Лад-Мир“» («центр» in orgNouns; was none)
			nil},
		{"news-s13-awards.txt", "2025-11-20",
			nil,
			[]string{"Александр Гинцбург WORKPLACE Центр имени Гамалеи"}, // «директор центра» («центр» in orgNouns; was none)
			nil},
		{"news-s22-health22-vaccine.txt", "2026-09-09",
			nil,
			[]string{"Александр Гинцбург WORKPLACE Национальный исследовательский центр эпидемиологии и микробиологии имени Н. Ф. Гамалеи"}, // was none
			nil},
		{"news-rel12-rosatom.txt", "2025-11-20",
			nil,
			[]string{
				"Алексей Лихачев PARTICIPANT_IN подписали", // the model's roles of the two signers stay as they were
				"Журабек Мирзамахмудов AGENT подписали",
			},
			[]string{
				"Алексей Лихачев AGENT подписали", // guard: a titled list adds no second role (otherRole)
				"Журабек Мирзамахмудов PARTICIPANT_IN подписали",
			}},
	})
}
