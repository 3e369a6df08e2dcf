package pipeline

import "testing"

// TestNewsS20ev20b pins the deals of business news told by a verb
// (event/deal.go; twentieth session, helper ev20b): before, none of them
// gave an event.
func TestNewsS20ev20b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s20-ev20b-retail.txt", "2025-10-14",
			[]string{"ORGANIZATION Магнит", "ORGANIZATION Дикси"},
			[]string{
				"ACQUISITION(купила) date=2025-10-13 agent=Магнит object=Дикси", // before: no event
			},
			[]string{
				// the seller after «у» is no company bought
				"ACQUISITION(купила) date=2025-10-13 agent=Магнит object=Дикси object=Меркурий",
			}},
		{"news-s20-ev20b-stake.txt", "2025-03-03",
			[]string{"ORGANIZATION Северсталь", "ORGANIZATION Карельский окатыш", "ORGANIZATION ВТБ"},
			[]string{
				"ACQUISITION(приобрела) date=2025-03-02 agent=Северсталь object=Карельский окатыш", // before: no event
				"ACQUISITION(продал) date= agent=ВТБ object=Карельский окатыш object=Северсталь",   // before: no event; «Ранее»: no date
				"STATEMENT(заявил) date=2025-03-02 agent=Алексей Мордашов",                         // guard: the chairman's word on the deal stays a statement, not an acquisition
			},
			nil},
	})
}
