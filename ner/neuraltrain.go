package ner

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/factgraph/factgraph/nn"
	"github.com/factgraph/factgraph/wordvec"
)

// NeuralOptions controls TrainNeural.
type NeuralOptions struct {
	Epochs    int     // passes over the training data (default 10)
	Batch     int     // sentences per update (default 16)
	LR        float32 // Adam learning rate (default 0.002)
	Decay     float32 // the rate of epoch e is LR / (1 + Decay·(e−1))
	Dropout   float32 // input dropout (default 0.25)
	HDropout  float32 // dropout of the LSTM states (default 0: none)
	WordDim   int     // word embedding size (default 128)
	FeatDim   int     // feature embedding size (default 128)
	Hidden    int     // LSTM size per direction (default 64)
	LabelDim  int     // size of the embedding of the label below (default 16)
	MinCount  int     // words and features seen fewer times are unknown (default 2)
	Seed      uint64
	Dev       []Example
	Log       io.Writer
	MaxTokens int // stop an epoch after this many tokens (0: all; for tests)
}

func (o *NeuralOptions) defaults() {
	nn.Default(&o.Epochs, 10)
	nn.Default(&o.Batch, 16)
	nn.Default(&o.WordDim, 128)
	nn.Default(&o.FeatDim, 128)
	nn.Default(&o.Hidden, 64)
	nn.Default(&o.LabelDim, 16)
	nn.Default(&o.MinCount, 2)
	nn.Default(&o.LR, 0.002)
	nn.Default(&o.Dropout, 0.25)
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// TrainNeural trains the neural tagger of m on the examples, with m's
// types, layers, dictionary and word clusters, and attaches it to m.
func TrainNeural(m *Model, train []Example, opt NeuralOptions) error {
	opt.defaults()
	if len(train) == 0 {
		return errors.New("train ner: no training examples")
	}
	levels := m.levels()
	typeIndex := m.typeIndex
	infos := make([][]tokenInfo, len(train))
	wc := nn.FeatureCounts{}
	fc := nn.FeatureCounts{}
	var fs []uint64
	for i, ex := range train {
		infos[i] = sentenceInfo(ex.Words, m.lex, m.clusters)
		for j := range infos[i] {
			wc.Add([]uint64{wordvec.WordKey(infos[i][j].lower)})
			fs = tokenFeatures(fs[:0], infos[i], j, levels)
			fc.Add(fs)
		}
	}
	wkeys, _ := wc.Keep(opt.MinCount)
	fkeys, _ := fc.Keep(opt.MinCount)
	d := netDims{WordDim: opt.WordDim, FeatDim: opt.FeatDim, Hidden: opt.Hidden, LabelDim: opt.LabelDim,
		Layers: len(m.layers), Labels: m.numLabels()}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6e6e))
	net := newNetwork(d, nn.NewVocab(wkeys), nn.NewVocab(fkeys), rng)
	adam := nn.NewAdam(opt.LR, net.params()...)

	inputs := make([]netInput, len(train))
	gold := make([][][]TokenSpan, len(train))
	var st LayerStats
	st.PerLayer = make([]int, d.Layers)
	for i, ex := range train {
		inputs[i] = net.input(infos[i], levels)
		gold[i] = assignLayers(ex.Spans, d.Layers, &st)
	}
	fmt.Fprintf(opt.Log, "ner nn: %d sentences, %d words, %d features, dims %+v\n", len(train), len(wkeys), len(fkeys), d)
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var tp netTape
	L := d.Labels
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		start := time.Now()
		adam.LR = opt.LR / (1 + opt.Decay*float32(epoch-1))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var loss float64
		tokens, inBatch := 0, 0
		for _, s := range order {
			T := len(inputs[s].words)
			if T == 0 {
				continue
			}
			net.encode(inputs[s], &tp, rng, opt.Dropout, opt.HDropout)
			dF := make([]float32, T*d.Hidden)
			dB := make([]float32, T*d.Hidden)
			ems := make([]float32, T*L)
			dEms := make([]float32, T*L)
			for k := 0; k < d.Layers; k++ {
				if k > 0 && len(gold[s][k-1]) == 0 {
					break
				}
				lower := lowerLabels(T, gold[s][:k], typeIndex)
				net.emissions(&tp, k, lower, ems)
				loss += net.crf[k].Loss(ems, bioLabels(T, gold[s][k], typeIndex), dEms)
				net.backHead(&tp, k, lower, dEms, dF, dB)
			}
			net.backEncode(inputs[s], &tp, dF, dB)
			tokens += T
			if inBatch++; inBatch == opt.Batch {
				adam.Step(inBatch)
				inBatch = 0
			}
			if opt.MaxTokens > 0 && tokens >= opt.MaxTokens {
				break
			}
		}
		if inBatch > 0 {
			adam.Step(inBatch)
		}
		line := fmt.Sprintf("ner nn: epoch %2d: loss/token %.4f, %.0f tokens/s", epoch, loss/float64(max(tokens, 1)), float64(tokens)/time.Since(start).Seconds())
		if len(opt.Dev) > 0 {
			m.setNetwork(net, 0)
			p, r, f := m.NestedF1(opt.Dev)
			line += fmt.Sprintf(", dev P %.4f R %.4f F1 %.4f", p, r, f)
		}
		fmt.Fprintln(opt.Log, line)
	}
	m.setNetwork(net, 0)
	return nil
}

// NestedF1 scores m on examples: exact token spans and types, nested spans
// counted, as a multiset.
func (m *Model) NestedF1(exs []Example) (p, r, f float64) {
	var tp, np, ng int
	for _, ex := range exs {
		gold := map[TokenSpan]int{}
		for _, g := range ex.Spans {
			gold[g]++
			ng++
		}
		for _, s := range m.TagWords(ex.Words) {
			np++
			if gold[s] > 0 {
				gold[s]--
				tp++
			}
		}
	}
	if tp == 0 {
		return 0, 0, 0
	}
	p, r = float64(tp)/float64(np), float64(tp)/float64(ng)
	return p, r, 2 * p * r / (p + r)
}
