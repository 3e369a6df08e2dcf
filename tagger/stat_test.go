package tagger

import "testing"

func TestStatLookups(t *testing.T) {
	m, _ := Default()
	u := *m
	u.cache = nil
	var toks, feats, parts, cands, cfeats int
	for _, s := range benchSentences() {
		ss, _ := u.prepare(s, nil, nil)
		hist := make([]string, len(s))
		var sc scorer
		for i := range s {
			sc.feats = u.tokenFeats(sc.feats[:0], ss, i, hist)
			sc2 := u.score(&sc, ss, i)
			k := argmax(sc2)
			hist[i] = u.tagString(&ss.cands[i][k])
			toks++
			feats += len(sc.feats)
			parts += len(sc.memoP)
			cands += len(ss.cands[i])
			for k := range ss.cands[i] {
				cfeats += len(candFeats(nil, &ss.cands[i][k], ss.inDict[i]))
			}
		}
	}
	t.Logf("per token: feats %.1f distinct parts %.1f cands %.1f candfeats %.1f", float64(feats)/float64(toks), float64(parts)/float64(toks), float64(cands)/float64(toks), float64(cfeats)/float64(toks))
}
