package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// peopleEvents runs a capitalized one-word EVENT on over the people in the
// genitive plural right after it: «Геноцид» + «армян» is «Геноцид армян»,
// the name of the event, as NEREL tags it (dev 5 of 5, train 1 of 1), with
// the NATIONALITY nested. So does a capitalized CRIME inside the sentence
// («говоря о Геноциде армян», NEREL dev: the recognizer's CRIME; the
// capital makes it a name, lower-case «геноциде» is NEREL's CRIME). An
// EVENT the recognizer found over both stays.
func (r *Refiner) peopleEvents(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var events []doc.Span
	peoples := map[int]doc.Span{}
	for _, m := range ms {
		switch m.Type {
		case "EVENT":
			events = append(events, m.Span)
		case "NATIONALITY":
			peoples[m.Start] = m.Span
		}
	}
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "EVENT" && m.Type != "CRIME" || strings.Contains(m.Text, " ") || tokenize.StartsLower(m.Text) {
			continue
		}
		if toks := sentenceTokens(sents, m); m.Type == "CRIME" && (len(toks) == 0 || toks[0].Start == m.Start) {
			continue // (a capital that opens the sentence says nothing)
		}
		p, ok := peoples[m.End+1]
		if !ok || text[m.End] != ' ' || withinOther(events, m.Span) || !r.genitive(string(text[p.Start:p.End])) {
			continue
		}
		drop[m.Span] = true
		sp := doc.Span{Start: m.Start, End: p.End}
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return (m.Type == "EVENT" || m.Type == "CRIME") && drop[m.Span] })
}
