package relation

import (
	"strings"

	"github.com/factgraph/factgraph/morph"
)

// kinLemmas are the lemmas of the nouns of a family tie or a partner, whose
// genitive after them names the relative's kin: «жена бывшего
// президента», «братьям знаменитого певца».
var kinLemmas = map[string]bool{
	"брат": true, "сестра": true, "сын": true, "дочь": true, "отец": true, "мать": true, "жена": true,
	"муж": true, "супруга": true, "супруг": true, "вдова": true, "внук": true, "внучка": true,
	"племянник": true, "племянница": true, "дед": true, "бабушка": true, "подруга": true, "невеста": true,
}

// relativesPost reports whether the post of mention i is said in the
// genitive right after a kin noun (kinLemmas), adjectives or participles
// and quotes between: «Брат северокорейского лидера», «сын главы
// государства», «дочь „знаменитого бойца“». The sentence tells of a
// relative of the post's holder, which anaphoricPosts does not give to a
// person named in the sentence before. NEREL v1.1 train: 4 relations off
// with gold entities (6 end to end, the WORKPLACE that followed among
// them), none right; dev 2, none right.
func (c *patternContext) relativesPost(i int) bool {
	if !genitiveWord(c.ms[i].Text) {
		return false
	}
	mt := c.tokenOf[i]
	toks := c.sents[mt.sent].Tokens
	for k, steps := mt.first-1, 0; k >= 0 && steps < 4; k, steps = k-1, steps+1 {
		w := strings.ToLower(toks[k].Text)
		if isAny(w, "«", "\"", "„", "“") {
			continue
		}
		ps := readings(w)
		for _, p := range ps {
			if kinLemmas[p.Normal] && p.Tag.POS() == morph.NOUN {
				return true
			}
		}
		if len(ps) == 0 || ps[0].Tag.POS() != morph.ADJF && ps[0].Tag.POS() != morph.PRTF {
			return false
		}
	}
	return false
}
