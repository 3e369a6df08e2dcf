package pipeline

import (
	"time"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/refine"
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

// maxDatelineLag bounds the days a dateline's day may lie before the
// document date given to ProcessDated and still stand for it (a quarter:
// «ВЛАДИВОСТОК, 16 сентября» read on 20 November; further back, the day
// is likelier of a year the reading missed).
const maxDatelineLag = 92

// datelineRef returns the day a news agency's dateline gives the text
// («МОСКВА, 17 ноября. /ТАСС/.»: the report was filed on 17 November),
// read as the last such day on or before ref, when it lies at most
// maxDatelineLag days before ref (any day when the dateline names its
// year); else ref. The date a text is given is
// often the day it was read or stored, and the text's relative dates
// («во вторник», «2 октября») count from the day it was written.
func datelineRef(text []rune, sents []doc.Sentence, ref time.Time) time.Time {
	if ref.IsZero() {
		return ref
	}
	sp, withYear, ok := refine.DatelineDate(text, sents)
	if !ok {
		return ref
	}
	v, ok := timex.NormalizeTense(string(text[sp.Start:sp.End]), ref, timex.TensePast)
	if !ok {
		return ref
	}
	day, err := time.Parse("2006-01-02", v.Value)
	if err == nil && withYear {
		// «ХЬЮСТОН, 3 февраля 2026. /ТАСС/.»: the day is the report's
		// whatever the date the text was given (its «во вторник» is that
		// Tuesday, not one before the reading)
		return day
	}
	if err != nil || day.After(ref) || ref.Sub(day) > maxDatelineLag*24*time.Hour {
		return ref
	}
	return day
}
