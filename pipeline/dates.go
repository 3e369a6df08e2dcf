package pipeline

import (
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
