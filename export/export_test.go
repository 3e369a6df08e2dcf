package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/doc"
)

func sample(source string) *doc.Document {
	m := doc.Mention{Span: doc.Span{Start: 0, End: 6}, Text: "Москва", Type: "CITY"}
	r := doc.Mention{Span: doc.Span{Start: 8, End: 14}, Text: "Россия", Type: "COUNTRY"}
	return &doc.Document{Source: source, Lang: "ru", Text: "Москва, Россия.",
		Sentences: []doc.Sentence{{Span: doc.Span{Start: 0, End: 15}, Tokens: []doc.Token{{Span: m.Span, Text: "Москва"}}}},
		Entities: []doc.Entity{{ID: "E1", Type: "CITY", Name: "Москва", Mentions: []doc.Mention{m}},
			{ID: "E2", Type: "COUNTRY", Name: "Россия", Mentions: []doc.Mention{r}}},
		Relations: []doc.Relation{{Type: "LOCATED_IN", Head: "E1", Tail: "E2", Evidence: doc.Span{Start: 0, End: 15}}}}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats {
		if got, err := ParseFormat(string(f)); err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
	}
	if _, err := ParseFormat("xml"); err == nil {
		t.Error("ParseFormat accepted xml")
	}
}

func TestWriter(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		opt    Options
		docs   int
		check  func(t *testing.T, out string)
	}{
		{"json object, tokens dropped, empty arrays", JSON, Options{}, 1, func(t *testing.T, out string) {
			var d map[string]any
			if err := json.Unmarshal([]byte(out), &d); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(out, `"tokens"`) || d["relations"] == nil || d["events"] == nil {
				t.Errorf("bad object: %s", out)
			}
		}},
		{"json array", JSON, Options{Array: true, Tokens: true}, 2, func(t *testing.T, out string) {
			var ds []doc.Document
			if err := json.Unmarshal([]byte(out), &ds); err != nil {
				t.Fatal(err)
			}
			if len(ds) != 2 || len(ds[1].Sentences[0].Tokens) != 1 {
				t.Errorf("bad array: %s", out)
			}
		}},
		{"empty json array", JSON, Options{Array: true}, 0, func(t *testing.T, out string) {
			if strings.TrimSpace(out) != "[]" {
				t.Errorf("got %q", out)
			}
		}},
		{"jsonl", JSONL, Options{}, 2, func(t *testing.T, out string) {
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) != 2 || !strings.HasPrefix(lines[0], `{"source":"a.txt"`) {
				t.Errorf("got %q", out)
			}
		}},
		{"brat round trip", Brat, Options{}, 1, func(t *testing.T, out string) {
			d, err := brat.Parse(strings.NewReader(out), "a.ann", "Москва, Россия.")
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Entities) != 2 || d.Entities[0].Type != "CITY" || d.Entities[0].Text != "Москва" {
				t.Errorf("got %+v", d.Entities)
			}
			if len(d.Relations) != 1 || d.Relations[0].Type != "LOCATED_IN" || d.Relations[0].Arg1 != "T1" || d.Relations[0].Arg2 != "T2" {
				t.Errorf("got %+v", d.Relations)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := NewWriter(&buf, tt.format, tt.opt)
			for i := 0; i < tt.docs; i++ {
				if err := w.Write(sample([]string{"a.txt", "b.txt"}[i])); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			tt.check(t, buf.String())
		})
	}
	// A single JSON object holds one document.
	w := NewWriter(&bytes.Buffer{}, JSON, Options{})
	if err := w.Write(sample("a")); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(sample("b")); err == nil {
		t.Error("second document accepted without Array")
	}
}
