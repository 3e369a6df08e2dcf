package eval

import (
	"fmt"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/doc"
)

// Processor turns a text into an extracted document; pipeline.Pipeline is
// one.
type Processor interface {
	Process(source string, data []byte) (*doc.Document, error)
}

// NEREL runs p over brat documents (NEREL dev) and scores the mentions it
// finds against the gold entities, exact span and type, nested entities
// included.
func NEREL(docs []*brat.Document, p Processor) (NERScores, error) {
	nd := make([]NERDoc, 0, len(docs))
	for _, d := range docs {
		out, err := p.Process(d.ID, []byte(d.Text))
		if err != nil {
			return NERScores{}, fmt.Errorf("process %s: %w", d.ID, err)
		}
		nd = append(nd, NERDoc{ID: d.ID, Gold: BratGoldSpans(d), Pred: MentionSpans(out)})
	}
	return ScoreNER(nd), nil
}
