package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// ageDate makes a DATE «в 24 года», «с 14 лет» — «в» or «с», a number of
// two or three digits and «год» in the genitive — the AGE of its number
// and noun («умер от рака в 24 года», «работал с 14 лет»): NEREL train tags
// all 14 such phrases so (the recognizer finds them), dev the three it read
// as dates. One digit is rather a child's time («в 2 года»: train's one
// DATE so written).
func ageDate(text []rune, m doc.Mention) doc.Mention {
	if m.Type != "DATE" {
		return m
	}
	ws := fields(m.Text)
	if len(ws) != 3 || !strings.EqualFold(ws[0], "в") && !strings.EqualFold(ws[0], "с") || ws[2] != "лет" && ws[2] != "года" {
		return m
	}
	if len(ws[1]) < 2 || len(ws[1]) > 3 || strings.Trim(ws[1], "0123456789") != "" || ws[1][0] == '0' {
		return m
	}
	start := m.Start + len([]rune(ws[0])) + 1
	if start >= m.End || text[start-1] != ' ' {
		return m
	}
	m.Start, m.Type = start, "AGE"
	m.Text = string(text[m.Start:m.End])
	return m
}
