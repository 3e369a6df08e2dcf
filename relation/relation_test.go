package relation

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// example builds a one-sentence document "<a> <verb> <b>." with a PERSON
// a and an ORGANIZATION b, related by WORKPLACE when rel is set.
func example(a, verb, b string, rel bool) Example {
	text := a + " " + verb + " " + b + "."
	runes := []rune(text)
	la, lv := len([]rune(a)), len([]rune(verb))
	ms := []doc.Mention{
		{Span: doc.Span{Start: 0, End: la}, Type: "PERSON", Text: a},
		{Span: doc.Span{Start: la + lv + 2, End: len(runes) - 1}, Type: "ORGANIZATION", Text: b},
	}
	ex := Example{ID: text, Text: runes, Sents: tokenize.Split(text), Mentions: ms}
	if rel {
		ex.Relations = []Gold{{Type: "WORKPLACE", Head: 0, Tail: 1}}
	}
	return ex
}

func tinyCorpus() []Example {
	people := []string{"Иван Петров", "Анна Смирнова", "Олег Котов", "Мария Белова", "Пётр Ильин", "Сергей Орлов"}
	orgs := []string{"Газпроме", "Сбербанке", "Росатоме", "Яндексе", "МГУ", "Аэрофлоте"}
	var out []Example
	for i, p := range people {
		for j, o := range orgs {
			if (i+j)%2 == 0 {
				out = append(out, example(p, "работает в", o, true))
			} else {
				out = append(out, example(p, "критикует работу в", o, false))
			}
		}
	}
	return out
}

func tinySignatures(t testing.TB) Signatures {
	t.Helper()
	s, err := ParseSignatures(strings.NewReader("[relations]\nWORKPLACE\tArg1:PERSON, Arg2:ORGANIZATION\n"), EntityTypes())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func trainTiny(t testing.TB) *Model {
	t.Helper()
	m, err := Train(tinyCorpus(), TrainOptions{Epochs: 5, MinCount: 1, Seed: 1, Signatures: tinySignatures(t)})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainLearnsPattern(t *testing.T) {
	m := trainTiny(t)
	if got, want := m.Labels(), []string{None, "WORKPLACE"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("labels %v, want %v", got, want)
	}
	if got := m.Allowed("PERSON", "ORGANIZATION"); !reflect.DeepEqual(got, []string{"WORKPLACE"}) {
		t.Fatalf("allowed PERSON>ORGANIZATION = %v", got)
	}
	if got := m.Allowed("ORGANIZATION", "PERSON"); got != nil {
		t.Fatalf("allowed ORGANIZATION>PERSON = %v, want none", got)
	}
	// unseen names, seen patterns
	pos := example("Гоша Куценко", "работает в", "Ростехе", true)
	found := m.Extract(pos.Text, pos.Sents, pos.Mentions)
	if len(found) != 1 || found[0].Type != "WORKPLACE" || found[0].Head != 0 || found[0].Tail != 1 {
		t.Fatalf("positive: got %+v, want one WORKPLACE 0→1", found)
	}
	if f := found[0]; f.Score <= 0.5 || f.Score > 1 || f.Evidence != pos.Sents[0].Span {
		t.Errorf("positive: score %v, evidence %v (sentence %v)", f.Score, f.Evidence, pos.Sents[0].Span)
	}
	neg := example("Гоша Куценко", "критикует работу в", "Ростехе", false)
	if found := m.Extract(neg.Text, neg.Sents, neg.Mentions); len(found) != 0 {
		t.Fatalf("negative: got %+v, want nothing", found)
	}
	// classification types every pair its signature admits, NONE left out
	got := m.Classify(neg.Text, neg.Sents, neg.Mentions)
	if len(got) != 1 || got[0].Type != "WORKPLACE" || got[0].Head != 0 || got[0].Tail != 1 || got[0].Score != 1 {
		t.Fatalf("classify negative: got %+v, want one WORKPLACE 0→1 with score 1 (its only allowed type)", got)
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	m := trainTiny(t)
	m.Meta["note"] = "test"
	first := encode(t, m)
	m2, err := Decode(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(m.Labels(), m2.Labels()) || m2.Meta["note"] != "test" || m.Weights() != m2.Weights() {
		t.Fatalf("decoded model differs: %v %v %d/%d", m2.Labels(), m2.Meta, m.Weights(), m2.Weights())
	}
	for _, ex := range tinyCorpus()[:6] {
		a := m.Extract(ex.Text, ex.Sents, ex.Mentions)
		b := m2.Extract(ex.Text, ex.Sents, ex.Mentions)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("%s: before %+v, after %+v", ex.ID, a, b)
		}
	}
	if !bytes.Equal(first, encode(t, m2)) {
		t.Error("re-encoding gives different bytes")
	}
}

func TestDecodeRejectsCorruption(t *testing.T) {
	good := encode(t, trainTiny(t))
	flip := func(i int) []byte {
		b := bytes.Clone(good)
		b[i] ^= 0x40
		return b
	}
	cases := map[string][]byte{
		"empty":     nil,
		"magic":     flip(0),
		"version":   flip(len(magic)),
		"checksum":  flip(len(magic) + 1),
		"payload":   flip(len(good) - 10),
		"truncated": good[:len(good)-7],
		"ner model": append([]byte("FGNER\x01"), good[6:]...),
	}
	for name, b := range cases {
		if _, err := Decode(bytes.NewReader(b)); err == nil {
			t.Errorf("%s: corrupt model accepted", name)
		} else if !strings.Contains(err.Error(), "relation model") {
			t.Errorf("%s: error %q does not say what failed", name, err)
		}
	}
}

func TestExtractOddInput(t *testing.T) {
	m := trainTiny(t)
	ex := example("Иван Петров", "работает в", "Газпроме", true)
	bad := append(ex.Mentions,
		doc.Mention{Span: doc.Span{Start: -3, End: 2}, Type: "PERSON"},
		doc.Mention{Span: doc.Span{Start: 5, End: 500}, Type: "PERSON"},
		doc.Mention{Span: doc.Span{Start: 4, End: 4}, Type: "PERSON"},
		doc.Mention{Span: doc.Span{Start: 0, End: 11}, Type: "PERSON"}, // duplicate
		doc.Mention{Span: doc.Span{Start: 0, End: 4}, Type: "NO_SUCH_TYPE"},
	)
	found := m.Extract(ex.Text, ex.Sents, bad)
	if len(found) != 1 || found[0].Head != 0 || found[0].Tail != 1 {
		t.Fatalf("got %+v, want the one relation 0→1", found)
	}
	if got := m.Extract(nil, nil, nil); got != nil {
		t.Errorf("empty document: %+v", got)
	}
	if got := m.Extract(ex.Text, nil, ex.Mentions); got != nil {
		t.Errorf("no sentences: %+v", got)
	}
}

func TestNERELSignatures(t *testing.T) {
	s, err := NERELSignatures()
	if err != nil {
		t.Fatal(err)
	}
	rels := map[string]bool{}
	for _, m := range s {
		for _, rs := range m {
			for _, r := range rs {
				rels[r] = true
			}
		}
	}
	if len(rels) != 49 {
		t.Errorf("%d relation types, want NEREL's 49", len(rels))
	}
	for _, c := range []struct {
		rel, a, b string
		want      bool
	}{
		{"WORKS_AS", "PERSON", "PROFESSION", true},
		{"WORKS_AS", "PROFESSION", "PERSON", false},
		{"ALTERNATIVE_NAME", "MONEY", "MONEY", true},
		{"HEADQUARTERED_IN", "ORGANIZATION", "CITY", true},
		{"HEADQUARTERED_IN", "PERSON", "CITY", false},
	} {
		if got := s.Allows(c.rel, c.a, c.b); got != c.want {
			t.Errorf("Allows(%s, %s, %s) = %v, want %v", c.rel, c.a, c.b, got, c.want)
		}
	}
	if _, err := ParseSignatures(strings.NewReader("[relations]\nBROKEN\n"), nil); err == nil {
		t.Error("malformed line accepted")
	}
}

func TestDefault(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(m.Labels()); n != 50 {
		t.Errorf("%d labels, want NONE and 49 relation types", n)
	}
	text, ms := sample(t)
	found := m.Extract([]rune(text), tokenize.Split(text), ms)
	var got []string
	for _, f := range found {
		got = append(got, fmt.Sprintf("%s(%s, %s)", f.Type, ms[f.Head].Text, ms[f.Tail].Text))
	}
	for _, want := range []string{
		"WORKS_AS(Дмитрия Шугаева, директора Федеральной службы по военно-техническому сотрудничеству Российской Федерации)",
		"TAKES_PLACE_IN(заседание, Ижевске)",
	} {
		if !strings.Contains(strings.Join(got, "\n"), want) {
			t.Errorf("missing %s in\n%s", want, strings.Join(got, "\n"))
		}
	}
}

// sample returns a news sentence and its entity mentions.
func sample(t testing.TB) (string, []doc.Mention) {
	t.Helper()
	text := "В октябре 2024 года в российском городе Ижевске было организовано 24-е заседание межправительственной комиссии по военно-техническому сотрудничеству, которое состоялось под председательством директора Федеральной службы по военно-техническому сотрудничеству Российской Федерации Дмитрия Шугаева."
	var ms []doc.Mention
	for _, m := range []struct{ typ, s string }{
		{"DATE", "октябре 2024 года"},
		{"COUNTRY", "российском"},
		{"CITY", "Ижевске"},
		{"ORDINAL", "24-е"},
		{"EVENT", "заседание"},
		{"ORGANIZATION", "межправительственной комиссии по военно-техническому сотрудничеству"},
		{"PROFESSION", "директора Федеральной службы по военно-техническому сотрудничеству Российской Федерации"},
		{"ORGANIZATION", "Федеральной службы по военно-техническому сотрудничеству Российской Федерации"},
		{"COUNTRY", "Российской Федерации"},
		{"PERSON", "Дмитрия Шугаева"},
	} {
		i := strings.Index(text, m.s)
		if i < 0 {
			t.Fatalf("%q not in sample", m.s)
		}
		start := len([]rune(text[:i]))
		ms = append(ms, doc.Mention{Span: doc.Span{Start: start, End: start + len([]rune(m.s))}, Type: m.typ, Text: m.s})
	}
	return text, ms
}

// BenchmarkExtract runs the default model, and its linear model alone, on
// the sample sentence.
func BenchmarkExtract(b *testing.B) {
	text, ms := sample(b)
	benchExtract(b, []nerelDoc{{text: []rune(text), sents: tokenize.Split(text), ments: ms}})
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := decodeDefault(); err != nil {
			b.Fatal(err)
		}
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

// TestExtractPairs: the model over the pairs a filter keeps finds what it
// finds over all pairs between those, and nothing else.
func TestExtractPairs(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text, ms := sample(t)
	runes, sents := []rune(text), tokenize.Split(text)
	for _, keep := range []func(head, tail int) bool{
		func(head, tail int) bool { return ms[head].Type == "PERSON" || ms[tail].Type == "PERSON" },
		func(head, tail int) bool { return head == 4 },
		func(int, int) bool { return false },
	} {
		var want []Found
		for _, f := range m.Extract(runes, sents, ms) {
			if keep(f.Head, f.Tail) {
				want = append(want, f)
			}
		}
		got := m.extractPairs(runes, sents, ms, keep)
		if !slices.Equal(got, want) {
			t.Errorf("extractPairs = %v, want %v", got, want)
		}
		if got := (indexed{m}).extractPairs(runes, sents, ms, keep); !slices.Equal(got, want) {
			t.Errorf("indexed extractPairs = %v, want %v", got, want)
		}
	}
}
