// Package charset turns text in the encodings Russian documents still come
// in — windows-1251, KOI8-R, UTF-16 — into UTF-8, and guesses which of them
// an input that is not UTF-8 is in, so that a wrong encoding gets a useful
// error instead of a bare "not UTF-8".
package charset

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// The encodings Decode reads, by their canonical names.
const (
	UTF8        = "utf-8"
	Windows1251 = "windows-1251"
	KOI8R       = "koi8-r"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	// Auto decodes by Guess.
	Auto = "auto"
)

// Names lists the names Decode accepts, for flag help and error messages.
const Names = "utf-8, windows-1251 (cp1251), koi8-r, utf-16 (by its byte-order mark, else little-endian), utf-16le, utf-16be, auto"

// ErrUnknown is returned for an encoding name Decode does not know.
var ErrUnknown = errors.New("unknown encoding")

// Canonical returns the canonical name of an encoding name ("cp1251" →
// "windows-1251"; "utf-16" → "utf-16le" or, with a big-endian byte-order
// mark in data, "utf-16be"), or an error wrapping ErrUnknown.
func Canonical(name string, data []byte) (string, error) {
	switch n := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(name)), "_", "-"); n {
	case "", "utf-8", "utf8":
		return UTF8, nil
	case "windows-1251", "cp1251", "win-1251", "1251":
		return Windows1251, nil
	case "koi8-r", "koi8r", "koi8":
		return KOI8R, nil
	case "utf-16":
		if bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
			return UTF16BE, nil
		}
		return UTF16LE, nil
	case "utf-16le", "utf16le":
		return UTF16LE, nil
	case "utf-16be", "utf16be":
		return UTF16BE, nil
	case "auto":
		return Auto, nil
	}
	return "", fmt.Errorf("%w %q (known: %s)", ErrUnknown, name, Names)
}

// Decode returns data, in the named encoding, as UTF-8. UTF-8 input is
// returned as it is (Decode does not check it); with Auto, the encoding is
// Guess's, and input Guess cannot place is returned as it is, for the
// caller's UTF-8 check to refuse. A byte-order mark of the encoding is
// dropped.
func Decode(data []byte, name string) ([]byte, error) {
	enc, err := Canonical(name, data)
	if err != nil {
		return nil, err
	}
	if enc == Auto {
		if enc = Guess(data); enc == "" {
			return data, nil
		}
	}
	var d *encoding.Decoder
	switch enc {
	case UTF8:
		return data, nil
	case Windows1251:
		d = charmap.Windows1251.NewDecoder()
	case KOI8R:
		d = charmap.KOI8R.NewDecoder()
	case UTF16LE:
		d = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
	case UTF16BE:
		d = unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()
	}
	out, err := d.Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", enc, err)
	}
	return out, nil
}

// Guess names the encoding data is most likely in: UTF-16 by its
// byte-order mark or by the zero bytes of mostly ASCII or Cyrillic text,
// UTF-8 when it is valid UTF-8, windows-1251 or KOI8-R when most bytes
// above ASCII are Cyrillic letters in one of them — running Russian text
// is mostly lower case, which is 0xE0–0xFF in windows-1251 and 0xC0–0xDF
// in KOI8-R — and "" when it looks like none of these (binary data).
func Guess(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return UTF16LE
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return UTF16BE
	}
	if enc := guessUTF16(data); enc != "" {
		// (before the UTF-8 check: UTF-16 of ASCII and Cyrillic is all
		// bytes below 0x80, which is valid UTF-8 with NULs)
		return enc
	}
	if utf8.Valid(data) {
		return UTF8
	}
	var high, upper, lower int // bytes ≥ 0x80; in 0xC0–0xDF; in 0xE0–0xFF
	for _, b := range data {
		switch {
		case b == 0:
			return ""
		case b >= 0xE0:
			lower++
		case b >= 0xC0:
			upper++
		}
		if b >= 0x80 {
			high++
		}
	}
	if high == 0 || (upper+lower)*10 < high*8 {
		return ""
	}
	if lower >= upper {
		return Windows1251
	}
	return KOI8R
}

// guessUTF16 recognizes UTF-16 without a byte-order mark by its zero
// bytes: ASCII and Cyrillic (U+0400–U+04FF) code units have a zero or a
// 0x04 in their high byte, which falls on every other byte.
func guessUTF16(data []byte) string {
	if len(data) < 4 || len(data)%2 != 0 {
		return ""
	}
	var even, odd int // high bytes of 0 or 4 at even and at odd offsets
	for i, b := range data {
		if b == 0 || b == 4 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(data) / 2
	switch {
	case odd*10 >= half*9 && even*10 < half*2:
		return UTF16LE
	case even*10 >= half*9 && odd*10 < half*2:
		return UTF16BE
	}
	return ""
}
