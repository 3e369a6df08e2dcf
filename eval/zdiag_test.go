package eval

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/internal/shareddata"
	"github.com/factgraph/factgraph/pipeline"
)

func TestZDiag(t *testing.T) {
	if os.Getenv("ZDIAG") == "" {
		t.Skip()
	}
	docs, _ := brat.ReadDir(shareddata.Require(t, "nerel", "dev"))
	p, _ := pipeline.New()
	f, _ := os.Create("/tmp/evdiag.txt")
	defer f.Close()
	for _, d := range docs {
		out, _ := p.Process(d.ID, []byte(d.Text))
		rs := []rune(d.Text)
		g, pr := NERELGoldEvents(d), NERELPredEvents(out)
		m := matchNERELEvents(g, pr)
		for pi, gi := range m {
			if gi < 0 {
				continue
			}
			ge, pe := g[gi], pr[pi]
			sp := ge.Spans[0]
			fmt.Fprintf(f, "== %s %q\n", d.ID, string(rs[sp.Start:sp.End]))
			for _, a := range ge.Args {
				found := false
				for _, b := range pe.Args {
					if b.Role == a.Role && slices.Contains(b.Spans, a.Spans[0]) {
						found = true
					}
				}
				if !found {
					fmt.Fprintf(f, "  MISS %s %q\n", a.Role, string(rs[a.Spans[0].Start:a.Spans[0].End]))
				}
			}
			for _, b := range pe.Args {
				ok := false
				for _, a := range ge.Args {
					if b.Role == a.Role && slices.Contains(b.Spans, a.Spans[0]) {
						ok = true
					}
				}
				if !ok {
					fmt.Fprintf(f, "  FP %s %q\n", b.Role, string(rs[b.Spans[0].Start:b.Spans[0].End]))
				}
			}
		}
	}
}

func TestZTrain(t *testing.T) {
	if os.Getenv("ZTRAIN") == "" {
		t.Skip()
	}
	docs, _ := brat.ReadDir(shareddata.Require(t, "nerel", "train"))
	p, _ := pipeline.New()
	s, err := NERELEvents(docs, p)
	if err != nil {
		t.Fatal(err)
	}
	var b = new(strings.Builder)
	s.WriteTable(b, "train")
	t.Log(b.String())
}
