package eval

import (
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/corpus/conllu"
	"github.com/factgraph/factgraph/doc"
)

func segReadFixture(t *testing.T) []*conllu.Sentence {
	t.Helper()
	gold, err := conllu.ReadFile(filepath.Join("testdata", "segment-gold.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	return gold
}

func TestReconstructText(t *testing.T) {
	g := ReconstructText(segReadFixture(t))
	if want := "Он пошёл в дом. Да! Т. е. так."; g.Text != want {
		t.Fatalf("text %q, want %q", g.Text, want)
	}
	wantTok := []doc.Span{{Start: 0, End: 2}, {Start: 3, End: 8}, {Start: 9, End: 14}, {Start: 14, End: 15}, {Start: 16, End: 18}, {Start: 18, End: 19}, {Start: 20, End: 22}, {Start: 23, End: 25}, {Start: 26, End: 29}, {Start: 29, End: 30}}
	if len(g.Tokens) != len(wantTok) {
		t.Fatalf("tokens %v", g.Tokens)
	}
	for i := range wantTok {
		if g.Tokens[i] != wantTok[i] {
			t.Errorf("token %d = %v, want %v", i, g.Tokens[i], wantTok[i])
		}
	}
	wantSent := []doc.Span{{Start: 0, End: 15}, {Start: 16, End: 19}, {Start: 20, End: 30}}
	for i := range wantSent {
		if g.Sentences[i] != wantSent[i] {
			t.Errorf("sentence %d = %v, want %v", i, g.Sentences[i], wantSent[i])
		}
	}
	if g.Rebuilt != 1 {
		t.Errorf("rebuilt %d, want 1", g.Rebuilt)
	}
}

// segSplitSpaces is a naive splitter: tokens are runs of non-space, one
// sentence for the whole text.
func segSplitSpaces(text string) []doc.Sentence {
	var toks []doc.Token
	rs := []rune(text)
	for i := 0; i < len(rs); {
		if rs[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(rs) && rs[j] != ' ' {
			j++
		}
		toks = append(toks, doc.Token{Span: doc.Span{Start: i, End: j}, Text: string(rs[i:j])})
		i = j
	}
	if len(toks) == 0 {
		return nil
	}
	return []doc.Sentence{{Span: doc.Span{Start: toks[0].Start, End: toks[len(toks)-1].End}, Tokens: toks}}
}

func TestSegmentation(t *testing.T) {
	s := Segmentation(segReadFixture(t), segSplitSpaces)
	// Predicted tokens: Он пошёл в дом. Да! Т. е. так. → 8, of which Он,
	// пошёл, Т., е. are correct ("в дом" is one gold surface token).
	if s.Tokens != (SegmentCounts{Gold: 10, Predicted: 8, Correct: 4}) {
		t.Errorf("tokens %+v", s.Tokens)
	}
	if s.Sentences != (SegmentCounts{Gold: 3, Predicted: 1, Correct: 0}) {
		t.Errorf("sentences %+v", s.Sentences)
	}
	if p, r, f := s.Tokens.Precision(), s.Tokens.Recall(), s.Tokens.F1(); math.Abs(p-0.5) > 1e-9 || math.Abs(r-0.4) > 1e-9 || math.Abs(f-4.0/9) > 1e-9 {
		t.Errorf("P %v R %v F1 %v", p, r, f)
	}
	tab := s.String()
	if !strings.Contains(tab, "| tokens | 10 | 8 | 4 | 50.00 | 40.00 | 44.44 |") {
		t.Errorf("table:\n%s", tab)
	}
	if (SegmentCounts{}).F1() != 0 {
		t.Error("empty F1 not 0")
	}
}
