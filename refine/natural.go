package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// naturalNameHeads are the lemmas of the nouns of kinds of natural places
// that a capitalized adjective names («Курильские острова», «Боденское
// озеро», «Воробьёвы горы»): natureHeads and a few more.
var naturalNameHeads = map[string]bool{
	"река": true, "остров": true, "озеро": true, "залив": true, "полуостров": true, "море": true,
	"гора": true, "пустыня": true, "вулкан": true, "хребет": true, "мыс": true, "архипелаг": true,
	"океан": true, "пролив": true, "долина": true, "нагорье": true, "ущелье": true,
}

// naturalNameTypes are the types a recognizer gives a natural place's name
// of an adjective and a noun, or its adjective alone, besides LOCATION; not
// FACILITY, NEREL's type of «Храмовая гора» and of reservoirs.
var naturalNameTypes = map[string]bool{
	"COUNTRY": true, "STATE_OR_PROVINCE": true, "CITY": true, "DISTRICT": true,
	"PERSON": true, "ORGANIZATION": true, "EVENT": true,
}

// naturalNames makes a capitalized adjective and the lower-case noun of a
// kind of natural place that agrees with it (naturalNameHeads) one
// LOCATION: «Курильские острова», «над Боденским озером», «на склонах
// Воробьёвых гор». The recognizer tags such a name right on news text, but
// on a rarer one it types the adjective alone as a place («Курильские»,
// which NEREL leaves out as an adjective) or the pair as a person or an
// organization. A mention of the adjective alone, or of the pair with
// another type, gives way to the LOCATION; a longer mention that holds the
// pair («Движение в защиту Химкинского леса») is left alone, and so is
// the adjective of a FACILITY made of the pair.
func (r *Refiner) naturalNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	facilities := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type == "FACILITY" {
			facilities[m.Span] = true
		}
	}
	for _, m := range ms {
		if !placeMentionTypes[m.Type] && !naturalNameTypes[m.Type] || m.Start < 0 || m.End > len(text) {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last < first || last > first+1 {
			continue
		}
		noun := first + 1
		if last == first && !placeMentionTypes[m.Type] || last == noun && m.Type == "LOCATION" {
			continue // (a person or a body of one word; a LOCATION already)
		}
		if noun >= len(toks) || toks[noun].Start != toks[first].End+1 {
			continue
		}
		adj, head := toks[first].Text, toks[noun].Text
		if !tokenize.StartsUpper(adj) || !tokenize.StartsLower(head) || !anyIn(r.nounLemmas(head), naturalNameHeads) {
			continue
		}
		if (r.adjectiveReadingCases(adj)|r.surnameCases(adj))&r.nounCases(head) == 0 {
			continue
		}
		sp := doc.Span{Start: toks[first].Start, End: toks[noun].End}
		if facilities[sp] {
			continue // «Куйбышевского водохранилища»: the city stays
		}
		drop[m] = true
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "LOCATION"})
	}
	if len(added) == 0 {
		return ms
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m] })
}

// surnameCases returns the cases of w's plural surname readings: the
// dictionary reads a possessive adjective in -ых as one («Воробьёвых
// гор»).
func (r *Refiner) surnameCases(w string) caseSet {
	var cs caseSet
	for _, p := range r.A.Parse(w) {
		if p.Tag.Is(morph.Surn) && p.Tag.Is(morph.Plur) {
			cs |= caseBit(p)
		}
	}
	return cs
}
