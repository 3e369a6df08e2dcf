package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// factgraph runs the command line in-process.
func factgraph(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestExtractGolden(t *testing.T) {
	tests := []struct{ args []string }{
		{[]string{"extract", "../../testdata/ru-commission-2024.txt"}},
		{[]string{"extract", "--format", "brat", "../../testdata/ru-commission-2024.txt"}},
		{[]string{"extract", "--format", "conllu", "../../testdata/ru-commission-2024.txt"}},
	}
	for _, tt := range tests {
		name := strings.Join(tt.args[:len(tt.args)-1], "_")
		t.Run(name, func(t *testing.T) {
			out, errs, code := factgraph(t, "", tt.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			golden := filepath.Join("testdata", strings.ReplaceAll(name, "--", "")+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if out != string(want) {
				t.Errorf("output differs from %s (run go test -update after checking the change)", golden)
			}
		})
	}
}

// TestExtractContract checks the JSON contract of docs/format.md on the
// example article: offsets in code points, mentions matching the text,
// entities referenced by ID.
func TestExtractContract(t *testing.T) {
	out, errs, code := factgraph(t, "", "extract", "../../testdata/ru-commission-2024.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var d doc.Document
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if d.Source != "../../testdata/ru-commission-2024.txt" || d.Lang != "ru" {
		t.Errorf("source %q lang %q", d.Source, d.Lang)
	}
	text := []rune(d.Text)
	if len(d.Sentences) < 10 {
		t.Errorf("%d sentences", len(d.Sentences))
	}
	for _, s := range d.Sentences {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End || len(s.Tokens) != 0 {
			t.Errorf("bad sentence %+v", s)
		}
	}
	names := map[string]bool{}
	for _, e := range d.Entities {
		names[e.Type+" "+e.Name] = true
		for _, m := range e.Mentions {
			if got := string(text[m.Start:m.End]); got != m.Text {
				t.Errorf("mention %q at %d..%d covers %q", m.Text, m.Start, m.End, got)
			}
		}
	}
	// The 24th session: in Ижевск, in October 2024, chaired by both.
	byID := map[string]doc.Entity{}
	for _, e := range d.Entities {
		byID[e.ID] = e
	}
	session := false
	for _, v := range d.Events {
		if v.Type != "SESSION" || v.Date != "2024-10" || byID[v.Place].Name != "Ижевск" {
			continue
		}
		var ps []string
		for _, id := range v.Participants {
			ps = append(ps, byID[id].Name)
		}
		got := strings.Join(ps, ", ")
		session = strings.Contains(got, "Дмитрий Шугаев") && strings.Contains(got, "Дмитрий Пантус")
	}
	// Who works where.
	facts := map[string]bool{}
	for _, r := range d.Relations {
		facts[byID[r.Head].Name+" "+r.Type+" "+byID[r.Tail].Name] = true
	}
	for _, want := range []string{
		"Дмитрий Шугаев WORKPLACE Федеральная служба по военно-техническому сотрудничеству Российской Федерации",
		"Дмитрий Шугаев WORKS_AS директор Федеральной службы по военно-техническому сотрудничеству Российской Федерации",
		"Фанил Зиятдинов WORKPLACE Ижевский электромеханический завод «Купол»",
		"Александр Бречалов WORKS_AS глава Удмуртии",
		"Дмитрий Пантус WORKPLACE Государственный военно-промышленный комитет Республики Беларусь",
		"Ижевский электромеханический завод «Купол» PART_OF Концерн воздушно-космической обороны «Алмаз-Антей»",
		"Ижевский электромеханический завод «Купол» PRODUCES Тор-М2",
	} {
		if !facts[want] {
			t.Errorf("no relation %q", want)
		}
	}
	if !session {
		t.Errorf("no SESSION in Ижевск, 2024-10, with both co-chairs among %+v", d.Events)
	}
	for _, want := range []string{"PERSON Дмитрий Шугаев", "CITY Ижевск", "STATE_OR_PROVINCE Удмуртия", "PERSON Александр Бречалов", "ORGANIZATION Концерн воздушно-космической обороны «Алмаз-Антей»"} {
		if !names[want] {
			t.Errorf("no entity %q", want)
		}
	}
}

func TestExtractInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	bin := write("bin.txt", []byte{0xff, 0xfe, 0x00, 0x41})
	big := write("big.txt", bytes.Repeat([]byte("слово "), 100))
	cp1251 := filepath.Join(t.TempDir(), "cp1251.txt") // «Москва» in windows-1251, apart from dir
	if err := os.WriteFile(cp1251, []byte("\xcc\xee\xf1\xea\xe2\xe0"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		stdin    string
		args     []string
		code     int
		inStdout string
		inStderr string
	}{
		{"empty file", "", []string{"extract", empty}, 0, `"entities": []`, ""},
		{"empty stdin", "", []string{"extract", "--format", "jsonl", "-"}, 0, `"sentences":[]`, ""},
		{"stdin has no source", "Москва", []string{"extract", "--format", "jsonl", "-"}, 0, `{"lang":"ru"`, ""},
		{"binary", "", []string{"extract", bin}, 1, "", "not valid UTF-8"},
		{"too large", "", []string{"extract", "--max-bytes", "100", big}, 1, "", "input too large"},
		{"too large stdin", strings.Repeat("a", 200), []string{"extract", "--max-bytes", "100", "-"}, 1, "", "input too large"},
		{"windows-1251 undeclared", "", []string{"extract", cp1251}, 1, "", "looks like windows-1251"},
		{"windows-1251 declared", "", []string{"extract", "--encoding", "cp1251", cp1251}, 0, `"text": "Москва"`, ""},
		{"windows-1251 guessed", "", []string{"extract", "--encoding", "auto", cp1251}, 0, `"text": "Москва"`, ""},
		{"windows-1251 stdin", "\xcc\xee\xf1\xea\xe2\xe0", []string{"extract", "--encoding", "auto", "--format", "jsonl", "-"}, 0, `"text":"Москва"`, ""},
		{"bad encoding", "", []string{"extract", "--encoding", "latin-9", empty}, 1, "", "unknown encoding"},
		{"missing", "", []string{"extract", filepath.Join(dir, "nope.txt")}, 1, "", "no such file"},
		{"bad format", "", []string{"extract", "--format", "xml", empty}, 1, "", "unknown format"},
		{"bad date", "", []string{"extract", "--date", "12.10.2024", empty}, 1, "", "bad --date"},
		{"no args", "", []string{"extract"}, 2, "", "usage"},
		{"unknown command", "", []string{"frobnicate"}, 2, "", "unknown command"},
		{"directory keeps going past bad files", "", []string{"extract", "--format", "jsonl", dir}, 1, `"source":"` + big, "1 of 3 files failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := factgraph(t, tt.stdin, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errs)
			}
			if !strings.Contains(out, tt.inStdout) {
				t.Errorf("stdout %.200q lacks %q", out, tt.inStdout)
			}
			if !strings.Contains(errs, tt.inStderr) {
				t.Errorf("stderr %q lacks %q", errs, tt.inStderr)
			}
		})
	}
}

func TestExtractDirJSONArray(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("Путин посетил Москву."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errs, code := factgraph(t, "", "extract", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var docs []doc.Document
	if err := json.Unmarshal([]byte(out), &docs); err != nil {
		t.Fatalf("not a JSON array: %v", err)
	}
	if len(docs) != 2 || docs[0].Source != filepath.Join(dir, "a.txt") {
		t.Errorf("got %d docs, first %q", len(docs), docs[0].Source)
	}
}

func TestIngest(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fg.db")
	out, errs, code := factgraph(t, "", "ingest", "--db", db, "../../testdata/ru-commission-2024.txt")
	if code != 0 || !strings.Contains(out, "1 stored") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	// Ingesting the same text again stores nothing new.
	out, errs, code = factgraph(t, "", "ingest", "--db", db, "../../testdata/ru-commission-2024.txt")
	if code != 0 || !strings.Contains(out, "1 already stored") {
		t.Fatalf("second run: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	// A bad input is reported and counted; the rest is kept.
	_, errs, code = factgraph(t, "{\"text\": 5}\n{\"text\": \"Путин прибыл в Минск.\"}\n", "ingest", "--db", db, "--jsonl", "-")
	if code != 1 || !strings.Contains(errs, "1 of 2 inputs failed") {
		t.Fatalf("jsonl: exit %d, stderr %q", code, errs)
	}
}

func TestBench(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"bench", "../../testdata"}, 0, "stages all"},
		{[]string{"bench", "--stages", "ner", "--fast", "../../testdata"}, 0, "stages ner"},
		{[]string{"bench", "--stages", "tagger", "../../testdata"}, 1, "want all or ner"},
		{[]string{"bench", "--ext", ".none", "../../testdata"}, 1, "no .none files"},
		{[]string{"bench", "--stages", "ner", "--fast", "--memprofile", filepath.Join(t.TempDir(), "allocs.prof"), "../../testdata"}, 0, "KB/doc"},
		{[]string{"bench", "--stages", "ner", "--fast", "--memprofile", filepath.Join(t.TempDir(), "no", "such", "dir"), "../../testdata"}, 1, "memory profile"},
	} {
		out, errs, code := factgraph(t, "", tt.args...)
		if code != tt.code || !strings.Contains(out+errs, tt.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d and %q", tt.args, code, out, errs, tt.code, tt.want)
		}
		if code == 0 && !strings.Contains(out, "documents    1 (0 failed)") {
			t.Errorf("%v: stdout %q", tt.args, out)
		}
	}
}

func TestExtractTaggerDomain(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"extract", "--format", "conllu", "--tagger-domain", "taiga", "-"}, 0, "мыть\tVERB"},
		{[]string{"extract", "--tagger-domain", "foo", "-"}, 1, `domain "foo" not trained`},
		{[]string{"extract", "--fast", "--tagger-domain", "gsd", "-"}, 1, "no tagger"},
	} {
		out, errs, code := factgraph(t, "Мама мыла раму.", tt.args...)
		if code != tt.code || !strings.Contains(out+errs, tt.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d and %q", tt.args, code, out, errs, tt.code, tt.want)
		}
	}
}
