package relation

import (
	"bytes"
	"compress/gzip"
	"io"
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// seedModels returns the files of a linear model, of one with a network
// and of one with an ensemble of networks, the seeds of the fuzz targets.
func seedModels(f *testing.F) [][]byte {
	var out [][]byte
	for _, m := range []*Model{trainTiny(f), trainTinyNeural(f, nil), trainTinyEnsemble(f, nil, 2, true)} {
		var buf bytes.Buffer
		if err := m.Encode(&buf); err != nil {
			f.Fatal(err)
		}
		out = append(out, buf.Bytes())
	}
	return out
}

// FuzzDecode feeds Decode arbitrary files: it must return an error or a
// usable model, never panic.
func FuzzDecode(f *testing.F) {
	for _, b := range seedModels(f) {
		f.Add(b)
	}
	f.Add([]byte(magic + "\x01"))
	f.Add([]byte(magic + "\x02"))
	f.Add([]byte(magic + "\x03"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Decode(bytes.NewReader(b))
		if err == nil {
			ex := example("Иван Петров", "работает в", "Газпроме", true)
			m.Extract(ex.Text, ex.Sents, ex.Mentions)
		}
	})
}

// FuzzDecodeBody fuzzes the decompressed payload, past the checksum that
// stops almost every mutation in FuzzDecode.
func FuzzDecodeBody(f *testing.F) {
	for _, b := range seedModels(f) {
		zr, err := gzip.NewReader(bytes.NewReader(b[len(magic)+1+32:]))
		if err != nil {
			f.Fatal(err)
		}
		body, err := io.ReadAll(zr)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(body)
		f.Add(body[:len(body)/2])
		f.Add(body[:len(body)-3])
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := decodeBody(b)
		if err == nil {
			ex := example("Иван Петров", "работает в", "Газпроме", true)
			m.Extract(ex.Text, ex.Sents, ex.Mentions)
		}
	})
}

// FuzzRules runs the rule layers (pronouns, patterns, lists, employers) over
// arbitrary text, mentions and relations: they must never panic, and every
// relation they return indexes the mentions.
func FuzzRules(f *testing.F) {
	f.Add("Музыканты Юрий Царёв, Алексей Борисов и Павел Шевелёв. Концерн «Калашников» входит в «Ростех», его производит.", 0, 9, 10, 20, 22, 37, uint8(0), 1, 0)
	f.Add("", 0, 0, 0, 0, 0, 0, uint8(3), 0, 0)
	f.Add("Генеральный директор концерна Алан Лушников", 0, 29, 30, 43, -1, 100, uint8(2), 1, 0)
	f.Add("Иванов приехал. Он родился в Москве.", 0, 6, 29, 35, 16, 18, uint8(0), 3, 1)
	types := []string{"PERSON", "PROFESSION", "ORGANIZATION", "COUNTRY", "PRODUCT", "EVENT"}
	rels := []string{"WORKS_AS", "PARTICIPANT_IN", "PART_OF", "MEMBER_OF", "KNOWS"}
	f.Fuzz(func(t *testing.T, text string, a0, a1, b0, b1, c0, c1 int, typ uint8, head, tail int) {
		runes := []rune(text)
		var ms []doc.Mention
		for i, sp := range [][2]int{{a0, a1}, {b0, b1}, {c0, c1}} {
			m := doc.Mention{Span: doc.Span{Start: sp[0], End: sp[1]}, Type: types[(int(typ)+i)%len(types)]}
			if m.Start >= 0 && m.Start <= m.End && m.End <= len(runes) {
				m.Text = string(runes[m.Start:m.End])
			}
			ms = append(ms, m)
		}
		base := fixed{{Type: rels[int(typ)%len(rels)], Head: head, Tail: tail}}
		for _, r := range WithRules(base).Extract(runes, tokenize.Split(text), ms) {
			if r.Head < 0 || r.Tail < 0 || r.Head >= len(ms) || r.Tail >= len(ms) {
				if r != base[0] {
					t.Fatalf("relation %+v indexes no mention (%d)", r, len(ms))
				}
			}
		}
	})
}
