package names

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// udGrammemes maps the UD feature values a hint uses to morph grammemes.
var udGrammemes = map[string]morph.Grammeme{
	"Case=Nom": morph.Nomn, "Case=Gen": morph.Gent, "Case=Dat": morph.Datv, "Case=Acc": morph.Accs,
	"Case=Ins": morph.Ablt, "Case=Loc": morph.Loct, "Case=Voc": morph.Voct,
	"Gender=Masc": morph.Masc, "Gender=Fem": morph.Femn, "Gender=Neut": morph.Neut,
	"Number=Sing": morph.Sing, "Number=Plur": morph.Plur,
}

// Hints turns tokens a contextual tagger has read (UD features, as
// tagger.Model.Tag fills them) into one Hint each; nil when the tokens carry
// no tags. Only nouns, proper nouns and adjectives give a lemma.
func Hints(toks []doc.Token) []Hint {
	if len(toks) == 0 || toks[0].POS == "" {
		return nil
	}
	out := make([]Hint, len(toks))
	for i, t := range toks {
		h := &out[i]
		for _, f := range strings.Split(t.Feats, "|") {
			g := udGrammemes[f]
			switch {
			case g == 0:
			case strings.HasPrefix(f, "Case="):
				h.Case = g
			case strings.HasPrefix(f, "Gender="):
				h.Gender = g
			default:
				h.Number = g
			}
		}
		if t.POS == "NOUN" || t.POS == "PROPN" || t.POS == "ADJ" {
			h.Lemma = t.Lemma
		}
		h.Proper = t.POS == "PROPN"
	}
	return out
}
