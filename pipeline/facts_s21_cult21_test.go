package pipeline

import "testing"

// TestNewsS21cult21 pins the culture and media news of the twenty-first
// session (helper cult21): premieres, theatres, museums, festivals,
// prizes, books, obituaries, television and newspapers. Each line holds
// because of that session's rules or guards against a plausible
// regression; what a line was before is said beside it.
func TestNewsS21cult21(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s21-cult21-premiere.txt", "2026-03-03",
			[]string{
				"EVENT премьера ленты", // «Мировая премьера ленты»: was a PROFESSION (premieres)
				"PERSON Алексей Герман-младший",
				"WORK_OF_ART Снежный путь",
			},
			[]string{
				"Алексей Герман-младший PRODUCES Снежный путь", // (guard)
				"премьера ленты SUBEVENT_OF Берлинский кинофестиваль",
				"премьера ленты POINT_IN_TIME в феврале",
			},
			[]string{"Елена Ванина WORKS_AS премьера ленты"}}, // was there: the «post» had a holder
		{"news-s21-cult21-theatre.txt", "2026-08-28",
			[]string{
				"ORGANIZATION Малый театр", // (guard) the theatre's name
				"WORK_OF_ART Гроза",
				"PERSON Тамара Михайлова",
			},
			[]string{
				"Малый театр PRODUCES Гроза", // «Малый театр откроет … сезон премьерой спектакля «Гроза»»: the theatre was found only in «директор Малого театра» (organizationRepeats again)
				"Тамара Михайлова WORKPLACE Малый театр",
				"Александр Островский PRODUCES Гроза", // (guard)
				"Юрий Соломин WORKS_AS художественный руководитель театра",
			},
			nil},
		{"news-s21-cult21-museum.txt", "2026-05-15",
			[]string{
				"PERSON Анна Кузнецова", // «стала старший научный сотрудник музея Анна Кузнецова»: was Анн Кузнецов (postWord)
				"PERSON Михаил Пиотровский",
				"WORK_OF_ART Последний день Помпеи",
			},
			[]string{
				"Анна Кузнецова WORKS_AS старший научный сотрудник музея",   // was Анн Кузнецов's
				"Михаил Пиотровский WORKS_AS генеральный директор Эрмитажа", // (guard)
			},
			nil},
		{"news-s21-cult21-festival.txt", "2026-06-14",
			[]string{"PERSON Наталия Мещанинова", "WORK_OF_ART Соседи", "PERSON Борис Хлебников"},
			[]string{
				"Наталия Мещанинова PRODUCES Соседи", // (guard) «фильм Наталии Мещаниновой «Соседи»»
				"Борис Хлебников AWARDED_WITH Приз за лучшую режиссуру жюри",
				"Александр Яценко AWARDED_WITH лучший актер",
			},
			nil},
		{"news-s21-cult21-obituary.txt", "2026-10-09",
			[]string{
				"WORK_OF_ART Гараж",            // «в фильмах Эльдара Рязанова «Гараж»»: was a FACILITY
				"WORK_OF_ART Вокзал для двоих", // «… и «Вокзал для двоих»»: was missed (quotedLists after an authored title)
				"PERSON Виктор Ремизов",
			},
			[]string{
				"Эльдар Рязанов PRODUCES Гараж", // were not there
				"Эльдар Рязанов PRODUCES Вокзал для двоих",
				"Виктор Ремизов PLACE_OF_BIRTH Саратов", // (guard)
				"Виктор Ремизов DATE_OF_BIRTH 26 сентября 1937 года",
				"Виктор Ремизов PLACE_OF_DEATH Санкт-Петербург",
				"Виктор Ремизов WORKPLACE Большой драматический театр имени Товстоногова",
				"Виктор Ремизов SCHOOLS_ATTENDED Школа-студия МХАТ",
				"DEATH(Умер) date= participant=Виктор Ремизов place=Санкт-Петербург",
			},
			nil},
		{"news-s21-cult21-book.txt", "2026-12-10",
			[]string{
				"PERSON Евгений Водолазкин", // «роман Евгения Водолазкина» in the headline joins him: was a woman Евгения Водолазкина of its own (manGenitive)
				"WORK_OF_ART Сестра четырех",
				"PERSON Гузель Яхина",
			},
			[]string{
				"Евгений Водолазкин AWARDED_WITH Большая книга",
				"Гузель Яхина PRODUCES Эшелон на Самарканд", // (guard)
			},
			[]string{"Евгения Водолазкина AWARDED_WITH Большая книга"}}, // was there
		{"news-s21-cult21-tv.txt", "2026-01-20",
			[]string{"PERSON Константин Эрнст", "ORGANIZATION Первый канал", "WORK_OF_ART Оттепель"},
			[]string{
				"Константин Эрнст WORKS_AS генеральный директор Первого канала", // (guard)
				"Константин Эрнст WORKPLACE Первый канал",
				"Константин Эрнст AWARDED_WITH Орден Почета",
			},
			nil},
		{"news-s21-cult21-newspaper.txt", "2026-11-05",
			[]string{"PERSON Ольга Кравец", "ORGANIZATION Вечерний Новосибирск", "PERSON Андрей Поляков"},
			[]string{
				"Ольга Кравец WORKPLACE Вечерний Новосибирск", // (guard)
				"Дмитрий Голованов WORKPLACE Сибирь-Медиа",
				"APPOINTMENT(назначена) date=2026-11-05 participant=Ольга Кравец",
			},
			nil},
		{"news-s21-cult21-gallery.txt", "2026-07-02",
			[]string{"PERSON Елена Проничева", "PERSON Ирада Аюпова", "ORGANIZATION Министерство культуры Татарстана"},
			[]string{
				"Ирада Аюпова WORKS_AS министр культуры республики", // (guard)
				"Министерство культуры Татарстана HEADQUARTERED_IN Татарстан",
			},
			nil},
		{"news-s21-cult21-writer.txt", "2026-02-21",
			[]string{"PERSON Людмила Улицкая", "WORK_OF_ART Казус Кукоцкого", "CITY Давлеканово"},
			[]string{
				"Людмила Улицкая PRODUCES Казус Кукоцкого", // (guard)
				"Людмила Улицкая DATE_OF_BIRTH 21 февраля 1943 года",
				"Людмила Улицкая PLACE_OF_BIRTH Давлеканово",
				"Людмила Улицкая PLACE_RESIDES_IN Берлин",
			},
			nil},
	})
}
