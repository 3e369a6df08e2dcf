package queue

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factgraph/factgraph/store"
)

func TestEncodeDecode(t *testing.T) {
	d := NewDoc([]byte("\uFEFFМосква, 12 октября.\nВторая строка.\n"), store.Meta{Title: "Заголовок\n«в кавычках»", URL: "https://example.org/a?b=c&d", Date: "2024-10-12", Source: "a.txt"})
	if bytes.HasPrefix(d.Text, []byte("\uFEFF")) || d.Hash != store.Hash(string(d.Text)) {
		t.Fatalf("NewDoc: %q %s", d.Text, d.Hash)
	}
	b := Encode(d)
	if bytes.Count(b[:bytes.IndexByte(b, '\n')], []byte("\n")) != 0 {
		t.Fatal("header spans lines")
	}
	got, err := Decode(b, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Text, d.Text) || got.Meta != d.Meta || got.Hash != d.Hash {
		t.Fatalf("round trip: %+v, want %+v", got, d)
	}
}

func TestDecodePoison(t *testing.T) {
	good := NewDoc([]byte("текст"), store.Meta{})
	withText := func(text string) []byte {
		d := good
		d.Text = []byte(text)
		d.Hash = store.Hash(text)
		return Encode(d)
	}
	cases := []struct {
		name string
		body []byte
		max  int
		want string
	}{
		{"empty", nil, 0, "no header line"},
		{"no header", []byte("just text"), 0, "no header line"},
		{"long header", append(bytes.Repeat([]byte("x"), MaxHeaderBytes+1), '\n'), 0, "header line of"},
		{"not JSON", []byte("{nope\ntext"), 0, "not a JSON object"},
		{"JSON array", []byte("[1]\ntext"), 0, "not a JSON object"},
		{"version", []byte(`{"v":2,"hash":"` + good.Hash + `"}` + "\ntext"), 0, "format version 2"},
		{"bad hash", []byte(`{"v":1,"hash":"ABC"}` + "\ntext"), 0, "not a SHA-256"},
		{"hash mismatch", []byte(`{"v":1,"hash":"` + good.Hash + `"}` + "\nother"), 0, "hashes to"},
		{"empty text", withText(""), 0, "empty text"},
		{"not UTF-8", withText("abc\xff\xfe"), 0, "not valid UTF-8"},
		{"NUL", withText("a\x00b"), 0, "NUL"},
		{"BOM", withText("\uFEFFa"), 0, "byte order mark"},
		{"too large", withText(strings.Repeat("я", 100)), 150, "too large: 200 bytes, limit 150"},
	}
	for _, c := range cases {
		_, err := Decode(c.body, c.max)
		if err == nil || !IsPoison(err) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want a poison error with %q", c.name, err, c.want)
		}
	}
	if _, err := Decode(withText(strings.Repeat("я", 75)), 150); err != nil {
		t.Errorf("at the limit: %v", err)
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"nats://u:secret@h:4222":           "nats://u:xxxxx@h:4222",
		"nats://tok@h:4222,nats://h2:4222": "nats://xxxxx@h:4222,nats://h2:4222",
		"nats://127.0.0.1:4222":            "nats://127.0.0.1:4222",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzDecode feeds arbitrary message bodies to Decode: it never panics, a
// body it accepts holds valid UTF-8 text matching its hash, and encoding
// what it decoded gives a body that decodes to the same document.
func FuzzDecode(f *testing.F) {
	d := NewDoc([]byte("Москва"), store.Meta{Title: "t", URL: "u", Date: "2024", Source: "s"})
	f.Add(Encode(d))
	f.Add([]byte(`{"v":1,"hash":"` + d.Hash + `","title":"\u0000"}` + "\nМосква"))
	f.Add([]byte("{\"v\":1}\n\xff"))
	f.Add([]byte("\n"))
	f.Add([]byte(`{"v":1,"hash":"` + d.Hash + `","x":{"y":[[[[[[1]]]]]]}}` + "\nМосква"))
	f.Fuzz(func(t *testing.T, body []byte) {
		got, err := Decode(body, 1<<20)
		if err != nil {
			if !IsPoison(err) {
				t.Fatalf("error %v is not a PoisonError", err)
			}
			return
		}
		if !utf8.Valid(got.Text) || len(got.Text) == 0 || store.Hash(string(got.Text)) != got.Hash {
			t.Fatalf("accepted %q with hash %s", got.Text, got.Hash)
		}
		again, err := Decode(Encode(got), 1<<20)
		if err != nil || !bytes.Equal(again.Text, got.Text) || again.Meta != got.Meta {
			t.Fatalf("re-encoding: %+v, %v; want %+v", again, err, got)
		}
	})
}
