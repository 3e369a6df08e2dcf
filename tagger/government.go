package tagger

import (
	"slices"
	"strings"
)

// governed lists the cases a preposition takes (its forms in -о, во, со,
// ко, обо, as their own keys); the order is that of preference when a
// word's form allows more than one of them and the chosen case is none.
var governed = map[string][]string{
	"в": {"Acc", "Loc"}, "во": {"Acc", "Loc"}, "на": {"Acc", "Loc"},
	"с": {"Gen", "Ins", "Acc"}, "со": {"Gen", "Ins", "Acc"},
	"к": {"Dat"}, "ко": {"Dat"}, "по": {"Dat", "Loc", "Acc"},
	"о": {"Loc", "Acc"}, "об": {"Loc", "Acc"}, "обо": {"Loc", "Acc"},
	"за": {"Acc", "Ins"}, "под": {"Ins", "Acc"}, "подо": {"Ins", "Acc"},
	"над": {"Ins"}, "надо": {"Ins"}, "перед": {"Ins"}, "передо": {"Ins"},
	"между": {"Ins", "Gen"}, "при": {"Loc"}, "через": {"Acc"}, "про": {"Acc"},
	"сквозь": {"Acc"}, "благодаря": {"Dat"}, "согласно": {"Dat"},
	"вопреки": {"Dat"}, "от": {"Gen"}, "ото": {"Gen"}, "до": {"Gen"},
	"из": {"Gen"}, "изо": {"Gen"}, "у": {"Gen"}, "без": {"Gen"},
	"безо": {"Gen"}, "для": {"Gen"}, "около": {"Gen"}, "после": {"Gen"},
	"среди": {"Gen"}, "против": {"Gen"}, "кроме": {"Gen"}, "вокруг": {"Gen"},
	"ради": {"Gen"}, "из-за": {"Gen"}, "из-под": {"Gen"}, "свыше": {"Gen"},
	"вдоль": {"Gen"}, "возле": {"Gen"}, "близ": {"Gen"}, "внутри": {"Gen"},
	"ввиду": {"Gen"}, "вследствие": {"Gen"}, "мимо": {"Gen"}, "посреди": {"Gen"},
}

// governedCase changes, in place, the candidates chosen (ks) of the words
// of a prepositional phrase whose case the preposition cannot take: after
// a preposition, each noun, proper noun, pronoun, adjective, determiner,
// participle or numeral up to and including the first noun, proper noun or
// pronoun (adverbs may stand between; a numeral, or a number in digits
// read as an ordinal, ends the phrase, for it governs the words after it:
// «за 100 евро», «по 15 мая») that has a case its preposition does
// not govern («до 750 орудий», «в капитаны» read nominative) takes the
// candidate of the same UPOS and other features (but animacy) in a case it
// governs, the first of governed's order the word allows. Only the case
// changes, and only when no reading of the chosen kind fits: the model's
// choice among governed cases stands.
func (m *Model) governedCase(s *sentence, ks []int) {
	for i := 0; i+1 < len(ks); i++ {
		cases := governed[s.lowers[i]]
		if cases == nil || ks[i] < 0 || m.chosenUPOS(s, ks, i) != "ADP" {
			continue
		}
		for j := i + 1; j < len(ks) && j <= i+agreeReach && ks[j] >= 0; j++ {
			tag := m.tagString(&s.cands[j][ks[j]])
			upos, feats := SplitTag(tag)
			if upos == "ADV" {
				continue
			}
			if !isModifier(upos, tag) && !isNoun(upos) && upos != "PRON" && upos != "NUM" {
				break
			}
			if c := featValue(tag, "Case"); c != "" && !slices.Contains(cases, c) {
				ks[j] = m.caseCandidate(s.cands[j], ks[j], upos, feats, cases)
			}
			if isNoun(upos) || upos == "PRON" || upos == "NUM" || hasDigit(s.words[j]) {
				break // a numeral governs the words after it (за 100 евро, по 15 мая)
			}
		}
	}
}

// caseCandidate returns the index of the candidate among cs of the given
// UPOS that differs from the chosen one (k, with feats) only in case and
// animacy and has the first of cases it can; k if there is none.
func (m *Model) caseCandidate(cs []cand, k int, upos, feats string, cases []string) int {
	keys := []string{"Case", "Animacy"}
	mine := otherThan(feats, keys)
	for _, want := range cases {
		for j := range cs {
			t := m.tagString(&cs[j])
			u, f := SplitTag(t)
			if u == upos && featValue(t, "Case") == want && slices.Equal(otherThan(f, keys), mine) {
				return j
			}
		}
	}
	return k
}

// hasDigit reports whether w holds a digit.
func hasDigit(w string) bool {
	return strings.ContainsAny(w, "0123456789")
}

// governedNumbers gives a number in digits right after a preposition,
// read nominative, the first case the preposition governs («на 400 м»
// Acc, «около 880 лет», «до 750 орудий» Gen): no preposition takes the
// nominative. Only a tag that has a case changes (in domain gsd, whose
// feature fills give digits one; Taiga's digits have none).
func governedNumbers(words []string, out []Analysis) {
	for i := 1; i < len(out); i++ {
		if out[i].UPOS != "NUM" || out[i-1].UPOS != "ADP" || !hasDigit(words[i]) || featValue("|"+out[i].Feats, "Case") != "Nom" {
			continue
		}
		if cases := governed[lowerWord(words[i-1])]; cases != nil {
			out[i].Feats = joinFeats(append(withoutKey(appendFeats(nil, out[i].Feats), "Case"), "Case="+cases[0]))
		}
	}
}
