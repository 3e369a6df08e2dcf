package brat

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
)

func TestReadFileDoc1(t *testing.T) {
	d, err := ReadFile("testdata/doc1.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := &Document{
		ID:   "doc1",
		Text: d.Text,
		Entities: []Entity{
			{ID: "T1", Type: "PERSON", Spans: []doc.Span{{Start: 0, End: 14}}, Text: "Владимир Путин"},
			{ID: "T2", Type: "CITY", Spans: []doc.Span{{Start: 23, End: 29}}, Text: "Москву"},
			{ID: "T3", Type: "DATE", Spans: []doc.Span{{Start: 33, End: 37}, {Start: 30, End: 32}}, Text: "июня 30"},
			{ID: "T4", Type: "PROFESSION", Spans: []doc.Span{{Start: 39, End: 48}, {Start: 49, End: 55}}, Text: "Президент России"},
			{ID: "T5", Type: "COUNTRY", Spans: []doc.Span{{Start: 49, End: 55}}, Text: "России"},
			{ID: "T6", Type: "OTHER", Spans: []doc.Span{{Start: 56, End: 58}}, Text: "🇷🇺"},
			{ID: "T7", Type: "PROFESSION", Spans: []doc.Span{{Start: 70, End: 77}}, Text: "с мэром"},
			{ID: "T8", Type: "EVENT", Spans: []doc.Span{{Start: 15, End: 22}}, Text: "посетил"},
		},
		Relations: []Relation{
			{ID: "R1", Type: "WORKS_AS", Arg1: "T1", Arg2: "T4"},
			{ID: "R2", Type: "LOCATED_IN", Arg1: "T2", Arg2: "T5", Role1: "Subj", Role2: "Obj"},
		},
		Events: []Event{{ID: "E1", Type: "VISIT", Trigger: "T8", Args: []Arg{{Role: "Agent", Ref: "T1"}, {Role: "Place", Ref: "T2"}}}},
		Attributes: []Attribute{
			{ID: "A1", Type: "Negation", Target: "E1"},
			{ID: "A2", Type: "Confidence", Target: "T2", Value: "High"},
		},
		Norms: []Norm{
			{ID: "N1", Type: "Reference", Target: "T1", RefID: "Wikidata:Q7747", Label: "Владимир Путин"},
			{ID: "N2", Type: "Reference", Target: "T5", RefID: "Wikidata:Q159"},
		},
		Notes:   []Note{{ID: "#1", Type: "AnnotatorNotes", Target: "T3", Text: "fragments out of order"}},
		Equivs:  []Equiv{{Type: "Equiv", IDs: []string{"T4", "T7"}}},
		Unknown: []string{"stray line that is not an annotation"},
	}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("ReadFile:\n got %+v\nwant %+v", d, want)
	}
	if got := d.Entities[2].Extent(); got != (doc.Span{Start: 30, End: 37}) {
		t.Errorf("Extent of out-of-order fragments = %v, want {30 37}", got)
	}
	if got := d.Entities[3].Extent(); got != (doc.Span{Start: 39, End: 55}) {
		t.Errorf("Extent = %v, want {39 55}", got)
	}
	if got := (Entity{}).Extent(); got != (doc.Span{}) {
		t.Errorf("Extent of no fragments = %v, want zero", got)
	}
}

// TestReadFileCRLF checks a .ann with a byte order mark and CRLF line ends
// against a text whose own CRLF counts as two code points.
func TestReadFileCRLF(t *testing.T) {
	d, err := ReadFile("testdata/doc2.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []Entity{
		{ID: "T1", Type: "FACILITY", Spans: []doc.Span{{Start: 0, End: 4}}, Text: "Лувр"},
		{ID: "T2", Type: "CITY", Spans: []doc.Span{{Start: 6, End: 11}}, Text: "Париж"},
		{ID: "T3", Type: "OTHER", Spans: []doc.Span{{Start: 0, End: 5}}, Text: "Лувр\r"},
		{ID: "T4", Type: "OTHER", Spans: []doc.Span{{Start: 0, End: 11}}, Text: "Лувр\r\nПариж"},
	}
	if !reflect.DeepEqual(d.Entities, want) {
		t.Errorf("entities:\n got %+v\nwant %+v", d.Entities, want)
	}
	roundTrip(t, d)
}

func TestReadDir(t *testing.T) {
	docs, err := ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	if want := []string{"doc1", "doc2"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ReadDir IDs = %v, want %v", ids, want)
	}
	if _, err := ReadDir("testdata/missing"); err == nil {
		t.Error("ReadDir of a missing directory: no error")
	}
}

func TestReadFileMissingAnn(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "x.txt")
	if err := os.WriteFile(txt, []byte("abc"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(txt)
	if err == nil || !strings.Contains(err.Error(), "x.ann") || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadFile without .ann: err = %v, want a not-exist error naming x.ann", err)
	}
}

func TestParseErrors(t *testing.T) {
	const text = "Анна и Борис" // 12 code points
	tests := []struct {
		name, ann string
		line      int
		msg       string
	}{
		{"no tab", "T1 PER 0 4 Анна\n", 1, "no tab"},
		{"no offsets", "T1\tPER\tАнна\n", 1, "want \"TYPE start end\""},
		{"one offset", "T1\tPER 0\tАнна\n", 1, "want \"start end\""},
		{"not a number", "T1\tPER 0 x\tАнна\n", 1, "not integers"},
		{"start after end", "T1\tPER 4 0\tАнна\n", 1, "out of range"},
		{"negative", "T1\tPER -1 4\tАнна\n", 1, "out of range"},
		{"past end", "T1\tPER 7 13\tБориса\n", 1, "out of range"},
		{"byte offsets", "T1\tPER 0 8\tАнна\n", 1, "does not match"},
		{"text mismatch", "T1\tPER 0 4\tАнны\n", 1, "does not match"},
		{"discontinuous not joined by space", "T1\tPER 0 4;7 12\tАннаБорис\n", 1, "does not match"},
		{"duplicate ID", "T1\tPER 0 4\tАнна\nT1\tPER 7 12\tБорис\n", 2, "duplicate"},
		{"relation arity", "T1\tPER 0 4\tАнна\nR1\tKNOWS Arg1:T1\n", 2, "relation R1"},
		{"relation role", "T1\tPER 0 4\tАнна\nR1\tKNOWS Arg1:T1 T1\n", 2, "Role:ID"},
		{"dangling reference", "T1\tPER 0 4\tАнна\n\nR1\tKNOWS Arg1:T1 Arg2:T9\n", 3, "undefined annotation \"T9\""},
		{"norm fields", "T1\tPER 0 4\tАнна\nN1\tReference T1\tАнна\n", 2, "normalization N1"},
		{"event trigger", "E1\tVISIT\n", 1, "TYPE:TRIGGER"},
		{"attribute fields", "A1\tNeg\n", 1, "attribute A1"},
		{"note fields", "#1\tAnnotatorNotes\ttext\n", 1, "note #1"},
		{"equiv id", "*1\tEquiv T1 T2\n", 1, "equivalence"},
		{"equiv members", "*\tEquiv\n", 1, "equivalence"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.ann), "dir/x.ann", text)
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want *ParseError", err)
			}
			if pe.File != "dir/x.ann" || pe.Line != tc.line {
				t.Errorf("error at %s:%d, want dir/x.ann:%d", pe.File, pe.Line, tc.line)
			}
			if !errors.Is(err, ErrMalformed) {
				t.Errorf("error %v does not match ErrMalformed", err)
			}
			if !strings.Contains(err.Error(), tc.msg) || !strings.HasPrefix(err.Error(), "dir/x.ann:") {
				t.Errorf("error %q, want prefix dir/x.ann: and %q", err, tc.msg)
			}
		})
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestParseReadError(t *testing.T) {
	_, err := Parse(failingReader{}, "x.ann", "")
	if err == nil || !strings.Contains(err.Error(), "disk on fire") || errors.Is(err, ErrMalformed) {
		t.Errorf("err = %v, want the read error, not ErrMalformed", err)
	}
}

func TestParseErrorFormat(t *testing.T) {
	e := &ParseError{File: "a.ann", Line: 3, Err: errors.New("bad")}
	if e.Error() != "a.ann:3: bad" {
		t.Errorf("Error() = %q", e.Error())
	}
	e.Line = 0
	if e.Error() != "a.ann: bad" {
		t.Errorf("Error() = %q", e.Error())
	}
}

func TestParseNoTextField(t *testing.T) {
	d, err := Parse(strings.NewReader("T1\tPER 7 12\n"), "x.ann", "Анна и Борис")
	if err != nil {
		t.Fatal(err)
	}
	if d.Entities[0].Text != "Борис" {
		t.Errorf("Text = %q, want the covered text", d.Entities[0].Text)
	}
	if d.ID != "x" {
		t.Errorf("ID = %q, want x", d.ID)
	}
}

func TestWriteRejects(t *testing.T) {
	tests := []struct {
		name string
		d    Document
	}{
		{"entity without spans", Document{Entities: []Entity{{ID: "T1", Type: "PER"}}}},
		{"space in type", Document{Entities: []Entity{{ID: "T1", Type: "A B", Spans: []doc.Span{{}}}}}},
		{"wrong prefix", Document{Entities: []Entity{{ID: "R1", Type: "PER", Spans: []doc.Span{{}}}}}},
		{"colon in role", Document{Relations: []Relation{{ID: "R1", Type: "X", Arg1: "T1", Arg2: "T2", Role1: "a:b"}}}},
		{"newline in label", Document{Norms: []Norm{{ID: "N1", Type: "Reference", Target: "T1", RefID: "W:Q1", Label: "a\nb"}}}},
		{"unknown looks like annotation", Document{Unknown: []string{"T1\tPER 0 1"}}},
	}
	for _, tc := range tests {
		var buf bytes.Buffer
		if err := Write(&buf, &tc.d); err == nil {
			t.Errorf("%s: Write succeeded:\n%s", tc.name, buf.String())
		} else if buf.Len() != 0 {
			t.Errorf("%s: Write failed but wrote %q", tc.name, buf.String())
		}
	}
}

func TestRoundTripFixtures(t *testing.T) {
	docs, err := ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		roundTrip(t, d)
	}
}

// roundTrip checks that Parse(Write(d)) == d.
func roundTrip(t *testing.T, d *Document) {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatalf("Write %s: %v", d.ID, err)
	}
	back, err := Parse(bytes.NewReader(buf.Bytes()), d.ID+".ann", d.Text)
	if err != nil {
		t.Fatalf("Parse(Write(%s)): %v\n%s", d.ID, err, buf.String())
	}
	if !reflect.DeepEqual(back, d) {
		t.Fatalf("round trip of %s changed it:\n got %+v\nwant %+v\nann:\n%s", d.ID, back, d, buf.String())
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"doc1", "doc2"} {
		text, err1 := os.ReadFile("testdata/" + name + ".txt")
		ann, err2 := os.ReadFile("testdata/" + name + ".ann")
		if err1 != nil || err2 != nil {
			f.Fatal(errors.Join(err1, err2))
		}
		f.Add(string(ann), string(text))
	}
	f.Add("T1\tX 0 1;1 2\ta b\nR1\tR Arg1:T1 Arg2:T1\n", "ab")
	f.Add("T1\tX 0 2\ta\r\r\n", "a\r\r")
	f.Add("\ufeff\ufeffx\n#1\tN T1\nN1\tR T1 a:b\tl\tm\n", "\xff\xfe")
	f.Fuzz(func(t *testing.T, ann, text string) {
		d, err := Parse(strings.NewReader(ann), "f.ann", text)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		for _, e := range d.Entities {
			for _, s := range e.Spans {
				if s.Start < 0 || s.Start > s.End || s.End > len([]rune(text)) {
					t.Fatalf("entity %s: span %v out of range", e.ID, s)
				}
			}
		}
		roundTrip(t, d)
	})
}

// nerelDir locates /work/shared/data/nerel relative to the repository root
// (../shared from the module root) or skips.
func nerelDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "data", "nerel")
	if _, err := os.Stat(filepath.Join(dir, "train")); err != nil {
		t.Skipf("NEREL not found at %s (expected ../shared/data/nerel from the repository root): %v", dir, err)
	}
	return dir
}

// TestNEREL parses all of NEREL v1.1 train and dev, checks the counts the data
// README gives, and round-trips every document.
func TestNEREL(t *testing.T) {
	dir := nerelDir(t)
	want := map[string][4]int{ // docs, entities, relations, norms
		"train": {746, 44867, 31388, 30831},
		"dev":   {94, 5590, 4012, 3598},
	}
	for split, w := range want {
		docs, err := ReadDir(filepath.Join(dir, split))
		if err != nil {
			t.Fatalf("%s: %v", split, err)
		}
		var got [4]int
		got[0] = len(docs)
		discontinuous, unknown := 0, 0
		for _, d := range docs {
			got[1] += len(d.Entities)
			got[2] += len(d.Relations)
			got[3] += len(d.Norms)
			unknown += len(d.Unknown)
			for _, e := range d.Entities {
				if len(e.Spans) > 1 {
					discontinuous++
				}
			}
			roundTrip(t, d)
		}
		if got != w {
			t.Errorf("%s: docs, entities, relations, norms = %v, want %v", split, got, w)
		}
		t.Logf("%s: %d docs, %d entities (%d discontinuous), %d relations, %d norms, %d unknown lines",
			split, got[0], got[1], discontinuous, got[2], got[3], unknown)
	}
}

func TestMentions(t *testing.T) {
	text := []rune("Анна Керн в Москве")
	d := &Document{Text: string(text), Entities: []Entity{
		{ID: "T1", Type: "PERSON", Spans: []doc.Span{{Start: 0, End: 4}, {Start: 5, End: 9}}},
		{ID: "T2", Type: "OTHER"}, // no fragments: an empty extent, left out
		{ID: "T3", Type: "CITY", Spans: []doc.Span{{Start: 12, End: 18}}},
		{ID: "T4", Type: "CITY", Spans: []doc.Span{{Start: 12, End: 40}}}, // outside the text
	}}
	ms, at := d.Mentions(text)
	want := []doc.Mention{
		{Span: doc.Span{Start: 0, End: 9}, Type: "PERSON", Text: "Анна Керн"},
		{Span: doc.Span{Start: 12, End: 18}, Type: "CITY", Text: "Москве"},
	}
	if !reflect.DeepEqual(ms, want) {
		t.Errorf("mentions %+v, want %+v", ms, want)
	}
	if wantAt := map[string]int{"T1": 0, "T3": 1}; !reflect.DeepEqual(at, wantAt) {
		t.Errorf("at %v, want %v", at, wantAt)
	}
}
