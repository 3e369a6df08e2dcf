package ner

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/wordvec"
)

func TestDecodeBIO(t *testing.T) {
	types := []string{"A", "B"}
	tests := []struct {
		labels []int
		want   []TokenSpan
	}{
		{[]int{0, 0}, nil},
		{[]int{1, 2, 0}, []TokenSpan{{0, 2, "A"}}},
		{[]int{1, 1, 3}, []TokenSpan{{0, 1, "A"}, {1, 2, "A"}, {2, 3, "B"}}},
		{[]int{2, 4}, []TokenSpan{{0, 1, "A"}, {1, 2, "B"}}}, // stray I- starts a span
		{[]int{3, 4, 4}, []TokenSpan{{0, 3, "B"}}},
	}
	for _, tt := range tests {
		if got := decodeBIO(tt.labels, types); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("decodeBIO(%v) = %v, want %v", tt.labels, got, tt.want)
		}
	}
}

func TestAssignLayers(t *testing.T) {
	st := LayerStats{PerLayer: make([]int, 3)}
	spans := []TokenSpan{
		{0, 4, "ORG"},     // contains COUNTRY and CITY → layer 1
		{3, 4, "COUNTRY"}, // innermost → 0
		{0, 1, "CITY"},    // innermost → 0
		{0, 6, "EVENT"},   // contains ORG → 2
		{5, 6, "DATE"},    // 0
		{0, 1, "CITY"},    // duplicate, removed silently
		{3, 5, "X"},       // contains COUNTRY → 1, overlaps ORG in layer 1 → dropped
	}
	got := assignLayers(spans, 3, &st)
	want := [][]TokenSpan{
		{{0, 1, "CITY"}, {3, 4, "COUNTRY"}, {5, 6, "DATE"}},
		{{0, 4, "ORG"}},
		{{0, 6, "EVENT"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("assignLayers = %v, want %v", got, want)
	}
	if st.Dropped != 1 || !reflect.DeepEqual(st.PerLayer, []int{3, 1, 1}) {
		t.Errorf("stats = %+v", st)
	}
}

func TestAlign(t *testing.T) {
	s := doc.Sentence{Span: doc.Span{Start: 0, End: 20}, Tokens: []doc.Token{
		{Span: doc.Span{Start: 0, End: 5}}, {Span: doc.Span{Start: 6, End: 10}}, {Span: doc.Span{Start: 11, End: 20}},
	}}
	spans, inexact, lost := Align(s, []doc.Mention{
		{Span: doc.Span{Start: 0, End: 10}, Type: "A"},
		{Span: doc.Span{Start: 7, End: 10}, Type: "B"}, // starts inside a token
		{Span: doc.Span{Start: 25, End: 30}, Type: "C"},
	})
	want := []TokenSpan{{0, 2, "A"}, {1, 2, "B"}}
	if !reflect.DeepEqual(spans, want) || inexact != 1 || lost != 1 {
		t.Errorf("Align = %v, %d, %d; want %v, 1, 1", spans, inexact, lost, want)
	}
}

// toyData builds sentences where capitalized words after "в" are cities and
// "компания X" names an organization; a city inside an organization name
// gives a nested entity.
func toyData() []Example {
	var out []Example
	cities := []string{"Москве", "Ижевске", "Минске", "Казани", "Омске", "Туле"}
	orgs := []string{"Купол", "Ромашка", "Вектор", "Орбита"}
	for i := 0; i < 60; i++ {
		c := cities[i%len(cities)]
		o := orgs[i%len(orgs)]
		words := strings.Fields("Вчера в " + c + " компания " + o + " из " + c + " провела встречу .")
		out = append(out, Example{Words: words, Spans: []TokenSpan{
			{2, 3, "CITY"}, {3, 7, "ORG"}, {6, 7, "CITY"},
		}})
	}
	return out
}

func TestTrainLearnsNested(t *testing.T) {
	data := toyData()
	m, err := Train(data[:50], TrainOptions{Epochs: 5, Layers: 2, MinCount: 1, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range data[50:] {
		got := m.TagWords(ex.Words)
		want := slicesSorted(ex.Spans)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("TagWords(%v) = %v, want %v", ex.Words, got, want)
		}
	}
	// The model survives an encode/decode round trip unchanged in behaviour.
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range data[50:] {
		if a, b := m.TagWords(ex.Words), m2.TagWords(ex.Words); !reflect.DeepEqual(a, b) {
			t.Fatalf("decoded model differs: %v vs %v", a, b)
		}
	}
	// Corruption is detected, not decoded.
	bad := bytes.Clone(buf.Bytes())
	bad[len(bad)-3] ^= 0xff
	if _, err := Decode(bytes.NewReader(bad)); err == nil {
		t.Error("Decode accepted a corrupt model")
	}
}

func slicesSorted(s []TokenSpan) []TokenSpan {
	c := append([]TokenSpan(nil), s...)
	sortSpans(c)
	return c
}

func TestTagWordsEmpty(t *testing.T) {
	m, err := Train(toyData(), TrainOptions{Epochs: 1, Layers: 1, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got := m.TagWords(nil); got != nil {
		t.Errorf("TagWords(nil) = %v", got)
	}
}

func FuzzDecode(f *testing.F) {
	m, err := Train(toyData(), TrainOptions{Epochs: 1, Layers: 2, MinCount: 1})
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("FGNER"))
	// A model with a cluster table keyed by word.
	sents, words, table := clusterData(f)
	m, err = Train(sents[words[0]], TrainOptions{Epochs: 1, Layers: 1, MinCount: 1, Clusters: table})
	if err != nil {
		f.Fatal(err)
	}
	buf.Reset()
	if err := m.Encode(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(bytes.NewReader(data))
		if err == nil {
			m.TagWords([]string{"в", "Москве"})
		}
	})
}

func TestDefaultModel(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Types()) != 29 {
		t.Errorf("default model knows %d types, want NEREL's 29", len(m.Types()))
	}
	words := strings.Fields("Директор ФСВТС Дмитрий Шугаев прибыл в Ижевск .")
	got := m.TagWords(words)
	want := map[TokenSpan]bool{{2, 4, "PERSON"}: true, {6, 7, "CITY"}: true}
	for _, s := range got {
		delete(want, s)
	}
	if len(want) > 0 {
		t.Errorf("TagWords(%v) = %v; missing %v", words, got, want)
	}
}

// TestDefaultModelReencodes guards the file format: the shipped model,
// decoded and encoded again, gives back the same bytes.
func TestDefaultModelReencodes(t *testing.T) {
	m, err := Decode(bytes.NewReader(defaultModel))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), defaultModel) {
		t.Errorf("re-encoded default model differs: %d bytes, shipped %d", buf.Len(), len(defaultModel))
	}
}

func TestTrainHeldOutLowerLayers(t *testing.T) {
	data := toyData()
	m, err := Train(data[:50], TrainOptions{Epochs: 5, Layers: 2, MinCount: 1, Seed: 1, Folds: 2})
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range data[50:] {
		if got, want := m.TagWords(ex.Words), slicesSorted(ex.Spans); !reflect.DeepEqual(got, want) {
			t.Fatalf("TagWords(%v) = %v, want %v", ex.Words, got, want)
		}
	}
}

// clusterData has sentences "видел X ." where X, a made-up word, is a
// PERSON when it is in cluster 0 and nothing in cluster 1; nothing but the
// cluster tells them apart. It returns the sentences of each word, the
// words and the table.
func clusterData(t testing.TB) (map[string][]Example, []string, *wordvec.Clusters) {
	sents := map[string][]Example{}
	var words []string
	var ids []int32
	letters := []rune("абвгдежзиклмнопрст")
	for i := range 60 {
		w := "сл" + string(letters[i%len(letters)]) + string(letters[(i*7)%len(letters)])
		if _, dup := sents[w]; dup {
			continue
		}
		ex := Example{Words: []string{"видел", w, "."}}
		if i%2 == 0 {
			ex.Spans = []TokenSpan{{1, 2, "PERSON"}}
		}
		sents[w] = []Example{ex, ex}
		words, ids = append(words, w), append(ids, int32(i%2))
	}
	c, err := wordvec.NewClusters(words, []int{2}, [][]int32{ids})
	if err != nil {
		t.Fatal(err)
	}
	return sents, words, c
}

// TestTrainClusters: words never seen in training are tagged by the cluster
// they share with training words, and the table travels with the model.
func TestTrainClusters(t *testing.T) {
	sents, words, table := clusterData(t)
	held := words[len(words)-6:]
	var train []Example
	for _, w := range words[:len(words)-6] {
		train = append(train, sents[w]...)
	}
	m, err := Train(train, TrainOptions{Epochs: 5, Layers: 1, MinCount: 1, Seed: 1, Clusters: table})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, model := range []*Model{m, m2} {
		for _, w := range held {
			ex := sents[w][0]
			if got := model.TagWords(ex.Words); !reflect.DeepEqual(got, slicesSorted(ex.Spans)) {
				t.Errorf("TagWords(%v) = %v, want %v", ex.Words, got, ex.Spans)
			}
		}
	}
}

// lemmas is a Lexicon and Lemmatizer for tests: every word is its own
// lemma, but words ending in "а" lose it.
type lemmas struct{}

func (lemmas) Grammemes(string) []string { return nil }
func (lemmas) Lemma(w string) string     { return strings.TrimSuffix(w, "а") }

func TestTrainClusterLemmas(t *testing.T) {
	sents, words, table := clusterData(t)
	var train []Example
	for _, w := range words {
		train = append(train, sents[w]...)
	}
	m, err := Train(train, TrainOptions{Epochs: 5, Layers: 1, MinCount: 1, Seed: 1, Clusters: table,
		ClusterLemmas: true, Lexicon: lemmas{}})
	if err != nil {
		t.Fatal(err)
	}
	// Inflected forms unseen in training are looked up by their lemma.
	for _, w := range words[:6] {
		ex := sents[w][0]
		words := []string{"видел", w + "а", "."}
		if got := m.TagWords(words); !reflect.DeepEqual(got, slicesSorted(ex.Spans)) {
			t.Errorf("TagWords(%v) = %v, want %v", words, got, ex.Spans)
		}
	}
	if _, err := Train(train, TrainOptions{Clusters: table, ClusterLemmas: true}); err == nil {
		t.Error("clusters keyed by lemma trained without a lemmatizer")
	}
}
