package refine

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// treatyNouns are the lemmas of the nouns of documents states and bodies
// adopt or sign: a declaration, a charter, an agreement, a memorandum.
// NEREL train and dev tag every mention whose first word is a document's
// noun LAW or, with the verb, EVENT («приняли декларацию»): LAW 30, EVENT
// 5, ORGANIZATION none. «конвенция» and «договор» stay out: they also name
// parties and alliances («Национальная конвенция за солидарность Африки»,
// an ORGANIZATION of NEREL dev; «Варшавский договор»).
var treatyNouns = map[string]bool{"декларация": true, "хартия": true, "соглашение": true, "меморандум": true}

// treatyNames makes an ORGANIZATION whose head noun (its first noun,
// after capitalized adjectives) is one of treatyNouns a LAW: «Бишкекскую
// декларацию» of «подписали Бишкекскую декларацию по итогам саммита».
func (r *Refiner) treatyNames(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(treatyNouns) {
		return ms
	}
	out, cloned := ms, false
	for i, m := range ms {
		if m.Type != "ORGANIZATION" {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last < 0 {
			continue
		}
		for k := first; k <= last; k++ {
			if r.likeliest(toks[k].Text) != morph.NOUN {
				continue
			}
			if anyIn(r.nounLemmas(toks[k].Text), treatyNouns) {
				if !cloned {
					out, cloned = slices.Clone(ms), true // (ms is the caller's)
				}
				out[i].Type = "LAW"
			}
			break
		}
	}
	return out
}
