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
	type counts struct{ gold, pred, correct int }
	byType := map[string]*counts{}
	get := func(t string) *counts {
		c := byType[t]
		if c == nil {
			c = &counts{}
			byType[t] = c
		}
		return c
	}
	for k, n := range gold {
		c := get(k.typ)
		c.gold += n
		c.correct += min(n, pred[k])
	}
	for k, n := range pred {
		get(k.typ).pred += n
	}
	types := make([]string, 0, len(byType))
	for t := range byType {
		types = append(types, t)
	}
	sort.Strings(types)
	s := NERScores{Docs: len(docs)}
	var all counts
	for _, t := range types {
		c := byType[t]
		s.Types = append(s.Types, newNERScore(t, c.gold, c.pred, c.correct))
		all.gold += c.gold
		all.pred += c.pred
		all.correct += c.correct
	}
	s.Micro = newNERScore("micro", all.gold, all.pred, all.correct)
	return s
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
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			t := m.Type
			if t == "" {
				t = e.Type
			}
			out = append(out, TypedSpan{Span: m.Span, Type: t})
		}
	}
	return out
}

// WriteTable writes the scores as an aligned text table: one row per type,
// then the micro average.
func (s NERScores) WriteTable(w io.Writer) error {
	return writeNERTable(w, fmt.Sprintf("exact-match NER, %d documents", s.Docs), append(append([]NERScore{}, s.Types...), s.Micro))
}

// String returns the table written by WriteTable.
func (s NERScores) String() string {
	var b strings.Builder
	_ = s.WriteTable(&b)
	return b.String()
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
