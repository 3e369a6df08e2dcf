package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// numberedKinds are the lemmas of the gatherings that NEREL counts with a
// Roman numeral inside their EVENT, besides contestHeads: «XIV всероссийской
// детской конференции „Первые шаги в науке“» (train).
var numberedKinds = map[string]bool{"конференция": true}

// maxNumberedAdjectives bounds the adjectives between the numeral and the
// kind noun («XXI Всероссийский Шукшинский кинофестиваль»: two).
const maxNumberedAdjectives = 3

// numberedEvents adds, over an EVENT of a contest or a gathering
// (contestHeads, numberedKinds: its kind noun after nothing but
// adjectives) written after a Roman numeral, the EVENT that starts with
// the numeral, and the numeral's ORDINAL: «победитель XIV Международного
// конкурса имени Петра Чайковского», where the recognizer found the contest
// without its number. NEREL counts the edition inside the name (train: «V
// международный фестиваль театров кукол», «XII Съезда Партии», «XIV
// всероссийской детской конференции», 5 of 5; dev 4 of 4) and tags the
// numeral an ORDINAL (dev 4 of 4, train «V»); the EVENT without it stays,
// as dev nests both («XIV Международного конкурса …» and «Международного
// конкурса …»). The regnal numeral of a ruler is before a verb or a
// person, never before a contest's noun («Бенедикт XVI назначил»).
func (r *Refiner) numberedEvents(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	have := spansOf(ms, "EVENT")
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "EVENT" {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 1 || last < first || !romanOrdinal(toks[first-1].Text) || !r.numberedKind(toks[first:last+1]) {
			continue
		}
		num := toks[first-1].Span
		sp := doc.Span{Start: num.Start, End: m.End}
		if have[sp] {
			continue
		}
		have[sp] = true
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
		if !hasType(ms, num, "ORDINAL") {
			added = append(added, doc.Mention{Span: num, Text: string(text[num.Start:num.End]), Type: "ORDINAL"})
		}
	}
	return withAdded(ms, added)
}

// numberedKind reports whether toks open with at most
// maxNumberedAdjectives adjectives and a noun of contestHeads or
// numberedKinds.
func (r *Refiner) numberedKind(toks []doc.Token) bool {
	for k, t := range toks {
		if k > maxNumberedAdjectives {
			return false
		}
		if ls := r.nounLemmas(t.Text); anyIn(ls, contestHeads) || anyIn(ls, numberedKinds) {
			return true
		}
		if r.likeliest(t.Text) != morph.ADJF {
			return false
		}
	}
	return false
}
