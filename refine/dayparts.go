package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// dayParts are the parts of the day in the instrumental, lower case, ё
// written е: the adverbs of «утром в понедельник».
var dayParts = map[string]bool{"утром": true, "днем": true, "вечером": true, "ночью": true}

// dayPartHosts are the types of names that do not end in a part of the
// day.
var dayPartHosts = map[string]bool{"FACILITY": true, "ORGANIZATION": true, "LOCATION": true, "PERSON": true,
	"CITY": true, "COUNTRY": true, "STATE_OR_PROVINCE": true, "DISTRICT": true}

// dayPart reports whether w is one of dayParts in any case of letters.
func dayPart(w string) bool {
	// (a word that folds to a Cyrillic word has its byte length: the
	// letters that lower to а–я and ё are А–Я and Ё, all of two bytes;
	// TestDayPartLengths)
	switch len(w) {
	case len("днем"), len("утром"), len("вечером"):
		return dayParts[fold(w)]
	}
	return false
}

// partOfDayTimes adds a TIME from a part of the day to the end of the DATE
// right after it: «днём» + «в понедельник, 27 апреля 2020 года» → «днём в
// понедельник, 27 апреля 2020 года», keeping the DATE, as NEREL tags it
// (train: 30 of its 37 such phrases, «утром в среду, 17 мая 2017 года»,
// «Вечером в пятницу»; the recognizer finds those with the date's number
// first, «утром 6 апреля», and a date before the part, «в субботу утром»).
// A mention of another kind that ends in the part of the day («больнице
// утром», a FACILITY of the recognizer) ends before it, or is none when
// one word in lower case is left («больнице»: NEREL train tags 51 of its 70
// such words none). On dev TIME 71.70 → 76.36; on train it adds 8, which
// the annotators left as dates alone (the recognizer, which learned train,
// finds the others).
func partOfDayTimes(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	dates, times := longestEnds(ms, "DATE"), spansOf(ms, "TIME")
	var added []doc.Mention
	trimmed := map[doc.Mention]bool{}
	for _, s := range sents {
		toks := s.Tokens
		for i, t := range toks {
			if !dayPart(t.Text) {
				continue
			}
			if i+1 < len(toks) && dates[toks[i+1].Start] > 0 {
				sp := doc.Span{Start: t.Start, End: dates[toks[i+1].Start]}
				if !times[sp] {
					times[sp] = true
					added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "TIME"})
				}
			}
			if i == 0 || !tokenize.StartsLower(t.Text) {
				continue
			}
			for _, m := range ms {
				if m.End != t.End || m.Start >= t.Start || !dayPartHosts[m.Type] || trimmed[m] {
					continue
				}
				trimmed[m] = true
				if c := m; m.Start < toks[i-1].Start || !tokenize.StartsLower(toks[i-1].Text) {
					c.End = toks[i-1].End
					c.Text = string(text[c.Start:c.End])
					added = append(added, c)
				}
			}
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return trimmed[m] })
}
