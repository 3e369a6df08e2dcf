package pipeline

import "testing"

// TestNewsS20ev20c pins the twentieth session's event fixes of helper
// ev20c: a witness of «в присутствии» is no signer, a visit being prepared
// of another person is another visit, a next event ahead keeps no past
// date (event/presence.go).
func TestNewsS20ev20c(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s20-ev20c-witness.txt", "2026-04-15",
			[]string{"PERSON Касым-Жомарт Токаев", "PERSON Шавкат Хамраев"}, // (guard)
			[]string{
				// was … agent=Касым-Жомарт Токаев (witness)
				"SIGNING(подписали) date=2026-04-14 agent=Нуржан Нуржигитов agent=Шавкат Хамраев",
				"SIGNING(подписали) date=2026-04-14 agent=Казахстан agent=Узбекистан", // (guard)
			},
			nil},
		{"news-s20-ev20c-nextvisit.txt", "2026-10-10",
			[]string{"PERSON Виктор Орбан", "PERSON Петер Сийярто"}, // (guard)
			[]string{
				// was date=2026-10-09 (nextOne)
				"SESSION(заседание) date= place=Будапешт",
				"MEETING(переговоры) date=2026-10-09 agent=Петер Сийярто time=В пятницу agent=Сергей Лавров", // (guard)
			},
			[]string{
				// was the arrival's participant (preparedOf)
				"VISIT(прибыл) date=2026-10-08 agent=МИД Венгрии place=Москва participant=Виктор Орбан participant=Петер Сийярто participant=Сергей Лавров",
			}},
		{"news-s20-pol20-memorandum.txt", "2026-05-16", nil,
			[]string{"SIGNING(подписали) date=2026-05-15 agent=Алексей Лихачев agent=Нгуен Хонг Зиен"}, // was … agent=Фам Минь Тиня
			nil},
		{"news-s20-pol20-visit.txt", "2026-03-14", nil,
			[]string{
				// was … participant=Реджеп Тайип Эрдоган
				"VISIT(прибыл) date=2026-03-12 agent=Сергей Лавров place=Анкара",
				"VISIT(визита) date= participant=Реджеп Тайип Эрдоган place=Москва",
			},
			nil},
		{"news-s20-pol20-summit.txt", "2026-08-29", nil,
			[]string{"SESSION(саммит) date= organizer=Шанхайская организация сотрудничества place=Душанбе"}, // was date=2026-08-28
			nil},
		{"news-summit-plan.txt", "2025-11-20", nil, nil,
			// (guard) «подготовкой саммита» with no one named stays the
			// headline's summit
			[]string{"SESSION(саммита) date="}},
	})
}
