package pipeline

import "testing"

// TestNewsS18ev18b pins the event rules of helper ev18b (eighteenth
// session): a visited place after an opening date.
func TestNewsS18ev18b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s18-ev18b-visit.txt", "2026-05-15",
			nil,
			[]string{
				// «16 мая Ярославль посетит министр»: the place put first, after the date, is visited
				"VISIT(посетит) date=2026-05-16 time=16 мая agent=Ирек Файзуллин place=Ярославль",
			},
			nil},
	})
}
