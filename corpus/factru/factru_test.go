package factru

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadDocumentMini(t *testing.T) {
	d, err := ReadDocument("testdata/mini")
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "mini" || len(d.Tokens) != 16 || len(d.Spans) != 11 {
		t.Fatalf("ID %q, %d tokens, %d spans; want mini, 16, 11", d.ID, len(d.Tokens), len(d.Spans))
	}
	if want := []int{0, 8}; !reflect.DeepEqual(d.Sentences, want) {
		t.Errorf("Sentences = %v, want %v", d.Sentences, want)
	}
	if got, want := d.Tokens[8], (Token{ID: "108", Start: 50, Len: 8, Text: "Жан-Мари"}); got != want {
		t.Errorf("token 8 = %+v, want %+v", got, want)
	}
	if got, want := d.Spans[10], (Span{ID: "11", Type: "org_name", Start: 76, Len: 12, TokenID: "113", NTokens: 2}); got != want {
		t.Errorf("span 10 = %+v, want %+v", got, want)
	}
	if got := d.Spans[10].Extent(); got.Start != 76 || got.End != 88 {
		t.Errorf("Extent = %v", got)
	}
	if got, want := d.Objects[4], (Object{ID: "24", Type: "Org", SpanIDs: []string{"9", "10", "11"}}); !reflect.DeepEqual(got, want) {
		t.Errorf("object 4 = %+v, want %+v", got, want)
	}
	wantCoref := []CorefGroup{
		{ID: "1", ObjectIDs: []string{"20", "25"}, Attrs: []KV{{"name", "Москва"}, {"wikidata", ""}}},
		{ID: "2", ObjectIDs: []string{"21"}, Attrs: []KV{{"firstname", "Юрий"}, {"lastname", "Лужков"}}},
		{ID: "3", ObjectIDs: []string{"22"}},
		{ID: "4", ObjectIDs: []string{"23"}, Attrs: []KV{{"firstname", "Жан-Мари"}, {"lastname", "Ле Пен"}}},
		{ID: "5", ObjectIDs: []string{"24"}, Attrs: []KV{{"descriptor", "мэрия"}, {"name", "мэрия Москвы"}}},
	}
	if !reflect.DeepEqual(d.Coref, wantCoref) {
		t.Errorf("Coref =\n%+v\nwant\n%+v", d.Coref, wantCoref)
	}
	wantFacts := []Fact{
		{ID: "mini-0", Type: "Occupation", Args: []FactArg{
			{Role: "Who", Values: []FactValue{{Ref: "obj2", Text: "Лужков Юрий"}}},
			{Role: "Position", Values: []FactValue{{Ref: "span1", Text: "мэр"}}},
			{Role: "Where", Values: []FactValue{{Ref: "obj1", Text: "Москва"}, {Text: "Moscow"}}},
			{Role: "Сложность", Values: []FactValue{{Text: "повышенная"}}},
		}},
		{ID: "mini-1", Type: "Meeting", Args: []FactArg{{Role: "Participant", Values: []FactValue{{Ref: "obj4", Text: "Ле Пен Жан-Мари"}, {Ref: "obj2"}}}}},
	}
	if !reflect.DeepEqual(d.Facts, wantFacts) {
		t.Errorf("Facts =\n%+v\nwant\n%+v", d.Facts, wantFacts)
	}
}

// TestReadDocumentCRLF reads a text saved with a byte order mark and CRLF
// line ends whose offsets count neither.
func TestReadDocumentCRLF(t *testing.T) {
	d, err := ReadDocument("testdata/crlf")
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "Лувр\nПариж." {
		t.Errorf("Text = %q, want the BOM-less LF form", d.Text)
	}
	if d.Facts != nil {
		t.Errorf("Facts = %v, want nil without a .facts file", d.Facts)
	}
}

func TestReadDir(t *testing.T) {
	docs, err := ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "crlf" || docs[1].ID != "mini" {
		t.Errorf("ReadDir: got %d docs", len(docs))
	}
}

// TestReadDocumentErrors copies the mini fixture, breaks one file and checks
// that the error names that file and line.
func TestReadDocumentErrors(t *testing.T) {
	tests := []struct {
		name, ext, old, new string
		line                int
		msg                 string
	}{
		{"token text", ".tokens", "102 11 4 Юрий", "102 11 4 Юрию", 3, "does not match"},
		{"token offset", ".tokens", "102 11 4 Юрий", "102 11 x Юрий", 3, "not a non-negative integer"},
		{"token past end", ".tokens", "102 11 4 Юрий", "102 11 400 Юрий", 3, "past the end"},
		{"token fields", ".tokens", "102 11 4 Юрий", "102 11 4", 3, "want"},
		{"duplicate token", ".tokens", "103 16 6 Лужков", "102 16 6 Лужков", 4, "duplicate"},
		{"span fields", ".spans", "3 name 11 4 102 1", "3 name 11 4 102", 3, "want"},
		{"span token", ".spans", "3 name 11 4 102 1", "3 name 11 4 999 1", 3, "unknown token"},
		{"span past end", ".spans", "3 name 11 4 102 1", "3 name 11 9999999999 102 1", 3, "past the end"},
		{"object span", ".objects", "21 Person 3 4", "21 Person 3 44", 2, "unknown span"},
		{"object fields", ".objects", "21 Person 3 4", "21 Person", 2, "want"},
		{"coref object", ".coref", "2 21\n", "2 99\n", 5, "unknown object"},
		{"coref head", ".coref", "2 21\n", "2\n", 5, "want"},
		{"fact ref", ".facts", "Where obj1", "Where obj9", 4, "unknown coreference group"},
		{"fact head", ".facts", "mini-1 Meeting", "mini-1", 7, "want"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, ext := range []string{".txt", ".tokens", ".spans", ".objects", ".coref", ".facts"} {
				b, err := os.ReadFile("testdata/mini" + ext)
				if err != nil {
					t.Fatal(err)
				}
				s := string(b)
				if ext == tc.ext {
					if !strings.Contains(s, tc.old) {
						t.Fatalf("fixture %s lacks %q", ext, tc.old)
					}
					s = strings.Replace(s, tc.old, tc.new, 1)
				}
				if err := os.WriteFile(filepath.Join(dir, "mini"+ext), []byte(s), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, err := ReadDocument(filepath.Join(dir, "mini"))
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want *ParseError", err)
			}
			if wantFile := filepath.Join(dir, "mini"+tc.ext); pe.File != wantFile || pe.Line != tc.line {
				t.Errorf("error at %s:%d, want %s:%d (%v)", pe.File, pe.Line, wantFile, tc.line, err)
			}
			if !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q, want ErrMalformed and %q", err, tc.msg)
			}
		})
	}
}

func TestReadDocumentMissing(t *testing.T) {
	_, err := ReadDocument("testdata/nothere")
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "nothere.txt") {
		t.Errorf("err = %v, want not-exist naming nothere.txt", err)
	}
}

func TestParseFactArg(t *testing.T) {
	tests := []struct {
		line string
		want []FactValue
	}{
		{"Who obj48 Лужков Юрий", []FactValue{{Ref: "obj48", Text: "Лужков Юрий"}}},
		{"Position span22777 мэра", []FactValue{{Ref: "span22777", Text: "мэра"}}},
		{"Type купля/продажа", []FactValue{{Text: "купля/продажа"}}},
		{"Type objective", []FactValue{{Text: "objective"}}},
		{"Where obj7", []FactValue{{Ref: "obj7"}}},
		{"Who spanx text", []FactValue{{Text: "spanx text"}}},
		{"Owner obj143 Украина | obj144 Турецкая республика | Турция", []FactValue{{Ref: "obj143", Text: "Украина"}, {Ref: "obj144", Text: "Турецкая республика"}, {Text: "Турция"}}},
	}
	for _, tc := range tests {
		got, err := parseFactArg(tc.line)
		if err != nil || !reflect.DeepEqual(got.Values, tc.want) || got.Role != strings.Fields(tc.line)[0] {
			t.Errorf("parseFactArg(%q) = %+v, %v; want %+v", tc.line, got, err, tc.want)
		}
	}
	if _, err := parseFactArg("Who"); err == nil {
		t.Error("parseFactArg without value: no error")
	}
}

// factruDevset locates the factRuEval dev set relative to the repository
// root (../shared/data/factruEval/devset from the module root) or skips.
func factruDevset(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "data", "factruEval", "devset")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("factRuEval dev set not found at %s (expected ../shared/data/factruEval/devset from the repository root): %v", dir, err)
	}
	return dir
}

// TestDevset reads the whole dev set; ReadDocument itself checks that every
// token matches the text at its code-point offsets.
func TestDevset(t *testing.T) {
	docs, err := ReadDir(factruDevset(t))
	if err != nil {
		t.Fatal(err)
	}
	var tokens, spans, objects, groups, facts, spanTokenMismatch int
	types := map[string]int{}
	for _, d := range docs {
		if d.Text == "" || d.Facts == nil {
			t.Errorf("%s: empty text or no facts", d.ID)
		}
		tokens += len(d.Tokens)
		spans += len(d.Spans)
		objects += len(d.Objects)
		groups += len(d.Coref)
		facts += len(d.Facts)
		for _, o := range d.Objects {
			types[o.Type]++
		}
		byID := map[string]Token{}
		for _, tok := range d.Tokens {
			byID[tok.ID] = tok
		}
		for _, s := range d.Spans {
			if byID[s.TokenID].Start != s.Start {
				spanTokenMismatch++
			}
		}
	}
	got := [5]int{len(docs), tokens, spans, objects, groups}
	if want := [5]int{122, 30940, 4084, 2611, 1395}; got != want {
		t.Errorf("docs, tokens, spans, objects, coref groups = %v, want %v", got, want)
	}
	if spanTokenMismatch != 0 {
		t.Errorf("%d spans do not start at their first token", spanTokenMismatch)
	}
	t.Logf("%d docs, %d tokens, %d spans, %d objects %v, %d coref groups, %d facts", len(docs), tokens, spans, objects, types, groups, facts)
}

func FuzzParseToken(f *testing.F) {
	f.Add("143783 0 1 В")
	f.Add("1 2 3 a b")
	f.Add("1 -2 3 a")
	f.Fuzz(func(t *testing.T, line string) {
		tok, err := parseToken(line)
		if err == nil && (tok.Start < 0 || tok.Len < 0 || tok.ID == "" || tok.Text == "") {
			t.Fatalf("parseToken(%q) = %+v without error", line, tok)
		}
	})
}

func FuzzParseSpan(f *testing.F) {
	f.Add("22763 loc_name 37 6 143790 1  # 143790 Москвы")
	f.Add("1 a 2 3 4 5")
	f.Fuzz(func(t *testing.T, line string) {
		s, err := parseSpan(line)
		if err == nil && (s.Start < 0 || s.Len < 0 || s.NTokens < 0 || s.ID == "") {
			t.Fatalf("parseSpan(%q) = %+v without error", line, s)
		}
	})
}

func FuzzParseObject(f *testing.F) {
	f.Add("10433 Org 22763 22764 # Москвы мэрии")
	f.Fuzz(func(t *testing.T, line string) {
		o, err := parseObject(line)
		if err == nil && (o.ID == "" || len(o.SpanIDs) == 0) {
			t.Fatalf("parseObject(%q) = %+v without error", line, o)
		}
	})
}

func FuzzParseCoref(f *testing.F) {
	f.Add("47 10436 10437 10547", "name Москва")
	f.Add("1", "wikidata ")
	f.Fuzz(func(t *testing.T, head, attr string) {
		if g, err := parseCorefHead(head); err == nil && (g.ID == "" || len(g.ObjectIDs) == 0) {
			t.Fatalf("parseCorefHead(%q) = %+v without error", head, g)
		}
		if kv, err := parseKV(attr); err == nil && kv.Key == "" {
			t.Fatalf("parseKV(%q) = %+v without error", attr, kv)
		}
	})
}

func FuzzParseFact(f *testing.F) {
	f.Add("100-0 Occupation", "Who obj48 Лужков Юрий")
	f.Add("1-1 Deal", "Type наложение/выплата штрафа")
	f.Fuzz(func(t *testing.T, head, arg string) {
		if fact, err := parseFactHead(head); err == nil && (fact.ID == "" || fact.Type == "") {
			t.Fatalf("parseFactHead(%q) = %+v without error", head, fact)
		}
		a, err := parseFactArg(arg)
		if err != nil {
			return
		}
		if a.Role == "" || len(a.Values) == 0 {
			t.Fatalf("parseFactArg(%q) = %+v without error", arg, a)
		}
		for _, v := range a.Values {
			if (v.Ref == "" && v.Text == "") || (v.Ref != "" && !isRef(v.Ref)) {
				t.Fatalf("parseFactArg(%q) = %+v without error", arg, a)
			}
		}
	})
}

// FuzzReadDocument writes fuzzed layers beside the mini text and checks that
// ReadDocument never panics and that what it accepts lies in the text.
func FuzzReadDocument(f *testing.F) {
	layers := map[string]string{}
	for _, ext := range []string{".txt", ".tokens", ".spans", ".objects", ".coref", ".facts"} {
		b, err := os.ReadFile("testdata/mini" + ext)
		if err != nil {
			f.Fatal(err)
		}
		layers[ext] = string(b)
	}
	f.Add(layers[".txt"], layers[".tokens"], layers[".spans"], layers[".objects"], layers[".coref"], layers[".facts"])
	f.Fuzz(func(t *testing.T, txt, tokens, spans, objects, coref, facts string) {
		dir := t.TempDir()
		for ext, s := range map[string]string{".txt": txt, ".tokens": tokens, ".spans": spans, ".objects": objects, ".coref": coref, ".facts": facts} {
			if err := os.WriteFile(filepath.Join(dir, "x"+ext), []byte(s), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		d, err := ReadDocument(filepath.Join(dir, "x"))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		n := len([]rune(d.Text))
		for _, s := range d.Spans {
			if s.Start+s.Len > n {
				t.Fatalf("span %+v past the end of %d code points", s, n)
			}
		}
	})
}

func TestSpanByIDLastWins(t *testing.T) {
	d := &Document{Spans: []Span{{ID: "1", Type: "surname"}, {ID: "2", Type: "name"}, {ID: "1", Type: "nickname"}}}
	m := d.SpanByID()
	if len(m) != 2 || m["1"].Type != "nickname" || m["2"].Type != "name" {
		t.Errorf("SpanByID = %+v, want span 1 to be the last (nickname)", m)
	}
}
