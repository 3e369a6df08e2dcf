package pipeline

import (
	"strings"
	"time"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/timex"
)

// DateRecognizer finds the date and time expressions that timex reads, in
// any language it knows (Russian and English), and nothing else. New uses
// it for the documents the Russian models cannot read (Pipeline.Other):
// dates are found in an English text, and no Russian model guesses at its
// names.
type DateRecognizer struct{}

// Recognize returns a DATE mention for every expression timex.Find reads
// in text. The values are given later, against the document's date
// (Pipeline.ProcessDated).
func (DateRecognizer) Recognize(text []rune, _ []doc.Sentence) []doc.Mention {
	var out []doc.Mention
	for _, m := range timex.Find(string(text), time.Time{}) {
		if m.Start < 0 || m.Start >= m.End || m.End > len(text) {
			continue
		}
		out = append(out, doc.Mention{Span: doc.Span{Start: m.Start, End: m.End}, Text: m.Text, Type: "DATE"})
	}
	return out
}

// verbTense returns the tense the tagger read in the finite verb nearest to
// a date within its clause, the tokens up to a comma, a dash, a colon or
// a semicolon on either side: future for «с 1 декабря возобновит рейсы,
// сообщил директор», past for «3 марта, сообщил он, завод открылся»; a
// verb in the present or none gives TenseUnknown (timex then reads the
// sentence).
func verbTense(toks []doc.Token, date doc.Span) timex.Tense {
	first, last := -1, -1
	for k, t := range toks {
		if t.Start >= date.Start && t.End <= date.End {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return timex.TenseUnknown
	}
	for d := 1; d < len(toks); d++ {
		left, right := first-d, last+d
		if left < 0 && right >= len(toks) {
			break
		}
		for _, k := range []int{left, right} {
			if k < 0 || k >= len(toks) {
				continue
			}
			if t := tenseOf(toks[k]); t != timex.TenseUnknown {
				return t
			}
		}
		if left >= 0 && clauseBreak(toks[left].Text) {
			first = -len(toks) // nothing further left
		}
		if right < len(toks) && clauseBreak(toks[right].Text) {
			last = 2 * len(toks)
		}
	}
	return timex.TenseUnknown
}

// clauseBreak reports whether a token ends a clause for verbTense.
func clauseBreak(tok string) bool {
	switch tok {
	case ",", "—", "–", ":", ";", "(", ")":
		return true
	}
	return false
}

// tenseOf returns the tense of a finite verb or auxiliary as the tagger read
// it, TenseUnknown for any other token or a present tense.
func tenseOf(t doc.Token) timex.Tense {
	if t.POS != "VERB" && t.POS != "AUX" || !strings.Contains(t.Feats, "VerbForm=Fin") {
		return timex.TenseUnknown
	}
	switch {
	case strings.Contains(t.Feats, "Tense=Fut"):
		return timex.TenseFuture
	case strings.Contains(t.Feats, "Tense=Past"):
		return timex.TensePast
	}
	return timex.TenseUnknown
}
