package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/corpus/conllu"
	"github.com/factgraph/factgraph/doc"
)

func TestCoNLLU(t *testing.T) {
	text := "Директор ИЭМЗ «Купол»\tприехал.\nВторое."
	tok := func(s, e int, lemma, pos string) doc.Token {
		return doc.Token{Span: doc.Span{Start: s, End: e}, Text: string([]rune(text)[s:e]), Lemma: lemma, POS: pos}
	}
	mention := func(s, e int, typ string) doc.Mention {
		return doc.Mention{Span: doc.Span{Start: s, End: e}, Text: string([]rune(text)[s:e]), Type: typ}
	}
	d := &doc.Document{Source: "a\tb.txt", Text: text,
		Sentences: []doc.Sentence{
			{Span: doc.Span{Start: 0, End: 30}, Tokens: []doc.Token{tok(0, 8, "директор", "NOUN"), tok(9, 13, "", ""), tok(14, 15, "«", "PUNCT"), tok(15, 20, "купол", "PROPN"), tok(20, 21, "»", "PUNCT"), tok(22, 29, "приехать", "VERB"), tok(29, 30, ".", "PUNCT")}},
			{Span: doc.Span{Start: 31, End: 38}, Tokens: []doc.Token{tok(31, 37, "", ""), tok(37, 38, "", "")}},
		},
		Entities: []doc.Entity{
			{ID: "E1", Type: "PROFESSION", Mentions: []doc.Mention{mention(0, 21, "PROFESSION")}},
			{ID: "E2", Type: "ORGANIZATION", Mentions: []doc.Mention{mention(9, 13, "ORGANIZATION"), mention(15, 20, "ORGANIZATION")}},
		},
	}
	var buf bytes.Buffer
	w := NewWriter(&buf, CoNLLU, Options{})
	if err := w.Write(d); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	sents, err := conllu.NewReader(strings.NewReader(out), "out.conllu").ReadAll()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(sents) != 2 || len(sents[0].Words) != 7 || len(sents[1].Words) != 2 {
		t.Fatalf("got %d sentences:\n%s", len(sents), out)
	}
	if id, _ := sents[0].Comment("newdoc id"); id != "a b.txt" {
		t.Errorf("newdoc id %q", id)
	}
	if got := sents[0].Text(); got != "Директор ИЭМЗ «Купол» приехал." {
		t.Errorf("text %q", got)
	}
	want := []string{
		"TokenRange=0:8|NE=B-PROFESSION|Entity=E1",
		"TokenRange=9:13|NE=I-PROFESSION|Entity=E1|NE2=B-ORGANIZATION",
		"SpaceAfter=No|TokenRange=14:15|NE=I-PROFESSION|Entity=E1",
		"SpaceAfter=No|TokenRange=15:20|NE=I-PROFESSION|Entity=E1|NE2=B-ORGANIZATION",
		"TokenRange=20:21|NE=I-PROFESSION|Entity=E1",
		"SpaceAfter=No|TokenRange=22:29",
		"TokenRange=29:30",
	}
	for i, w := range sents[0].Words {
		if w.Misc != want[i] {
			t.Errorf("token %d %q: misc %q, want %q", i+1, w.Form, w.Misc, want[i])
		}
	}
	if w := sents[0].Words[1]; w.Lemma != "_" || w.UPOS != "_" || w.Head != conllu.NoHead {
		t.Errorf("untagged token: %+v", w)
	}
	if w := sents[0].Words[5]; w.Lemma != "приехать" || w.UPOS != "VERB" {
		t.Errorf("tagged token: %+v", w)
	}
}
