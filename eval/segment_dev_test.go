package eval

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/internal/shareddata"

	"github.com/factgraph/factgraph/corpus/conllu"
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// segSharedDir returns the shared data directory: $FACTGRAPH_SHARED if set,
// else ../shared next to the repository root (the directory holding this
// module's go.mod).
func segSharedDir(t *testing.T) string {
	t.Helper()
	return filepath.Dir(shareddata.Require(t))
}

// TestSegmentationDev scores tokenize.Split on the UD Russian dev sets and
// fails if a score drops below its floor. Run it with
//
//	go test ./eval -run TestSegmentationDev -v
//
// and set SEGMENT_ERRORS=1 to print the mismatched spans.
func TestSegmentationDev(t *testing.T) {
	shared := segSharedDir(t)
	tests := []struct {
		file                string
		tokenF1, sentenceF1 float64 // floors, in percent
	}{
		// Achieved (tokenize as of this commit): GSD 99.14 / 94.76,
		// Taiga 99.37 / 60.17.
		{"ud-gsd-dev.conllu.gz", 99.0, 94.3},
		{"ud-taiga-dev.conllu.gz", 99.2, 59.5},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(shared, "data", "morph", tt.file)
			if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
				t.Skipf("%s not found: the shared data directory (../shared beside the repository, or $FACTGRAPH_SHARED) is absent", path)
			}
			gold, err := conllu.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			g := ReconstructText(gold)
			pred := tokenize.Split(g.Text)
			s := SegmentationOf(g, pred)
			t.Logf("%s: %d sentences, %d code points, %d rebuilt\n%s", tt.file, len(gold), s.Chars, s.Rebuilt, s)
			if os.Getenv("SEGMENT_ERRORS") != "" {
				segPrintErrors(t, g, pred)
			}
			if f := 100 * s.Tokens.F1(); f < tt.tokenF1 {
				t.Errorf("token F1 %.2f%% below floor %.2f%%", f, tt.tokenF1)
			}
			if f := 100 * s.Sentences.F1(); f < tt.sentenceF1 {
				t.Errorf("sentence F1 %.2f%% below floor %.2f%%", f, tt.sentenceF1)
			}
		})
	}
}

// segPrintErrors logs gold and predicted spans that have no exact match,
// with some context.
func segPrintErrors(t *testing.T, g GoldSegments, pred []doc.Sentence) {
	rs := []rune(g.Text)
	ctx := func(sp doc.Span) string {
		a, b := max(0, sp.Start-25), min(len(rs), sp.End+25)
		return string(rs[a:sp.Start]) + "[" + string(rs[sp.Start:sp.End]) + "]" + string(rs[sp.End:b])
	}
	var pt, ps []doc.Span
	for _, s := range pred {
		ps = append(ps, s.Span)
		for _, tk := range s.Tokens {
			pt = append(pt, tk.Span)
		}
	}
	w := bufio.NewWriter(os.Stderr)
	defer w.Flush()
	for _, lv := range []struct {
		name       string
		gold, pred []doc.Span
	}{{"token", g.Tokens, pt}, {"sentence", g.Sentences, ps}} {
		inPred := map[doc.Span]bool{}
		for _, sp := range lv.pred {
			inPred[sp] = true
		}
		inGold := map[doc.Span]bool{}
		for _, sp := range lv.gold {
			inGold[sp] = true
			if !inPred[sp] {
				w.WriteString(lv.name + " MISSED " + strings.ReplaceAll(ctx(sp), "\n", " ") + "\n")
			}
		}
		for _, sp := range lv.pred {
			if !inGold[sp] {
				if lv.name == "sentence" {
					w.WriteString(lv.name + " EXTRA  ..." + string(rs[max(sp.End-40, sp.Start):sp.End]) + "||" + string(rs[sp.End:min(len(rs), sp.End+30)]) + "\n")
					continue
				}
				w.WriteString(lv.name + " EXTRA  " + strings.ReplaceAll(ctx(sp), "\n", " ") + "\n")
			}
		}
	}
}
