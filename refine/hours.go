package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// adjectiveEndings are the case endings of an adjective in -ой/-ый.
var adjectiveEndings = map[string]bool{"ой": true, "ый": true, "ая": true, "ое": true, "ые": true, "ого": true, "ому": true,
	"ую": true, "ым": true, "ом": true, "ых": true, "ыми": true}

// hoursAdjective reports whether w (lower case, ё written е) is an
// adjective of a length in hours: digits, a hyphen and «часов» with an
// adjective's ending («12-часовой», «13-часовую»), or, when word is set,
// a numeral's stem in -и, -х or -а before «часов» (not «многочасовой») («пятичасового», «шестичасовой»).
func hoursAdjective(w string, word bool) bool {
	i := strings.Index(w, "часов")
	if i <= 0 || !adjectiveEndings[w[i+len("часов"):]] {
		return false
	}
	stem := w[:i]
	if digits, ok := strings.CutSuffix(stem, "-"); ok {
		return digits != "" && strings.TrimLeft(digits, "0123456789") == ""
	}
	return word && !strings.ContainsAny(stem, "-0123456789") && (strings.HasSuffix(stem, "и") || strings.HasSuffix(stem, "х") || strings.HasSuffix(stem, "а"))
}

// hourTypes are the types a recognizer gives an adjective of hours.
var hourTypes = map[string]bool{"DATE": true, "AGE": true, "NUMBER": true, "ORDINAL": true}

// hourAdjectives makes an adjective of a length in hours a TIME: a DATE,
// AGE, NUMBER or ORDINAL the recognizer made of it is retyped, and one in
// digits gets a TIME even inside a longer mention: «по 12-часовой ходьбе»,
// «перенёс 13-часовую операцию». NEREL tags the length of an event in hours
// a TIME: train all 4 such words in digits and 2 of the 3 in words with a
// number (not «многочасовой»), dev its 2; the recognizer read «13-часовую»
// as a DATE, «24-часовой» as an AGE and «14-часовую» as an ORDINAL, and
// missed «12-часовой» inside a FACILITY of its own.
func hourAdjectives(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	retyped := map[doc.Span]bool{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			if !strings.Contains(t.Text, "ч") && !strings.Contains(t.Text, "Ч") {
				continue // (no «часов» when folded: only ч and Ч fold to ч)
			}
			w := fold(t.Text)
			if !hoursAdjective(w, true) || hasType(ms, t.Span, "TIME") {
				continue
			}
			found := false
			for _, m := range ms {
				if m.Span == t.Span && hourTypes[m.Type] {
					found = true
				}
			}
			if found || hoursAdjective(w, false) {
				retyped[t.Span] = found
				added = append(added, doc.Mention{Span: t.Span, Text: string(text[t.Start:t.End]), Type: "TIME"})
			}
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		return retyped[m.Span] && hourTypes[m.Type]
	})
}
