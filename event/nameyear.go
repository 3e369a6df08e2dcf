package event

import "strings"

// yearOfName reports whether date is a year that the event's name itself
// holds, the trigger text («выставке IDEX-2025», «МАКС-2025»): the year of
// the exhibition is no time the story moves to, and the events told after
// it keep the story's day.
func yearOfName(date, trigger string) bool {
	return len(date) == len("2006") && strings.Contains(trigger, date)
}
