package tagger

import "strings"

// dictAspect returns the candidate of token i to output in place of the
// chosen one k: a verb whose chosen tag no dictionary parse gives (it came
// from the training lexicon) and differs from a dictionary reading of the
// same UPOS only in aspect (and tense) takes the dictionary reading. The
// aspect of a verb is lexical and the dictionary knows it: GramEval 2020's
// Taiga social corpus tags many perfective verbs imperfective present
// («заменят», «свалит» Aspect=Imp|Tense=Pres; UD Taiga and GSD Perf|Fut),
// and the tagger learns those forms from it.
func (m *Model) dictAspect(s *sentence, i, k int) int {
	cs := s.cands[i]
	c := &cs[k]
	if c.dictRank >= 0 {
		return k
	}
	upos, feats := SplitTag(m.tagString(c))
	if upos != "VERB" && upos != "AUX" {
		return k
	}
	best := k
	for j := range cs {
		d := &cs[j]
		if d.dictRank < 0 {
			continue
		}
		u, f := SplitTag(m.tagString(d))
		if u == upos && aspectOnly(feats, f) && (best == k || d.dictRank < cs[best].dictRank) {
			best = j
		}
	}
	return best
}

// aspectOnly reports whether two feature strings both have Aspect, differ
// in it, and in nothing but Aspect and Tense.
func aspectOnly(a, b string) bool {
	fa, fb := aspectFeats(a), aspectFeats(b)
	if fa["Aspect"] == "" || fb["Aspect"] == "" || fa["Aspect"] == fb["Aspect"] {
		return false
	}
	for k, v := range fa {
		if k != "Aspect" && k != "Tense" && fb[k] != v {
			return false
		}
	}
	for k, v := range fb {
		if k != "Aspect" && k != "Tense" && fa[k] != v {
			return false
		}
	}
	return true
}

func aspectFeats(feats string) map[string]string {
	out := map[string]string{}
	for _, f := range strings.Split(feats, "|") {
		if k, v, ok := strings.Cut(f, "="); ok {
			out[k] = v
		}
	}
	return out
}
