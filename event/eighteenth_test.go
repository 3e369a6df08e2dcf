package event

import (
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestYearAfter checks the year that may end a dateline's DATE («АЛМАТЫ,
// 20 марта 2026 — Казинформ.»).
func TestYearAfter(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{" 2026", true},
		{" 2026 года", true},
		{" 2026 г.", true},
		{" в 10:00", false},
		{" 12", false},
		{"", false},
	} {
		r := []rune(c.text)
		if got := yearAfter(r, 0, len(r)); got != c.want {
			t.Errorf("yearAfter(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestPastBeside checks the headline noun that a past clause beside it
// dates («Стрельба в торговом центре: погибли два человека»).
func TestPastBeside(t *testing.T) {
	for _, c := range []struct {
		text string // «погибли»-like verbs end in «+» (a past finite verb)
		want bool
	}{
		{"Стрельба в торговом центре : погибли+ два человека", true},
		{"Погибли+ два человека — стрельба в торговом центре", false}, // (the trigger is the first word)
		{"Стрельба в торговом центре : погибнут два человека", false},
		{"Стрельба в торговом центре", false},
	} {
		var toks []doc.Token
		at := 0
		for _, w := range strings.Fields(c.text) {
			tok := doc.Token{Span: doc.Span{Start: at, End: at + len(w)}, Text: strings.TrimSuffix(w, "+")}
			if strings.HasSuffix(w, "+") {
				tok.POS, tok.Feats = "VERB", "Tense=Past|VerbForm=Fin"
			}
			toks = append(toks, tok)
			at += len(w) + 1
		}
		if got := pastBeside(toks, toks[0].Span); got != c.want {
			t.Errorf("pastBeside(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
