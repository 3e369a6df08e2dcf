package refine

import "github.com/factgraph/factgraph/doc"

// constitutionNouns are the lemmas of the noun of a state's basic law.
var constitutionNouns = map[string]bool{"конституция": true}

// lawRegionNouns are the lemmas of the nouns of a region whose name may
// follow a constitution's noun: «Конституции штата Колорадо».
var lawRegionNouns = map[string]bool{"штат": true, "провинция": true, "область": true, "край": true, "республика": true,
	"земля": true, "кантон": true, "графство": true, "префектура": true, "округ": true}

// constitutionPlaces adds, for a LAW that is a constitution's noun followed
// by the country or region it is of (a COUNTRY or STATE_OR_PROVINCE, after
// a region's noun or not), the LAW over both, keeping the noun's:
// «Конституции» + «Кыргызской Республики» → «Конституции Кыргызской
// Республики», «Конституции штата Колорадо». A LAW the recognizer ended at
// the region's noun («Конституции штата», before the STATE_OR_PROVINCE
// «Колорадо») is replaced by the whole. NEREL train has the longer LAW in
// 11 of its 12 such phrases (the other is nested in a longer reference),
// with the noun alone inside as a LAW of its own, as codeCountries does for
// a code's acronym. The place is in the genitive (not «По Конституции
// Греция является …»).
func (r *Refiner) constitutionPlaces(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(constitutionNouns) {
		return ms
	}
	places := longestEnds(ms, "COUNTRY")
	for start, end := range longestEnds(ms, "STATE_OR_PROVINCE") {
		places[start] = max(places[start], end)
	}
	have := spansOf(ms, "LAW")
	var added []doc.Mention
	cut := map[doc.Span]bool{} // LAWs that end at the region's noun
	for _, m := range ms {
		if m.Type != "LAW" {
			continue
		}
		toks, f, l := tokensOf(sents, m)
		if f < 0 || l < f || l > f+1 || !anyIn(r.nounLemmas(toks[f].Text), constitutionNouns) {
			continue
		}
		k := l + 1
		if l == f+1 && !anyIn(r.nounLemmas(toks[l].Text), lawRegionNouns) {
			continue
		}
		if l == f && k+1 < len(toks) && places[toks[k].Start] == 0 && anyIn(r.nounLemmas(toks[k].Text), lawRegionNouns) {
			k++ // «Конституции» + «штата» + «Колорадо»
		}
		if k >= len(toks) || places[toks[k].Start] == 0 || !r.maybeGenitive(toks[l+1].Text) {
			continue
		}
		if l > f {
			cut[m.Span] = true
		}
		sp := doc.Span{Start: m.Start, End: places[toks[k].Start]}
		if !have[sp] {
			have[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "LAW"})
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return m.Type == "LAW" && cut[m.Span] })
}
