package event

import "strings"

// yearOfName reports whether date is a year that the event's name itself
// holds, the trigger text («выставке IDEX-2025», «МАКС-2025»), and the
// story is already at a day or month of that year (last, the story's
// date so far): the exhibition's year says no more than the dateline, and
// the events told after it keep the story's day. Without a closer date of
// that year the name's year is the story's time («Рио-2016», then
// «на Олимпиаде»: NEREL train's events keep it).
func yearOfName(date, trigger, last string) bool {
	return len(date) == len("2006") && strings.Contains(trigger, date) && strings.HasPrefix(last, date+"-")
}
