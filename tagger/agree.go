package tagger

import "slices"

// agreeReach is how many words an adjectival modifier may stand before its
// noun (the modifiers and adverbs between: «Одесского пехотного юнкерского
// училища»).
const agreeReach = 4

// agreeFeats are the features in which a modifier agrees with its noun.
var agreeFeats = [...]string{"Case", "Number", "Gender", "Animacy"}

// agreeModifiers changes, in place, the candidates chosen (ks, as choose
// returns them) of adjectives, determiners and participles that stand
// before their noun and do not agree with it: the candidate of the same
// UPOS that differs from the chosen one only in case, number, gender and
// animacy, agrees with the noun in all four, and differs from the chosen
// one in the fewest features replaces it. The decoder is greedy left to
// right and chooses a modifier before it has seen its noun, so a form that
// two readings share (русского, Одесского: masculine or neuter genitive;
// новых: animate or inanimate accusative) takes the likelier one, whatever
// the noun; the noun, chosen with the modifier's tag as context, has its
// own form as evidence. Nothing changes when the two disagree only in
// nominative and accusative (nomAcc), when the noun has no case or
// number, when a numeral precedes the modifier (два больших дома: the
// adjective plural, the noun singular), or when no candidate agrees.
func (m *Model) agreeModifiers(s *sentence, ks []int) {
	for i := len(ks) - 1; i >= 0; i-- {
		if ks[i] < 0 || len(s.cands[i]) == 1 {
			continue // nothing to choose
		}
		tag := m.tagString(&s.cands[i][ks[i]])
		upos, feats := SplitTag(tag)
		if !isModifier(upos, tag) || i > 0 && ks[i-1] >= 0 && m.chosenUPOS(s, ks, i-1) == "NUM" {
			continue
		}
		head := m.modifiedNoun(s, ks, i)
		if head == "" {
			continue
		}
		if featValue(head, "Case") == "" || featValue(head, "Number") == "" || agreesWith(tag, head) || nomAcc(featValue(tag, "Case"), featValue(head, "Case")) {
			continue
		}
		best, bestDiff := -1, 0
		mine := otherThan(feats, agreeFeats[:])
		for j := range s.cands[i] {
			t := m.tagString(&s.cands[i][j])
			u, f := SplitTag(t)
			if u != upos || !agreesWith(t, head) || !slices.Equal(otherThan(f, agreeFeats[:]), mine) {
				continue
			}
			if d := featDiff(feats, f); best < 0 || d < bestDiff {
				best, bestDiff = j, d
			}
		}
		if best >= 0 {
			ks[i] = best
		}
	}
}

// nomAcc reports whether two cases are the nominative and the accusative:
// a modifier and a noun that disagree in these alone are as often right
// one way as the other (CV fold 1: the modifier right 7 times, the noun 6),
// since both forms are the same for inanimate nouns and most adjectives.
func nomAcc(a, b string) bool {
	return a == "Nom" && b == "Acc" || a == "Acc" && b == "Nom"
}

// chosenUPOS is the UPOS of the candidate chosen for token i.
func (m *Model) chosenUPOS(s *sentence, ks []int, i int) string {
	upos, _ := SplitTag(m.tagString(&s.cands[i][ks[i]]))
	return upos
}

// isModifier reports whether a tag (UPOS and all) is that of a word
// agreeing with a noun in case: an adjective, a determiner or a participle
// with a case.
func isModifier(upos, tag string) bool {
	switch upos {
	case "ADJ", "DET":
	case "VERB":
		if featValue(tag, "VerbForm") != "Part" {
			return false
		}
	default:
		return false
	}
	return featValue(tag, "Case") != ""
}

// modifiedNoun returns the tag (UPOS and features) of the noun that
// the modifier i stands before: the first noun or proper noun to its
// right within agreeReach words with only modifiers and adverbs between;
// "" if there is none.
func (m *Model) modifiedNoun(s *sentence, ks []int, i int) string {
	for j := i + 1; j < len(ks) && j <= i+agreeReach; j++ {
		if ks[j] < 0 {
			return ""
		}
		tag := m.tagString(&s.cands[j][ks[j]])
		upos, _ := SplitTag(tag)
		switch {
		case upos == "NOUN" || upos == "PROPN":
			return tag
		case upos == "ADV" || isModifier(upos, tag):
		default:
			return ""
		}
	}
	return ""
}

// agreesWith reports whether a modifier's tag agrees with a noun's (both
// UPOS and features): the same case and number, in the singular the
// same gender when both have one, and the same animacy when both have one.
func agreesWith(mod, noun string) bool {
	if featValue(mod, "Case") != featValue(noun, "Case") || featValue(mod, "Number") != featValue(noun, "Number") {
		return false
	}
	if g, h := featValue(mod, "Gender"), featValue(noun, "Gender"); featValue(noun, "Number") == "Sing" && g != "" && h != "" && g != h {
		return false
	}
	a, b := featValue(mod, "Animacy"), featValue(noun, "Animacy")
	return a == "" || b == "" || a == b
}

// otherThan returns the features of feats whose key is not in keys, sorted.
func otherThan(feats string, keys []string) []string {
	fs := slices.DeleteFunc(appendFeats(nil, feats), func(f string) bool {
		for _, k := range keys {
			if len(f) > len(k) && f[len(k)] == '=' && f[:len(k)] == k {
				return true
			}
		}
		return false
	})
	slices.Sort(fs)
	return fs
}

// conjunctCase changes, in place, the candidates chosen (ks) of nouns and
// proper nouns that follow another right after a comma, «и» or «или» and
// differ from it in case alone: the candidate of the same UPOS and other
// features in the case of the noun before takes the place of the chosen one
// («в Италии, Испании, Словении»: Испании was read genitive after the comma).
// A nominative is left alone (a comma often opens a clause whose subject it
// is), and so is a switch between nominative and accusative (nomAcc).
func (m *Model) conjunctCase(s *sentence, ks []int) {
	for i := 2; i < len(ks); i++ {
		if ks[i] < 0 || ks[i-2] < 0 || len(s.cands[i]) == 1 {
			continue
		}
		switch s.lowers[i-1] {
		case ",", "и", "или":
		default:
			continue
		}
		tag, prev := m.tagString(&s.cands[i][ks[i]]), m.tagString(&s.cands[i-2][ks[i-2]])
		upos, feats := SplitTag(tag)
		if pu, _ := SplitTag(prev); !isNoun(upos) || !isNoun(pu) {
			continue
		}
		want, have := featValue(prev, "Case"), featValue(tag, "Case")
		if want == "" || have == "" || want == have || have == "Nom" || nomAcc(want, have) {
			continue
		}
		mine := otherThan(feats, agreeFeats[:1])
		for j := range s.cands[i] {
			t := m.tagString(&s.cands[i][j])
			u, f := SplitTag(t)
			if u == upos && featValue(t, "Case") == want && slices.Equal(otherThan(f, agreeFeats[:1]), mine) {
				ks[i] = j
				break
			}
		}
	}
}

func isNoun(upos string) bool { return upos == "NOUN" || upos == "PROPN" }

// timeNouns are the instrumentals of the seasons and the parts of the day.
var timeNouns = map[string]bool{
	"зимой": true, "весной": true, "летом": true, "осенью": true,
	"утром": true, "днем": true, "вечером": true, "ночью": true,
}

// timeNounCase changes, in place, the candidate chosen (ks) of «зимой»,
// «летом», «утром», «ночью» … read as an adverb to the noun's instrumental
// singular: every UD-style set tags them NOUN (UD GSD dev 2 of 2, Taiga
// dev 20 of 20, MorphoRuEval 19 of 19), OpenCorpora ADVB, which the map
// makes ADV.
func (m *Model) timeNounCase(s *sentence, ks []int) {
	for i, k := range ks {
		if k < 0 || !timeNouns[s.lowers[i]] || m.chosenUPOS(s, ks, i) != "ADV" {
			continue
		}
		for j := range s.cands[i] {
			t := m.tagString(&s.cands[i][j])
			if u, _ := SplitTag(t); u == "NOUN" && featValue(t, "Case") == "Ins" && featValue(t, "Number") == "Sing" {
				ks[i] = j
				break
			}
		}
	}
}
