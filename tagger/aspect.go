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
	upos, feats, ok := m.lexiconOnly(cs, k)
	if !ok || upos != "VERB" && upos != "AUX" {
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

// dictShort returns the candidate of token i to output in place of the
// chosen one k: an adjective in the nominative whose tag no dictionary
// parse gives (it came from the training lexicon) and that a dictionary
// reading gives with no case at all — a short adjective («популярны»,
// «похож», «должен») — takes that reading. The short forms have no case
// in UD GSD (26 of 29) and Taiga (165 of 167); a training corpus gives
// some of them Case=Nom, and the tagger learned it from there.
func (m *Model) dictShort(s *sentence, i, k int) int {
	cs := s.cands[i]
	upos, feats, ok := m.lexiconOnly(cs, k)
	if !ok || upos != "ADJ" || featValue("|"+feats, "Case") != "Nom" {
		return k
	}
	bare := otherThan(feats, []string{"Case"})
	for j := range cs {
		if cs[j].dictRank < 0 {
			continue
		}
		u, f := SplitTag(m.tagString(&cs[j]))
		if u == upos && featValue("|"+f, "Case") == "" && slices.Equal(otherThan(f, nil), bare) {
			return j
		}
	}
	return k
}

// lexiconOnly returns the UPOS and features of candidate k of cs and
// whether no dictionary parse gave it (it came from the training lexicon
// or the ending table).
func (m *Model) lexiconOnly(cs []cand, k int) (upos, feats string, ok bool) {
	if cs[k].dictRank >= 0 {
		return "", "", false
	}
	upos, feats = SplitTag(m.tagString(&cs[k]))
	return upos, feats, true
}
