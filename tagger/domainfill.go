package tagger

import (
	"slices"
	"strings"
)

// Feature fills. A treebank may mark a feature on (nearly) every word of
// a class where the dictionary map and the other training corpora mark it
// only sometimes: UD GSD gives every participle Animacy (the dictionary
// only in the accusative) and a short participle Case=Nom (the
// dictionary none). The tag edits (domainedit.go) offer such tags as
// candidates, but the model, which has seen few of them, mostly keeps
// the dictionary's. A fill is learned per domain and applied after
// tagging in it: a word whose chosen analysis is of the class and lacks
// the feature gets it, with the value of an agreeing noun or pronoun
// nearby for Animacy, else the class's most frequent value.

// metaFill prefixes the Meta key of a domain's feature fills, a list of
// "UPOS/VerbForm|Key=Value" words (the value is the default).
const metaFill = "feature_fill_"

const (
	minFillClass = 20   // training words of the class in the domain
	minFillShare = 0.95 // share of them carrying the feature
	// fillMargin is how much more often the domain marks the feature on
	// the class than the sentences with no domain do.
	fillMargin = 0.2
	// fillReach is how far (in words) a fill of Animacy looks for a noun
	// or pronoun agreeing in case, number and gender.
	fillReach = 7
)

// fillStats counts, for one domain ("" for the sentences with none), the
// words of each class and how often they carry each feature value.
type fillStats struct {
	words map[string]int            // class → words
	keys  map[string]int            // class|Key → words carrying Key
	vals  map[string]map[string]int // class|Key → value → words
}

// add counts the gold tag of one word.
func (st *fillStats) add(upos, feats string) {
	cls := editCond(upos + "|" + feats)
	st.words[cls]++
	for _, f := range appendFeats(nil, feats) {
		k, v, _ := strings.Cut(f, "=")
		ck := cls + "|" + k
		st.keys[ck]++
		if st.vals[ck] == nil {
			st.vals[ck] = map[string]int{}
		}
		st.vals[ck][v]++
	}
}

// learnFills learns the feature fills of each domain of the training
// sentences: a feature key that at least minFillShare of a class's words
// (UPOS and VerbForm, at least minFillClass of them) carry in the
// domain's sentences, and that the sentences with no domain (at least
// minFillClass words of the class) carry on it at least fillMargin less
// often, with the value the domain's words
// of the class carry most often. It returns the Meta entries recording
// them. Lexical features (LexicalKeys) are left to domainLexical.
func learnFills(sents [][]Token, domains []string) map[string]string {
	stats := map[string]*fillStats{}
	seen := map[*Token]bool{} // a sentence repeated in the data counts once
	for si, s := range sents {
		if len(s) == 0 || seen[&s[0]] {
			continue
		}
		seen[&s[0]] = true
		d := ""
		if domains != nil {
			d = domains[si]
		}
		st := stats[d]
		if st == nil {
			st = &fillStats{words: map[string]int{}, keys: map[string]int{}, vals: map[string]map[string]int{}}
			stats[d] = st
		}
		for _, t := range s {
			if t.UPOS != "" {
				st.add(t.UPOS, t.Feats)
			}
		}
	}
	none := stats[""]
	meta := map[string]string{}
	for d, st := range stats {
		if d == "" {
			continue
		}
		var fills []string
		for ck, n := range st.keys {
			cls, k, _ := strings.Cut(ck, "|")
			total := st.words[cls]
			if total < minFillClass || float64(n) < minFillShare*float64(total) || slices.Contains(LexicalKeys, k) {
				continue
			}
			if none == nil || none.words[cls] < minFillClass || float64(none.keys[ck])/float64(none.words[cls]) > float64(n)/float64(total)-fillMargin {
				continue
			}
			fills = append(fills, ck+"="+mostFrequent(st.vals[ck]))
		}
		if len(fills) > 0 {
			slices.Sort(fills)
			meta[metaFill+d] = strings.Join(fills, " ")
		}
	}
	return meta
}

// mostFrequent returns the key with the largest count, the smallest such
// key on a tie.
func mostFrequent(counts map[string]int) string {
	best, bn := "", -1
	for v, n := range counts {
		if n > bn || n == bn && v < best {
			best, bn = v, n
		}
	}
	return best
}

// parseFills reads a domain's feature fills from Meta: class → features
// ("Key=Value") to add when missing.
func parseFills(s string) map[string][]string {
	var out map[string][]string
	for _, p := range strings.Fields(s) {
		cls, f, ok := strings.Cut(p, "|")
		if !ok || !strings.Contains(f, "=") {
			continue
		}
		if out == nil {
			out = map[string][]string{}
		}
		out[cls] = append(out[cls], f)
	}
	return out
}

// fillFeats applies the domain's feature fills to the analyses of one
// sentence. Animacy takes the value of an agreeing noun or pronoun nearby
// (agreeingAnimacy) when there is one.
func (m *Model) fillFeats(as []Analysis) {
	for i := range as {
		fs := m.fills[editCond(as[i].Tag())]
		if len(fs) == 0 {
			continue
		}
		all := appendFeats(nil, as[i].Feats)
		n, animacy := len(all), false
		for _, f := range fs {
			k, _, _ := strings.Cut(f, "=")
			if featValue("|"+as[i].Feats, k) == "" {
				all = append(all, f)
				animacy = animacy || k == "Animacy"
			}
		}
		if len(all) == n {
			continue
		}
		as[i].Feats = joinFeats(all)
		if !animacy {
			continue
		}
		if a := agreeingAnimacy(as, i); a != "" {
			as[i].Feats = joinFeats(append(withoutKey(appendFeats(nil, as[i].Feats), "Animacy"), "Animacy="+a))
		}
	}
}

// agreeingAnimacy returns the Animacy of the nearest noun, proper noun
// or pronoun within fillReach words of as[i] (the right one first at
// equal distance) that agrees with it in case, number and, in the
// singular, gender; "" if there is none.
func agreeingAnimacy(as []Analysis, i int) string {
	tag := "|" + as[i].Feats
	c, n, g := featValue(tag, "Case"), featValue(tag, "Number"), featValue(tag, "Gender")
	for d := 1; d <= fillReach; d++ {
		for _, j := range [2]int{i + d, i - d} {
			if j < 0 || j >= len(as) {
				continue
			}
			switch as[j].UPOS {
			case "NOUN", "PROPN", "PRON":
			default:
				continue
			}
			t := "|" + as[j].Feats
			a := featValue(t, "Animacy")
			if a != "" && featValue(t, "Case") == c && featValue(t, "Number") == n && (n == "Plur" || featValue(t, "Gender") == g) {
				return a
			}
		}
	}
	return ""
}
