package refine

import (
	"strconv"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// shortMonths are the months' names cut short, as agencies' datelines write
// them («МОСКВА, 1 авг — РИА Новости»), folded.
var shortMonths = map[string]bool{
	"янв": true, "фев": true, "февр": true, "мар": true, "апр": true, "июн": true, "июл": true,
	"авг": true, "сен": true, "сент": true, "окт": true, "ноя": true, "нояб": true, "дек": true,
}

// shortMonthDate makes a NUMBER of a day and a month cut short («1 авг»,
// «12 сент.») a DATE, and a NUMBER of the day alone right before such a
// month («3» + «сент») the DATE of both: the recognizer reads the day as a
// count, while NEREL tags the day of a month a DATE, written short or in
// full («МОСКВА, 1 авг — РИА Новости»).
func shortMonthDate(text []rune, m doc.Mention) doc.Mention {
	if m.Type != "NUMBER" {
		return m
	}
	day, month, ok := strings.Cut(m.Text, " ")
	if !ok {
		day, month = m.Text, ""
		e := m.End + 1
		for e < len(text) && tokenize.IsLetter(text[e]) {
			e++
		}
		if m.End < len(text) && text[m.End] == ' ' && e > m.End+1 {
			month = string(text[m.End+1 : e])
		}
	}
	n, err := strconv.Atoi(day)
	if err != nil || n < 1 || n > 31 || len(day) > 2 || !shortMonths[lowerCase(strings.TrimSuffix(month, "."))] {
		return m
	}
	if !ok {
		m.End += 1 + len([]rune(month))
		m.Text = string(text[m.Start:m.End])
	}
	m.Type = "DATE"
	return m
}
