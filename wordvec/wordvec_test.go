package wordvec

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/internal/modelfile"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Москва", "москва"},
		{"ЁЖИК", "ежик"},
		{"2024-го", "0000-го"},
		{"ZALA", "zala"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// toyCorpus has two families of words that never share a context: cities
// in sentences "в CITY .", verbs in sentences "он VERB !".
func toyCorpus() [][]string {
	cities := []string{"москве", "париже", "лондоне", "берлине"}
	verbs := []string{"читал", "писал", "пел", "спал"}
	var out [][]string
	for i := range 300 {
		c := cities[i%len(cities)]
		v := verbs[(i/len(cities))%len(verbs)]
		out = append(out, []string{"в", c, "."}, []string{"он", v, "!"})
	}
	return out
}

func TestTrainDeterministicAndClustersContexts(t *testing.T) {
	opt := Options{Dim: 16, Window: 2, Epochs: 20, MinCount: 1, Sample: -1, Seed: 3}
	a, err := Train(toyCorpus(), opt)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(toyCorpus(), opt)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs with the same seed differ")
	}
	if len(a.Words) != 12 || a.Counts[0] != 300 {
		t.Fatalf("vocabulary %v counts %v", a.Words, a.Counts)
	}
	id := map[string]int{}
	for i, w := range a.Words {
		id[w] = i
	}
	cos := func(x, y string) float32 {
		u, v := a.Vector(id[x]), a.Vector(id[y])
		return dot(u, v) / float32(math.Sqrt(float64(dot(u, u)*dot(v, v))))
	}
	cities := []string{"москве", "париже", "лондоне", "берлине"}
	verbs := []string{"читал", "писал", "пел", "спал"}
	for _, c := range cities[1:] {
		for _, v := range verbs {
			if cos("москве", c) <= cos("москве", v) {
				t.Errorf("cos(москве, %s) = %.3f ≤ cos(москве, %s) = %.3f", c, cos("москве", c), v, cos("москве", v))
			}
		}
	}
}

func TestKMeans(t *testing.T) {
	// Two directions, a little noise: (1, ε) and (ε, 1).
	v := &Vectors{Dim: 2}
	for i := range 10 {
		e := float32(i) / 100
		v.Words = append(v.Words, fmt.Sprint("x", i), fmt.Sprint("y", i))
		v.Vec = append(v.Vec, 1, e, e, 2)
	}
	assign := v.KMeans(2, 10, 1)
	for i := 0; i < len(assign); i += 2 {
		if assign[i] != assign[0] || assign[i+1] != assign[1] || assign[0] == assign[1] {
			t.Fatalf("assignment %v", assign)
		}
	}
}

func TestTrainEmpty(t *testing.T) {
	if _, err := Train([][]string{{"a"}}, Options{MinCount: 2}); err == nil {
		t.Error("no error for a corpus without a frequent word")
	}
}

func sampleClusters(t testing.TB) *Clusters {
	c, err := NewClusters([]string{"москва", "путин", "и"}, []int{2, 3}, [][]int32{{0, 1, 1}, {2, 0, 1}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestClustersLookupAndEncode(t *testing.T) {
	c := sampleClusters(t)
	tests := []struct {
		word string
		want []uint16
	}{
		{"москва", []uint16{0, 2}},
		{"путин", []uint16{1, 0}},
		{"и", []uint16{1, 1}},
		{"лондон", nil},
	}
	var buf bytes.Buffer
	if err := c.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	d, err := Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, table := range []*Clusters{c, d} {
		for _, tt := range tests {
			if got := table.Lookup(tt.word); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Lookup(%q) = %v, want %v", tt.word, got, tt.want)
			}
		}
	}
	raw := buf.Bytes()
	if _, err := Decode(bytes.NewReader(raw[:len(raw)-1])); !errors.Is(err, modelfile.ErrFormat) {
		t.Errorf("truncated file: error %v", err)
	}
}

func TestNewClustersErrors(t *testing.T) {
	tests := []struct {
		name   string
		sizes  []int
		assign [][]int32
	}{
		{"levels mismatch", []int{2}, [][]int32{{0}, {0}}},
		{"short assignment", []int{2}, [][]int32{{0}}},
		{"cluster out of range", []int{2}, [][]int32{{0, 2}}},
		{"no clusters", []int{0}, [][]int32{{0, 0}}},
	}
	for _, tt := range tests {
		if _, err := NewClusters([]string{"a", "b"}, tt.sizes, tt.assign); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

// FuzzDecodeClusters feeds the table decoder arbitrary bytes: it must return
// a table that looks words up, or an error, never panic.
func FuzzDecodeClusters(f *testing.F) {
	f.Add(sampleClusters(f).Append(nil))
	f.Add([]byte{1, 0, 0, 0, 2, 0, 0, 0, 255, 255, 255, 255})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		c, rest, err := DecodeClusters(b)
		if err != nil {
			return
		}
		if len(rest) > len(b) {
			t.Fatalf("%d bytes left of %d", len(rest), len(b))
		}
		for _, w := range []string{"москва", "и", ""} {
			if got := c.Lookup(w); got != nil && len(got) != c.Levels() {
				t.Fatalf("Lookup(%q) = %v with %d levels", w, got, c.Levels())
			}
		}
	})
}

// TestNormalizeCyrillic checks Normalize's byte path against strings.Map
// over every rune below U+0600 in three frames, and every string of up to
// three of the pieces below (broken UTF-8 among them).
func TestNormalizeCyrillic(t *testing.T) {
	slow := func(w string) string { return strings.Map(normalizeRune, w) }
	check := func(w string) {
		t.Helper()
		if got, want := Normalize(w), slow(w); got != want {
			t.Fatalf("Normalize(%q) = %q, want %q", w, got, want)
		}
	}
	for r := rune(0); r < 0x600; r++ {
		for _, f := range []string{"%c", "Аб%cв", "x%c9"} {
			check(fmt.Sprintf(f, r))
		}
	}
	pieces := []string{"", "a", "Z", "5", "0", "Ё", "ё", "Ѐ", "Џ", "А", "Я", "а", "я", "р", "ѐ", "џ", "Ѡ", "é", "\xd0", "\xd1", "\xd0\x41", "\xff", "-", "é"}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				check(a + b + c)
			}
		}
	}
	if w := "москва"; Normalize(w) != w {
		t.Fatal("an unchanged word changed")
	}
}
