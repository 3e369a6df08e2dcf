package relation

import (
	"bytes"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/internal/shareddata"
	"github.com/factgraph/factgraph/nn"
	"github.com/factgraph/factgraph/tokenize"
)

// tinyNetwork returns a small network over the vocabulary of sentence 0 of
// c, and that sentence in index form.
func tinyNetwork(c *docContext, pairs [][2]int, labels int, pool bool) (*network, *sentInput, [][]int32) {
	wc, fc, pc := nn.FeatureCounts{}, nn.FeatureCounts{}, nn.FeatureCounts{}
	c.sentenceFeatures(0, func(w uint64, fs []uint64) {
		wc.Add([]uint64{w})
		fc.Add(fs)
	})
	for _, p := range pairs {
		pc.Add(c.pairFeatures(nil, p[0], p[1]))
	}
	wk, _ := wc.Keep(1)
	fk, _ := fc.Keep(1)
	pk, _ := pc.Keep(1)
	// the last word is left unknown, to use row 0
	n := newNetwork(netDims{WordDim: 3, FeatDim: 4, Hidden: 3, PairDim: 5, Labels: labels, Pool: pool},
		nn.NewVocab(wk[:len(wk)-1]), nn.NewVocab(fk), nn.NewVocab(pk), rand.New(rand.NewPCG(3, 4)))
	in := n.input(c, 0)
	var rows [][]int32
	for _, p := range pairs {
		rows = append(rows, n.pairs.KnownRows(nil, c.pairFeatures(nil, p[0], p[1])))
	}
	return n, &in, rows
}

// TestNetworkGradients checks the backward pass of the pair network (the
// pair layer, the mention projections, the LSTMs and the embeddings)
// against numeric gradients.
func TestNetworkGradients(t *testing.T) {
	text := "Иван Петров, директор Газпрома, встретил Анну в Москве."
	ms := []doc.Mention{
		{Span: doc.Span{Start: 0, End: 11}, Type: "PERSON"},
		{Span: doc.Span{Start: 13, End: 30}, Type: "PROFESSION"},
		{Span: doc.Span{Start: 22, End: 30}, Type: "ORGANIZATION"},
		{Span: doc.Span{Start: 41, End: 45}, Type: "PERSON"},
		{Span: doc.Span{Start: 48, End: 54}, Type: "CITY"},
	}
	c := newDocContext([]rune(text), tokenize.Split(text), ms, nil)
	if len(c.sents) != 1 || len(c.ments) != 5 {
		t.Fatalf("%d sentences, %d mentions", len(c.sents), len(c.ments))
	}
	for _, pool := range []bool{false, true} {
		t.Run(map[bool]string{false: "plain", true: "pool"}[pool], func(t *testing.T) { checkNetworkGradients(t, c, pool) })
	}
}

func checkNetworkGradients(t *testing.T, c *docContext, pool bool) {
	pairIdx := [][2]int{{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 0}}
	n, in, rows := tinyNetwork(c, pairIdx, 4, pool)
	pairs := []netPair{
		{a: 0, b: 1, labels: []uint8{0, 1, 2}, gold: 1},
		{a: 1, b: 2, labels: []uint8{0, 2, 3}, gold: 3},
		{a: 0, b: 2, labels: []uint8{0, 1, 2, 3}, gold: 0},
		{a: 3, b: 4, labels: []uint8{0, 3}, gold: 3},
		{a: 4, b: 0, labels: []uint8{0, 1}, gold: 0},
	}
	for k := range pairs {
		pairs[k].pf = rows[k]
	}
	var tp sentTape
	loss := func() float64 { return n.sentLoss(c, in, pairs, &tp, nil, 0, 0, false) }
	// sharpen the hidden layer's inputs away from ReLU's kink
	for i := range n.hb.W {
		n.hb.W[i] = 0.3
	}
	n.sentLoss(c, in, pairs, &tp, nil, 0, 0, true)
	names := []string{"word", "feat", "pair", "fw.W", "fw.U", "fw.B", "bw.W", "bw.U", "bw.B", "a1", "a2", "hb", "out", "ob"}
	if pool {
		names = append(names, "gw")
	}
	ps := n.params()
	if len(ps) != len(names) {
		t.Fatalf("%d parameters, %d names", len(ps), len(names))
	}
	grads := make([][]float32, len(ps))
	for k, p := range ps {
		grads[k] = append([]float32(nil), p.G...)
	}
	for k, p := range ps {
		nonzero := false
		for i := range p.W {
			num := nn.NumGrad(p.W, i, loss)
			if d := math.Abs(num - float64(grads[k][i])); d > 2e-2*math.Max(1, math.Abs(num)) {
				t.Errorf("%s[%d]: analytic %.5f, numeric %.5f", names[k], i, grads[k][i], num)
			}
			nonzero = nonzero || grads[k][i] != 0
		}
		if !nonzero {
			t.Errorf("%s: no gradient at all", names[k])
		}
	}
}

// neuralOptions are small network options for tests.
func neuralOptions() *NeuralOptions {
	return &NeuralOptions{Epochs: 3, Batch: 4, WordDim: 8, FeatDim: 8, Hidden: 4, PairDim: 8, MinCount: 1, Refit: true, Pool: true}
}

func trainTinyNeural(t testing.TB, log *strings.Builder) *Model {
	t.Helper()
	return trainTinyEnsemble(t, log, 1, false)
}

// trainTinyEnsemble trains a tiny model with seeds networks averaging
// their scores, or with probs their probabilities.
func trainTinyEnsemble(t testing.TB, log *strings.Builder, seeds int, probs bool) *Model {
	t.Helper()
	no := neuralOptions()
	no.Seeds, no.Probs = seeds, probs
	opt := TrainOptions{Epochs: 5, MinCount: 1, Seed: 1, Signatures: tinySignatures(t), C: 1, HoldOut: 3, Refit: true,
		Neural: no, Dev: tinyCorpus()[:6]}
	if log != nil {
		opt.Log = log
	}
	m, err := Train(tinyCorpus(), opt)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainNeural(t *testing.T) {
	var log strings.Builder
	m := trainTinyNeural(t, &log)
	if len(m.nets) != 1 || m.Meta["nn_refit"] != "true" || m.Meta["neural"] == "" {
		t.Fatalf("no network, or no metadata: %v", m.Meta)
	}
	for _, want := range []string{"relation nn: epoch  3: loss/pair", "held-out F1 alone", "dev F1 alone", "network mix", "final dev, linear + "} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, log.String())
		}
	}
	if lin := m.Linear(); lin.nets != nil || lin.Mix() != 0 || m.Linear() == m || lin.Linear() != lin {
		t.Error("Linear kept the network")
	}
	// the file keeps the network; decoding twice gives the same model
	m.mix = 1 // whatever the tiny held-out set chose: run the network
	b := encode(t, m)
	m2, err := Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if len(m2.nets) != 1 || m2.Mix() != m.Mix() || !reflect.DeepEqual(m2.nets[0].dims, m.nets[0].dims) {
		t.Fatalf("decoded network: %v, mix %v (want %v)", m2.nets, m2.Mix(), m.Mix())
	}
	m3, err := Decode(bytes.NewReader(encode(t, m2)))
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range append(tinyCorpus()[:6], example("Гоша Куценко", "работает в", "Ростехе", true)) {
		a := m2.Extract(ex.Text, ex.Sents, ex.Mentions)
		if b := m3.Extract(ex.Text, ex.Sents, ex.Mentions); !reflect.DeepEqual(a, b) {
			t.Fatalf("%s: decoded %+v, decoded again %+v", ex.ID, a, b)
		}
	}
}

// TestFormatVersions checks that a model without a network is written in
// the first format version, one with a network in the second, one with
// several in the third, that a file of one form under another's version
// is refused, and an unknown version too.
func TestFormatVersions(t *testing.T) {
	for _, tt := range []struct {
		name string
		m    *Model
		want byte
	}{
		{"linear", trainTiny(t), oldVersion},
		{"neural", trainTinyNeural(t, nil), oneNetVersion},
		{"ensemble", trainTinyEnsemble(t, nil, 2, true), formatVersion},
	} {
		b := encode(t, tt.m)
		if b[len(magic)] != tt.want {
			t.Errorf("%s: version byte %d, want %d", tt.name, b[len(magic)], tt.want)
		}
		m, err := Decode(bytes.NewReader(b))
		if err != nil || len(m.nets) != len(tt.m.nets) || m.probs != tt.m.probs {
			t.Fatalf("%s: %v, network %v", tt.name, err, m)
		}
		for _, v := range []byte{oldVersion, oneNetVersion, formatVersion} {
			if v == tt.want {
				continue
			}
			b := slices.Clone(b)
			b[len(magic)] = v
			if _, err := Decode(bytes.NewReader(b)); err == nil || !strings.Contains(err.Error(), "version") {
				t.Errorf("%s as version %d: error %v", tt.name, v, err)
			}
		}
		b[len(magic)] = formatVersion + 1
		if _, err := Decode(bytes.NewReader(b)); err == nil || !strings.Contains(err.Error(), "version") {
			t.Errorf("%s: version %d: error %v", tt.name, formatVersion+1, err)
		}
	}
}

// TestNeuralExtractOddInput runs a model with a network on mentions that
// run past their sentence, cover one token, repeat or fall outside the
// text: no panic, and the plain relation is still found.
func TestNeuralExtractOddInput(t *testing.T) {
	m := trainTinyNeural(t, nil)
	m.mix = 1 // whatever the tiny held-out set chose: run the network
	ex := example("Иван Петров", "работает в", "Газпроме", true)
	text := string(ex.Text) + " Анна Смирнова работает в Сбербанке."
	runes := []rune(text)
	sents := tokenize.Split(text)
	if len(sents) != 2 {
		t.Fatalf("%d sentences", len(sents))
	}
	n := len(ex.Text)
	ms := append(ex.Mentions,
		doc.Mention{Span: doc.Span{Start: 21, End: n + 5}, Type: "ORGANIZATION"}, // across the sentences
		doc.Mention{Span: doc.Span{Start: n + 1, End: n + 14}, Type: "PERSON"},
		doc.Mention{Span: doc.Span{Start: n + 1, End: n + 5}, Type: "PERSON"},
		doc.Mention{Span: doc.Span{Start: len(runes) - 10, End: len(runes) - 1}, Type: "ORGANIZATION"},
		doc.Mention{Span: doc.Span{Start: len(runes) - 1, End: len(runes)}, Type: "ORGANIZATION"}, // the full stop
		doc.Mention{Span: doc.Span{Start: 0, End: 11}, Type: "PERSON"},                            // duplicate
		doc.Mention{Span: doc.Span{Start: len(runes), End: len(runes) + 3}, Type: "PERSON"},       // outside
	)
	found := m.Extract(runes, sents, ms)
	ok := false
	for _, f := range found {
		if f.Head == 0 && f.Tail == 1 && f.Type == "WORKPLACE" {
			ok = true
		}
		if f.Score <= 0 || f.Score > 1 {
			t.Errorf("score %v: %+v", f.Score, f)
		}
	}
	if !ok {
		t.Errorf("got %+v, want WORKPLACE 0→1 among them", found)
	}
	if got := m.Extract(nil, nil, nil); got != nil {
		t.Errorf("empty document: %+v", got)
	}
}

// plainScores is netScorer.scores the plain way: the whole sentence
// encoded as in training, every projection computed, the gap pooled per
// pair.
func plainScores(n *network, c *docContext, tp *sentTape, i, j int, allowed []uint8, out []float32) bool {
	sent := c.ments[i].sent
	if c.ments[j].sent != sent {
		return false
	}
	in := n.input(c, sent)
	n.encode(c, &in, tp, nil, 0)
	rows := n.pairs.KnownRows(nil, c.pairFeatures(nil, i, j))
	clear(out)
	n.pairForward(tp, int(tp.local[i]-1), int(tp.local[j]-1), rows, append([]uint8{0}, allowed...), make([]float32, n.dims.PairDim), out)
	return true
}

// TestScorerPlain checks that the scorer's inference path (token cache,
// shortened LSTM passes, lazy projections, shared gap pools) gives the
// bits of the plain forward pass, on the sample sentence and NEREL dev when
// the shared data is there, twice (the second time from the cache).
func TestScorerPlain(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.nets == nil {
		t.Skip("the default model has no network")
	}
	text, ms := sample(t)
	docs := []nerelDoc{{text: []rune(text), sents: tokenize.Split(text), ments: ms}}
	if _, err := shareddata.Dir("nerel", "dev"); err == nil {
		dev := nerelDev(t)
		docs = append(docs, dev[:min(len(dev), 12)]...)
	}
	L := len(m.labels)
	got, want := make([]float32, L), make([]float32, L)
	var tp sentTape
	pairs := 0
	for round := range 2 {
		for _, d := range docs {
			c := newDocContext(d.text, d.sents, d.ments, m.lex)
			ns := m.nets[0].scorer(c)
			c.candidates(m.window, m.sigs, m.alias, func(i, j int, allowed []uint8, rank int) {
				if rank >= 0 {
					return
				}
				ok := ns.scores(i, j, allowed, got)
				if ok != plainScores(m.nets[0], c, &tp, i, j, allowed, want) {
					t.Fatalf("pair %d, %d: scored %v by one path only", i, j, ok)
				}
				for l := range got {
					if math.Float32bits(got[l]) != math.Float32bits(want[l]) {
						t.Fatalf("round %d, pair %d, %d, label %d: %v, plain %v", round, i, j, l, got[l], want[l])
					}
				}
				pairs++
			})
			ns.release()
		}
	}
	if pairs == 0 {
		t.Fatal("no pair scored")
	}
	t.Logf("%d pairs", pairs)
}

// TestTrainEnsemble trains three networks: the first is the one a single
// seed trains, the log reports the held-out scores of the first two, the
// scorer averages what netScores and meanScores average, and the decoded
// file extracts the same relations.
func TestTrainEnsemble(t *testing.T) {
	one := trainTinyNeural(t, nil)
	for _, probs := range []bool{false, true} {
		var log strings.Builder
		m := trainTinyEnsemble(t, &log, 3, probs)
		if len(m.nets) != 3 || m.probs != probs || !strings.Contains(m.Meta["neural"], "seeds 3") {
			t.Fatalf("%d networks, probs %v, meta %q", len(m.nets), m.probs, m.Meta["neural"])
		}
		for _, want := range []string{"network 3 of 3, seed 3", "the first 2 networks averaging probabilities true", "final dev, linear + "} {
			if !strings.Contains(log.String(), want) {
				t.Errorf("log lacks %q:\n%s", want, log.String())
			}
		}
		if !bytes.Equal(m.nets[0].append(nil), one.nets[0].append(nil)) {
			t.Error("the first network differs from the single seed's")
		}
		if bytes.Equal(m.nets[1].append(nil), m.nets[0].append(nil)) {
			t.Error("the second network is the first")
		}
		m.mix = 1 // whatever the tiny held-out set chose: run the networks
		exs := append(tinyCorpus()[:6], example("Гоша Куценко", "работает в", "Ростехе", true))
		L := len(m.labels)
		each, allowed, scored := m.netScores(m.nets, exs)
		want := meanScores(each, allowed, scored, L, probs)
		var got []float32
		m.walk(exs, false, func(c *docContext, i, j, rank int, _ []uint64, _ int, al []uint8) {
			x := make([]float32, L)
			if rank < 0 {
				s := m.scorer(c)
				s.scores(i, j, al, x)
				s.release()
			}
			got = append(got, x...)
		}, nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("probs %v: the scorer's scores differ from meanScores'", probs)
		}
		for k, x := range want {
			if bad(x) {
				t.Fatalf("probs %v: score %d is %v", probs, k, x)
			}
		}
		m2, err := Decode(bytes.NewReader(encode(t, m)))
		if err != nil {
			t.Fatal(err)
		}
		if len(m2.nets) != 3 || m2.probs != probs || m2.Mix() != 1 {
			t.Fatalf("decoded %d networks, probs %v, mix %v", len(m2.nets), m2.probs, m2.Mix())
		}
		m3, err := Decode(bytes.NewReader(encode(t, m2)))
		if err != nil {
			t.Fatal(err)
		}
		for _, ex := range exs {
			a := m2.Extract(ex.Text, ex.Sents, ex.Mentions)
			if b := m3.Extract(ex.Text, ex.Sents, ex.Mentions); !reflect.DeepEqual(a, b) {
				t.Fatalf("%s: decoded %+v, decoded again %+v", ex.ID, a, b)
			}
		}
	}
}
