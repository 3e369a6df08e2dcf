package relation

import (
	"bytes"
	"compress/gzip"
	"io"
	"testing"
)

// FuzzDecode feeds Decode arbitrary files: it must return an error or a
// usable model, never panic.
func FuzzDecode(f *testing.F) {
	var buf bytes.Buffer
	if err := trainTiny(f).Encode(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(magic + "\x01"))
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
	var buf bytes.Buffer
	if err := trainTiny(f).Encode(&buf); err != nil {
		f.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(buf.Bytes()[len(magic)+1+32:]))
	if err != nil {
		f.Fatal(err)
	}
	body, err := io.ReadAll(zr)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(body)
	f.Add(body[:len(body)/2])
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := decodeBody(b)
		if err == nil {
			ex := example("Иван Петров", "работает в", "Газпроме", true)
			m.Extract(ex.Text, ex.Sents, ex.Mentions)
		}
	})
}
