package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/sqlite"
	"github.com/factgraph/factgraph/store"
)

// fakeProcessor makes an ORGANIZATION entity of every capitalized word and
// refuses texts holding "FAIL" or invalid UTF-8, as the pipeline would.
type fakeProcessor struct {
	calls atomic.Int64
	// badSpan returns documents whose spans lie outside the text.
	badSpan bool
}

func (p *fakeProcessor) Process(source string, data []byte) (*doc.Document, error) {
	p.calls.Add(1)
	data = trimBOM(data)
	if !utf8.Valid(data) {
		return nil, errors.New("input is not valid UTF-8")
	}
	text := string(data)
	if strings.Contains(text, "FAIL") {
		return nil, errors.New("processor refused the text")
	}
	d := &doc.Document{Source: source, Lang: "ru", Text: text, Sentences: []doc.Sentence{},
		Entities: []doc.Entity{}, Relations: []doc.Relation{}, Events: []doc.Event{}}
	byName := map[string]int{}
	pos := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		i := strings.Index(text[pos:], w) + pos
		start := utf8.RuneCountInString(text[:i])
		pos = i + len(w)
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			continue
		}
		m := doc.Mention{Span: doc.Span{Start: start, End: start + utf8.RuneCountInString(w)}, Text: w, Type: "ORGANIZATION"}
		if p.badSpan {
			m.End += 1 << 20
		}
		k, ok := byName[w]
		if !ok {
			k = len(d.Entities)
			byName[w] = k
			d.Entities = append(d.Entities, doc.Entity{ID: fmt.Sprintf("E%d", k+1), Type: "ORGANIZATION", Name: w})
		}
		d.Entities[k].Mentions = append(d.Entities[k].Mentions, m)
	}
	return d, nil
}

func openStore(t testing.TB) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "store.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func write(t testing.TB, path, content string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// corpus writes the test inputs and returns the directory, the JSONL file
// and a missing path.
func corpus(t *testing.T) (dir, jsonl, missing string) {
	root := t.TempDir()
	dir = filepath.Join(root, "news")
	write(t, filepath.Join(dir, "a.txt"), "Ростех в Ижевске\nРостех показал Ланцет.")
	write(t, filepath.Join(dir, "b.txt"), "\uFEFFМинобороны и Ростех.")
	write(t, filepath.Join(dir, "sub", "c.txt"), "Калашников в Ижевске.")
	write(t, filepath.Join(dir, "dup.txt"), "Ростех в Ижевске\nРостех показал Ланцет.") // same as a.txt
	write(t, filepath.Join(dir, "bad.txt"), "Текст \xff\xfe")                           // not UTF-8
	write(t, filepath.Join(dir, "fail.txt"), "Текст FAIL")                              // refused by the processor
	write(t, filepath.Join(dir, "empty.txt"), "")                                       // empty
	write(t, filepath.Join(dir, "notes.md"), "Not a text file for ingest.")             // other extension
	jsonl = write(t, filepath.Join(root, "feed.jsonl"), strings.Join([]string{
		`{"id": "n1", "title": "Заголовок", "url": "https://example.org/1", "date": "2024-10-12", "text": "Ростех и Сбер."}`,
		`{"source": "wire/2", "text": "Сбер открыл офис."}`,
		``,
		`{"id": 42, "text": "Газпром в Москве."}`,
		`not json`,
		`{"title": "no text"}`,
		`{"text": "Ростех в Ижевске\nРостех показал Ланцет."}`, // duplicate of a.txt
		`{"text": "Плохая дата.", "date": "12 октября"}`,       // refused by the store
		`{"text": 7}`,
		`{"text": "Последняя строка без конца."}`,
	}, "\r\n"))
	missing = filepath.Join(root, "missing.txt")
	return dir, jsonl, missing
}

func TestRun(t *testing.T) {
	ctx := context.Background()
	dir, jsonl, missing := corpus(t)
	st := openStore(t)
	p := &fakeProcessor{}
	var out bytes.Buffer
	stdin := strings.NewReader("Стандартный ввод: Аэрофлот.")
	stats, err := Run(ctx, st, p, []string{dir, jsonl, missing, "-"}, Options{Workers: 3, Progress: &out, Stdin: stdin, LogEvery: 5})
	if err != nil {
		t.Fatal(err)
	}
	// dir: 7 texts (a, b, c, dup, bad, fail, empty); jsonl: 9 non-blank lines; missing; stdin.
	want := Stats{Read: 18, Stored: 8, Duplicates: 2, Failed: 8}
	stats.Elapsed = 0
	if stats != want {
		t.Errorf("stats = %+v, want %+v\n%s", stats, want, out.String())
	}
	log := out.String()
	for _, s := range []string{"bad.txt", "fail.txt", "empty.txt", "feed.jsonl:5", "feed.jsonl:6", "feed.jsonl:8", "feed.jsonl:9", "missing.txt", "ingest: done"} {
		if !strings.Contains(log, s) {
			t.Errorf("progress does not mention %q:\n%s", s, log)
		}
	}
	if strings.Contains(log, "\r") {
		t.Errorf("plain progress holds \\r")
	}
	list, err := st.Documents(ctx, store.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if list.Total != 8 {
		t.Errorf("%d documents stored, want 8", list.Total)
	}
	bySource := map[string]store.Document{}
	for _, d := range list.Documents {
		bySource[d.Source] = d
	}
	tests := []struct {
		source string
		meta   store.Meta
	}{
		{"n1", store.Meta{Title: "Заголовок", URL: "https://example.org/1", Date: "2024-10-12", Source: "n1"}},
		{"wire/2", store.Meta{Title: "Сбер открыл офис.", Source: "wire/2"}},
		{"42", store.Meta{Title: "Газпром в Москве.", Source: "42"}},
		{filepath.Join(dir, "a.txt"), store.Meta{Title: "Ростех в Ижевске", Source: filepath.Join(dir, "a.txt")}},
		{filepath.Join(dir, "b.txt"), store.Meta{Title: "Минобороны и Ростех.", Source: filepath.Join(dir, "b.txt")}},
		{jsonl + ":10", store.Meta{Title: "Последняя строка без конца.", Source: jsonl + ":10"}},
		{"", store.Meta{Title: "Стандартный ввод: Аэрофлот."}},
	}
	for _, tt := range tests {
		d, ok := bySource[tt.source]
		if !ok {
			t.Errorf("no document from %q", tt.source)
			continue
		}
		if d.Meta != tt.meta {
			t.Errorf("%s: meta %+v, want %+v", tt.source, d.Meta, tt.meta)
		}
	}
	res, err := st.Search(ctx, "Ростех", store.SearchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entities) != 1 || res.Entities[0].DocCount != 3 {
		t.Errorf("Ростех entities: %+v", res.Entities)
	}

	// A second run stores nothing and processes nothing already stored.
	calls := p.calls.Load()
	out.Reset()
	stats, err = Run(ctx, st, p, []string{dir}, Options{Progress: &out})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Stored != 0 || stats.Duplicates != 4 || stats.Failed != 3 {
		t.Errorf("second run: %+v", stats)
	}
	if got := p.calls.Load() - calls; got != 2 { // bad.txt and fail.txt only
		t.Errorf("second run processed %d texts, want 2", got)
	}
}

func TestRunTTY(t *testing.T) {
	dir, _, _ := corpus(t)
	var out bytes.Buffer
	stats, err := Run(context.Background(), openStore(t), &fakeProcessor{}, []string{dir}, Options{Progress: &out, TTY: true})
	if err != nil {
		t.Fatal(err)
	}
	log := out.String()
	for _, s := range []string{"\r\x1b[K[", "docs/s", "ETA", "bad.txt", "ingest: done"} {
		if !strings.Contains(log, s) {
			t.Errorf("terminal progress lacks %q: %q", s, log)
		}
	}
	if !strings.HasSuffix(log, "\n") {
		t.Errorf("terminal progress does not end its line: %q", log)
	}
	if stats.Read != 7 {
		t.Errorf("stats = %+v", stats)
	}
}

func TestRunJSONLStdin(t *testing.T) {
	stdin := strings.NewReader(`{"text":"Один."}` + "\n" + `{"text":"Два."}` + "\n")
	stats, err := Run(context.Background(), openStore(t), &fakeProcessor{}, []string{"-"}, Options{JSONL: true, Stdin: stdin})
	if err != nil || stats.Stored != 2 {
		t.Errorf("stats = %+v, %v", stats, err)
	}
}

func TestRunLimits(t *testing.T) {
	root := t.TempDir()
	big := write(t, filepath.Join(root, "big.txt"), strings.Repeat("я", 100))
	feed := write(t, filepath.Join(root, "feed.jsonl"),
		`{"text":"`+strings.Repeat("я", 100)+`"}`+"\n"+`{"text":"Короткий."}`+"\n")
	var out bytes.Buffer
	stats, err := Run(context.Background(), openStore(t), &fakeProcessor{}, []string{big, feed}, Options{MaxBytes: 64, Progress: &out})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Read != 3 || stats.Failed != 2 || stats.Stored != 1 {
		t.Errorf("stats = %+v\n%s", stats, out.String())
	}
	if !strings.Contains(out.String(), "too l") {
		t.Errorf("no size error reported:\n%s", out.String())
	}
}

func TestRunInvalidDocument(t *testing.T) {
	dir, _, _ := corpus(t)
	var out bytes.Buffer
	stats, err := Run(context.Background(), openStore(t), &fakeProcessor{badSpan: true}, []string{dir}, Options{Progress: &out})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Stored != 0 || stats.Failed != 7 || stats.Duplicates != 0 {
		t.Errorf("stats = %+v", stats)
	}
	if !strings.Contains(out.String(), "outside the text") {
		t.Errorf("store refusal not reported:\n%s", out.String())
	}
}

// failingStore fails every PutDocument with an internal error.
type failingStore struct{ store.Store }

func (failingStore) PutDocument(context.Context, *doc.Document, store.Meta) (store.PutResult, error) {
	return store.PutResult{}, store.Internal("store document", errors.New("disk full"))
}

func TestRunStoreFailure(t *testing.T) {
	dir, _, _ := corpus(t)
	stats, err := Run(context.Background(), failingStore{openStore(t)}, &fakeProcessor{}, []string{dir}, Options{Workers: 2})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Run = %v, want the store failure", err)
	}
	if stats.Stored != 0 {
		t.Errorf("stats = %+v", stats)
	}
}

func TestRunCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dir, _, _ := corpus(t)
	_, err := Run(ctx, openStore(t), &fakeProcessor{}, []string{dir}, Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v, want context.Canceled", err)
	}
}

func TestReadLine(t *testing.T) {
	in := "short\r\n" + strings.Repeat("x", 200) + "\nlast"
	r := bufio.NewReaderSize(strings.NewReader(in), 16)
	type got struct {
		line string
		err  string
	}
	var gots []got
	for {
		line, _, err := readLine(r, 50)
		if err == io.EOF && line == nil {
			break
		}
		e := ""
		if err != nil {
			e = err.Error()
		}
		gots = append(gots, got{string(line), e})
		if err == io.EOF {
			break
		}
	}
	want := []got{{"short", ""}, {"", "line too long: more than 50 bytes"}, {"last", "EOF"}}
	if fmt.Sprint(gots) != fmt.Sprint(want) {
		t.Errorf("lines = %q, want %q", gots, want)
	}
}

func TestFirstLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\n\n  Заголовок  \nтекст", "Заголовок"},
		{"\uFEFFЗаголовок", "Заголовок"},
		{"", ""},
		{"\xff", ""},
		{strings.Repeat("я", MaxTitleRunes+10), strings.Repeat("я", MaxTitleRunes) + "…"},
	}
	for _, tt := range tests {
		if got := firstLine([]byte(tt.in)); got != tt.want {
			t.Errorf("firstLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRunEncoding(t *testing.T) {
	root := t.TempDir()
	// «Завод Купол в Ижевске.» in windows-1251, «Купол работает в
	// Ижевске.» in KOI8-R.
	cp := write(t, filepath.Join(root, "cp.txt"), "\xc7\xe0\xe2\xee\xe4 \xca\xf3\xef\xee\xeb \xe2 \xc8\xe6\xe5\xe2\xf1\xea\xe5.")
	koi := write(t, filepath.Join(root, "koi.txt"), "\xeb\xd5\xd0\xcf\xcc \xd2\xc1\xc2\xcf\xd4\xc1\xc5\xd4 \xd7 \xe9\xd6\xc5\xd7\xd3\xcb\xc5.")
	tests := []struct {
		encoding       string
		stored, failed int
	}{
		{"", 0, 2},             // UTF-8: both refused
		{"windows-1251", 2, 0}, // (the KOI8-R text decodes too, as garbage: every byte is a windows-1251 character)
		{"auto", 2, 0},
	}
	for _, tt := range tests {
		db := openStore(t)
		var out bytes.Buffer
		stats, err := Run(context.Background(), db, &fakeProcessor{}, []string{cp, koi}, Options{Progress: &out, Encoding: tt.encoding})
		if err != nil {
			t.Fatal(err)
		}
		if stats.Stored != tt.stored || stats.Failed != tt.failed {
			t.Errorf("encoding %q: stats = %+v\n%s", tt.encoding, stats, out.String())
		}
		if tt.encoding == "auto" {
			res, err := db.Search(context.Background(), "Купол", store.SearchOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Documents) != 2 {
				t.Errorf("auto: %d documents hold «Купол», want 2", len(res.Documents))
			}
		}
	}
}
