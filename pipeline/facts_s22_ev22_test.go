package pipeline

import "testing"

// TestNewsS22ev22 pins the events of the twenty-second session's wire
// reports (helper ev22; docs/event.md): told types (COMPETITION,
// INSPECTION, OPENING), a sports «встреча», the lead's agent of a
// subjectless headline award.
func TestNewsS22ev22(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s22-ev22-awards.txt", "2026-06-12",
			[]string{"PERSON Владимир Путин", "PERSON Иван Громов"},
			[]string{
				// «В Кремле вручили государственные награды» … «Путин
				// вручил …»: the lead's agent acts in the headline's
				// award (was no agent)
				"AWARD(вручили государственные награды) date=2026-06-12 place=Кремль agent=Владимир Путин participant=Иван Громов",
			},
			nil},
		{"news-s22-ev22-match.txt", "2026-03-09",
			nil,
			[]string{
				// a match (was OTHER, undated)
				"COMPETITION(матче 21-го тура Российской премьер-лиги) date=2026-03-09 participant=Зенит participant=Спартак participant=Российская премьер-лига participant=Вильмар Барриос",
				// «Встреча прошла на «Газпром Арене»» in a story of
				// goals is the match (was MEETING)
				"COMPETITION(Встреча) date=2026-03-09 place=Газпром Арена",
				"COMPETITION(матч) date=2026-03-15 time=15 марта place=Казань participant=Рубин",
			},
			[]string{"MEETING(Встреча) date=2026-03-09 place=Газпром Арена"}},
		{"news-s22-ev22-searches.txt", "2026-10-18",
			nil,
			[]string{"INSPECTION(обыски) date=2026-10-18"}, // was OTHER, undated
			nil},
		{"news-s22-ev22-plant.txt", "2026-04-03",
			nil,
			[]string{
				"MEETING(переговоры) date=2026-04-03 agent=Антон Алиханов agent=Рустам Минниханов place=Казань", // a guard
				"OPENING(Церемонию открытия) date=2026-04-03 participant=Ильсур Метшин",                         // was OTHER, undated
			},
			nil},
	})
}
