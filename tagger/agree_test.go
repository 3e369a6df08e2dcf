package tagger

import (
	"strings"
	"testing"
)

// chosen prepares words with the default model and picks, for each word,
// the candidate whose tag is tags[i] ("" for the first candidate).
func chosen(t *testing.T, m *Model, words, tags []string) (*sentence, []int) {
	t.Helper()
	s, _ := m.prepare(words, nil, nil)
	ks := make([]int, len(words))
	for i, tag := range tags {
		if tag == "" {
			continue
		}
		ks[i] = -1
		for j := range s.cands[i] {
			if m.tagString(&s.cands[i][j]) == tag {
				ks[i] = j
			}
		}
		if ks[i] < 0 {
			var have []string
			for j := range s.cands[i] {
				have = append(have, m.tagString(&s.cands[i][j]))
			}
			t.Fatalf("%s: no candidate %s among %s", words[i], tag, strings.Join(have, " "))
		}
	}
	return s, ks
}

// choiceCase is a sentence, the tag chosen for each word ("" for the first
// candidate), and the tag word at must have once a rule has run.
type choiceCase struct {
	words, tags []string
	at          int
	want        string
}

// checkChoices runs rule on each case and checks the tag of word at.
func checkChoices(t *testing.T, rule func(m *Model, s *sentence, ks []int), cases []choiceCase) {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		s, ks := chosen(t, m, c.words, c.tags)
		rule(m, s, ks)
		if got := m.tagString(&s.cands[c.at][ks[c.at]]); got != c.want {
			t.Errorf("%q: %s %s, want %s", c.words, c.words[c.at], got, c.want)
		}
	}
}

func TestAgreeModifiers(t *testing.T) {
	checkChoices(t, (*Model).agreeModifiers, []choiceCase{
		// masculine or neuter genitive: the noun decides
		{[]string{"воспитателем", "Одесского", "пехотного", "училища"},
			[]string{"", "ADJ|Case=Gen|Degree=Pos|Gender=Masc|Number=Sing", "ADJ|Case=Gen|Degree=Pos|Gender=Masc|Number=Sing", "NOUN|Animacy=Inan|Case=Gen|Gender=Neut|Number=Sing"},
			1, "ADJ|Case=Gen|Degree=Pos|Gender=Neut|Number=Sing"},
		{[]string{"воспитателем", "Одесского", "пехотного", "училища"},
			[]string{"", "ADJ|Case=Gen|Degree=Pos|Gender=Masc|Number=Sing", "ADJ|Case=Gen|Degree=Pos|Gender=Masc|Number=Sing", "NOUN|Animacy=Inan|Case=Gen|Gender=Neut|Number=Sing"},
			2, "ADJ|Case=Gen|Degree=Pos|Gender=Neut|Number=Sing"},
		// genitive or locative plural: the noun decides
		{[]string{"в", "других", "странах"},
			[]string{"", "ADJ|Case=Gen|Degree=Pos|Number=Plur", "NOUN|Animacy=Inan|Case=Loc|Gender=Fem|Number=Plur"},
			1, "ADJ|Case=Loc|Degree=Pos|Number=Plur"},
		// guard: nominative against accusative is left as chosen
		{[]string{"построен", "новый", "мемориал"},
			[]string{"", "ADJ|Animacy=Inan|Case=Acc|Degree=Pos|Gender=Masc|Number=Sing", "NOUN|Animacy=Inan|Case=Nom|Gender=Masc|Number=Sing"},
			1, "ADJ|Animacy=Inan|Case=Acc|Degree=Pos|Gender=Masc|Number=Sing"},
		// guard: after a numeral the adjective is plural, the noun singular
		{[]string{"два", "больших", "дома"},
			[]string{"NUM|Case=Nom|Gender=Masc", "ADJ|Case=Gen|Degree=Pos|Number=Plur", "NOUN|Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing"},
			1, "ADJ|Case=Gen|Degree=Pos|Number=Plur"},
		// guard: no noun right after the modifiers
		{[]string{"других", "и", "странах"},
			[]string{"ADJ|Case=Gen|Degree=Pos|Number=Plur", "", "NOUN|Animacy=Inan|Case=Loc|Gender=Fem|Number=Plur"},
			0, "ADJ|Case=Gen|Degree=Pos|Number=Plur"},
	})
}

func TestConjunctCase(t *testing.T) {
	loc := "PROPN|Animacy=Inan|Case=Loc|Gender=Fem|Number=Sing"
	gen := "PROPN|Animacy=Inan|Case=Gen|Gender=Fem|Number=Sing"
	nom := "PROPN|Animacy=Inan|Case=Nom|Gender=Masc|Number=Sing"
	checkChoices(t, (*Model).conjunctCase, []choiceCase{
		{[]string{"в", "Италии", ",", "Испании"}, []string{"", loc, "", gen}, 3, loc},
		{[]string{"в", "Италии", "и", "Испании"}, []string{"", loc, "", gen}, 3, loc},
		// guard: «с» is no conjunction
		{[]string{"Италии", "с", "Испании"}, []string{loc, "", gen}, 2, gen},
		// guard: a nominative after a comma may open a clause
		{[]string{"в", "Москве", ",", "Сочи"}, []string{"", loc, "", nom}, 3, nom},
	})
}

func TestGovernedCase(t *testing.T) {
	checkChoices(t, (*Model).governedCase, []choiceCase{
		// no preposition takes the nominative: в takes Acc or Loc
		{[]string{"посадили", "в", "дерево"}, []string{"", "ADP", "NOUN|Animacy=Inan|Case=Nom|Gender=Neut|Number=Sing"},
			2, "NOUN|Animacy=Inan|Case=Acc|Gender=Neut|Number=Sing"},
		// the adjective before the noun too
		{[]string{"для", "таких", "людей"}, []string{"ADP", "DET|Animacy=Anim|Case=Acc|Number=Plur", "NOUN|Animacy=Anim|Case=Gen|Gender=Masc|Number=Plur"},
			1, "DET|Case=Gen|Number=Plur"},
		// guard: a case the preposition takes stays
		{[]string{"в", "Москве"}, []string{"ADP", "PROPN|Animacy=Inan|Case=Loc|Gender=Fem|Number=Sing"},
			1, "PROPN|Animacy=Inan|Case=Loc|Gender=Fem|Number=Sing"},
		// guard: after a numeral the numeral governs
		{[]string{"за", "100", "евро"}, []string{"ADP", "", "NOUN|Animacy=Inan|Case=Gen|Gender=Neut|Number=Plur"},
			2, "NOUN|Animacy=Inan|Case=Gen|Gender=Neut|Number=Plur"},
		// guard: a day in digits governs its month («по 15 мая»)
		{[]string{"по", "15", "мая"}, []string{"ADP", "", "NOUN|Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing"},
			2, "NOUN|Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing"},
	})
}

func TestDictShort(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		word, tag, want string
	}{
		{"популярны", "ADJ|Case=Nom|Degree=Pos|Number=Plur", "ADJ|Degree=Pos|Number=Plur"},
		// guard: the long form's nominative is the dictionary's own
		{"популярные", "ADJ|Case=Nom|Degree=Pos|Number=Plur", "ADJ|Case=Nom|Degree=Pos|Number=Plur"},
	} {
		s, ks := chosen(t, m, []string{c.word}, []string{c.tag})
		if got := m.tagString(&s.cands[0][m.dictShort(s, 0, ks[0])]); got != c.want {
			t.Errorf("%s: %s, want %s", c.word, got, c.want)
		}
	}
}

func TestTimeNounCase(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		words, tags []string
		at          int
		want        string // UPOS of word at afterwards
	}{
		{[]string{"Зимой", "холодно"}, []string{"ADV|Degree=Pos", ""}, 0, "NOUN"},
		{[]string{"рано", "утром"}, []string{"", "ADV|Degree=Pos"}, 1, "NOUN"},
		// guard: not a season or part of the day
		{[]string{"шли", "пешком"}, []string{"", "ADV|Degree=Pos"}, 1, "ADV"},
	} {
		s, ks := chosen(t, m, c.words, c.tags)
		m.timeNounCase(s, ks)
		if got := m.chosenUPOS(s, ks, c.at); got != c.want {
			t.Errorf("%q: %s %s, want %s", c.words, c.words[c.at], got, c.want)
		}
	}
}

func TestGovernedNumbers(t *testing.T) {
	num := func(feats string) Analysis { return Analysis{UPOS: "NUM", Feats: feats} }
	for _, c := range []struct {
		words []string
		out   []Analysis
		want  string // features of the number afterwards
	}{
		{[]string{"около", "880"}, []Analysis{{UPOS: "ADP"}, num("Case=Nom|NumType=Card")}, "Case=Gen|NumType=Card"},
		{[]string{"на", "400"}, []Analysis{{UPOS: "ADP"}, num("Case=Nom|NumType=Card")}, "Case=Acc|NumType=Card"},
		{[]string{"около", "880"}, []Analysis{{UPOS: "ADP"}, num("NumType=Card")}, "NumType=Card"},                   // guard: no case to change (Taiga)
		{[]string{"как", "880"}, []Analysis{{UPOS: "SCONJ"}, num("Case=Nom|NumType=Card")}, "Case=Nom|NumType=Card"}, // guard: no preposition
	} {
		governedNumbers(c.words, c.out)
		if got := c.out[1].Feats; got != c.want {
			t.Errorf("%q: %s, want %s", c.words, got, c.want)
		}
	}
}
