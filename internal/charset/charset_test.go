package charset

import (
	"bytes"
	"errors"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// sample has letters of every Cyrillic range and punctuation all five
// encodings have (KOI8-R has no guillemets, dashes or №).
const sample = "В октябре 2024 года в Ижевске прошло 24-е заседание комиссии под председательством Дмитрия Шугаева: \"Купол\", ёлка, Ёж, 5%."

func encode(t *testing.T, enc string) []byte {
	t.Helper()
	var (
		out []byte
		err error
	)
	switch enc {
	case UTF8:
		return []byte(sample)
	case Windows1251:
		out, err = charmap.Windows1251.NewEncoder().Bytes([]byte(sample))
	case KOI8R:
		out, err = charmap.KOI8R.NewEncoder().Bytes([]byte(sample))
	case UTF16LE:
		out, err = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(sample))
	case UTF16BE:
		out, err = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(sample))
	}
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestGuessAndDecode(t *testing.T) {
	for _, enc := range []string{UTF8, Windows1251, KOI8R, UTF16LE, UTF16BE} {
		t.Run(enc, func(t *testing.T) {
			data := encode(t, enc)
			if got := Guess(data); got != enc {
				t.Errorf("Guess = %q, want %q", got, enc)
			}
			for _, name := range []string{enc, Auto} {
				out, err := Decode(data, name)
				if err != nil {
					t.Fatalf("Decode(%s): %v", name, err)
				}
				if string(out) != sample {
					t.Errorf("Decode(%s) = %q", name, out)
				}
			}
		})
	}
}

func TestByteOrderMarks(t *testing.T) {
	tests := []struct {
		name, enc string
		data      []byte
	}{
		{"utf-16le with a mark", "utf-16", append([]byte{0xFF, 0xFE}, encode(t, UTF16LE)...)},
		{"utf-16be with a mark", "utf-16", append([]byte{0xFE, 0xFF}, encode(t, UTF16BE)...)},
		{"utf-16be by auto", Auto, append([]byte{0xFE, 0xFF}, encode(t, UTF16BE)...)},
	}
	for _, tt := range tests {
		out, err := Decode(tt.data, tt.enc)
		if err != nil || string(out) != sample {
			t.Errorf("%s: %q, %v", tt.name, out, err)
		}
	}
}

func TestCanonical(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", UTF8}, {"UTF8", UTF8}, {"cp1251", Windows1251}, {"Windows_1251", Windows1251},
		{"KOI8-R", KOI8R}, {"utf-16", UTF16LE}, {"utf16be", UTF16BE}, {"auto", Auto},
	}
	for _, tt := range tests {
		if got, err := Canonical(tt.in, nil); err != nil || got != tt.want {
			t.Errorf("Canonical(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	if _, err := Canonical("latin-9", nil); !errors.Is(err, ErrUnknown) {
		t.Errorf("an unknown name: %v, want ErrUnknown", err)
	}
	if _, err := Decode([]byte("x"), "ebcdic"); !errors.Is(err, ErrUnknown) {
		t.Errorf("Decode with an unknown name: %v, want ErrUnknown", err)
	}
}

func TestGuessRefusesBinary(t *testing.T) {
	bin := make([]byte, 4096)
	x := uint32(1)
	for i := range bin {
		x = x*1664525 + 1013904223
		bin[i] = byte(x >> 24)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"pseudo-random bytes", bin},
		{"a NUL among high bytes", []byte{0xE0, 0xE1, 0, 0xE2, 0xE3}},
		{"Latin-1 accents", []byte("caf\xe9 na\xefve \xa9 \xb1 \x80\x81\x82\x83\x84\x85\x86")},
	}
	for _, tt := range tests {
		if got := Guess(tt.data); got != "" {
			t.Errorf("%s: Guess = %q, want none", tt.name, got)
		}
		out, err := Decode(tt.data, Auto)
		if err != nil || !bytes.Equal(out, tt.data) {
			t.Errorf("%s: Decode(auto) changed an input it cannot place", tt.name)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(sample), "auto")
	f.Add([]byte{0xFF, 0xFE, 0x41}, "utf-16")
	f.Add([]byte{0xC0, 0xE0, 0xFF}, "koi8-r")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		g := Guess(data)
		out, err := Decode(data, name)
		if err != nil {
			if !errors.Is(err, ErrUnknown) {
				t.Fatalf("Decode(%q): %v", name, err)
			}
			return
		}
		enc, _ := Canonical(name, data)
		if enc == Auto {
			enc = g
		}
		if enc != UTF8 && enc != "" && !utf8.Valid(out) {
			t.Fatalf("Decode(%q) as %s gave invalid UTF-8", name, enc)
		}
	})
}
