package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// inspectionLemmas are the lemmas of the noun of a state inspection.
var inspectionLemmas = map[string]bool{"инспекция": true}

// inspectionFields are the folded genitive nouns of what a state
// inspection watches that belong to its name: «Государственная инспекция
// труда».
var inspectionFields = map[string]bool{"труда": true}

// inspections adds the ORGANIZATION of a state inspection the recognizer
// missed: a capitalized run of adjectives agreeing with «инспекция»
// («Государственная жилищная инспекция», «Жилищная инспекция»), or one
// capitalized compound of «гос» and «инспекция» («Госжилинспекция»), and
// the place in the genitive right after it when there is one («…
// Республики Татарстан»), the body without the place nested as NEREL
// nests a ministry's; a place mention that opens with the compound
// («Госжилинспекция области») is the organization. An EVENT the recognizer read in the noun
// («инспекции» as an inspection held) is dropped. A lower-case
// adjective before the noun («провести плановую инспекцию») names an
// event, and no run of it is added. An EVENT of the noun alone after a
// post's noun («руководитель инспекции») is dropped too: it names the
// body the post is in. A field of inspectionFields right after the noun
// is part of the name («Государственной инспекции труда»), and the
// recognizer's organization without it is replaced.
func (r *Refiner) inspections(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(inspectionLemmas) && !r.mayHaveWordLike(govInspection) {
		return ms
	}
	places := map[int]int{}       // start → end of the place mentions
	opening := map[int]doc.Span{} // start → span of the place mentions that open with a word
	for _, m := range ms {
		if isPlaceType(m.Type) {
			places[m.Start] = max(places[m.Start], m.End)
			opening[m.Start] = m.Span
		}
	}
	var added []doc.Mention
	headed := map[doc.Span]bool{} // the nouns of inspections after a post's noun
	short := map[doc.Span]bool{}  // the organizations cut before an inspection's field
	for _, s := range sents {
		toks := s.Tokens
		for i, t := range toks {
			if i > 0 && anyIn(r.nounLemmas(t.Text), inspectionLemmas) && (anyIn(r.nounLemmas(toks[i-1].Text), postLemmas) || anyIn(r.nounLemmas(toks[i-1].Text), postHeads)) {
				headed[t.Span] = true // «руководитель инспекции»
			}
			start := -1
			switch {
			case tokenize.StartsUpper(t.Text) && govInspection(fold(t.Text)):
				start = i
			case anyIn(r.nounLemmas(t.Text), inspectionLemmas) && tokenize.StartsLower(t.Text):
				cas := r.nounCases(t.Text)
				for j := i - 1; j >= 0 && tokenize.IsWord(toks[j].Text) && r.adjectiveCases(toks[j].Text)&cas != 0; j-- {
					start = j
					if tokenize.StartsUpper(toks[j].Text) {
						break
					}
				}
				if start >= 0 && !tokenize.StartsUpper(toks[start].Text) {
					start = -1
				}
			}
			if start < 0 {
				continue
			}
			sp := doc.Span{Start: toks[start].Start, End: t.End}
			last := i
			if i+1 < len(toks) && inspectionFields[toks[i+1].Text] {
				short[sp] = true
				last = i + 1
				sp.End = toks[last].End
			}
			if insideOf(ms, sp, "ORGANIZATION") {
				continue
			}
			if p, ok := opening[sp.Start]; ok && p.End > sp.End && start == i {
				// «Госжилинспекция области» read as a region
				added = append(added, doc.Mention{Span: p, Text: string(text[p.Start:p.End]), Type: "ORGANIZATION"})
				continue
			}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
			if last+1 < len(toks) {
				if end, ok := places[toks[last+1].Start]; ok && r.maybeGenitivePlace(toks[last+1].Text) {
					added = append(added, doc.Mention{Span: doc.Span{Start: sp.Start, End: end}, Text: string(text[sp.Start:end]), Type: "ORGANIZATION"})
				}
			}
		}
	}
	if len(headed) > 0 {
		ms = slices.DeleteFunc(slices.Clone(ms), func(m doc.Mention) bool { return m.Type == "EVENT" && headed[m.Span] })
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		for _, a := range added {
			if m.Type == "EVENT" && a.Contains(m.Span) || isPlaceType(m.Type) && m.Span == a.Span || m.Type == "ORGANIZATION" && short[m.Span] && a.Start == m.Start {
				return true
			}
		}
		return false
	})
}

// govInspection reports whether the folded word w is a compound of «гос»
// and an inspection's noun: «госжилинспекция», «госстройинспекции».
func govInspection(w string) bool {
	return strings.HasPrefix(w, "гос") && strings.Contains(w, "инспекц")
}
