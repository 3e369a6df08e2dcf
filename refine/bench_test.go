package refine

import (
	"testing"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/internal/cputime"
	"github.com/factgraph/factgraph/internal/shareddata"
	"github.com/factgraph/factgraph/tokenize"
)

// BenchmarkRefine runs the rules over the texts of NEREL dev with their
// gold mentions (over their extents) as the recognizer's: the cost of the
// rule layer alone, without the taggers that dominate a profile of the NER
// stage. It skips where the shared corpora are absent. The Refiner is
// shared by the passes, as by the passes of `factgraph bench --repeat`:
// its caches of word forms are warm after the first.
func BenchmarkRefine(b *testing.B) { benchmarkRefine(b, false) }

// BenchmarkRefineCold is BenchmarkRefine with a new Refiner for every
// pass: its caches of word forms start empty, as for the first texts of a
// process (the analyzer's own cache of parses stays warm).
func BenchmarkRefineCold(b *testing.B) { benchmarkRefine(b, true) }

func benchmarkRefine(b *testing.B, cold bool) {
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
	cpu0 := cputime.Process()
	for range b.N {
		if cold {
			b.StopTimer()
			r, _ = New()
			b.StartTimer()
		}
		for _, x := range in {
			r.Refine(x.text, x.sents, x.ms)
		}
	}
	b.ReportMetric(float64(b.N*len(in))/b.Elapsed().Seconds(), "docs/s")
	// On a loaded machine the process's own CPU time varies less than the
	// elapsed time (it includes New's in the cold benchmark: little).
	b.ReportMetric((cputime.Process()-cpu0).Seconds()*1e3/float64(b.N), "cpu-ms/op")
}

// BenchmarkDocView builds the per-document views of NEREL dev (what Refine
// does before its rules), with warm caches.
func BenchmarkDocView(b *testing.B) {
	docs, err := brat.ReadDir(shareddata.Require(b, "nerel", "dev"))
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]doc.Sentence
	for _, d := range docs {
		sents = append(sents, tokenize.Split(d.Text))
	}
	r, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			r.forDocument(s).release()
		}
	}
}
