package tagger

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// domainData is tinyData plus sentences of two domains that disagree:
// «Нет» is VERB in domain a and PART in domain b, domain a leaves out
// the PronType of «Они», which domain b marks, and domain b gives «мыло»
// a NumType (a lexical feature AddLexicalFeatures never adds to a noun).
func domainData() ([][]Token, []string) {
	sents := tinyData()
	doms := make([]string, len(sents))
	for range 15 {
		for _, d := range []string{"a", "b"} {
			net := Token{Form: "Нет", UPOS: "VERB", Feats: "Aspect=Imp|Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin|Voice=Act", Lemma: "нет"}
			lex, soapLex := "", ""
			if d == "b" {
				net = Token{Form: "Нет", UPOS: "PART", Lemma: "нет"}
				lex, soapLex = "PronType=Prs", "NumType=Ord"
			}
			sents = append(sents,
				[]Token{net, {Form: "мыла", UPOS: "NOUN", Feats: "Animacy=Inan|Case=Gen|Gender=Neut|Number=Sing", Lemma: "мыло", Lexical: soapLex}, {Form: ".", UPOS: "PUNCT", Lemma: "."}},
				[]Token{{Form: "Они", UPOS: "PRON", Feats: "Case=Nom|Number=Plur|Person=3", Lemma: "они", Lexical: lex}, {Form: "спят", UPOS: "VERB", Feats: "Aspect=Imp|Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin|Voice=Act", Lemma: "спать"}})
			doms = append(doms, d, d)
		}
	}
	return sents, doms
}

func TestDomains(t *testing.T) {
	sents, doms := domainData()
	m, err := Train(sents, TrainOptions{Epochs: 6, Bits: 16, Seed: 1, Domains: doms})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := m.Encode(&b); err != nil {
		t.Fatal(err)
	}
	decoded, err := Decode(&b)
	if err != nil {
		t.Fatal(err)
	}
	if got := decoded.Domains(); !slices.Equal(got, []string{"a", "b"}) {
		t.Fatalf("Domains() = %q, want [a b]", got)
	}
	tests := []struct {
		domain, upos string
		pronType     bool // and NumType of мыло
	}{
		{"a", "VERB", false},
		{"b", "PART", true},
	}
	for _, tt := range tests {
		dm, err := decoded.WithDomain(tt.domain)
		if err != nil {
			t.Fatal(err)
		}
		got1 := dm.TagWords([]string{"Нет", "мыла", "."})
		if got1[0].UPOS != tt.upos {
			t.Errorf("domain %s: Нет tagged %s, want %s", tt.domain, got1[0].UPOS, tt.upos)
		}
		if has := strings.Contains(got1[1].Feats, "NumType=Ord"); has != tt.pronType {
			t.Errorf("domain %s: мыла has features %q, want NumType=Ord %v", tt.domain, got1[1].Feats, tt.pronType)
		}
		got := dm.TagWords([]string{"Они", "спят"})
		if has := strings.Contains(got[0].Feats, "PronType=Prs"); has != tt.pronType {
			t.Errorf("domain %s: Они has features %q, want PronType=Prs %v", tt.domain, got[0].Feats, tt.pronType)
		}
	}
	// no domain: the model itself, and WithDomain("") of a domain model
	none, err := decoded.WithDomain("")
	if err != nil {
		t.Fatal(err)
	}
	if a, b := none.TagWords([]string{"Они", "спят"}), decoded.TagWords([]string{"Они", "спят"}); a[0] != b[0] || !strings.Contains(a[0].Feats, "PronType=Prs") {
		t.Errorf("no domain: %+v and %+v, want equal with PronType=Prs", a[0], b[0])
	}
	if _, err := decoded.WithDomain("c"); err == nil {
		t.Error("WithDomain(unknown) gave no error")
	}
	if _, err := Train(sents, TrainOptions{Epochs: 1, Bits: 16, Domains: doms[1:]}); err == nil {
		t.Error("Train with a domain list of the wrong length gave no error")
	}
}

func TestTagEdits(t *testing.T) {
	tests := []struct {
		from, to string // a closest dictionary reading and the gold tag
		apply    string // a tag the learned edit is applied to
		want     string // "" if the edit does not apply
	}{
		{"VERB|Case=Gen|Number=Plur|VerbForm=Part|Voice=Pass", "VERB|Animacy=Inan|Case=Gen|Number=Plur|VerbForm=Part|Voice=Pass",
			"VERB|Case=Dat|Number=Sing|VerbForm=Part|Voice=Act", "VERB|Animacy=Inan|Case=Dat|Number=Sing|VerbForm=Part|Voice=Act"},
		{"VERB|Case=Gen|Number=Plur|VerbForm=Part|Voice=Pass", "VERB|Animacy=Inan|Case=Gen|Number=Plur|VerbForm=Part|Voice=Pass",
			"VERB|Aspect=Perf|VerbForm=Inf|Voice=Act", ""}, // another VerbForm
		{"VERB|Animacy=Anim|Case=Acc|VerbForm=Part", "VERB|Animacy=Inan|Case=Acc|VerbForm=Part",
			"VERB|Case=Nom|VerbForm=Part", ""}, // the removed feature is missing
		{"NUM", "NUM|Case=Gen", "NUM", "NUM|Case=Gen"},
		{"NUM", "NUM|Case=Gen", "NUM|Case=Nom", ""}, // the key is there already
		{"AUX|Aspect=Imp|Mood=Ind|VerbForm=Fin|Voice=Act", "AUX|Aspect=Imp|Mood=Ind|VerbForm=Fin",
			"AUX|Aspect=Imp|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act", "AUX|Aspect=Imp|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin"},
	}
	for _, tt := range tests {
		e := editBetween(tt.from, tt.to)
		got, err := parseTagEdit(e.String())
		if err != nil {
			t.Fatal(err)
		}
		if got.String() != e.String() {
			t.Errorf("edit %s read back as %s", e, got)
		}
		if r := e.apply(tt.from); r != tt.to {
			t.Errorf("edit %s applied to %s = %q, want %s", e, tt.from, r, tt.to)
		}
		if r := e.apply(tt.apply); r != tt.want {
			t.Errorf("edit %s applied to %s = %q, want %q", e, tt.apply, r, tt.want)
		}
	}
	if _, err := parseTagEdit("NUM;x"); err == nil {
		t.Error("a malformed edit gave no error")
	}
}
