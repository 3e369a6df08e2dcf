package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/internal/shareddata"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/pipeline"
)

func goldEv(typ string, start, end int, date, place string, parts ...string) GoldEvent {
	return GoldEvent{Doc: "d", Type: typ, Trigger: doc.Trigger{Span: doc.Span{Start: start, End: end}},
		Date: date, Place: place, Participants: parts}
}

func predEv(typ string, start, end int, date, place string, parts ...string) PredEvent {
	return PredEvent{Type: typ, Trigger: doc.Span{Start: start, End: end}, Date: date, Place: place, Participants: parts}
}

func TestScoreEvents(t *testing.T) {
	g1 := goldEv("MEETING", 0, 7, "2024-10", "Ижевск", "Дмитрий Шугаев", "Александр Бречалов|Бречалов")
	g1.Mentions = []doc.Trigger{{Span: doc.Span{Start: 50, End: 57}}}
	g2 := goldEv("VISIT", 20, 28, "", "ИЭМЗ «Купол»|Купол")
	g3 := goldEv("SIGNING", 100, 109, "2024", "")
	docs := []EventDoc{{ID: "d",
		Gold: []GoldEvent{g1, g2, g3},
		Pred: []PredEvent{
			predEv("MEETING", 2, 9, "2024-10", "ижевск", "Дмитрий Шугаев", "Бречалов", "Купол"), // match: date ✓ place ✓ 2 of 3
			predEv("MEETING", 50, 57, "", ""),      // a duplicate of g1 through its mention
			predEv("SESSION", 20, 28, "", "Купол"), // untyped match of g2, wrong type; place ✓
			predEv("STATEMENT", 200, 205, "", ""),  // spurious
		}}}
	s := ScoreEvents(docs)
	if s.Untyped.Gold != 3 || s.Untyped.Pred != 4 || s.Untyped.Correct != 2 {
		t.Errorf("untyped %+v, want gold 3, pred 4, correct 2", s.Untyped)
	}
	if s.Typed.Correct != 1 {
		t.Errorf("typed correct %d, want 1", s.Typed.Correct)
	}
	if s.Duplicates != 1 {
		t.Errorf("duplicates %d, want 1", s.Duplicates)
	}
	if s.Matched != 2 || s.DateAccuracy != 1 || s.PlaceAccuracy != 1 {
		t.Errorf("matched %d, date %.2f, place %.2f; want 2, 1, 1", s.Matched, s.DateAccuracy, s.PlaceAccuracy)
	}
	if p := s.Participants; p.Gold != 2 || p.Pred != 3 || p.Correct != 2 {
		t.Errorf("participants %+v, want gold 2, pred 3, correct 2", p)
	}
	var b strings.Builder
	if err := s.WriteTable(&b, "test"); err != nil || !strings.Contains(b.String(), "untyped") {
		t.Errorf("table %q, err %v", b.String(), err)
	}
	b.Reset()
	if err := s.WriteErrors(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"MISS d SIGNING", "DUP d MEETING", "FP d STATEMENT", "type SESSION≠VISIT", `participants`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("errors lack %q:\n%s", want, b.String())
		}
	}
}

func TestMatchEventsPrefersTrigger(t *testing.T) {
	// The prediction on the mention must not take the gold event from the
	// one on the trigger, whatever their order.
	g := goldEv("MEETING", 10, 17, "", "")
	g.Mentions = []doc.Trigger{{Span: doc.Span{Start: 0, End: 7}}}
	got := matchEvents([]GoldEvent{g}, []PredEvent{predEv("MEETING", 0, 7, "", ""), predEv("MEETING", 10, 17, "", "")}, false)
	if got[0] != -1 || got[1] != 0 {
		t.Errorf("got %v, want [-1 0]", got)
	}
}

func TestNameMatches(t *testing.T) {
	for _, tt := range []struct {
		gold, name string
		want       bool
	}{
		{"Фанил Зиятдинов", "фанил  зиятдинов", true},
		{"ИЭМЗ «Купол»|Купол", "«Купол»", true},
		{"Михаил Горбачёв", "Михаил Горбачев", true},
		{"Ижевск", "Ижевске", false},
		{"", "Ижевск", false},
	} {
		if got := nameMatches(tt.gold, tt.name); got != tt.want {
			t.Errorf("nameMatches(%q, %q) = %v", tt.gold, tt.name, got)
		}
	}
}

func TestReadGoldEvents(t *testing.T) {
	in := `{"doc":"repo:a.txt","type":"MEETING","trigger":{"start":0,"end":7,"text":"Встреча"},"date":"","place":"","participants":[],"evidence":{"start":0,"end":9}}

{"doc":"repo:a.txt","type":"MEETING","trigger":{"start":0,"end":7,"text":"Встреча"},"bogus":1}`
	_, err := ReadGoldEvents(strings.NewReader(in), "gold.jsonl")
	if err == nil || !strings.Contains(err.Error(), "gold.jsonl:3") {
		t.Errorf("err %v, want one naming gold.jsonl:3", err)
	}
	gs, err := ReadGoldEvents(strings.NewReader(strings.SplitN(in, "\n", 2)[0]), "x")
	if err != nil || len(gs) != 1 || gs[0].Trigger.Text != "Встреча" {
		t.Errorf("got %+v, %v", gs, err)
	}
}

// eventRepoRoot returns the repository root: the folder holding this
// module's go.mod, found by walking up from the test's folder.
func eventRepoRoot(t *testing.T) string {
	t.Helper()
	root, err := shareddata.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// scoreGoldEvents scores pipeline.New on the gold events that keep says
// to keep.
func scoreGoldEvents(t *testing.T, root, data string, keep func(GoldEvent) bool) (EventScores, []string) {
	t.Helper()
	all, err := ReadGoldEventsFile(filepath.Join(root, "testdata", "events", "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var gold []GoldEvent
	for _, g := range all {
		if keep(g) {
			gold = append(gold, g)
		}
	}
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	s, skipped, err := Events(gold, p, EventTextLoader(root, data))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := s.WriteTable(&b, "events"); err != nil {
		t.Fatal(err)
	}
	if os.Getenv("EVENT_ERRORS") != "" {
		if err := s.WriteErrors(&b); err != nil {
			t.Fatal(err)
		}
	}
	t.Log("\n" + b.String())
	return s, skipped
}

// floor fails the test when got is below min.
func floor(t *testing.T, what string, got, min float64) {
	t.Helper()
	if got < min {
		t.Errorf("%s %.4f, below the floor %.4f", what, got, min)
	}
}

// TestEventsExample scores the events of the example article, whose text
// and gold are in the repository. Set EVENT_ERRORS=1 to log every error.
func TestEventsExample(t *testing.T) {
	root := eventRepoRoot(t)
	s, skipped := scoreGoldEvents(t, root, filepath.Join(root, "..", "shared", "data"),
		func(g GoldEvent) bool { return strings.HasPrefix(g.Doc, "repo:") })
	if len(skipped) > 0 || s.Untyped.Gold < 9 {
		t.Fatalf("skipped %v, %d gold events", skipped, s.Untyped.Gold)
	}
	// Measured: typed trigger F1 94.12, date 100, place 100,
	// participant F1 100 (docs/event.md).
	floor(t, "typed trigger F1", s.Typed.F1, 0.92)
	floor(t, "date accuracy", s.DateAccuracy, 0.99)
	floor(t, "place accuracy", s.PlaceAccuracy, 0.99)
	floor(t, "participant F1", s.Participants.F1, 0.95)
}

// TestEventsDev scores the events of the NEREL and factRuEval dev documents
// of the gold file; it needs the shared data (../shared/data next to the
// repository, or $FACTGRAPH_SHARED/data).
func TestEventsDev(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	root := eventRepoRoot(t)
	data := shareddata.Require(t)
	shareddata.Require(t, "nerel", "dev")
	shareddata.Require(t, "factruEval", "devset")
	s, skipped := scoreGoldEvents(t, root, data, func(g GoldEvent) bool { return !strings.HasPrefix(g.Doc, "repo:") })
	if len(skipped) > 0 {
		t.Fatalf("documents not found: %v", skipped)
	}
	// Measured: untyped trigger F1 80.99, typed 80.99, date 61.22,
	// place 71.43, participant F1 51.61 (docs/event.md).
	floor(t, "untyped trigger F1", s.Untyped.F1, 0.78)
	floor(t, "typed trigger F1", s.Typed.F1, 0.78)
	floor(t, "date accuracy", s.DateAccuracy, 0.58)
	floor(t, "place accuracy", s.PlaceAccuracy, 0.69)
	floor(t, "participant F1", s.Participants.F1, 0.48)
}
