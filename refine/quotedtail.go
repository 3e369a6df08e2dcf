package refine

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// quotedTails adds an ORGANIZATION over a whole name in «guillemets» when
// an ORGANIZATION opens it and stops before lower-case nouns and adjectives (nameTailWord) that end it:
// «„Газпром нефть“ приобрела», where the recognizer, which knows
// «Газпром», leaves out «нефть». The shorter organization goes, also when
// the whole name is found already («компания „Газпром нефть“»): NEREL
// v1.1 train nests none in its 86 quoted organizations of a capitalized
// word and lower-case ones («Белорусская калийная компания», «Московский
// метрополитен»).
func (r *Refiner) quotedTails(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	inner := map[doc.Mention]bool{}
	eachQuote(sents, 0, func(toks []doc.Token, i, j int) {
		sp := doc.Span{Start: toks[i+1].Start, End: toks[j-1].End}
		whole := hasType(ms, sp, "ORGANIZATION")
		for _, m := range ms {
			if m.Type != "ORGANIZATION" || m.Start != sp.Start || m.End >= sp.End || r.commonWord(toks[i+1].Text) {
				continue // (nor a common noun's: «„Аневризма аорты“ — написано в заключении»)
			}
			k := i + 1
			for k < j && toks[k].End <= m.End {
				k++
			}
			if k == i+1 || toks[k-1].End != m.End {
				continue
			}
			for ; k < j && r.nameTailWord(toks[k].Text); k++ {
			}
			if k == j {
				if !whole {
					added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
					whole = true
				}
				inner[m] = true
			}
		}
	})
	if len(inner) == 0 {
		return ms
	}
	return withAdded(slices.DeleteFunc(slices.Clone(ms), func(m doc.Mention) bool { return inner[m] }), added)
}

// nameTailWord reports whether w is a lower-case word whose likeliest
// reading is a noun or a full adjective («нефть», «калийная»), as the
// words after a name's first word are; not a slogan's verb or adverb
// («„Исламское государство останется навсегда“»).
func (r *Refiner) nameTailWord(w string) bool {
	if !tokenize.IsWord(w) || !tokenize.StartsLower(w) {
		return false
	}
	switch r.likeliest(w) {
	case morph.NOUN, morph.ADJF:
		return true
	}
	return false
}
