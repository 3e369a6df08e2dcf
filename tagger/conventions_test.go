package tagger

import "testing"

func TestEmoticons(t *testing.T) {
	for _, c := range []struct {
		words []string
		taiga bool
		want  []string // UPOS per word
	}{
		{[]string{"Отдыхаем", "=)))"}, false, []string{"VERB", "SYM"}},
		{[]string{"Привет", ":D"}, false, []string{"INTJ", "SYM"}},
		{[]string{"Спасибо", ")"}, true, []string{"INTJ", "SYM"}},
		{[]string{"Спасибо", "))"}, true, []string{"INTJ", "SYM"}},
		{[]string{"Спасибо", ")"}, false, []string{"INTJ", "PUNCT"}},                     // GSD, the news: PUNCT
		{[]string{"(", "да", ")"}, true, []string{"PUNCT", "PART", "PUNCT"}},             // it closes a bracket
		{[]string{"a", "=", "b"}, false, []string{"X", "PUNCT", "X"}},                    // no mouth: left alone
		{[]string{"(", "да", ")", ")"}, true, []string{"PUNCT", "PART", "PUNCT", "SYM"}}, // the second closes nothing
	} {
		out := make([]Analysis, len(c.words))
		for i, w := range c.words {
			out[i] = Analysis{UPOS: c.want[i], Lemma: w}
			if c.want[i] == "SYM" {
				out[i].UPOS = "PUNCT" // what emoticons must change
			}
		}
		emoticons(c.words, out, c.taiga)
		for i := range out {
			if out[i].UPOS != c.want[i] {
				t.Errorf("%q (taiga %v): word %d %s, want %s", c.words, c.taiga, i, out[i].UPOS, c.want[i])
			}
		}
	}
}

func TestDigitOrdinals(t *testing.T) {
	for _, c := range []struct {
		word, feats string
		taiga       bool
		want        string
	}{
		{"14-го", "Case=Gen|Degree=Pos|Gender=Masc|Number=Sing", false, "Case=Gen|Gender=Masc|Number=Sing"},
		{"1925", "Case=Gen|Degree=Pos|Gender=Masc|Number=Sing|NumType=Ord", true, "NumType=Ord"},
		{"XIX", "Case=Gen|Degree=Pos|Gender=Masc|Number=Sing|NumType=Ord", true, "NumType=Ord"},
		{"1925", "Case=Gen|Degree=Pos|Gender=Masc|Number=Sing", false, "Case=Gen|Degree=Pos|Gender=Masc|Number=Sing"}, // GSD
		{"второй", "Case=Nom|Degree=Pos|Gender=Masc|Number=Sing|NumType=Ord", true, "Case=Nom|Gender=Masc|Number=Sing|NumType=Ord"},
		{"второй", "Case=Nom|Degree=Pos|Gender=Masc|Number=Sing", false, "Case=Nom|Degree=Pos|Gender=Masc|Number=Sing"}, // GSD
		{"новый", "Case=Nom|Degree=Pos|Gender=Masc|Number=Sing", true, "Case=Nom|Degree=Pos|Gender=Masc|Number=Sing"},
	} {
		out := []Analysis{{UPOS: "ADJ", Feats: c.feats, Lemma: c.word}}
		digitOrdinals([]string{c.word}, out, c.taiga)
		if out[0].Feats != c.want {
			t.Errorf("%s (taiga %v): %s, want %s", c.word, c.taiga, out[0].Feats, c.want)
		}
	}
}

func TestAspectOnly(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Aspect=Imp|Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin", "Aspect=Perf|Mood=Ind|Number=Plur|Person=3|Tense=Fut|VerbForm=Fin", true},
		{"Aspect=Imp|VerbForm=Inf", "Aspect=Perf|VerbForm=Inf", true},
		{"Aspect=Imp|Number=Sing|Tense=Pres|VerbForm=Fin", "Aspect=Perf|Number=Plur|Tense=Fut|VerbForm=Fin", false}, // number differs too
		{"Mood=Ind|Tense=Past|VerbForm=Fin", "Aspect=Imp|Mood=Ind|Tense=Past|VerbForm=Fin", false},                  // no aspect: a convention, not the lexicon
	} {
		if got := aspectOnly(c.a, c.b); got != c.want {
			t.Errorf("aspectOnly(%s, %s) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestDictAspect(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"", "taiga"} {
		dm := m
		if d != "" {
			if dm, err = m.WithDomain(d); err != nil {
				t.Fatal(err)
			}
		}
		a := dm.TagWords([]string{"Они", "заменят", "его", "."})[1]
		if featValue("|"+a.Feats, "Aspect") != "Perf" || featValue("|"+a.Feats, "Tense") != "Fut" || a.Lemma != "заменить" {
			t.Errorf("domain %q: заменят %v, want Aspect=Perf, Tense=Fut, lemma заменить", d, a)
		}
	}
}

func TestTaigaCollectives(t *testing.T) {
	out := []Analysis{
		{UPOS: "NUM", Feats: "Animacy=Anim|Case=Acc|NumType=Card", Lemma: "двое"},
		{UPOS: "NUM", Feats: "Case=Nom|NumType=Card", Lemma: "два"},
		{UPOS: "PRON", Feats: "Case=Loc|Number=Plur|PronType=Rel", Lemma: "который"},
	}
	taigaCollectives(out)
	if out[0].Feats != "Animacy=Anim|Case=Acc|NumType=Sets" || out[1].Feats != "Case=Nom|NumType=Card" || out[2].UPOS != "DET" {
		t.Errorf("got %v", out)
	}
}

func TestLowerNotProper(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  []bool
	}{
		{[]string{"Он", "смотрел", "опенинг", "."}, []bool{false, true, true, false}},
		{[]string{"«", "Он", "изучал", "мРНК"}, []bool{false, false, true, false}}, // мРНК has capitals
		{[]string{"едем", "в", "халонг"}, nil},                                     // a sentence in lower case: left to the model
	} {
		got := lowerNotProper(c.words)
		if len(got) != len(c.want) {
			t.Errorf("%q: %v, want %v", c.words, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: %v, want %v", c.words, got, c.want)
				break
			}
		}
	}
}

func TestInitials(t *testing.T) {
	words := []string{"М.", "Горький", "и", "т.", "д.", "Л."}
	out := []Analysis{{UPOS: "NOUN", Lemma: "метр"}, {UPOS: "PROPN", Lemma: "Горький"}, {UPOS: "CCONJ", Lemma: "и"}, {UPOS: "ADJ", Lemma: "так"}, {UPOS: "NOUN", Lemma: "далее"}, {UPOS: "X", Lemma: "Л."}}
	initials(words, out)
	want := []string{"PROPN М", "PROPN Горький", "CCONJ и", "ADJ так", "NOUN далее", "PROPN Л"}
	for i, a := range out {
		if got := a.UPOS + " " + a.Lemma; got != want[i] {
			t.Errorf("%s: %s, want %s", words[i], got, want[i])
		}
	}
}

func TestFutureOfBe(t *testing.T) {
	pres := "Aspect=Imp|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin|Voice=Act"
	for _, c := range []struct {
		word, upos, lemma, feats string
		taiga                    bool
		want                     string
	}{
		{"будем", "AUX", "быть", pres, false, "Aspect=Imp|Mood=Ind|Number=Plur|Person=1|Tense=Fut|VerbForm=Fin|Voice=Act"},
		{"Будем", "AUX", "быть", pres, true, "Mood=Ind|Number=Plur|Person=1|Tense=Fut|VerbForm=Fin|Voice=Act"},
		{"есть", "AUX", "быть", "Aspect=Imp|Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin|Voice=Act", true,
			"Aspect=Imp|Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin|Voice=Act"}, // the present: left alone
		{"будем", "VERB", "будить", "Aspect=Imp|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin|Voice=Act", false,
			"Aspect=Imp|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin|Voice=Act"}, // not быть
	} {
		out := []Analysis{{UPOS: c.upos, Feats: c.feats, Lemma: c.lemma}}
		futureOfBe([]string{c.word}, out, c.taiga)
		if out[0].Feats != c.want {
			t.Errorf("%s %s (taiga %v): %s, want %s", c.word, c.lemma, c.taiga, out[0].Feats, c.want)
		}
	}
}

func TestReflexiveParticiples(t *testing.T) {
	for _, c := range []struct {
		word, upos, feats, want string
	}{
		{"относящиеся", "VERB", "Aspect=Imp|Case=Nom|Number=Plur|Tense=Pres|VerbForm=Part|Voice=Mid", "Aspect=Imp|Case=Nom|Number=Plur|Tense=Pres|VerbForm=Part|Voice=Act"},
		{"относятся", "VERB", "Aspect=Imp|Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin|Voice=Mid", "Aspect=Imp|Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin|Voice=Mid"}, // finite: Mid stays
		{"относясь", "VERB", "Aspect=Imp|Tense=Pres|VerbForm=Conv|Voice=Mid", "Aspect=Imp|Tense=Pres|VerbForm=Conv|Voice=Mid"},                                                            // converb: Mid stays
	} {
		out := []Analysis{{UPOS: c.upos, Feats: c.feats}}
		reflexiveParticiples([]string{c.word}, out)
		if out[0].Feats != c.want {
			t.Errorf("%s: %s, want %s", c.word, out[0].Feats, c.want)
		}
	}
}

func TestImperativePerson(t *testing.T) {
	for _, c := range []struct {
		upos, feats, want string
	}{
		{"VERB", "Aspect=Perf|Mood=Imp|Number=Plur|VerbForm=Fin|Voice=Act", "Aspect=Perf|Mood=Imp|Number=Plur|Person=2|VerbForm=Fin|Voice=Act"},
		{"VERB", "Aspect=Perf|Mood=Imp|Number=Plur|Person=1|VerbForm=Fin|Voice=Act", "Aspect=Perf|Mood=Imp|Number=Plur|Person=1|VerbForm=Fin|Voice=Act"},                             // has a person
		{"VERB", "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act", "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"}, // indicative past: none
	} {
		out := []Analysis{{UPOS: c.upos, Feats: c.feats}}
		imperativePerson(out)
		if out[0].Feats != c.want {
			t.Errorf("%s: %s, want %s", c.feats, out[0].Feats, c.want)
		}
	}
}
