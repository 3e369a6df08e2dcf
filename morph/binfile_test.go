package morph

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"os"
	"testing"
)

func skipWithoutSource(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(sourceDir + "/words.dawg"); err != nil {
		t.Skipf("OpenCorpora source dictionary not available at %s (%v); see docs/morph.md", sourceDir, err)
	}
}

// TestConvertReproducesEmbedded checks that the embedded file is exactly
// what Convert makes from the source dictionary.
func TestConvertReproducesEmbedded(t *testing.T) {
	skipWithoutSource(t)
	var buf bytes.Buffer
	if err := Convert(sourceDir, &buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embeddedDict) {
		t.Fatalf("Convert output (%d bytes) differs from dict/ru.bin (%d bytes): regenerate with go run ./morph/internal/mkdict", buf.Len(), len(embeddedDict))
	}
}

// TestLoadDirMatchesEmbedded compares analyses from the source files and
// from the embedded file.
func TestLoadDirMatchesEmbedded(t *testing.T) {
	skipWithoutSource(t)
	src, err := LoadDir(sourceDir)
	if err != nil {
		t.Fatal(err)
	}
	emb := testAnalyzer(t)
	for _, w := range []string{"стали", "Шугаева", "Удмуртии", "человека-паука", "зиятдиновым", "еж"} {
		a, b := src.Parse(w), emb.Parse(w)
		if len(a) != len(b) {
			t.Fatalf("%q: %d vs %d parses", w, len(a), len(b))
		}
		for i := range a {
			if a[i].String() != b[i].String() || a[i].Score != b[i].Score {
				t.Errorf("%q: %v vs %v", w, a[i], b[i])
			}
		}
	}
}

func TestReadSourceDirErrors(t *testing.T) {
	if _, err := LoadDir(t.TempDir()); err == nil {
		t.Error("LoadDir of an empty directory succeeded")
	}
	if err := Convert(t.TempDir(), &bytes.Buffer{}); err == nil {
		t.Error("Convert of an empty directory succeeded")
	}
}

// rehash recomputes the header checksum after a payload edit.
func rehash(b []byte) []byte {
	sum := sha256.Sum256(b[binHeaderSize:])
	copy(b[32:64], sum[:])
	return b
}

func TestLoadErrors(t *testing.T) {
	good := embeddedDict
	mutate := func(f func(b []byte) []byte) []byte {
		return f(append([]byte(nil), good...))
	}
	cases := map[string][]byte{
		"empty":        nil,
		"short header": good[:10],
		"bad magic":    mutate(func(b []byte) []byte { b[0] = 'X'; return b }),
		"bad version":  mutate(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[8:], 99); return b }),
		"bad flags":    mutate(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[12:], 6); return b }),
		"huge size":    mutate(func(b []byte) []byte { binary.LittleEndian.PutUint64(b[16:], 1<<40); return b }),
		"truncated":    good[:len(good)/2],
		"checksum":     mutate(func(b []byte) []byte { b[len(b)-100] ^= 1; return b }),
		"bad gzip":     mutate(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[12:], flagGzip); return b }),
		"bad section":  mutate(func(b []byte) []byte { b[binHeaderSize+5] ^= 0x40; return rehash(b) }),
		"raw size":     mutate(func(b []byte) []byte { binary.LittleEndian.PutUint64(b[24:], 100); return b }),
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			a, err := Load(bytes.NewReader(b))
			if err == nil || a != nil {
				t.Fatalf("Load succeeded")
			}
			if !errors.Is(err, ErrFormat) {
				t.Errorf("error %v does not wrap ErrFormat", err)
			}
		})
	}
}

// tinyDict is a small synthetic dictionary: one paradigm стол/стола and
// DAWGs holding only a root, used as the fuzzing seed.
func tinyDict() *dict {
	empty := dawg{units: []uint32{0}, guide: []byte{0, 0}}
	return &dict{
		meta:      [][2]string{{"format_version", "2.4"}},
		prefixes:  []string{"", "по", "наи"},
		suffixes:  []string{"", "а"},
		gramtab:   []string{"NOUN,inan,masc sing,nomn", "NOUN,inan,masc sing,gent"},
		paradigms: [][]uint16{{0, 1, 0, 1, 0, 0}},
		words:     empty,
		pred:      [3]dawg{empty, empty, empty},
		probs:     dawg{units: []uint32{0}},
	}
}

func TestLoadTiny(t *testing.T) {
	for _, compress := range []bool{false, true} {
		var buf bytes.Buffer
		if err := writeBin(&buf, tinyDict(), compress); err != nil {
			t.Fatal(err)
		}
		if flags := binary.LittleEndian.Uint32(buf.Bytes()[12:]); (flags == flagGzip) != compress {
			t.Errorf("compress=%v: flags %d", compress, flags)
		}
		a, err := Load(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if ps := a.Parse("стол"); len(ps) != 1 || !ps[0].Tag.Is(UNKN) {
			t.Errorf("Parse(стол) with an empty dictionary = %v", ps)
		}
	}
}

// FuzzLoad feeds mutated dictionary payloads (after the checksum, which
// would reject them) and mutated DAWG units to the reader and the analyzer:
// errors are fine, panics and hangs are not.
func FuzzLoad(f *testing.F) {
	var raw []byte
	d := tinyDict()
	section := func(name string, data []byte) {
		raw = append(raw, name...)
		raw = binary.LittleEndian.AppendUint32(raw, uint32(len(data)))
		raw = append(raw, data...)
	}
	section("PRFX", appendStrings(nil, d.prefixes))
	section("SUFX", appendStrings(nil, d.suffixes))
	section("GTAB", appendStrings(nil, d.gramtab))
	section("PARA", appendParadigms(nil, d.paradigms))
	for _, n := range []string{"WORD", "PRD0", "PRD1", "PRD2", "PROB"} {
		section(n, appendDAWG(nil, &d.words))
	}
	f.Add(raw)
	f.Add(embeddedDict[:200])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		if d, err := parseSections(b); err == nil {
			a, err := newAnalyzer(d)
			if err == nil {
				for _, w := range []string{"стол", "стола", "еееее", "по-новому", "Иванов"} {
					for _, p := range a.Parse(w) {
						a.Lexeme(p)
					}
				}
			}
		}
		if len(b) >= 8 {
			// The same bytes as the units and guide of the words DAWG.
			n := len(b) / 6
			w := dawg{units: make([]uint32, n), guide: b[4*n : 6*n]}
			for i := range w.units {
				w.units[i] = binary.LittleEndian.Uint32(b[4*i:])
			}
			a, err := newAnalyzer(tinyDict())
			if err != nil {
				t.Fatal(err)
			}
			a.words, a.pred[0] = w, w
			for _, word := range []string{"стол", "стола", "еееееее", "аааааа"} {
				for _, p := range a.Parse(word) {
					a.Lexeme(p)
				}
			}
		}
		_, _ = Load(bytes.NewReader(b))
	})
}
