package relation

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/factgraph/factgraph/nn"
)

// NeuralOptions controls the training of the neural scorer (see
// TrainOptions.Neural).
type NeuralOptions struct {
	Epochs  int     // passes over the training data (default 8)
	Batch   int     // sentences per update (default 16)
	LR      float32 // Adam learning rate (default 0.002)
	Decay   float32 // the rate of epoch e is LR / (1 + Decay·(e−1))
	Dropout float32 // input dropout (default 0.25)
	// PairDropout is the dropout rate of each pair's hidden layer (0: none).
	PairDropout float32
	WordDim     int // word embedding size (default 64)
	FeatDim     int // feature embedding size (default 64)
	Hidden      int // LSTM size per direction (default 64)
	PairDim     int // size of the pair's hidden layer (default 128)
	// Pool adds the max-pool of the LSTM states between the arguments
	// (netDims.Pool).
	Pool     bool
	MinCount int // words and features seen fewer times are unknown (default 2)
	// Mixes are the weights of the network's scores tried on the held-out
	// documents (default 0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75,
	// 1); Mix is the weight used without held-out documents (default 0.3,
	// the shipped model's), and the one chosen with them.
	Mixes []float32
	Mix   float32
	// Refit trains the network again on all training documents after the
	// mix was chosen with the one trained on the others.
	Refit bool
	// Seeds is the number of networks trained alike, seeded with
	// TrainOptions.Seed, Seed+1, …, whose scores are averaged (default 1).
	Seeds int
	// Probs averages the networks' probabilities (the log of their mean)
	// rather than their label scores; it matters with several seeds only.
	Probs bool
	// MaxSents stops an epoch after this many sentences (0: all; for tests).
	MaxSents int
}

func (o *NeuralOptions) defaults() {
	nn.Default(&o.Epochs, 8)
	nn.Default(&o.Batch, 16)
	nn.Default(&o.WordDim, 64)
	nn.Default(&o.FeatDim, 64)
	nn.Default(&o.Hidden, 64)
	nn.Default(&o.PairDim, 128)
	nn.Default(&o.MinCount, 2)
	nn.Default(&o.Seeds, 1)
	nn.Default(&o.LR, 0.002)
	nn.Default(&o.Dropout, 0.25)
	nn.Default(&o.Mix, 0.3)
	if len(o.Mixes) == 0 {
		o.Mixes = []float32{0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1}
	}
}

// mixes returns the weights to try, none for no network.
func (o *NeuralOptions) mixes() []float32 {
	if o == nil {
		return nil
	}
	return o.Mixes
}

// String describes the options for the model's metadata.
func (o *NeuralOptions) String() string {
	s := fmt.Sprintf("epochs %d, batch %d, lr %g, decay %g, dropout %g, pair dropout %g, word dim %d, feature dim %d, hidden %d, pair dim %d, pool %v, min count %d, mix %g",
		o.Epochs, o.Batch, o.LR, o.Decay, o.Dropout, o.PairDropout, o.WordDim, o.FeatDim, o.Hidden, o.PairDim, o.Pool, o.MinCount, o.Mix)
	if o.Seeds > 1 {
		avg := "scores"
		if o.Probs {
			avg = "probabilities"
		}
		s += fmt.Sprintf(", seeds %d averaging %s", o.Seeds, avg)
	}
	return s
}

// netSent is one training sentence: its document, its index form and its
// candidate pairs.
type netSent struct {
	c     *docContext
	sent  int
	in    sentInput
	pairs []netPair
	// the keys, until the vocabularies are known
	words []uint64
	feats [][]uint64
	pfs   [][]uint64
}

// netSentences collects the sentences of exs that hold candidate pairs the
// network scores, with the keys of their tokens and pairs.
func (m *Model) netSentences(exs []Example) []*netSent {
	var out []*netSent
	var cur *netSent
	local := map[int]int32{} // c.ments index → position in the sentence's mentions
	m.walk(exs, false, func(c *docContext, i, j, rank int, _ []uint64, gold int, allowed []uint8) {
		s := c.ments[i].sent
		if rank >= 0 || c.ments[j].sent != s {
			return
		}
		if cur == nil || cur.c != c || cur.sent != s {
			cur = &netSent{c: c, sent: s}
			c.sentenceFeatures(s, func(w uint64, fs []uint64) {
				cur.words = append(cur.words, w)
				cur.feats = append(cur.feats, append([]uint64(nil), fs...))
			})
			cur.in.ments = c.byS[s]
			out = append(out, cur)
			clear(local)
			for k, x := range c.byS[s] {
				local[x] = int32(k)
			}
		}
		labels := append([]uint8{0}, allowed...)
		cur.pairs = append(cur.pairs, netPair{a: local[i], b: local[j], labels: labels, gold: uint8(gold)})
		cur.pfs = append(cur.pfs, c.pairFeatures(nil, i, j))
	}, nil)
	return out
}

// fitNetworks trains opt.Neural.Seeds networks on the candidates of train,
// as fitNetwork does, with the seeds opt.Seed, opt.Seed+1, ….
func (m *Model) fitNetworks(train, held []Example, hd *instances, lin []float32, opt *TrainOptions) []*network {
	var nets []*network
	for k := range opt.Neural.Seeds {
		if opt.Neural.Seeds > 1 {
			fmt.Fprintf(opt.Log, "relation nn: network %d of %d, seed %d\n", k+1, opt.Neural.Seeds, opt.Seed+uint64(k))
		}
		nets = append(nets, m.fitNetwork(train, held, hd, lin, opt, opt.Seed+uint64(k)))
	}
	return nets
}

// fitNetwork trains a network on the candidates of train, seeded with
// seed. When hd is not
// nil (the instances of the held-out documents held, with the linear
// model's scores lin), every epoch logs the held-out F1 of the network
// alone and added to the linear model; with opt.Dev, that of the network
// alone on dev.
func (m *Model) fitNetwork(train, held []Example, hd *instances, lin []float32, opt *TrainOptions, seed uint64) *network {
	o := opt.Neural
	start := time.Now()
	sents := m.netSentences(train)
	wc, fc, pc := nn.FeatureCounts{}, nn.FeatureCounts{}, nn.FeatureCounts{}
	for _, s := range sents {
		wc.Add(s.words)
		for _, f := range s.feats {
			fc.Add(f)
		}
		for _, f := range s.pfs {
			pc.Add(f)
		}
	}
	wk, _ := wc.Keep(o.MinCount)
	fk, _ := fc.Keep(o.MinCount)
	pk, _ := pc.Keep(o.MinCount)
	L := len(m.labels)
	d := netDims{WordDim: o.WordDim, FeatDim: o.FeatDim, Hidden: o.Hidden, PairDim: o.PairDim, Labels: L, Pool: o.Pool}
	rng := rand.New(rand.NewPCG(seed, 0x7e1a))
	n := newNetwork(d, nn.NewVocab(wk), nn.NewVocab(fk), nn.NewVocab(pk), rng)
	pairs := 0
	for _, s := range sents {
		for k, w := range s.words {
			s.in.words = append(s.in.words, n.words.Row(w))
			s.in.feats = append(s.in.feats, n.feats.KnownRows(nil, s.feats[k]))
		}
		for k := range s.pairs {
			s.pairs[k].pf = n.pairs.KnownRows(nil, s.pfs[k])
		}
		pairs += len(s.pairs)
		s.words, s.feats, s.pfs = nil, nil, nil
	}
	fmt.Fprintf(opt.Log, "relation nn: %d documents, %d sentences, %d pairs, %d words, %d token features, %d pair features, dims %+v (%v)\n",
		len(train), len(sents), pairs, len(wk), len(fk), len(pk), d, time.Since(start).Round(100*time.Millisecond))
	var dev *instances
	if len(opt.Dev) > 0 {
		dev = m.labelsOnly(opt.Dev)
	}
	adam := nn.NewAdam(o.LR, n.params()...)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var tp sentTape
	for epoch := 1; epoch <= o.Epochs; epoch++ {
		start := time.Now()
		adam.LR = o.LR / (1 + o.Decay*float32(epoch-1))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var loss float64
		seen, inBatch, done := 0, 0, 0
		for _, k := range order {
			s := sents[k]
			loss += n.sentLoss(s.c, &s.in, s.pairs, &tp, rng, o.Dropout, o.PairDropout, true)
			seen += len(s.pairs)
			if inBatch++; inBatch == o.Batch {
				adam.Step(inBatch)
				inBatch = 0
			}
			if done++; o.MaxSents > 0 && done >= o.MaxSents {
				break
			}
		}
		if inBatch > 0 {
			adam.Step(inBatch)
		}
		line := fmt.Sprintf("relation nn: epoch %2d: loss/pair %.4f (%v)", epoch, loss/float64(max(seen, 1)), time.Since(start).Round(100*time.Millisecond))
		if hd != nil {
			sc, _, _ := m.netScores([]*network{n}, held)
			_, _, alone := evalScores(hd, nil, sc[0], L, 0, 1)
			b, x, f1 := tune(hd, lin, sc[0], L, o.Mixes)
			line += fmt.Sprintf(", held-out F1 alone %.4f, with the linear model %.4f (bias %.2f, mix %g)", alone, f1, b, x)
		}
		if dev != nil {
			sc, _, _ := m.netScores([]*network{n}, opt.Dev)
			_, _, f1 := evalScores(dev, nil, sc[0], L, 0, 1)
			line += fmt.Sprintf(", dev F1 alone %.4f", f1)
		}
		fmt.Fprintln(opt.Log, line)
	}
	return n
}

// labelsOnly returns the candidates of exs with their gold and allowed
// labels and no features, to score the network alone.
func (m *Model) labelsOnly(exs []Example) *instances {
	d := &instances{off: []int32{0}}
	var st TrainStats
	m.walk(exs, false, func(_ *docContext, _, _, _ int, _ []uint64, gold int, allowed []uint8) {
		d.off = append(d.off, 0)
		d.gold = append(d.gold, uint8(gold))
		d.allowed = append(d.allowed, allowed)
	}, &st)
	d.golds = st.Relations
	return d
}
