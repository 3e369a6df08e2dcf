package train

import (
	"testing"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/doc"
)

func TestREExamples(t *testing.T) {
	d := &brat.Document{ID: "x", Text: "Иван работает в МГУ.",
		Entities: []brat.Entity{
			{ID: "T1", Type: "PERSON", Spans: []doc.Span{{Start: 0, End: 4}}},
			{ID: "T2", Type: "ORGANIZATION", Spans: []doc.Span{{Start: 16, End: 19}}},
			{ID: "T3", Type: "CITY", Spans: []doc.Span{{Start: 16, End: 90}}}, // out of range: dropped
		},
		Relations: []brat.Relation{
			{ID: "R1", Type: "WORKPLACE", Arg1: "T1", Arg2: "T2"},
			{ID: "R2", Type: "LOCATED_IN", Arg1: "T2", Arg2: "T3"},
		},
	}
	exs, skipped := REExamples([]*brat.Document{d}, splitFunc(func(string) []doc.Sentence { return nil }))
	if len(exs) != 1 || skipped != 1 {
		t.Fatalf("%d examples, %d skipped; want 1, 1", len(exs), skipped)
	}
	ex := exs[0]
	if len(ex.Mentions) != 2 || ex.Mentions[1].Text != "МГУ" {
		t.Fatalf("mentions %+v", ex.Mentions)
	}
	if len(ex.Relations) != 1 || ex.Relations[0].Type != "WORKPLACE" || ex.Relations[0].Head != 0 || ex.Relations[0].Tail != 1 {
		t.Fatalf("relations %+v", ex.Relations)
	}
}
