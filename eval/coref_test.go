package eval

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/corpus/factru"
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/names"
	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/tokenize"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestMUCAndB3 checks the metrics on small examples computed by hand.
func TestMUCAndB3(t *testing.T) {
	tests := []struct {
		name          string
		key, response Clustering
		// MUC numerators/denominators, B³ sums/counts
		mucR, mucRD, mucP, mucPD int
		b3R, b3P                 float64 // averages
	}{
		// Vilain et al. (1995): one key entity split in two. MUC R = (4−2)/3,
		// P = (1+1)/(1+1); B³ R = 4·(2/4)/4, P = 1.
		{"split", Clustering{{"A", "B", "C", "D"}}, Clustering{{"A", "B"}, {"C", "D"}}, 2, 3, 2, 2, 0.5, 1},
		// Over-merge: MUC R = 1/1, P = (3−2)/2; B³ R = 1,
		// P = (2/3 + 2/3 + 1/3)/3 = 5/9.
		{"merge", Clustering{{"A", "B"}, {"C"}}, Clustering{{"A", "B", "C"}}, 1, 1, 1, 2, 1, 5.0 / 9},
		// All singletons: MUC R = 0/2, P = 0/0; B³ R = 3·(1/3)/3, P = 1.
		{"singletons", Clustering{{"A", "B", "C"}}, Clustering{{"A"}, {"B"}, {"C"}}, 0, 2, 0, 0, 1.0 / 3, 1},
		// A key mention missing from the response counts as a singleton:
		// MUC R = (2−2)/1; B³ R = (1/2 + 1/2)/2, P = 1/1 over A alone.
		{"missing", Clustering{{"A", "B"}}, Clustering{{"A"}}, 0, 1, 0, 0, 0.5, 1},
		// Bagga & Baldwin (1998), figure: {1–5}, {6,7}, {8–12} against
		// {1–5}, {6–12}. MUC R = (4+1+4)/9, P = (4+5)/(4+6); B³ R = 1,
		// P = (5 + 2·2/7 + 5·5/7)/12 = 16/21.
		{"bagga-baldwin",
			Clustering{{"1", "2", "3", "4", "5"}, {"6", "7"}, {"8", "9", "10", "11", "12"}},
			Clustering{{"1", "2", "3", "4", "5"}, {"6", "7", "8", "9", "10", "11", "12"}},
			9, 9, 9, 10, 1, 16.0 / 21},
		{"empty", nil, nil, 0, 0, 0, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b, c, d := MUCCounts(tt.key, tt.response)
			if a != tt.mucR || b != tt.mucRD || c != tt.mucP || d != tt.mucPD {
				t.Errorf("MUC = %d/%d, %d/%d; want %d/%d, %d/%d", a, b, c, d, tt.mucR, tt.mucRD, tt.mucP, tt.mucPD)
			}
			rs, rn, ps, pn := B3Sums(tt.key, tt.response)
			if !near(b3Ratio(rs, rn), tt.b3R) || !near(b3Ratio(ps, pn), tt.b3P) {
				t.Errorf("B3 R = %v, P = %v; want %v, %v", b3Ratio(rs, rn), b3Ratio(ps, pn), tt.b3R, tt.b3P)
			}
		})
	}
}

// TestScoreCorefMicro checks that documents are summed, not averaged: the
// "split" and "merge" examples together give MUC R = (2+1)/(3+1),
// P = (2+1)/(2+2), B³ R = (4·½ + 3·1)/7 = 5/7, P = (4·1 + 5/3)/7 = 17/21.
func TestScoreCorefMicro(t *testing.T) {
	s := ScoreCoref("x", []CorefDoc{
		{ID: "1", Key: Clustering{{"A", "B", "C", "D"}}, Response: Clustering{{"A", "B"}, {"C", "D"}}},
		{ID: "2", Key: Clustering{{"A", "B"}, {"C"}}, Response: Clustering{{"A", "B", "C"}}},
	})
	if !near(s.MUC.Recall, 0.75) || !near(s.MUC.Precision, 0.75) || !near(s.MUC.F1, 0.75) {
		t.Errorf("MUC = %+v", s.MUC)
	}
	if !near(s.B3.Recall, 5.0/7) || !near(s.B3.Precision, 17.0/21) {
		t.Errorf("B3 = %+v", s.B3)
	}
	if !near(s.Avg, (s.MUC.F1+s.B3.F1)/2) || s.KeyMentions != 7 || s.KeyEntities != 3 || s.ResponseEntities != 3 {
		t.Errorf("score = %+v", s)
	}
	var b strings.Builder
	if err := WriteCorefTable(&b, "t", []CorefScore{s}); err != nil || !strings.Contains(b.String(), "75.00") {
		t.Errorf("table: %v\n%s", err, b.String())
	}
}

func TestFactRuCorefGoldAndLink(t *testing.T) {
	text := "Встреча с Дмитрием Шугаевым в Москве. Шугаев и правительство Москвы довольны."
	r := []rune(text)
	at := func(s string, from int) (int, int) {
		i := strings.Index(string(r[from:]), s)
		st := from + len([]rune(string(r[from:])[:i]))
		return st, len([]rune(s))
	}
	var spans []factru.Span
	add := func(id, typ, s string, from int) int {
		st, n := at(s, from)
		spans = append(spans, factru.Span{ID: id, Type: typ, Start: st, Len: n})
		return st + n
	}
	e := add("1", "name", "Дмитрием", 0)
	add("2", "surname", "Шугаевым", e)
	add("3", "loc_name", "Москве", 0)
	e = add("4", "surname", "Шугаев", 30)
	e = add("5", "org_descr", "правительство", e)
	add("6", "loc_name", "Москвы", e)
	d := &factru.Document{ID: "d", Text: text, Spans: spans,
		Objects: []factru.Object{
			{ID: "p1", Type: "Person", SpanIDs: []string{"1", "2"}},
			{ID: "l1", Type: "LocOrg", SpanIDs: []string{"3"}},
			{ID: "p2", Type: "Person", SpanIDs: []string{"4"}},
			{ID: "o1", Type: "Org", SpanIDs: []string{"5", "6"}},
			{ID: "l2", Type: "Location", SpanIDs: []string{"6"}},
			{ID: "x", Type: "Project", SpanIDs: []string{"5"}},
		},
		Coref: []factru.CorefGroup{{ID: "g1", ObjectIDs: []string{"p1", "p2"}}, {ID: "g2", ObjectIDs: []string{"l1", "l2"}}},
	}
	g := FactRuCorefGold(d)
	if len(g.Mentions) != 5 || g.Mentions[0].Text != "Дмитрием Шугаевым" || g.Mentions[3].Text != "правительство Москвы" || g.Mentions[3].Type != "ORGANIZATION" || g.Mentions[4].Type != "LOCATION" {
		t.Fatalf("mentions = %+v", g.Mentions)
	}
	if fmt.Sprint(g.Key) != "[[p1 p2] [l1 l2] [o1]]" {
		t.Errorf("key = %v", g.Key)
	}
	l, err := names.NewLinker()
	if err != nil {
		t.Fatal(err)
	}
	got := LinkGold(g, l, tokenize.Split(text))
	s := ScoreCoref("", []CorefDoc{{Key: g.Key, Response: got}})
	if s.MUC.F1 != 1 || s.B3.F1 != 1 {
		t.Errorf("linker clusters %v, key %v: %+v", got, g.Key, s)
	}
	if n := g.Named(); len(n.Mentions) != 5 || len(n.Key) != 3 {
		t.Errorf("named = %+v", n)
	}
	if fmt.Sprint(ExactTextClusters(g)) != "[[p1] [l1] [p2] [o1] [l2]]" {
		t.Errorf("exact-text = %v", ExactTextClusters(g))
	}
	// end to end: a predicted entity holding two gold spans and one extra
	pred := &doc.Document{Entities: []doc.Entity{
		{Mentions: []doc.Mention{g.Mentions[0].Mention, g.Mentions[2].Mention, {Span: doc.Span{Start: 0, End: 7}}}},
		{Mentions: []doc.Mention{g.Mentions[1].Mention}},
	}}
	c, n := MatchEntities(g, pred)
	if n != 3 || fmt.Sprint(c) != "[[p1 p2] [l1]]" {
		t.Errorf("MatchEntities = %v, %d", c, n)
	}
}

func TestNERELCorefGold(t *testing.T) {
	text := "Российская Федерация (РФ) и Россия. В России и РФ. Путин и Владимир Путин."
	ann := "T1\tCOUNTRY 0 20\tРоссийская Федерация\nT2\tCOUNTRY 22 24\tРФ\nT3\tCOUNTRY 28 34\tРоссия\n" +
		"T4\tCOUNTRY 38 44\tРоссии\nT5\tCOUNTRY 47 49\tРФ\nT6\tPERSON 51 56\tПутин\nT7\tPERSON 59 73\tВладимир Путин\n" +
		"R1\tABBREVIATION Arg1:T2 Arg2:T1\t\nN1\tReference T3 Wikidata:Q159\tРоссия\nN2\tReference T4 Wikidata:Q159\tРоссия\n" +
		"N3\tReference T1 Wikidata:Q159\tРоссия\n"
	d, err := brat.Parse(strings.NewReader(ann), "x.ann", text)
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(NERELCorefGold(d, false).Key); got != "[[T1 T2 T5] [T3] [T4] [T6] [T7]]" {
		t.Errorf("key without Wikidata = %s", got)
	}
	if got := fmt.Sprint(NERELCorefGold(d, true).Key); got != "[[T1 T2 T3 T4 T5] [T6] [T7]]" {
		t.Errorf("key with Wikidata = %s", got)
	}
}

// TestCorefDev scores within-document merging on factRuEval-2016 dev and
// NEREL dev and fails below the floors. It needs ../shared/data and skips
// without it:
//
//	go test ./eval -run TestCorefDev -v
func TestCorefDev(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline over 216 documents")
	}
	data := sharedDataDir(t)
	fr, err := factru.ReadDir(filepath.Join(data, "factruEval", "devset"))
	if err != nil {
		t.Fatal(err)
	}
	nr, err := brat.ReadDir(filepath.Join(data, "nerel", "dev"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := names.NewLinker()
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	frRows, nrRows, err := CorefDev(fr, nr, l, p)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	_ = WriteCorefTable(&b, "factRuEval-2016 dev", frRows)
	_ = WriteCorefTable(&b, "NEREL v1.1 dev", nrRows)
	t.Logf("\n%s", b.String())
	// Floors on the MUC+B³ average F1, in percent, a little below what was
	// measured (docs/names.md).
	// Measured (fifth session): factRuEval all mentions linker 94.14, named
	// 95.89, end to end 89.66; NEREL linker 86.44 (relations+text), 87.64
	// (+wikidata), end to end 83.41 (+wikidata). End-to-end floors leave
	// room for NER model changes.
	floors := map[string]float64{
		"all mentions: linker, gold mentions":   93.5,
		"named mentions: linker, gold mentions": 95.3,
		"all mentions: pipeline end to end":     87,
		"relations+text: linker, gold mentions": 85.8,
		"+wikidata: linker, gold mentions":      87,
		"+wikidata: pipeline end to end":        80.5,
	}
	seen := 0
	for _, r := range append(frRows, nrRows...) {
		f, ok := floors[r.Name]
		if !ok {
			continue
		}
		seen++
		if 100*r.Avg < f {
			t.Errorf("%s: MUC+B3 average F1 %.2f below the floor %.2f", r.Name, 100*r.Avg, f)
		}
	}
	if seen != len(floors) {
		t.Errorf("%d of %d floors checked: a row was renamed", seen, len(floors))
	}
}
