package pipeline

import "testing"

func TestNewsS18rel18b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s18-org18-murom.txt", "2025-07-20",
			[]string{"STATE_OR_PROVINCE Владимирская область", "COUNTRY Италия"},
			[]string{
				"журналисты ORIGINS_FROM Италия", // (guard)
			},
			[]string{
				"Владимирская область LOCATED_IN Италия",                  // «журналисты из Дании и Италии, сообщили в администрации Владимирской области»: the journalists' origin
				"журналисты WORKPLACE администрация Владимирской области", // the source of the report, not their employer
			}},
		{"news-s18-rel18b-students.txt", "2026-02-14",
			[]string{"COUNTRY Германия"},
			[]string{
				"студенты ORIGINS_FROM Германия", // (guard)
			},
			[]string{
				"Республика Татарстан LOCATED_IN Германия", // (guard)
			}},
		{"news-s18-rel18b-film.txt", "2025-09-03",
			[]string{"PERSON Алексей Учитель", "WORK_OF_ART Прогулка"},
			[]string{
				"Алексей Учитель PRODUCES Последний концерт", // «Он снял картину „Последний концерт“»: the pronoun before a verb of making
				"Алексей Учитель PRODUCES Прогулка",          // «Самые известные его работы — „Прогулка“»: through the pronoun of the sentence before
				"Алексей Учитель WORKS_AS режиссёр",          // (guard)
			},
			nil},
		{"news-s18-rel18b-founder.txt", "2026-03-12",
			[]string{"PERSON Михаил Науменко", "ORGANIZATION Зоопарк"},
			[]string{
				"Зоопарк FOUNDED_BY Михаил Науменко",        // (guard)
				"Михаил Науменко PRODUCES Пригородный блюз", // «Его самые известные песни — „Лето“ и „Пригородный блюз“»: the possessive pronoun
			},
			[]string{
				"Михаил Науменко WORKPLACE Зоопарк", // «основатель группы „Зоопарк“ Михаил Науменко»: FOUNDED_BY only
			}},
	})
}
