package eval_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/internal/shareddata"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/eval"
	"github.com/factgraph/factgraph/names"
	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/sqlite"
	"github.com/factgraph/factgraph/store"
)

// identityGoldFile is the checked-in gold of cross-document identity: the
// Wikidata-linked entities of NEREL v1.1 dev.
const identityGoldFile = "../testdata/identity/nerel-dev-links.tsv"

var (
	generateIdentity = flag.Bool("identity.generate", false, "rebuild "+identityGoldFile+" from NEREL v1.1 dev")
	identityErrors   = flag.Bool("identity.errors", false, "print the false and missed merges of the identity evaluation")
)

// identityData returns the shared data folder — $FACTGRAPH_SHARED/data, or
// ../shared/data beside the repository root (the folder holding this
// module's go.mod) — or skips the test when it is absent.
func identityData(t *testing.T) string {
	t.Helper()
	shareddata.Require(t, "nerel", "dev")
	return shareddata.Require(t)
}

// TestScoreIdentity checks the counting on a hand-made response.
func TestScoreIdentity(t *testing.T) {
	link := func(d, id, q, typ string) eval.IdentityLink {
		return eval.IdentityLink{Doc: d, ID: id, QID: q, Type: typ, Span: doc.Span{Start: 0, End: 1}, Text: "x"}
	}
	links := []eval.IdentityLink{
		link("a", "T1", "Q1", "PERSON"), // a:Q1
		link("a", "T2", "Q1", "PERSON"), // a:Q1 again
		link("b", "T1", "Q1", "PERSON"), // b:Q1
		link("c", "T1", "Q1", "PERSON"), // c:Q1, not found
		link("b", "T2", "Q2", "PERSON"), // b:Q2, falsely with Q1
		link("d", "T1", "Q3", "CITY"),   // d:Q3
		link("e", "T1", "Q3", "CITY"),   // e:Q3, missed
	}
	r := eval.IdentityResponse{Name: "test", Entity: []string{"p", "p", "p", "", "p", "x", "y"}}
	s := eval.ScoreIdentity(links, r)
	// Items: a:Q1 b:Q1 c:Q1 b:Q2 d:Q3 e:Q3. Gold pairs: 3 (Q1) + 1 (Q3).
	// Predicted cross-document pairs sharing "p": a:Q1–b:Q1, a:Q1–b:Q2
	// (b:Q1–b:Q2 is within one document).
	if s.Items != 6 || s.GoldPairs != 4 || s.PredPairs != 2 || s.TruePairs != 1 || s.Matched != 6 {
		t.Errorf("counts = %+v", s.IdentityScore)
	}
	if s.Pairwise.Precision != 0.5 || s.Pairwise.Recall != 0.25 {
		t.Errorf("pairwise = %+v", s.Pairwise)
	}
	if s.FalseMerges != 1 || s.WithinDocFalseMerges != 0 || len(s.FalseMergeList) != 1 || s.FalseMergeList[0].Entity != "p" {
		t.Errorf("false merges = %d %d %+v", s.FalseMerges, s.WithinDocFalseMerges, s.FalseMergeList)
	}
	if len(s.MissedMergeList) != 2 {
		t.Errorf("missed merges = %+v", s.MissedMergeList)
	}
	// B³ recall: Q1 has 4 links, 3 in "p": 3×3/4 + 1×1/4 = 2.5; Q2 1; Q3
	// 2×1/2 = 1. (2.5+1+1)/7.
	if got, want := s.B3.Recall, 4.5/7; abs(got-want) > 1e-9 {
		t.Errorf("B3 recall = %v, want %v", got, want)
	}
	// B³ precision: "p" has 4 links, 3 of Q1 (3×3/4) and 1 of Q2 (1/4);
	// the singleton, x and y 1 each: (2.25+0.25+3)/7.
	if got, want := s.B3.Precision, 5.5/7; abs(got-want) > 1e-9 {
		t.Errorf("B3 precision = %v, want %v", got, want)
	}
	if len(s.Types) != 2 || s.Types[0].Type != "CITY" || s.Types[0].GoldPairs != 1 || s.Types[1].PredPairs != 2 {
		t.Errorf("types = %+v", s.Types)
	}
	var b strings.Builder
	if err := eval.WriteIdentityTable(&b, "t", []eval.IdentityResult{s}, true); err != nil || !strings.Contains(b.String(), "CITY") {
		t.Errorf("table: %v\n%s", err, b.String())
	}
	b.Reset()
	if err := eval.WriteIdentityErrors(&b, s, 1); err != nil || !strings.Contains(b.String(), "1 more") {
		t.Errorf("errors: %v\n%s", err, b.String())
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestIdentityLinksRoundTrip(t *testing.T) {
	in := []eval.IdentityLink{
		{Doc: "1_text", ID: "T3", QID: "Q649", Type: "CITY", Span: doc.Span{Start: 4, End: 10}, Prev: "в", Text: "Москве"},
		{Doc: "1_text", ID: "T4", QID: "Q1", Type: "PERSON", Span: doc.Span{Start: 0, End: 3}, Text: "Ив\tан"},
	}
	var b strings.Builder
	if err := eval.WriteIdentityLinks(&b, in); err != nil {
		t.Fatal(err)
	}
	out, err := eval.ReadIdentityLinks(strings.NewReader(b.String()), "x")
	if err != nil || len(out) != 2 || out[0] != in[0] || out[1].Text != "Ив ан" {
		t.Errorf("round trip: %+v, %v", out, err)
	}
	for _, bad := range []string{"a\tb\n", "d\tT1\tQx\tCITY\t0\t1\t\tx\n", "d\tT1\tQ1\tCITY\t5\t1\t\tx\n"} {
		if _, err := eval.ReadIdentityLinks(strings.NewReader(bad), "bad"); err == nil || !strings.HasPrefix(err.Error(), "bad:1:") {
			t.Errorf("ReadIdentityLinks(%q) error = %v", bad, err)
		}
	}
}

// TestIdentityRule scores the identity rule alone (canonical names of the
// gold mentions, store.IdentityKey) on the checked-in gold, and fails
// below the floors. It needs no corpus. Rebuild the gold with
// -identity.generate (needs ../shared/data).
func TestIdentityRule(t *testing.T) {
	if *generateIdentity {
		data := identityData(t)
		docs, err := brat.ReadDir(filepath.Join(data, "nerel", "dev"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(identityGoldFile), 0o755); err != nil {
			t.Fatal(err)
		}
		f, err := os.Create(identityGoldFile)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.WriteString("# Wikidata-linked entities of NEREL v1.1 dev (Loukachevitch et al., 2021): the key of cross-document identity.\n" +
			"# Built by go test ./eval -run TestIdentityRule -identity.generate; see docs/identity.md.\n"); err != nil {
			t.Fatal(err)
		}
		if err := eval.WriteIdentityLinks(f, eval.NERELIdentityLinks(docs)); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	all, err := eval.ReadIdentityLinksFile(identityGoldFile)
	if err != nil {
		t.Fatal(err)
	}
	links := eval.ScoredIdentityLinks(all)
	if len(all) != 3030 || len(links) != 2320 {
		t.Errorf("gold has %d links, %d of scored types; want 3030 and 2320", len(all), len(links))
	}
	c, err := names.NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	r := eval.ScoreIdentity(links, eval.IdentityRuleResponse(links, c))
	var b strings.Builder
	_ = eval.WriteIdentityTable(&b, "identity rule on NEREL dev gold", []eval.IdentityResult{r}, true)
	t.Logf("\n%s", b.String())
	if *identityErrors {
		b.Reset()
		_ = eval.WriteIdentityErrors(&b, r, 0)
		t.Logf("\n%s", b.String())
	}
	// Floors, a little below what was measured (docs/identity.md).
	if r.Pairwise.Precision < 0.975 || r.Pairwise.Recall < 0.60 || r.B3.F1 < 0.93 {
		t.Errorf("identity rule: pairwise P %.4f R %.4f, B3 F1 %.4f: below the floors 0.975, 0.60, 0.93",
			r.Pairwise.Precision, r.Pairwise.Recall, r.B3.F1)
	}
}

// TestIdentityDev ingests NEREL v1.1 dev through the real pipeline into a
// temporary SQLite store and scores cross-document identity end to end
// (docs/identity.md). It skips without the shared data and in -short mode.
func TestIdentityDev(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests 94 documents through the pipeline; skipped in -short mode")
	}
	data := identityData(t)
	rep, err := eval.IdentityEval(context.Background(), eval.IdentityCommandOptions{
		Data:      data,
		DB:        filepath.Join(t.TempDir(), "identity.db"),
		Processor: func() (eval.Processor, error) { return pipeline.New() },
		OpenStore: func(path string) (store.Store, error) { return sqlite.Open(path) },
	})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	_ = eval.WriteIdentityTable(&b, "cross-document identity, NEREL v1.1 dev", rep.Results, true)
	b.WriteString("\n")
	_ = eval.WriteIdentityTable(&b, "mentions written as names only", rep.Named, true)
	t.Logf("\n%s", b.String())
	if *identityErrors {
		for _, r := range rep.Results {
			b.Reset()
			_ = eval.WriteIdentityErrors(&b, r, 0)
			t.Logf("\n%s", b.String())
		}
	}
	if rep.Docs != 94 || rep.Ingest.Stored != 94 || len(rep.Results) != 3 {
		t.Fatalf("%d docs, %d stored, %d results; want 94, 94, 3", rep.Docs, rep.Ingest.Stored, len(rep.Results))
	}
	e2e := rep.Results[2]
	// Floors, below what was measured (docs/identity.md) by the margin
	// that NER model updates may move them: precision first. Over all
	// mentions the pair precision is lower than over names (91.4 against
	// 98.7 measured): place adjectives join their place («российский» →
	// Россия), and one that stands alone is named by it (eighth session:
	// «итальянскую» → Италия), while NEREL links some of them to the
	// people (Q492468 россияне, Q50001 итальянцы) rather than the country.
	if e2e.Pairwise.Precision < 0.89 || e2e.Pairwise.Recall < 0.60 || e2e.B3.Precision < 0.97 {
		t.Errorf("end to end: pairwise P %.4f R %.4f, B3 P %.4f: below the floors 0.89, 0.60, 0.97",
			e2e.Pairwise.Precision, e2e.Pairwise.Recall, e2e.B3.Precision)
	}
	if named := rep.Named[2]; named.Pairwise.Precision < 0.97 || named.Pairwise.Recall < 0.60 {
		t.Errorf("end to end, names only: pairwise P %.4f R %.4f: below the floors 0.97, 0.60",
			named.Pairwise.Precision, named.Pairwise.Recall)
	}
	if e2e.FalseMerges > 25 {
		t.Errorf("end to end: %d store entities merge different QIDs across documents, want at most 25", e2e.FalseMerges)
	}
	// No two different people merge: the PERSON rule needs a full name.
	for _, s := range e2e.Types {
		if s.Type == "PERSON" && (s.FalseMerges > 0 || s.Pairwise.Precision < 1) {
			t.Errorf("end to end: PERSON pairwise precision %.4f, %d cross-document false merges; want 1 and 0",
				s.Pairwise.Precision, s.FalseMerges)
		}
	}
}
