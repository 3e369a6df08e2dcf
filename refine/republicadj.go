package refine

import (
	"sort"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// partisanNouns are the lemmas of the nouns after which «республиканский»
// names the Republican party's people, an IDEOLOGY: «Республиканской
// партии», «республиканских праймериз», «республиканские сенаторы».
var partisanNouns = map[string]bool{"партия": true, "праймериз": true, "сенатор": true, "конгрессмен": true, "кандидат": true,
	"большинство": true, "меньшинство": true, "фракция": true, "конвент": true, "съезд": true, "электорат": true, "избиратель": true,
	"истеблишмент": true, "лагерь": true, "номинация": true, "политик": true, "законодатель": true, "партиец": true}

// republicAdjectiveLemmas gate republicAdjectives.
var republicAdjectiveLemmas = map[string]bool{"республиканский": true}

// maxRepublicAdjectives bounds the adjectives between «республиканский»
// and its noun («Республиканской клинической инфекционной больницы»).
const maxRepublicAdjectives = 3

// republicAdjectives drops an IDEOLOGY mention of the one adjective
// «республиканский» whose noun (after at most maxRepublicAdjectives other
// adjectives) is no noun of party politics (partisanNouns): «Республиканская
// клиническая больница», «республиканского бюджета», «республиканский
// Минздрав» are a republic's (of Russia's republics, news of which names
// them daily), not the Republicans'. NEREL v1.1 train and dev tag no
// IDEOLOGY in the 6 such adjectives they have («республиканской
// погранслужбы», «Мордовский республиканский объединенный краеведческий
// музей»), and one in each of the 15 «Республиканской партии».
func (r *Refiner) republicAdjectives(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(republicAdjectiveLemmas) {
		return ms
	}
	drop := map[doc.Mention]bool{}
	for _, m := range ms {
		if m.Type != "IDEOLOGY" || strings.Contains(m.Text, " ") || !strings.HasPrefix(fold(m.Text), "республиканск") {
			continue
		}
		toks := sentenceTokens(sents, m)
		k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.Start })
		if k >= len(toks) || toks[k].Start != m.Start {
			continue
		}
		j := k + 1
		for j < len(toks) && j <= k+maxRepublicAdjectives && r.adjectiveWord(toks[j].Text) {
			j++
		}
		if j < len(toks) && !anyIn(r.nounLemmas(toks[j].Text), partisanNouns) && len(r.nounLemmas(toks[j].Text)) > 0 {
			drop[m] = true
		}
	}
	if len(drop) == 0 {
		return ms
	}
	return without(ms, "IDEOLOGY", func(m doc.Mention) bool { return drop[m] })
}

// adjectiveWord reports whether the likeliest reading of w is a full
// adjective or participle.
func (r *Refiner) adjectiveWord(w string) bool {
	ps := r.parse(w)
	return len(ps) > 0 && (ps[0].Tag.POS() == morph.ADJF || ps[0].Tag.POS() == morph.PRTF)
}
