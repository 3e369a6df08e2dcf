package tagger

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"runtime"
	"testing"
)

// rawPayload returns the uncompressed payload of a model file.
func rawPayload(t testing.TB, file []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(file[len(magic)+1+sha256.Size:]))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// tinyV2 is the payload of a small format version 2 model (JSON header).
func tinyV2() []byte {
	hdr := []byte(`{"bits":10,"tags":["NOUN|Case=Nom","X"],"lex":[{"w":"a","t":[1],"n":[2],"l":["a"]},{"w":"ab","t":[0,1],"n":[3,1],"l":["abc","ab"]}],"suffixes":{"1:b":[0,1]},"lemmas":{"NOUN|a":{"Cut":1,"Add":"b"}},"meta":{"k":"v"}}`)
	raw := binary.LittleEndian.AppendUint32(nil, uint32(len(hdr)))
	raw = append(raw, hdr...)
	raw = append(raw, 0, 0, 128, 63) // scale 1
	for i := range 1 << 10 {
		raw = binary.LittleEndian.AppendUint16(raw, uint16(i%7-3))
	}
	return raw
}

// v3 builds a version 3 payload from varints and strings (a string is
// written as prefix length 0 and its bytes).
func v3(items ...any) []byte {
	var raw []byte
	for _, it := range items {
		switch x := it.(type) {
		case int:
			raw = binary.AppendUvarint(raw, uint64(x))
		case string:
			raw = binary.AppendUvarint(raw, 0)
			raw = binary.AppendUvarint(raw, uint64(len(x)))
			raw = append(raw, x...)
		case []byte:
			raw = append(raw, x...)
		}
	}
	return raw
}

// tinyV3 is a small valid version 3 payload: bits 10, 5 bytes of text, no
// meta, one tag, one word with one entry, no endings or rules.
func tinyV3() []byte {
	return v3(10, 5, 0, 1, "X", 1, "abcd", 1, 0, 2, 0, 0, 0, 0, []byte{0, 0, 128, 63}, make([]byte, 2<<10))
}

func TestDecodeTinyV3(t *testing.T) {
	m, err := DecodeWith(bytes.NewReader(signed(tinyV3())), nil)
	if err != nil {
		t.Fatal(err)
	}
	if lx := m.lex["abcd"]; lx.total != 2 || len(lx.entries) != 1 || lx.entries[0].lemma != "" {
		t.Errorf("lexicon: %+v", m.lex)
	}
}

// TestDecodeV2 checks that a format version 2 file is still read, and
// that it is written again in the current format with the same content.
func TestDecodeV2(t *testing.T) {
	m, err := DecodeWith(bytes.NewReader(signedV(tinyV2(), 2)), nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := m.Encode(&b); err != nil {
		t.Fatal(err)
	}
	if b.Bytes()[len(magic)] != formatVersion {
		t.Fatalf("Encode wrote version %d", b.Bytes()[len(magic)])
	}
	m3, err := DecodeWith(bytes.NewReader(b.Bytes()), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []*Model{m, m3} {
		if fmt.Sprint(x.tags, x.lex, x.suffixes, x.lemmas, x.Meta, x.scale) != fmt.Sprint(m.tags, m.lex, m.suffixes, m.lemmas, m.Meta, m.scale) ||
			!slicesEqual(x.q, m.q) {
			t.Errorf("version 3 copy differs:\n%v\n%v", x.lex, m.lex)
		}
	}
	if m3.lex["ab"].entries[0].lemma != "abc" || m3.lex["ab"].total != 4 {
		t.Errorf("lexicon word ab: %+v", m3.lex["ab"])
	}
	words := []string{"a", "ab", "b"}
	if a, b := fmt.Sprint(m.TagWords(words)), fmt.Sprint(m3.TagWords(words)); a != b {
		t.Errorf("tags differ:\n%s\n%s", a, b)
	}
	// version 1 (and any other) is refused
	if _, err := DecodeWith(bytes.NewReader(signedV(tinyV2(), 1)), nil); !errors.Is(err, ErrFormat) {
		t.Errorf("version 1: err = %v, want ErrFormat", err)
	}
}

func slicesEqual(a, b []int16) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestDecodeTruncated cuts a validly signed payload at every point: each
// must fail with ErrFormat.
func TestDecodeTruncated(t *testing.T) {
	m := trainTiny(t)
	var b bytes.Buffer
	if err := m.Encode(&b); err != nil {
		t.Fatal(err)
	}
	raw := rawPayload(t, b.Bytes())
	if _, err := DecodeWith(bytes.NewReader(signed(raw)), nil); err != nil {
		t.Fatal(err)
	}
	head := len(raw) - 4 - 2<<m.bits // the part before the weights
	step := 1
	if testing.Short() {
		step = 7
	}
	for n := 0; n < len(raw); n += step {
		if n > head+64 && n < len(raw)-64 {
			n = len(raw) - 64 // the middle of the weights is all alike
		}
		if _, err := DecodeWith(bytes.NewReader(signed(raw[:n])), nil); !errors.Is(err, ErrFormat) {
			t.Fatalf("payload cut at %d of %d: err = %v, want ErrFormat", n, len(raw), err)
		}
	}
	if _, err := DecodeWith(bytes.NewReader(signed(append(bytes.Clone(raw), 0))), nil); !errors.Is(err, ErrFormat) {
		t.Errorf("trailing byte: err = %v, want ErrFormat", err)
	}
}

// TestDecodeHugeCounts checks that counts and sizes a file declares beyond
// its data fail with ErrFormat without allocating what they declare.
func TestDecodeHugeCounts(t *testing.T) {
	const big = 1 << 40
	scale := []byte{0, 0, 128, 63}
	cases := map[string][]byte{
		"bits":             v3(64),
		"text size":        v3(10, big),
		"text size at max": v3(10, maxTextBytes, 0, 1, "X"),
		"meta count":       v3(10, 0, big),
		"meta count max":   v3(10, 8, maxItems, "k", "v"),
		"tags":             v3(10, 1, 0, maxTags+1),
		"tags at max":      v3(10, 1, 0, maxTags, "X"),
		"no tags":          v3(10, 0, 0, 0),
		"lexicon":          v3(10, 1, 0, 1, "X", big),
		"lexicon at max":   v3(10, 2, 0, 1, "X", maxItems, "a", 1, 0, 1, 0, 0),
		"entries":          v3(10, 2, 0, 1, "X", 1, "a", big),
		"entry tag":        v3(10, 2, 0, 1, "X", 1, "a", 1, 1, 1, 0, 0),
		"entry count 0":    v3(10, 2, 0, 1, "X", 1, "a", 1, 0, 0, 0, 0),
		"entry total":      v3(10, 3, 0, 2, "X", "Y", 1, "a", 2, 0, 1<<31-1, 0, 0, 1, 2, 0, 0),
		"lemma prefix":     v3(10, 2, 0, 1, "X", 1, "a", 1, 0, 1, 2, 0),
		"string length":    v3(10, 1<<20, 0, 1, 0, maxStringLen+1),
		"text overflow":    v3(10, 1, 0, 1, "XY"),
		"text short":       v3(10, 9, 0, 1, "X", 0, 0, 0, scale),
		"unsorted words":   v3(10, 3, 0, 1, "X", 2, "b", 1, 0, 1, 0, 0, "a", 1, 0, 1, 0, 0),
		"same words":       v3(10, 2, 0, 1, "X", 2, "a", 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 0, 0),
		"endings":          v3(10, 1, 0, 1, "X", 0, maxItems+1),
		"ending tags":      v3(10, 2, 0, 1, "X", 0, 1, "a", 2),
		"rules":            v3(10, 1, 0, 1, "X", 0, 0, big),
		"rule cut":         v3(10, 2, 0, 1, "X", 0, 0, 1, "a", maxCut+1, 0, 0),
		"no weights":       v3(10, 1, 0, 1, "X", 0, 0, 0, scale),
		"nan scale":        v3(10, 1, 0, 1, "X", 0, 0, 0, []byte{0, 0, 192, 127}),
	}
	for name, raw := range cases {
		var ms0, ms1 runtime.MemStats
		runtime.ReadMemStats(&ms0)
		_, err := DecodeWith(bytes.NewReader(signed(raw)), nil)
		runtime.ReadMemStats(&ms1)
		t.Logf("%s: %v", name, err)
		if !errors.Is(err, ErrFormat) {
			t.Errorf("%s: err = %v, want ErrFormat", name, err)
		}
		if a := ms1.TotalAlloc - ms0.TotalAlloc; a > 24<<20 {
			t.Errorf("%s: allocated %d MiB", name, a>>20)
		}
	}
}
