package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// eastKeys are the stemKey of the regions named «… Восток».
var eastKeys = stemKeys([]string{"Ближний Восток", "Дальний Восток", "Средний Восток"})

// eastTypes are the types the recognizer gives «Востоке».
var eastTypes = map[string]bool{"LOCATION": true, "CITY": true, "COUNTRY": true, "STATE_OR_PROVINCE": true}

// macroRegionNames adds a LOCATION for a capitalized adjective and noun
// that make one of eastKeys («на Ближнем Востоке», «Дальнего Востока»), in
// place of a place mention of the noun alone («Востоке», which names no
// place; the recognizer tags it so, or not at all, having never seen the
// name: NEREL train and dev have no «Ближний Восток» nor «Дальний
// Восток», and the rule changes neither). It runs last, after the rules
// that add place words.
func (r *Refiner) macroRegionNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(nil, "восток") {
		return ms
	}
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, s := range sents {
		toks := s.Tokens
		for i := 1; i < len(toks); i++ {
			if !tokenize.StartsUpper(toks[i-1].Text) || !tokenize.StartsUpper(toks[i].Text) || !eastKeys[stemKey([]string{toks[i-1].Text, toks[i].Text})] {
				continue
			}
			sp := doc.Span{Start: toks[i-1].Start, End: toks[i].End}
			drop[toks[i].Span] = true
			if !coveredBy(ms, sp) {
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "LOCATION"})
			}
		}
	}
	if len(drop) == 0 {
		return ms
	}
	kept := ms
	for t := range eastTypes {
		kept = without(kept, t, func(m doc.Mention) bool { return drop[m.Span] })
	}
	return withAdded(kept, added)
}
