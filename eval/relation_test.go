package eval

import (
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/internal/shareddata"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/relation"
	"github.com/factgraph/factgraph/tokenize"
)

func rel(typ string, a, b int) RERelation {
	return RERelation{Type: typ,
		Arg1: TypedSpan{Span: doc.Span{Start: a, End: a + 2}, Type: "PERSON"},
		Arg2: TypedSpan{Span: doc.Span{Start: b, End: b + 2}, Type: "ORGANIZATION"}}
}

func TestScoreRE(t *testing.T) {
	docs := []REDoc{
		{ID: "a",
			Gold: []RERelation{rel("WORKPLACE", 0, 10), rel("WORKPLACE", 20, 30), rel("MEMBER_OF", 0, 10)},
			Pred: []RERelation{rel("WORKPLACE", 0, 10), rel("WORKPLACE", 0, 10), rel("WORKPLACE", 30, 20), rel("MEMBER_OF", 0, 11)}},
		{ID: "b", // same tuples, other document: no match across documents
			Gold: nil,
			Pred: []RERelation{rel("WORKPLACE", 20, 30)}},
	}
	s := ScoreRE(docs)
	// pred (set): WORKPLACE a 0-10 ✓, a 30-20 ✗ (direction), MEMBER_OF a 0-11 ✗ (span), WORKPLACE b ✗
	if s.Micro.Gold != 3 || s.Micro.Pred != 4 || s.Micro.Correct != 1 {
		t.Fatalf("micro %+v, want gold 3, pred 4, correct 1", s.Micro)
	}
	if len(s.Types) != 2 || s.Types[0].Type != "MEMBER_OF" || s.Types[1].Correct != 1 {
		t.Fatalf("types %+v", s.Types)
	}
	var b strings.Builder
	if err := s.WriteTable(&b, "test"); err != nil || !strings.Contains(b.String(), "micro") {
		t.Errorf("table %q, err %v", b.String(), err)
	}
}

func TestBratGoldRelations(t *testing.T) {
	d := &brat.Document{ID: "x", Text: "Иван работает в МГУ.",
		Entities: []brat.Entity{
			{ID: "T1", Type: "PERSON", Spans: []doc.Span{{Start: 0, End: 4}}},
			{ID: "T2", Type: "ORGANIZATION", Spans: []doc.Span{{Start: 16, End: 19}}},
		},
		Relations: []brat.Relation{{ID: "R1", Type: "WORKPLACE", Arg1: "T1", Arg2: "T2"}, {ID: "R2", Type: "X", Arg1: "T1", Arg2: "E9"}},
	}
	got := BratGoldRelations(d)
	if len(got) != 1 || got[0].Arg1.Span != (doc.Span{Start: 0, End: 4}) || got[0].Arg2.Type != "ORGANIZATION" {
		t.Fatalf("got %+v", got)
	}
}

// reSharedDir returns the shared data folder, skipping the test when it is
// absent: $FACTGRAPH_SHARED, else ../shared next to the repository root.
func reSharedDir(t *testing.T) string {
	t.Helper()
	shareddata.Require(t, "nerel", "dev")
	return shareddata.Require(t)
}

// TestREDevFloor guards the relation scores of the embedded model on NEREL
// dev (measured: gold entities micro-F1 57.69, end to end 36.54).
func TestREDevFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	data := reSharedDir(t)
	docs, err := brat.ReadDir(filepath.Join(data, "nerel", "dev"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := relation.Default()
	if err != nil {
		t.Fatal(err)
	}
	gold := RE(docs, m, tokenize.Split)
	t.Logf("gold entities: P %.2f R %.2f F1 %.2f", 100*gold.Micro.Precision, 100*gold.Micro.Recall, 100*gold.Micro.F1)
	if f1 := gold.Micro.F1; f1 < 0.585 || math.IsNaN(f1) {
		t.Errorf("gold-entity dev micro-F1 %.4f, below the floor 0.585", f1)
	}
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	e2e, err := REEndToEnd(docs, m, p)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("end to end: P %.2f R %.2f F1 %.2f", 100*e2e.Micro.Precision, 100*e2e.Micro.Recall, 100*e2e.Micro.F1)
	// the floor leaves room for retrained NER models
	if f1 := e2e.Micro.F1; f1 < 0.38 { // measured 0.3997 (fifth session)
		t.Errorf("end-to-end dev micro-F1 %.4f, below the floor 0.38", f1)
	}
}

func TestInSentence(t *testing.T) {
	sents := []doc.Sentence{{Span: doc.Span{Start: 0, End: 10}}, {Span: doc.Span{Start: 11, End: 20}}}
	rel := func(typ string, a0, a1, b0, b1 int) RERelation {
		return RERelation{Type: typ, Arg1: TypedSpan{Span: doc.Span{Start: a0, End: a1}, Type: "PERSON"}, Arg2: TypedSpan{Span: doc.Span{Start: b0, End: b1}, Type: "ORGANIZATION"}}
	}
	in := []REDoc{{ID: "d",
		Gold: []RERelation{rel("WORKPLACE", 0, 3, 5, 9), rel("WORKPLACE", 0, 3, 12, 15), rel("MEMBER_OF", 12, 14, 15, 20)},
		Pred: []RERelation{rel("WORKPLACE", 0, 3, 5, 9), rel("WORKPLACE", 8, 12, 15, 20), rel("OWNER_OF", 30, 31, 32, 33)},
	}}
	got := InSentence(in, [][]doc.Sentence{sents})
	want := []REDoc{{ID: "d",
		Gold: []RERelation{rel("WORKPLACE", 0, 3, 5, 9), rel("MEMBER_OF", 12, 14, 15, 20)},
		Pred: []RERelation{rel("WORKPLACE", 0, 3, 5, 9)},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestNested(t *testing.T) {
	rel := func(a0, a1, b0, b1 int) RERelation {
		return RERelation{Type: "PART_OF", Arg1: TypedSpan{Span: doc.Span{Start: a0, End: a1}, Type: "ORGANIZATION"}, Arg2: TypedSpan{Span: doc.Span{Start: b0, End: b1}, Type: "ORGANIZATION"}}
	}
	in := []REDoc{{ID: "d",
		Gold: []RERelation{rel(0, 10, 5, 10), rel(0, 3, 5, 9), rel(5, 9, 0, 20)},
		Pred: []RERelation{rel(4, 8, 6, 12), rel(0, 10, 0, 10)},
	}}
	want := []REDoc{{ID: "d",
		Gold: []RERelation{rel(0, 10, 5, 10), rel(5, 9, 0, 20)},
		Pred: []RERelation{rel(0, 10, 0, 10)},
	}}
	if got := Nested(in); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

// TestREClassifyDevFloor guards the relation-classification scores of the
// embedded model on NEREL dev (gold related pairs of one sentence, the type
// asked; measured 88.65, with NONE allowed 79.30).
func TestREClassifyDevFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	docs, err := brat.ReadDir(filepath.Join(reSharedDir(t), "nerel", "dev"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := relation.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		none  bool
		floor float64
	}{{false, 0.87}, {true, 0.77}} {
		s := ScoreRE(REClassify(docs, m, tokenize.Split, c.none))
		t.Logf("none allowed %v: P %.2f R %.2f F1 %.2f", c.none, 100*s.Micro.Precision, 100*s.Micro.Recall, 100*s.Micro.F1)
		if s.Micro.F1 < c.floor || s.Micro.Pred > s.Micro.Gold {
			t.Errorf("none allowed %v: F1 %.4f below the floor %.2f, or %d typed for %d gold", c.none, s.Micro.F1, c.floor, s.Micro.Pred, s.Micro.Gold)
		}
	}
}
