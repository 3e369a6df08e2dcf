package tagger

import (
	"slices"
	"strings"
)

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
	va, vb := featValue("|"+a, "Aspect"), featValue("|"+b, "Aspect")
	return va != "" && vb != "" && va != vb && slices.Equal(otherFeats(a), otherFeats(b))
}

// otherFeats returns the features of feats but Aspect and Tense, sorted.
func otherFeats(feats string) []string {
	fs := slices.DeleteFunc(appendFeats(nil, feats), func(f string) bool {
		return strings.HasPrefix(f, "Aspect=") || strings.HasPrefix(f, "Tense=")
	})
	slices.Sort(fs)
	return fs
}
