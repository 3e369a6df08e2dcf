package pipeline

import "testing"

// TestNewsS23names23b pins the twenty-third session's news of canonical
// names and merging (helper names23b; docs/names.md «Twenty-third session
// (helper names23b)»): a region's short name beside its formal name, and
// an unknown surname in -ова after a masculine rank in the genitive.
func TestNewsS23names23b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s23-names23b-floods.txt", "2025-03-12",
			[]string{
				// before: «Ставрополье», «Приморье» and «Кузбасс» each an
				// entity of its own beside the formal name
				"STATE_OR_PROVINCE Ставропольский край", "STATE_OR_PROVINCE Приморский край",
				"STATE_OR_PROVINCE Кемеровская область", "PERSON Владимир Владимиров",
			},
			[]string{
				"власти Приморья HEADQUARTERED_IN Приморский край",          // before: … Приморье
				"министр транспорта Кузбасса WORKPLACE Кемеровская область", // before: … Кузбасс
				"Владимир Владимиров WORKPLACE Ставропольский край",         // (guard)
			},
			[]string{
				"Ставропольский край ALTERNATIVE_NAME Ставрополье", // before: two entities the model joined
				"Приморский край ALTERNATIVE_NAME Приморье",
			}},
		{"news-s23-names23b-weather.txt", "2025-10-28",
			[]string{
				// before: «Югра», «Тамбовщина», «Удмуртия» entities of
				// their own
				"STATE_OR_PROVINCE Ханты-Мансийский автономный округ", "STATE_OR_PROVINCE Тамбовская область",
				"STATE_OR_PROVINCE Удмуртская Республика", "CITY Ханты-Мансийск", "PERSON Александр Бречалов",
			},
			[]string{
				"Александр Бречалов WORKPLACE Удмуртская Республика",          // (guard)
				"Ханты-Мансийск LOCATED_IN Ханты-Мансийский автономный округ", // (guard: the city stays apart)
			},
			nil},
		{"news-s23-names23b-street.txt", "2025-04-03",
			[]string{
				// before: PERSON Тюленева, Бирюзова (read as women's
				// nominatives)
				"PERSON Тюленев", "PERSON Бирюзов", "PERSON Сергей Курбатов",
				"FACILITY улица Генерала Тюленева", "FACILITY улица Маршала Бирюзова",
			},
			[]string{
				"улица Генерала Тюленева LOCATED_IN Москва", // (guard)
				"Сергей Курбатов WORKS_AS глава управы района",
			},
			[]string{"Тюленева WORKS_AS Генерал", "Бирюзова WORKS_AS Маршал"}},
	})
}
