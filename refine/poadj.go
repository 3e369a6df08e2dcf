package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// maxPoAdjectives bounds how many adjectives, with the «и» and commas
// between them, the dative phrase after «по» may hold before its noun.
const maxPoAdjectives = 5

// poAdjectivesEnd runs an organization or a post whose name stops inside
// the phrase after «по», after some of the adjectives or the «и» that
// joins them and before their noun, on to that noun: «Федеральная
// служба по ветеринарному и» + «фитосанитарному надзору», «комитет по
// внешним и» + «межрегиональным экономическим связям». The words from
// «по» to the mention's end must all be lower-case adjectives or
// participles with a dative reading, «и» or commas, and the words after
// it up to a lower-case noun with a dative reading the same.
func (r *Refiner) poAdjectivesEnd(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "ORGANIZATION" && m.Type != "PROFESSION" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last <= first || last+1 >= len(toks) {
		return m
	}
	po := -1
	for k := last; k > first && k >= last-maxPoAdjectives; k-- {
		if fold(toks[k].Text) == "по" {
			po = k
			break
		}
		if !r.poAdjectiveLink(toks[k].Text) {
			return m
		}
	}
	if po < 0 {
		return m
	}
	for k := last + 1; k < len(toks) && k <= po+1+maxPoAdjectives; k++ {
		w := toks[k].Text
		if tokenize.StartsLower(w) && r.nounCases(w)&datives != 0 && r.adjectiveCases(w) == 0 {
			if k == last+1 && (toks[last].Text == "и" || toks[last].Text == ",") {
				return m // («по науке и» + «образованию»: a noun after «и» is not read so)
			}
			m.End = toks[k].End
			m.Text = string(text[m.Start:m.End])
			return m
		}
		if !r.poAdjectiveLink(w) {
			return m
		}
	}
	return m
}

// poAdjectiveLink reports whether w may stand between «по» and its noun
// in a list of adjectives: a lower-case adjective or participle with a
// dative reading, «и» or a comma.
func (r *Refiner) poAdjectiveLink(w string) bool {
	return w == "и" || w == "," || tokenize.StartsLower(w) && r.adjectiveCases(w)&datives != 0
}
