package eval

import (
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/internal/shareddata"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/corpus/factru"
	"github.com/factgraph/factgraph/doc"
)

func ts(start, end int, typ string) TypedSpan {
	return TypedSpan{Span: doc.Span{Start: start, End: end}, Type: typ}
}

func nerClose(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func checkScore(t *testing.T, what string, got, want NERScore) {
	t.Helper()
	if got.Type != want.Type || got.Gold != want.Gold || got.Pred != want.Pred || got.Correct != want.Correct ||
		!nerClose(got.Precision, want.Precision) || !nerClose(got.Recall, want.Recall) || !nerClose(got.F1, want.F1) {
		t.Errorf("%s = %+v\nwant %+v", what, got, want)
	}
}

func TestScoreNER(t *testing.T) {
	docs := []NERDoc{
		{ID: "a",
			Gold: []TypedSpan{ts(0, 5, "PER"), ts(0, 5, "PER"), ts(10, 15, "ORG"), ts(12, 15, "LOC")},
			Pred: []TypedSpan{ts(0, 5, "PER"), ts(10, 15, "LOC"), ts(12, 15, "LOC"), ts(12, 15, "LOC")}},
		{ID: "b", Gold: []TypedSpan{ts(0, 5, "PER")}},
		// The same span in another document does not match b's gold.
		{ID: "c", Pred: []TypedSpan{ts(0, 5, "PER")}},
	}
	s := ScoreNER(docs)
	if s.Docs != 3 || len(s.Types) != 3 {
		t.Fatalf("Docs %d, %d types; want 3, 3", s.Docs, len(s.Types))
	}
	checkScore(t, "LOC", s.Types[0], NERScore{Type: "LOC", Gold: 1, Pred: 3, Correct: 1, Precision: 1.0 / 3, Recall: 1, F1: 0.5})
	checkScore(t, "ORG", s.Types[1], NERScore{Type: "ORG", Gold: 1, Pred: 0, Correct: 0})
	checkScore(t, "PER", s.Types[2], NERScore{Type: "PER", Gold: 3, Pred: 2, Correct: 1, Precision: 0.5, Recall: 1.0 / 3, F1: 0.4})
	checkScore(t, "micro", s.Micro, NERScore{Type: "micro", Gold: 5, Pred: 5, Correct: 2, Precision: 0.4, Recall: 0.4, F1: 0.4})

	table := s.String()
	for _, want := range []string{"exact-match NER, 3 documents", "type", "PER", "micro", "33.33", "40.00"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var back NERScores
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, s) {
		t.Errorf("JSON round trip: %v\n%s", err, b)
	}
}

func TestScoreNEREmpty(t *testing.T) {
	s := ScoreNER(nil)
	checkScore(t, "micro", s.Micro, NERScore{Type: "micro"})
	if len(s.Types) != 0 {
		t.Errorf("Types = %v, want none", s.Types)
	}
}

func TestBratGoldSpans(t *testing.T) {
	d := &brat.Document{Entities: []brat.Entity{
		{ID: "T1", Type: "PERSON", Spans: []doc.Span{{Start: 0, End: 5}}},
		{ID: "T2", Type: "DATE", Spans: []doc.Span{{Start: 20, End: 24}, {Start: 10, End: 12}}},
	}}
	want := []TypedSpan{ts(0, 5, "PERSON"), ts(10, 24, "DATE")}
	if got := BratGoldSpans(d); !reflect.DeepEqual(got, want) {
		t.Errorf("BratGoldSpans = %v, want %v", got, want)
	}
}

func TestMentionSpans(t *testing.T) {
	d := &doc.Document{Entities: []doc.Entity{
		{Type: "PERSON", Mentions: []doc.Mention{{Span: doc.Span{Start: 0, End: 4}}, {Span: doc.Span{Start: 9, End: 12}, Type: "PROFESSION"}}},
	}}
	want := []TypedSpan{ts(0, 4, "PERSON"), ts(9, 12, "PROFESSION")}
	if got := MentionSpans(d); !reflect.DeepEqual(got, want) {
		t.Errorf("MentionSpans = %v, want %v", got, want)
	}
}

func TestNaevalOverlapFilter(t *testing.T) {
	in := []TypedSpan{ts(3, 8, "a"), ts(0, 5, "b"), ts(10, 12, "c"), ts(0, 10, "d"), ts(11, 13, "e"), ts(5, 5, "f"), ts(0, 10, "g")}
	got, n := naevalOverlapFilter(in)
	// Sorted: d(0,10) g(0,10) b(0,5) a(3,8) f(5,5) c(10,12) e(11,13); d is
	// kept, g b a f start before 10, c starts at 10 and is kept, e starts
	// before 12.
	want := []TypedSpan{ts(10, 12, "c"), ts(0, 10, "d")}
	if !reflect.DeepEqual(got, want) || n != 5 {
		t.Errorf("naevalOverlapFilter = %v, %d dropped; want %v, 5", got, n, want)
	}
}

func TestNaevalTags(t *testing.T) {
	tokens := []doc.Span{{Start: 0, End: 3}, {Start: 4, End: 10}, {Start: 11, End: 15}, {Start: 16, End: 22}, {Start: 23, End: 30}}
	got := naevalTags(tokens, []TypedSpan{ts(4, 15, "X"), ts(23, 30, "X")})
	if want := []bool{false, true, true, false, true}; !reflect.DeepEqual(got, want) {
		t.Errorf("naevalTags = %v, want %v", got, want)
	}
}

// TestNaevalScore checks a hand-computed example; see the comments for the
// expected fate of every span.
func TestNaevalScore(t *testing.T) {
	// t0 [0,3) t1 [4,10) t2 [11,15) t3 [16,22) t4 [23,30) t5 [31,39) t6 [40,47) t7 [47,48),
	// given out of order: NaevalScore sorts them.
	tokens := []doc.Span{{Start: 47, End: 48}, {Start: 0, End: 3}, {Start: 4, End: 10}, {Start: 11, End: 15}, {Start: 16, End: 22}, {Start: 23, End: 30}, {Start: 31, End: 39}, {Start: 40, End: 47}}
	d1 := FactRuDoc{
		ID:     "d1",
		Tokens: tokens,
		Gold: []TypedSpan{
			ts(0, 10, ORG),     // t0 t1
			ts(4, 10, LOC),     // inside the ORG: overlap filter
			ts(11, 22, PER),    // t2 t3
			ts(31, 39, LOC),    // t5
			ts(40, 46, PER),    // 46 is no token end: misaligned
			ts(23, 30, "MISC"), // other type
		},
		Pred: []TypedSpan{
			ts(0, 3, "PROFESSION"),     // unmapped
			ts(4, 10, "CITY"),          // LOC t1
			ts(11, 22, "PERSON"),       // PER t2 t3
			ts(16, 22, "PERSON"),       // nested: overlap filter
			ts(31, 47, "FACILITY"),     // unmapped
			ts(31, 39, "LOCATION"),     // LOC t5
			ts(40, 48, "ORGANIZATION"), // ORG t6 t7
			ts(23, 29, "PERSON"),       // 29 is no token end: misaligned
		},
	}
	d2 := FactRuDoc{
		ID:     "d2",
		Tokens: []doc.Span{{Start: 0, End: 4}, {Start: 5, End: 9}},
		Gold:   []TypedSpan{ts(0, 9, PER)},
		Pred:   []TypedSpan{ts(0, 4, "PERSON")},
	}
	s := NaevalScore([]FactRuDoc{d1, d2}, nil)
	// Tokens: PER gold t2 t3 + 2 = 4, pred t2 t3 + 1 = 3, both 3.
	checkScore(t, "token PER", s.Token[0], NERScore{Type: PER, Gold: 4, Pred: 3, Correct: 3, Precision: 1, Recall: 0.75, F1: 1.5 / 1.75})
	checkScore(t, "token ORG", s.Token[1], NERScore{Type: ORG, Gold: 2, Pred: 2, Correct: 0})
	checkScore(t, "token LOC", s.Token[2], NERScore{Type: LOC, Gold: 1, Pred: 2, Correct: 1, Precision: 0.5, Recall: 1, F1: 2.0 / 3})
	checkScore(t, "span PER", s.Span[0], NERScore{Type: PER, Gold: 2, Pred: 2, Correct: 1, Precision: 0.5, Recall: 0.5, F1: 0.5})
	checkScore(t, "span ORG", s.Span[1], NERScore{Type: ORG, Gold: 1, Pred: 1, Correct: 0})
	checkScore(t, "span LOC", s.Span[2], NERScore{Type: LOC, Gold: 1, Pred: 2, Correct: 1, Precision: 0.5, Recall: 1, F1: 2.0 / 3})
	wantDropped := NaevalDropped{GoldOverlap: 1, PredOverlap: 1, GoldMisaligned: 1, PredMisaligned: 1, GoldOtherType: 1, PredUnmapped: 2}
	if s.Dropped != wantDropped {
		t.Errorf("Dropped = %+v, want %+v", s.Dropped, wantDropped)
	}
	if s.Docs != 2 {
		t.Errorf("Docs = %d", s.Docs)
	}
	table := s.String()
	for _, want := range []string{"token level, 2 documents", "exact spans", "dropped: gold 1 overlapping", "85.71"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}

	// A caller-supplied map replaces the default: with only PERSON mapped,
	// no ORG or LOC is predicted.
	s = NaevalScore([]FactRuDoc{d1}, map[string]string{"PERSON": PER})
	if s.Token[1].Pred != 0 || s.Token[2].Pred != 0 || s.Dropped.PredUnmapped != 5 {
		t.Errorf("custom map: %+v", s)
	}
}

func TestNERELTypeMap(t *testing.T) {
	m := NERELTypeMap()
	want := map[string]string{"PERSON": PER, "ORGANIZATION": ORG, "COUNTRY": LOC, "CITY": LOC, "STATE_OR_PROVINCE": LOC, "DISTRICT": LOC, "LOCATION": LOC}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("NERELTypeMap = %v", m)
	}
	m["FACILITY"] = ORG
	if _, ok := NERELTypeMap()["FACILITY"]; ok {
		t.Error("NERELTypeMap shares its map between calls")
	}
}

func TestFactRuGoldSpans(t *testing.T) {
	sp := func(id, typ string, start, end int) factru.Span {
		return factru.Span{ID: id, Type: typ, Start: start, Len: end - start}
	}
	d := &factru.Document{
		Spans: []factru.Span{
			sp("1", "name", 11, 15), sp("2", "surname", 16, 22),
			sp("3", "org_descr", 76, 81), sp("4", "loc_name", 82, 88), sp("5", "org_name", 76, 88),
			sp("6", "org_name", 0, 10), sp("7", "org_name", 4, 10),
			sp("8", "loc_name", 31, 39), sp("9", "loc_descr", 40, 47),
			sp("10", "surname", 50, 55), sp("10", "loc_name", 50, 55),
			sp("11", "prj_name", 60, 65),
		},
		Objects: []factru.Object{
			{ID: "a", Type: "Person", SpanIDs: []string{"2", "1"}},
			{ID: "b", Type: "Org", SpanIDs: []string{"3", "4", "5"}},
			{ID: "c", Type: "Org", SpanIDs: []string{"7", "6"}},
			{ID: "d", Type: "Location", SpanIDs: []string{"8", "9"}},
			{ID: "e", Type: "LocOrg", SpanIDs: []string{"10"}},
			{ID: "f", Type: "Project", SpanIDs: []string{"11"}},
			{ID: "g", Type: "LocOrg", SpanIDs: []string{"9"}},
		},
	}
	want := []TypedSpan{ts(11, 22, PER), ts(76, 88, ORG), ts(0, 10, ORG), ts(31, 39, LOC), ts(50, 55, LOC)}
	if got := FactRuGoldSpans(d); !reflect.DeepEqual(got, want) {
		t.Errorf("FactRuGoldSpans =\n%v\nwant\n%v", got, want)
	}
}

// sharedData locates /work/shared/data relative to the repository root
// (../shared/data from the module root) or skips.
func sharedData(t *testing.T, sub string) string {
	t.Helper()
	return shareddata.Require(t, sub)
}

// TestNaevalDevsetGold scores the factRuEval dev set's gold against itself
// with the corpus's own tokens, which must give 100 everywhere, and logs the
// corpus statistics quoted in docs/eval.md.
func TestNaevalDevsetGold(t *testing.T) {
	docs, err := factru.ReadDir(sharedData(t, "factruEval/devset"))
	if err != nil {
		t.Fatal(err)
	}
	var in []FactRuDoc
	raw := map[string]int{}
	for _, d := range docs {
		toks := make([]doc.Span, len(d.Tokens))
		for i, tok := range d.Tokens {
			toks[i] = tok.Span()
		}
		gold := FactRuGoldSpans(d)
		for _, g := range gold {
			raw[g.Type]++
		}
		in = append(in, FactRuDoc{ID: d.ID, Tokens: toks, Gold: gold, Pred: gold})
	}
	s := NaevalScore(in, map[string]string{PER: PER, ORG: ORG, LOC: LOC})
	for i := range s.Token {
		if s.Token[i].F1 != 1 || s.Span[i].F1 != 1 {
			t.Errorf("gold vs gold: token %+v, span %+v; want F1 1", s.Token[i], s.Span[i])
		}
	}
	t.Logf("gold spans before filters: %v\n%s", raw, s)
}

// TestNERELGold scores NEREL dev gold against itself and logs per-type
// entity counts of train and dev.
func TestNERELGold(t *testing.T) {
	dir := sharedData(t, "nerel")
	for _, split := range []string{"train", "dev"} {
		docs, err := brat.ReadDir(filepath.Join(dir, split))
		if err != nil {
			t.Fatal(err)
		}
		var in []NERDoc
		for _, d := range docs {
			g := BratGoldSpans(d)
			in = append(in, NERDoc{ID: d.ID, Gold: g, Pred: g})
		}
		s := ScoreNER(in)
		if s.Micro.F1 != 1 {
			t.Errorf("%s gold vs gold: %+v", split, s.Micro)
		}
		rows := make([]string, 0, len(s.Types))
		for _, r := range s.Types {
			rows = append(rows, r.Type+" "+itoa(r.Gold))
		}
		sort.Strings(rows)
		t.Logf("%s: %d docs, %d entities: %s", split, s.Docs, s.Micro.Gold, strings.Join(rows, ", "))
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestPlaceNames(t *testing.T) {
	m := func(s, e int, text, typ string) doc.Mention {
		return doc.Mention{Span: doc.Span{Start: s, End: e}, Text: text, Type: typ}
	}
	d := &doc.Document{Entities: []doc.Entity{
		{Type: "COUNTRY", Name: "Россия", Mentions: []doc.Mention{m(0, 11, "российского", "COUNTRY"), m(20, 26, "России", "COUNTRY")}},
		{Type: "CITY", Name: "Нижний Новгород", Mentions: []doc.Mention{m(30, 45, "Нижний Новгород", "CITY")}},
		{Type: "ORGANIZATION", Name: "правительство", Mentions: []doc.Mention{m(50, 63, "правительство", "ORGANIZATION")}},
		{Type: "ORGANIZATION", Name: "Газпром", Mentions: []doc.Mention{m(70, 77, "Газпрома", "ORGANIZATION")}},
		{Type: "NATIONALITY", Name: "русские", Mentions: []doc.Mention{m(80, 87, "русские", "NATIONALITY")}},
		{Type: "FACILITY", Name: "Белый дом", Mentions: []doc.Mention{m(90, 100, "Белом доме", "FACILITY")}},
		{Type: "FACILITY", Name: "памятник Ельцину", Mentions: []doc.Mention{m(110, 126, "памятник Ельцину", "FACILITY")}},
		{Type: "PERSON", Name: "Ельцин", Mentions: []doc.Mention{m(119, 126, "Ельцину", "PERSON")}},
		{Type: "ORGANIZATION", Name: "baltinfo.ru", Mentions: []doc.Mention{m(130, 141, "baltinfo.ru", "ORGANIZATION")}},
	}}
	var got []string
	for _, s := range placeNames(d, adjective) {
		got = append(got, fmt.Sprintf("%s@%d", s.Type, s.Start))
	}
	want := []string{"COUNTRY@20", "CITY@30", "ORGANIZATION@70", "NATIONALITY@80", "LOCATION@90", "FACILITY@110", "PERSON@119", "ORGANIZATION@130"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestOrgBeforePlace(t *testing.T) {
	for _, c := range []struct {
		org, place, want string // want: the organization's text after the cut
	}{
		{"Министерства сельского хозяйства Германии", "Германии", "Министерства сельского хозяйства"},
		{"Федеральной миграционной службы России", "России", "Федеральной миграционной службы"},
		{"Главное управление МВД по Нижегородской области", "Нижегородской области", "Главное управление МВД по Нижегородской области"}, // after a preposition: kept whole
		{"Бюро по делам, США", "США", "Бюро по делам"},                                                                                  // punctuation before the place
		{"МИД РФ", "РФ", "МИД"},                       // an acronym
		{"Голос Америки", "Америки", "Голос Америки"}, // one word left: kept whole
		{"Совета Европы", "Европы", "Совета Европы"},
		{"Агентства России по печати", "России", "Агентства России по печати"}, // the place is inside
		{"Газпрома", "", "Газпрома"},
	} {
		const at = 5
		m := doc.Mention{Span: doc.Span{Start: at, End: at + len([]rune(c.org))}, Text: c.org, Type: "ORGANIZATION"}
		var places []doc.Span
		if i := strings.Index(c.org, c.place); c.place != "" && i >= 0 {
			s := at + len([]rune(c.org[:i]))
			places = append(places, doc.Span{Start: s, End: s + len([]rune(c.place))})
			if places[0].End == m.End {
				places = append(places, doc.Span{Start: m.End - 1, End: m.End}) // a shorter place ending there
			}
		}
		got := orgBeforePlace(m, c.org, places)
		if want := (doc.Span{Start: at, End: at + len([]rune(c.want))}); got != want {
			t.Errorf("orgBeforePlace(%q, %q) = %q, want %q", c.org, c.place, string([]rune(c.org)[got.Start-at:got.End-at]), c.want)
		}
	}
}
