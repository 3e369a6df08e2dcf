package relation

import (
	"bytes"
	"compress/gzip"
	"io"
	"testing"
)

// seedModels returns the files of a linear model and of one with a
// network, the seeds of the fuzz targets.
func seedModels(f *testing.F) [][]byte {
	var out [][]byte
	for _, m := range []*Model{trainTiny(f), trainTinyNeural(f, nil)} {
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
