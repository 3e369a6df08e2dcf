package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// aheadOfDateline reports whether the story's last date, lastDate, is after
// the day of the report's dateline (day, a full date) while trigger t's
// clause is in the past: «ФНПР направила предложение повысить МРОТ с 1
// января 2027 года … Выступая на первомайском митинге, Шмаков напомнил»
// — what the report tells as done cannot be on a day after the report was
// filed, so the story goes on in no time it names. A month or a year is
// compared at its own precision («в июне» of a report of 5 May is ahead).
// A trigger whose clause has no tensed verb («Выступая на митинге, …»)
// takes the tense of the sentence's finite verbs (pastSentence).
func aheadOfDateline(d *doc.Document, lastDate, day string, t trigger) bool {
	if len(day) < len("2006-01-02") || lastDate == "" || strings.HasPrefix(lastDate, "X") || strings.HasPrefix(day, "X") {
		return false
	}
	n := min(len(lastDate), len(day))
	if lastDate[:n] <= day[:n] {
		return false
	}
	toks := d.Sentences[t.sent].Tokens
	tense := doc.VerbTense(toks, t.span)
	return tense < 0 || tense == 0 && pastSentence(toks)
}

// pastSentence reports whether the sentence of toks has a finite verb in
// the past and none in the future.
func pastSentence(toks []doc.Token) bool {
	past := false
	for _, tok := range toks {
		if !strings.Contains(tok.Feats, "VerbForm=Fin") {
			continue
		}
		if strings.Contains(tok.Feats, "Tense=Fut") {
			return false
		}
		past = past || strings.Contains(tok.Feats, "Tense=Past")
	}
	return past
}
