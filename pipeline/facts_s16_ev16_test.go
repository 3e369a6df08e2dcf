package pipeline

import "testing"

// TestNewsS16Ev16 checks the news texts of the sixteenth session's events
// helper (testdata/news-s16-ev16-*.txt): an event noun of a sentence dated
// in an earlier year («В 2020 году Путин уже проводил подобное
// совещание») is not the story's event. Lines marked (guard) held before.
func TestNewsS16Ev16(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s16-ev16-meeting.txt", "2025-12-05",
			nil,
			[]string{
				"MEETING(совещание) date=2025-12-03 agent=Владимир Путин", // was dated 2020 by the earlier meeting
				"MEETING(совещание) date=2020 time=В 2020 году participant=Владимир Путин place=Хабаровск",
				"STATEMENT(заявил) date=2025-12-03 agent=Дмитрий Песков", // «заявил журналистам, что … будут»: the story's day
			},
			[]string{"MEETING(совещание) date=2020 agent=Владимир Путин"}},
	})
}
