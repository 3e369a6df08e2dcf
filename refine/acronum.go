package refine

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
)

// acronymNumbers starts a NUMBER, MONEY or PERCENT mention that opens with
// a word in capitals right before its digits at the digits: «заказала у
// ОДК 200 двигателей» was the NUMBER «ОДК 200». The word is an
// ORGANIZATION when the text names one so elsewhere («Объединенная
// двигателестроительная корпорация (ОДК)»). NEREL v1.1 train and dev have
// no amount that opens with such a word.
func acronymNumbers(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	orgs := map[string]bool{}
	for _, m := range ms {
		if m.Type == "ORGANIZATION" {
			orgs[m.Text] = true
		}
	}
	var out, added []doc.Mention
	for i, m := range ms {
		if m.Type != "NUMBER" && m.Type != "MONEY" && m.Type != "PERCENT" {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last <= first || !capitalsWord(toks[first].Text) || strings.ContainsRune(toks[first].Text, '-') || !unicode.IsDigit(firstRune(toks[first+1].Text)) {
			continue
		}
		out = own(out, ms)
		out[i].Start = toks[first+1].Start
		out[i].Text = string(text[out[i].Start:out[i].End])
		if orgs[toks[first].Text] {
			added = append(added, doc.Mention{Span: toks[first].Span, Text: toks[first].Text, Type: "ORGANIZATION"})
		}
	}
	if out == nil {
		return ms
	}
	return withAdded(sortedMentions(out), added)
}

// numericDate makes a NUMBER that is a date in digits, day, month and a
// year of four digits joined by dots («15.03.2024»), a DATE: NEREL v1.1
// train tags its four such dates DATE.
func numericDate(m doc.Mention) doc.Mention {
	if m.Type != "NUMBER" {
		return m
	}
	parts := strings.Split(m.Text, ".")
	if len(parts) != 3 || len(parts[2]) != 4 {
		// (not «24.03.02», a course's code NEREL keeps a NUMBER)
		return m
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || p == "" || len(p) > 4 {
			return m
		}
		n[i] = v
	}
	if n[0] >= 1 && n[0] <= 31 && n[1] >= 1 && n[1] <= 12 && len(parts[0]) <= 2 && len(parts[1]) == 2 {
		m.Type = "DATE"
	}
	return m
}
