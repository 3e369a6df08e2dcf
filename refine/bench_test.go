package refine

import (
	"testing"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/internal/shareddata"
	"github.com/factgraph/factgraph/tokenize"
)

// BenchmarkRefine runs the rules over the texts of NEREL dev with their
// gold mentions (over their extents) as the recognizer's: the cost of the
// rule layer alone, without the taggers that dominate a profile of the NER
// stage. It skips where the shared corpora are absent.
func BenchmarkRefine(b *testing.B) {
	docs, err := brat.ReadDir(shareddata.Require(b, "nerel", "dev"))
	if err != nil {
		b.Fatal(err)
	}
	type input struct {
		text  []rune
		sents []doc.Sentence
		ms    []doc.Mention
	}
	var in []input
	for _, d := range docs {
		text := []rune(d.Text)
		ms, _ := d.Mentions(text)
		in = append(in, input{text, tokenize.Split(d.Text), sortedMentions(ms)})
	}
	r, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, x := range in {
			r.Refine(x.text, x.sents, x.ms)
		}
	}
	b.ReportMetric(float64(b.N*len(in))/b.Elapsed().Seconds(), "docs/s")
}
