package pipeline

import "testing"

// TestNewsS17Ev17b checks the events of the seventeenth session's news of
// helper ev17b (testdata/news-s17-ev17b-*.txt): verbs that tell an
// appointment with the post they govern. Lines marked (guard) held before
// the rule they pin.
func TestNewsS17Ev17b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s17-ev17b-posts.txt", "2026-03-16",
			nil,
			[]string{
				// «выдвинул на пост вице-губернатора»: the EVENT verb and
				// its post, an appointment (was OTHER(выдвинул))
				"APPOINTMENT(выдвинул на пост) date=2026-03-12 participant=Андрей Соколов",
				// «заступила на пост»: no EVENT mention, the verb and its post
				"APPOINTMENT(заступила на пост) date=2026-03-09 agent=Мария Лебедева time=в понедельник",
			},
			[]string{"OTHER(выдвинул) date=2026-03-12 participant=Андрей Соколов"}},
	})
}
