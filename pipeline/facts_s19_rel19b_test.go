package pipeline

import "testing"

// TestNewsS19rel19b pins the relations of the nineteenth session's helper
// rel19b on its fresh news (testdata/news-s19-rel19b-*.txt).
func TestNewsS19rel19b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s19-rel19b-visit.txt", "2026-03-12",
			nil,
			[]string{
				"Нарендра Моди WORKS_AS премьер-министр Индии", // (guard) the post of the next sentence refers back to him
				"премьер-министр Индии WORKPLACE Индия",        // (guard) the country is the post's
			},
			nil},
		{"news-s19-rel19b-minister.txt", "2026-02-03",
			nil,
			[]string{"Ларс Клингбайль WORKS_AS министр финансов Германии"}, // (guard)
			nil},
		{"news-s19-rel19b-senate.txt", "2026-02-18",
			nil,
			[]string{"Тед Круз WORKS_AS сенатор от Техаса"}, // (guard)
			// the state a senator is elected from is not his employer
			// (representedBy)
			[]string{"Тед Круз WORKPLACE Техас", "сенатор от Техаса WORKPLACE Техас"}},
	})
}
