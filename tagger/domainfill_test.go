package tagger

import (
	"strings"
	"testing"
)

// fillData has 25 sentences of domain "d" whose participles all carry
// Animacy and Case, the same participles with no domain carrying neither,
// and nouns whose Case both mark.
func fillData() ([][]Token, []string) {
	var sents [][]Token
	var doms []string
	for _, d := range []string{"d", ""} {
		for k := range 25 {
			part := Token{Form: "построен", UPOS: "VERB", Feats: "Aspect=Perf|Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass", Lemma: "построить"}
			if d == "d" {
				anim := "Inan"
				if k%5 == 0 {
					anim = "Anim"
				}
				part.Feats = "Animacy=" + anim + "|Case=Nom|" + part.Feats
			}
			sents = append(sents, []Token{
				{Form: "дом", UPOS: "NOUN", Feats: "Animacy=Inan|Case=Nom|Gender=Masc|Number=Sing", Lemma: "дом"},
				part,
				{Form: ".", UPOS: "PUNCT", Lemma: "."},
			})
			doms = append(doms, d)
		}
	}
	return sents, doms
}

func TestLearnFills(t *testing.T) {
	sents, doms := fillData()
	meta := learnFills(sents, doms)
	want := "VERB/Part|Animacy=Inan VERB/Part|Case=Nom"
	if got := meta[metaFill+"d"]; got != want {
		t.Errorf("fills of d = %q, want %q", got, want)
	}
	if len(meta) != 1 {
		t.Errorf("meta = %v, want the fills of d only", meta)
	}
	// with no sentences of no domain to differ from, nothing is learned
	if got := learnFills(sents[:25], doms[:25]); len(got) != 0 {
		t.Errorf("fills of d alone = %v, want none", got)
	}
}

func TestFillFeats(t *testing.T) {
	m := &Model{fills: parseFills("VERB/Part|Animacy=Inan VERB/Part|Case=Nom bad NOUN|")}
	part := "Aspect=Perf|Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass"
	tests := []struct {
		name string
		in   []Analysis
		want string // feats of the participle, the last analysis
	}{
		{"default value", []Analysis{{UPOS: "NOUN", Feats: "Animacy=Inan|Case=Nom|Gender=Fem|Number=Sing"}, {UPOS: "VERB", Feats: part}},
			"Animacy=Inan|Aspect=Perf|Case=Nom|Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass"},
		{"agreeing subject", []Analysis{{UPOS: "PRON", Feats: "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing"}, {UPOS: "AUX"}, {UPOS: "VERB", Feats: part}},
			"Animacy=Anim|Aspect=Perf|Case=Nom|Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass"},
		{"Animacy given is kept", []Analysis{{UPOS: "PRON", Feats: "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing"}, {UPOS: "VERB", Feats: "Animacy=Inan|" + part}},
			"Animacy=Inan|Aspect=Perf|Case=Nom|Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass"},
		{"other class untouched", []Analysis{{UPOS: "VERB", Feats: "Aspect=Perf|VerbForm=Inf|Voice=Act"}}, "Aspect=Perf|VerbForm=Inf|Voice=Act"},
	}
	for _, tt := range tests {
		m.fillFeats(tt.in)
		if got := tt.in[len(tt.in)-1].Feats; got != tt.want {
			t.Errorf("%s: feats %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestFillsInDomain(t *testing.T) {
	sents, doms := fillData()
	sents, doms = append(sents, tinyData()...), append(doms, make([]string, len(tinyData()))...)
	m, err := Train(sents, TrainOptions{Epochs: 2, Bits: 16, Seed: 1, Domains: doms})
	if err != nil {
		t.Fatal(err)
	}
	md, err := m.WithDomain("d")
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"дом", "построен", "."}
	if got := md.TagWords(words)[1].Feats; !strings.Contains(got, "Case=Nom") || !strings.Contains(got, "Animacy=Inan") {
		t.Errorf("in domain d: построен %q, want Animacy=Inan and Case=Nom", got)
	}
	if got := m.TagWords(words)[1].Feats; strings.Contains(got, "Case=") {
		t.Errorf("with no domain: построен %q, want no Case", got)
	}
}

func TestLexicalLemmaKey(t *testing.T) {
	for _, tt := range []struct{ lemma, want string }{
		{"1926", "0"}, {"3-й", "0"}, {"XIX", "I"}, {"xix", "I"}, {"Первый", "первый"}, {"3-4", "3-4"}, {"", ""}, {"-й", "-й"},
	} {
		if got := lexicalLemmaKey(tt.lemma); got != tt.want {
			t.Errorf("lexicalLemmaKey(%q) = %q, want %q", tt.lemma, got, tt.want)
		}
	}
}
