package pipeline

import "testing"

// TestNewsS16Rel16 checks the news texts written in the sixteenth session
// by the relation helper (testdata/news-s16-rel16-*.txt): the relations
// listed last were found at main and are wrong.
func TestNewsS16Rel16(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s16-rel16-visit.txt", "2026-03-14",
			nil,
			[]string{"Александар Вучич WORKS_AS президент Сербии"}, // (guard)
			[]string{
				"Белград LOCATED_IN Франция",  // «Французский президент прибыл в Белград»: the president is French
				"Визит POINT_IN_TIME два дня", // «Визит продлится два дня»: a duration
			}},
		{"news-s15-nat15-royal.txt", "2025-11-20",
			nil,
			[]string{"Майя Санду WORKS_AS президент Молдавии"}, // (guard)
			[]string{
				"Кишинёв LOCATED_IN Испания",        // «Испанская королева посетила Кишинёв»
				"Думитру Карачобану WORKS_AS посол", // «Молдавский актёр Думитру Карачобану … . Австрийский посол …»
			}},
		{"news-s15-rel15b-kremlin.txt", "2025-11-20",
			nil,
			[]string{"Дмитрий Песков WORKS_AS Пресс-секретарь президента России"}, // (guard)
			[]string{"Дмитрий Песков PARTICIPANT_IN саммит"}},                     // «Песков рассказал о планах президента на саммит»
		{"news-s16-rel16-tennis.txt", "2026-02-12",
			nil,
			[]string{"Мирра Андреева WORKS_AS теннисистка"}, // (guard)
			[]string{"Турнир POINT_IN_TIME неделю"}},        // «Турнир продлится неделю»
		{"news-s16-rel16-forum.txt", "2025-12-03",
			nil,
			[]string{"Дмитрий Песков WORKS_AS пресс-секретарь Кремля"}, // (guard)
			[]string{
				"Россия PARTICIPANT_IN Россия зовёт!",         // a word of the forum's title
				"Дмитрий Песков PARTICIPANT_IN Россия зовёт!", // «…», сообщил … Песков»: the source
				"Владимир Путин WORKS_AS министр финансов",    // «провёл встречу с новым министром финансов»
			}},
		{"news-s16-rel16-football.txt", "2025-11-08",
			nil,
			[]string{"Сергей Семак WORKS_AS главный тренер «Зенита»"}, // (guard)
			[]string{
				"Газпром Арена LOCATED_IN Москва",  // «московский „Локомотив“ на „Газпром Арене“»
				"Сергей Семак WORKPLACE Локомотив", // «команда Сергея Семака примет московский „Локомотив“»
			}},
	})
}
