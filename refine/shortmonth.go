package refine

import (
	"strconv"
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// shortMonths are the months' names cut short, as agencies' datelines write
// them («МОСКВА, 1 авг — РИА Новости»), folded.
var shortMonths = map[string]bool{
	"янв": true, "фев": true, "февр": true, "мар": true, "апр": true, "июн": true, "июл": true,
	"авг": true, "сен": true, "сент": true, "окт": true, "ноя": true, "нояб": true, "дек": true,
}

// shortMonthDate makes a NUMBER of a day and a month cut short («1 авг»,
// «12 сент.») a DATE: the recognizer reads the day alone as a count, while
// NEREL tags the day of a month a DATE, written short or in full.
func shortMonthDate(m doc.Mention) doc.Mention {
	if m.Type != "NUMBER" {
		return m
	}
	day, month, ok := strings.Cut(m.Text, " ")
	n, err := strconv.Atoi(day)
	if ok && err == nil && n >= 1 && n <= 31 && len(day) <= 2 && shortMonths[strings.ToLower(strings.TrimSuffix(month, "."))] {
		m.Type = "DATE"
	}
	return m
}
