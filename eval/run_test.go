package eval_test

import (
	"path/filepath"
	"testing"

	"github.com/factgraph/factgraph/internal/shareddata"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/eval"
	"github.com/factgraph/factgraph/pipeline"
)

// sharedData returns ../shared/data beside the repository, or skips.
func sharedData(t *testing.T) string {
	t.Helper()
	return shareddata.Require(t)
}

// TestNERELDev guards the embedded model's NEREL dev score against
// regressions; docs/eval.md gives the full table.
func TestNERELDev(t *testing.T) {
	data := sharedData(t)
	docs, err := brat.ReadDir(filepath.Join(data, "nerel", "dev"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	s, err := eval.NEREL(docs, p)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("NEREL dev micro P %.4f R %.4f F1 %.4f", s.Micro.Precision, s.Micro.Recall, s.Micro.F1)
	if s.Docs != 94 || s.Micro.Gold != 5590 {
		t.Errorf("scored %d docs with %d gold entities, want 94 and 5590", s.Docs, s.Micro.Gold)
	}
	if s.Micro.F1 < 0.77 { // measured 0.7796 (fifth session)
		t.Errorf("NEREL dev micro F1 %.4f fell below the floor 0.77", s.Micro.F1)
	}
}
