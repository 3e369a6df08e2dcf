package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/doc"
)

// TypedSpan is a typed half-open span of code points: one entity mention.
type TypedSpan struct {
	doc.Span
	Type string `json:"type"`
}

// NERDoc holds the gold and predicted mentions of one document for exact-match
// NER scoring.
type NERDoc struct {
	ID   string
	Gold []TypedSpan
	Pred []TypedSpan
}

// NERScore holds the counts and precision, recall and F1 of one entity type
// (or of all types, for a micro average). Precision is Correct/Pred, recall
// Correct/Gold; each is 0 when its denominator is 0, and F1 is 0 when both
// are 0.
type NERScore struct {
	Type string `json:"type"`
	// Gold is the support: the number of gold items.
	Gold      int     `json:"gold"`
	Pred      int     `json:"pred"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func newNERScore(typ string, gold, pred, correct int) NERScore {
	s := NERScore{Type: typ, Gold: gold, Pred: pred, Correct: correct}
	s.Precision = nerRatio(correct, pred)
	s.Recall = nerRatio(correct, gold)
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

func nerRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// NERScores are exact-match nested NER scores: a micro average over all types
// and one row per type, sorted by type name.
type NERScores struct {
	Docs  int        `json:"docs"`
	Micro NERScore   `json:"micro"`
	Types []NERScore `json:"types"`
}

// nerKey identifies a mention for exact matching.
type nerKey struct {
	doc        string
	start, end int
	typ        string
}

// ScoreNER scores predicted mentions against gold ones by exact match. Gold
// and predicted mentions are multisets of (document ID, start, end, type): a
// predicted mention is correct if a gold mention of the same document has the
// same start, end and type, and each gold mention can be matched once (a
// mention listed twice counts twice on its side). Nested and overlapping
// mentions are scored independently, so this suits NEREL's nested
// annotation. Types are compared as given: no type mapping is applied.
func ScoreNER(docs []NERDoc) NERScores {
	gold := map[nerKey]int{}
	pred := map[nerKey]int{}
	for _, d := range docs {
		for _, m := range d.Gold {
			gold[nerKey{d.ID, m.Start, m.End, m.Type}]++
		}
		for _, m := range d.Pred {
			pred[nerKey{d.ID, m.Start, m.End, m.Type}]++
		}
	}
	c := typeCounts{}
	for k, n := range gold {
		c.add(k.typ, n, 0, min(n, pred[k]))
	}
	for k, n := range pred {
		c.add(k.typ, 0, n, 0)
	}
	s := NERScores{Docs: len(docs)}
	s.Types, s.Micro = c.scores()
	return s
}

// typeCounts holds the gold, predicted and correct counts of each type.
type typeCounts map[string]*struct{ gold, pred, correct int }

func (c typeCounts) add(typ string, gold, pred, correct int) {
	n := c[typ]
	if n == nil {
		n = &struct{ gold, pred, correct int }{}
		c[typ] = n
	}
	n.gold += gold
	n.pred += pred
	n.correct += correct
}

// scores returns one row per type, sorted by type name, and the micro
// average over all types.
func (c typeCounts) scores() (types []NERScore, micro NERScore) {
	names := make([]string, 0, len(c))
	for t := range c {
		names = append(names, t)
	}
	sort.Strings(names)
	var gold, pred, correct int
	for _, t := range names {
		n := c[t]
		types = append(types, newNERScore(t, n.gold, n.pred, n.correct))
		gold += n.gold
		pred += n.pred
		correct += n.correct
	}
	return types, newNERScore("micro", gold, pred, correct)
}

// BratGoldSpans returns the entities of a brat document (NEREL) as gold
// mentions. A discontinuous entity is scored by its extent, from its first
// fragment's start to its last fragment's end (brat.Entity.Extent): NEREL
// has 134 of them in 50 457 entities, and the pipeline predicts contiguous
// mentions only.
func BratGoldSpans(d *brat.Document) []TypedSpan {
	out := make([]TypedSpan, 0, len(d.Entities))
	for _, e := range d.Entities {
		out = append(out, TypedSpan{Span: e.Extent(), Type: e.Type})
	}
	return out
}

// MentionSpans returns every mention of every entity of a pipeline document
// as a predicted mention, typed by the mention's type or, when that is empty,
// by its entity's type.
func MentionSpans(d *doc.Document) []TypedSpan {
	var out []TypedSpan
	eachMention(d, func(_ *doc.Entity, m doc.Mention) {
		out = append(out, TypedSpan{Span: m.Span, Type: m.Type})
	})
	return out
}

// eachMention calls fn with every mention of every entity of d, its Type
// set to its entity's type when the mention has none.
func eachMention(d *doc.Document, fn func(e *doc.Entity, m doc.Mention)) {
	for i := range d.Entities {
		e := &d.Entities[i]
		for _, m := range e.Mentions {
			if m.Type == "" {
				m.Type = e.Type
			}
			fn(e, m)
		}
	}
}

// WriteTable writes the scores as an aligned text table: one row per type,
// then the micro average.
func (s NERScores) WriteTable(w io.Writer) error {
	return writeNERTable(w, fmt.Sprintf("exact-match NER, %d documents", s.Docs), withMicro(s.Types, s.Micro))
}

// String returns the table written by WriteTable.
func (s NERScores) String() string {
	var b strings.Builder
	_ = s.WriteTable(&b)
	return b.String()
}

// withMicro returns the rows of a table: the types, then the micro average.
func withMicro(types []NERScore, micro NERScore) []NERScore {
	return append(append([]NERScore{}, types...), micro)
}

// writeNERTable writes a title line and an aligned table of rows.
func writeNERTable(w io.Writer, title string, rows []NERScore) error {
	if _, err := fmt.Fprintln(w, title); err != nil {
		return fmt.Errorf("eval: writing NER table: %w", err)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "type\tgold\tpred\tcorrect\tP %%\tR %%\tF1 %%\t\n")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t\n", r.Type, r.Gold, r.Pred, r.Correct, 100*r.Precision, 100*r.Recall, 100*r.F1)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("eval: writing NER table: %w", err)
	}
	return nil
}
