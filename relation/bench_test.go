package relation

import (
	"testing"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/internal/shareddata"
	"github.com/factgraph/factgraph/tokenize"
)

// nerelDoc is a NEREL document ready for Extract, with its gold entities
// as mentions and its gold relations between them.
type nerelDoc struct {
	text  []rune
	sents []doc.Sentence
	ments []doc.Mention
	rels  []Found
}

// nerelDev reads NEREL v1.1 dev from the shared data, or skips.
func nerelDev(tb testing.TB) []nerelDoc { return nerelSplit(tb, "dev") }

// nerelSplit reads a split of NEREL v1.1 from the shared data, or skips.
func nerelSplit(tb testing.TB, split string) []nerelDoc {
	tb.Helper()
	dir := shareddata.Require(tb, "nerel", split)
	docs, err := brat.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	var out []nerelDoc
	for _, d := range docs {
		runes := []rune(d.Text)
		ms, index := d.Mentions(runes)
		var rels []Found
		for _, r := range d.Relations {
			h, okh := index[r.Arg1]
			t, okt := index[r.Arg2]
			if okh && okt {
				rels = append(rels, Found{Type: r.Type, Head: h, Tail: t})
			}
		}
		out = append(out, nerelDoc{text: runes, sents: tokenize.Split(d.Text), ments: ms, rels: rels})
	}
	return out
}

// BenchmarkExtractNEREL runs the default model, and its linear model
// alone, over NEREL v1.1 dev with the gold entities (skipped without the
// shared data).
func BenchmarkExtractNEREL(b *testing.B) { benchExtract(b, nerelDev(b)) }

// benchExtract runs the default model, and its linear model alone, over
// docs, reporting candidate pairs and documents per second.
func benchExtract(b *testing.B, docs []nerelDoc) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	pairs := 0
	for _, d := range docs {
		c := newDocContext(d.text, d.sents, d.ments, m.lex)
		c.candidates(m.window, m.sigs, m.alias, func(int, int, []uint8, int) { pairs++ })
	}
	for _, tt := range []struct {
		name string
		m    *Model
	}{{"default", m}, {"linear", m.Linear()}} {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					tt.m.Extract(d.text, d.sents, d.ments)
				}
			}
			s := b.Elapsed().Seconds()
			b.ReportMetric(float64(b.N*pairs)/s, "pairs/s")
			b.ReportMetric(float64(b.N*len(docs))/s, "docs/s")
		})
	}
}
