package refine

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// spaceportHeads are the lemmas of the nouns of a spaceport, after which a
// capitalized word in apposition is its name («с космодрома Байконур»).
var spaceportHeads = map[string]bool{"космодром": true}

// spaceportNames makes the one-word name in apposition right after a
// lower-case noun of a spaceport (spaceportHeads) a FACILITY: «с
// космодрома Восточный», «на космодроме Плесецк», which the recognizer
// reads as a LOCATION, a CITY or an ORGANIZATION; a capitalized word no
// mention covers there is added. NEREL train has two such names, both
// FACILITY («с космодрома Байконур»; «космодрома "Плесецк"» quoted, which
// facilityHeads types). Once a name is so introduced, the other one-word
// mentions of the document with one of its lemmas are the spaceport too
// («пуск с Восточного», the dateline «ВОСТОЧНЫЙ»): the recognizer reads an
// adjective-like name alone as a LOCATION or an ORGANIZATION. Not a
// lower-case word, a quoted name (quotedKinds types it), a word of two
// or more tokens, nor a person's or a mention whose type is not a place or
// an organization («космодрома Владимир Путин» is the visitor).
func (r *Refiner) spaceportNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(spaceportHeads) {
		return ms
	}
	byStart := map[int]int{}
	for i, m := range ms {
		if j, ok := byStart[m.Start]; !ok || ms[j].End < m.End {
			byStart[m.Start] = i
		}
	}
	var names []string // the lemmas of the spaceports' names
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 1; i < len(toks); i++ {
			w := toks[i].Text
			if !r.facilityHeadBefore(toks, i, spaceportHeads) || !tokenize.IsWord(w) || !tokenize.StartsUpper(w) {
				continue
			}
			if k, ok := byStart[toks[i].Start]; ok {
				if ms[k].End != toks[i].End || !spaceportRetypable[ms[k].Type] {
					continue
				}
			} else {
				added = append(added, doc.Mention{Span: doc.Span{Start: toks[i].Start, End: toks[i].End}, Text: w, Type: "FACILITY"})
			}
			names = append(names, r.facts(w).lemmas...)
		}
	}
	if len(names) == 0 {
		return ms
	}
	out := retyped(ms, func(m doc.Mention) string {
		if m.Type == "FACILITY" || !spaceportRetypable[m.Type] || !tokenize.IsWord(m.Text) || r.townBefore(sents, m) {
			return ""
		}
		if slices.ContainsFunc(r.facts(m.Text).lemmas, func(l string) bool { return slices.Contains(names, l) }) {
			return "FACILITY"
		}
		return ""
	})
	return withAdded(out, added)
}

// townBefore reports whether the word before m is a noun of a town
// («в городе Байконур» is the town, not the spaceport).
func (r *Refiner) townBefore(sents []doc.Sentence, m doc.Mention) bool {
	toks := sentenceTokens(sents, m)
	i, _ := mentionTokens(toks, m)
	return i >= 1 && (fold(toks[i-1].Text) == "г" || anyIn(r.nounLemmas(toks[i-1].Text), townHeads))
}

// townHeads are the lemmas of the nouns of a town.
var townHeads = map[string]bool{"город": true, "поселок": true, "наукоград": true}

// spaceportRetypable are the types the recognizer gives a spaceport's
// name.
var spaceportRetypable = map[string]bool{"LOCATION": true, "CITY": true, "ORGANIZATION": true, "STATE_OR_PROVINCE": true, "DISTRICT": true, "FACILITY": true}
