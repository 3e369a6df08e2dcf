package relation

import (
	"bytes"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// sampleContext prepares the sample sentence with the dictionary and
// returns it with a function finding a mention by its text.
func sampleContext(t *testing.T) (*docContext, func(text string) *mention) {
	t.Helper()
	a, err := morph.Default()
	if err != nil {
		t.Fatal(err)
	}
	text, ms := sample(t)
	c := newDocContext([]rune(text), tokenize.Split(text), ms, a)
	find := func(s string) *mention {
		t.Helper()
		for i := range c.ments {
			if ms[c.ments[i].idx].Text == s {
				return &c.ments[i]
			}
		}
		t.Fatalf("no mention %q", s)
		return nil
	}
	return c, find
}

func TestMorphReading(t *testing.T) {
	c, find := sampleContext(t)
	for _, tc := range []struct {
		mention          string
		lemma, cas, prep string
	}{
		{"октябре 2024 года", "октябрь", "loct", "в"},
		{"российском", "российский", "loct", "в"},
		{"Ижевске", "ижевск", "loct", ""},
		{"межправительственной комиссии по военно-техническому сотрудничеству", "комиссия", "gent", ""},
		// the likeliest parse out of context: plural nominative
		{"директора Федеральной службы по военно-техническому сотрудничеству Российской Федерации", "директор", "nomn", ""},
	} {
		m := find(tc.mention)
		h := &c.toks[c.head(m)]
		if h.lemma != tc.lemma || h.cas != tc.cas || c.prep(m) != tc.prep {
			t.Errorf("%s: head %q %q, preposition %q; want %q %q, %q", tc.mention, h.lemma, h.cas, c.prep(m), tc.lemma, tc.cas, tc.prep)
		}
	}
}

func TestGapPattern(t *testing.T) {
	c, find := sampleContext(t)
	for _, tc := range []struct{ left, right, want string }{
		{"Ижевске", "заседание", "быть организовать ORDINAL "},
		{"заседание", "Дмитрия Шугаева", "ORGANIZATION , который состояться под председательство PROFESSION "},
		{"октябре 2024 года", "заседание", "в COUNTRY город CITY быть организовать ORDINAL "},
		{"Ижевске", "Дмитрия Шугаева", "быть организовать ORDINAL EVENT ORGANIZATION , который состояться …"},
	} {
		if got := c.gapPattern(find(tc.left).e, find(tc.right).s); got != tc.want {
			t.Errorf("%s … %s: %q, want %q", tc.left, tc.right, got, tc.want)
		}
	}
}

func TestRank(t *testing.T) {
	c, find := sampleContext(t)
	for _, tc := range []struct {
		a, b string
		want int
	}{
		// the organization in the post is nearer to the person than the commission
		{"Дмитрия Шугаева", "Федеральной службы по военно-техническому сотрудничеству Российской Федерации", 0},
		{"Дмитрия Шугаева", "межправительственной комиссии по военно-техническому сотрудничеству", 1},
		{"заседание", "межправительственной комиссии по военно-техническому сотрудничеству", 0},
		{"Ижевске", "российском", 0},
	} {
		if got := c.rank(find(tc.a), find(tc.b)); got != tc.want {
			t.Errorf("rank(%s, %s) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestLearn(t *testing.T) {
	feats := []int32{0, 1}
	for _, tc := range []struct {
		name   string
		scores []float32 // None, label 1, label 2
		gold   int
		c      float32
		want   []float32 // weights of feature 0 after the update
	}{
		{"perceptron, right", []float32{0, 2, 1}, 1, 0, []float32{0, 0, 0}},
		{"perceptron, wrong", []float32{0, 1, 2}, 1, 0, []float32{0, 1, -1}},
		{"perceptron, tie lost to None", []float32{1, 1, 0}, 1, 0, []float32{-1, 1, 0}},
		{"PA, margin met", []float32{0, 2, 1}, 1, 1, []float32{0, 0, 0}},
		// loss 1 − (2 − 1.5) = 0.5, τ = 0.5 / (2·2)
		{"PA, margin short", []float32{0, 2, 1.5}, 1, 1, []float32{0, 0.125, -0.125}},
		{"PA, capped", []float32{0, 0, 5}, 1, 0.1, []float32{0, 0.1, -0.1}},
		{"PA, gold None", []float32{0, 0.5, 0}, 0, 1, []float32{0.375, -0.375, 0}},
	} {
		p := newPerceptron(2, 3)
		p.learn(feats, tc.scores, tc.gold, []uint8{1, 2}, tc.c)
		for l, w := range tc.want {
			if got := p.w[l]; got != w {
				t.Errorf("%s: weight of label %d = %v, want %v", tc.name, l, got, w)
			}
		}
	}
}

func TestTrainHoldOut(t *testing.T) {
	var log strings.Builder
	for _, refit := range []bool{false, true} {
		log.Reset()
		m, err := Train(tinyCorpus(), TrainOptions{Epochs: 5, MinCount: 1, Seed: 1, Signatures: tinySignatures(t),
			C: 1, HoldOut: 3, Refit: refit, Log: &log})
		if err != nil {
			t.Fatal(err)
		}
		if m.Meta["holdout"] != "3" || (m.Meta["refit"] == "true") != refit {
			t.Errorf("refit %v: meta %v", refit, m.Meta)
		}
		if !strings.Contains(log.String(), "on 12 held-out training documents") {
			t.Errorf("refit %v: log does not report the 12 held-out documents:\n%s", refit, log.String())
		}
		pos := example("Гоша Куценко", "работает в", "Ростехе", true)
		if found := m.Extract(pos.Text, pos.Sents, pos.Mentions); len(found) != 1 {
			t.Errorf("refit %v: got %+v, want one WORKPLACE", refit, found)
		}
	}
}

func TestMorphModelRoundTrip(t *testing.T) {
	m, err := Train(tinyCorpus(), TrainOptions{Epochs: 3, MinCount: 1, Seed: 1, Signatures: tinySignatures(t), Morph: true})
	if err != nil {
		t.Fatal(err)
	}
	if m.lex == nil || m.Meta[lexiconMeta] != "morph" {
		t.Fatalf("morph model without its lexicon: %v", m.Meta)
	}
	m2, err := Decode(bytes.NewReader(encode(t, m)))
	if err != nil {
		t.Fatal(err)
	}
	if m2.lex == nil {
		t.Fatal("decoded morph model lost its lexicon")
	}
	m.Meta[lexiconMeta] = "no such lexicon"
	if _, err := Decode(bytes.NewReader(encode(t, m))); err == nil || !strings.Contains(err.Error(), "no such lexicon") {
		t.Errorf("unknown lexicon: error %v", err)
	}
}

// encode returns the model file of m.
func encode(t *testing.T, m *Model) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
