package ner

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sort"
	"sync"

	"github.com/factgraph/factgraph/nn"
	"github.com/factgraph/factgraph/wordvec"
)

// Example is one training or evaluation sentence: its words and the gold
// entities over them.
type Example struct {
	Words []string
	Spans []TokenSpan
}

// TrainOptions controls Train.
type TrainOptions struct {
	Epochs   int     // passes over the training data per layer (default 12)
	Layers   int     // nesting layers (default 4); deeper entities go to the last one
	MinCount int     // features seen fewer times are ignored (default 2)
	Seed     uint64  // shuffling seed
	Prune    float64 // weights with |w| below Prune×max|w| are dropped (default 0.002)
	// Lexicon, if set, adds dictionary features. Only MorphLexicon can be
	// saved with the model (Decode re-attaches it by name).
	Lexicon Lexicon
	// Clusters, if set, adds word-cluster features (the clusters of the
	// word and its neighbours); the table is saved with the model.
	Clusters *wordvec.Clusters
	// ClusterLemmas keys Clusters by the lemma the Lexicon (a Lemmatizer)
	// gives, not by the word.
	ClusterLemmas bool
	// Dev, if set, is scored after every epoch (per-layer F1 with gold lower
	// layers) and at the end (full nested F1).
	Dev []Example
	// Log receives progress lines; nil discards them.
	Log io.Writer
	// Workers bounds how many layers train at once (default 2).
	Workers int
	// Folds > 1 trains the upper layers on lower-layer labels predicted by
	// models trained on the other folds (jackknifing) instead of gold ones.
	Folds int
}

func (o *TrainOptions) defaults() {
	nn.Default(&o.Epochs, 12)
	nn.Default(&o.Layers, 4)
	nn.Default(&o.MinCount, 2)
	nn.Default(&o.Prune, 0.002)
	nn.Default(&o.Workers, 2)
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// LayerStats counts how the gold entities were spread over layers.
type LayerStats struct {
	PerLayer []int // entities assigned to each layer
	Dropped  int   // entities that overlapped another one of the same layer
}

// assignLayers gives each gold span of a sentence its layer: 0 for spans that
// contain no other span, else one more than the highest layer inside it,
// capped at maxLayers-1. Within a layer, spans that overlap an earlier one
// (sorted by start, longer first) are dropped.
func assignLayers(spans []TokenSpan, maxLayers int, st *LayerStats) [][]TokenSpan {
	s := slices.Clone(spans)
	sortSpans(s)
	s = dedupe(s)
	height := make([]int, len(s))
	// process by increasing length so that contained spans are done first
	order := make([]int, len(s))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return s[order[a]].End-s[order[a]].Start < s[order[b]].End-s[order[b]].Start
	})
	for _, i := range order {
		h := 0
		for j := range s {
			if j == i {
				continue
			}
			inside := s[i].Start <= s[j].Start && s[j].End <= s[i].End
			same := s[i].Start == s[j].Start && s[i].End == s[j].End
			if inside && !same && height[j]+1 > h {
				h = height[j] + 1
			}
		}
		height[i] = min(h, maxLayers-1)
	}
	layers := make([][]TokenSpan, maxLayers)
	for i, sp := range s {
		k := height[i]
		if n := len(layers[k]); n > 0 && layers[k][n-1].End > sp.Start {
			st.Dropped++
			continue
		}
		layers[k] = append(layers[k], sp)
		st.PerLayer[k]++
	}
	return layers
}

func bioLabels(n int, spans []TokenSpan, typeIndex map[string]int) []int {
	labels := make([]int, n)
	for _, s := range spans {
		t := typeIndex[s.Type]
		for i := s.Start; i < s.End; i++ {
			if i == s.Start {
				labels[i] = 1 + 2*t
			} else {
				labels[i] = 2 + 2*t
			}
		}
	}
	return labels
}

// lowerNames renders the union of layers below k as per-token label names,
// higher layers overwriting lower ones, as TagWords does at inference.
func lowerNames(n int, layers [][]TokenSpan, k int) []string {
	names := make([]string, n)
	for j := 0; j < k && j < len(layers); j++ {
		for _, s := range layers[j] {
			for i := s.Start; i < s.End; i++ {
				if i == s.Start {
					names[i] = "B-" + s.Type
				} else {
					names[i] = "I-" + s.Type
				}
			}
		}
	}
	return names
}

// layerData is one layer's training set in feature-index form.
type layerData struct {
	feats  [][]int32 // per token, feature rows
	labels []int
	sent   []int // sentence boundaries: sentence s is tokens [sent[s], sent[s+1])
}

func (d *layerData) sentences() int { return len(d.sent) - 1 }

// Train fits a layered tagger on the examples.
func Train(train []Example, opt TrainOptions) (*Model, error) {
	opt.defaults()
	if len(train) == 0 {
		return nil, errors.New("train ner: no training examples")
	}
	typeSet := map[string]bool{}
	for _, ex := range train {
		for _, s := range ex.Spans {
			if s.Start < 0 || s.End > len(ex.Words) || s.Start >= s.End {
				return nil, fmt.Errorf("train ner: span %d..%d outside sentence of %d words", s.Start, s.End, len(ex.Words))
			}
			typeSet[s.Type] = true
		}
	}
	types := make([]string, 0, len(typeSet))
	for t := range typeSet {
		types = append(types, t)
	}
	sort.Strings(types)
	if 1+2*len(types) > 255 {
		return nil, fmt.Errorf("train ner: %d entity types is more than the model supports (127)", len(types))
	}
	typeIndex := typeIndexOf(types)
	m := &Model{types: types, lex: opt.Lexicon, Meta: map[string]string{}}
	m.clusters.table = opt.Clusters
	if opt.ClusterLemmas {
		lm, ok := opt.Lexicon.(Lemmatizer)
		if !ok {
			return nil, errors.New("train ner: clusters keyed by lemma need a lexicon that lemmatizes")
		}
		m.clusters.lemma = lm
		m.Meta["cluster_key"] = "lemma"
	}
	L := m.numLabels()

	st := LayerStats{PerLayer: make([]int, opt.Layers)}
	trainLayers := make([][][]TokenSpan, len(train))
	infos := make([][]tokenInfo, len(train))
	for i, ex := range train {
		trainLayers[i] = assignLayers(ex.Spans, opt.Layers, &st)
		infos[i] = sentenceInfo(ex.Words, opt.Lexicon, m.clusters)
	}
	fmt.Fprintf(opt.Log, "ner: %d sentences, %d types, entities per layer %v, %d dropped as overlapping within a layer\n",
		len(train), len(types), st.PerLayer, st.Dropped)
	devSt := LayerStats{PerLayer: make([]int, opt.Layers)}
	devLayers := make([][][]TokenSpan, len(opt.Dev))
	devInfos := make([][]tokenInfo, len(opt.Dev))
	for i, ex := range opt.Dev {
		devLayers[i] = assignLayers(ex.Spans, opt.Layers, &devSt)
		devInfos[i] = sentenceInfo(ex.Words, opt.Lexicon, m.clusters)
	}

	// Upper layers read the labels of the layers below. By default they
	// learn from gold lower labels; with Folds > 1 they learn from labels
	// predicted by models trained on the other folds, as at run time.
	lower := trainLayers
	if opt.Folds > 1 && opt.Layers > 1 {
		var err error
		if lower, err = heldOutLayers(train, opt); err != nil {
			return nil, err
		}
	}

	m.layers = make([]*layer, opt.Layers)
	var wg sync.WaitGroup
	var mu sync.Mutex
	sem := make(chan struct{}, opt.Workers)
	for k := 0; k < opt.Layers; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			logf := func(format string, args ...any) {
				mu.Lock()
				defer mu.Unlock()
				fmt.Fprintf(opt.Log, format, args...)
			}
			m.layers[k] = trainLayer(k, infos, trainLayers, lower, devInfos, devLayers, typeIndex, L, opt, logf)
		}(k)
	}
	wg.Wait()
	m.prepare()
	m.Meta["layers"] = fmt.Sprint(opt.Layers)
	m.Meta["epochs"] = fmt.Sprint(opt.Epochs)
	m.Meta["seed"] = fmt.Sprint(opt.Seed)
	switch opt.Lexicon.(type) {
	case nil:
	case MorphLexicon:
		m.Meta["lexicon"] = "morph"
	default:
		m.Meta["lexicon"] = "custom" // Decode refuses it: such a model is for in-process use
	}
	return m, nil
}

// layerFeatures extracts the features of layer k for every token; lower
// holds, per sentence, the spans of each lower layer that the lower-layer
// features read (gold, or predicted by held-out models).
// heldOutLayers predicts the layers of every training sentence with a
// model trained on the other folds (sentence i is in fold i mod Folds).
func heldOutLayers(train []Example, opt TrainOptions) ([][][]TokenSpan, error) {
	out := make([][][]TokenSpan, len(train))
	for f := 0; f < opt.Folds; f++ {
		var rest []Example
		for i, ex := range train {
			if i%opt.Folds != f {
				rest = append(rest, ex)
			}
		}
		o := opt
		o.Folds, o.Dev, o.Log = 0, nil, io.Discard
		fm, err := Train(rest, o)
		if err != nil {
			return nil, fmt.Errorf("train ner: fold %d: %w", f, err)
		}
		for i := f; i < len(train); i += opt.Folds {
			out[i] = fm.tagLayers(train[i].Words)
		}
		fmt.Fprintf(opt.Log, "ner: fold %d of %d predicted for the upper layers\n", f+1, opt.Folds)
	}
	return out, nil
}

func layerFeatures(infos [][]tokenInfo, lower [][][]TokenSpan, k, levels int, fn func(ex, i int, f []uint64)) {
	var buf []uint64
	for e, info := range infos {
		lower := lowerNames(len(info), lower[e], k)
		for i := range info {
			buf = baseFeatures(buf[:0], info, i, levels)
			if k > 0 {
				buf = lowerFeatures(buf, info, lower, i)
			}
			fn(e, i, buf)
		}
	}
}

func buildData(infos [][]tokenInfo, layers, lower [][][]TokenSpan, k, levels int, index map[uint64]int32, typeIndex map[string]int) *layerData {
	d := &layerData{sent: []int{0}}
	layerFeatures(infos, lower, k, levels, func(e, i int, f []uint64) {
		row := make([]int32, 0, len(f))
		for _, h := range f {
			if r, ok := index[h]; ok {
				row = append(row, r)
			}
		}
		d.feats = append(d.feats, row)
		if i == len(infos[e])-1 {
			d.labels = append(d.labels, bioLabels(len(infos[e]), layers[e][k], typeIndex)...)
			d.sent = append(d.sent, len(d.feats))
		}
	})
	return d
}

func trainLayer(k int, infos [][]tokenInfo, layers, lower [][][]TokenSpan,
	devInfos [][]tokenInfo, devLayers [][][]TokenSpan,
	typeIndex map[string]int, L int, opt TrainOptions, logf func(string, ...any)) *layer {
	// Feature dictionary: hashes seen at least MinCount times.
	counts := nn.FeatureCounts{}
	levels := 0
	if opt.Clusters != nil {
		levels = opt.Clusters.Levels()
	}
	layerFeatures(infos, lower, k, levels, func(_, _ int, f []uint64) { counts.Add(f) })
	keys, index := counts.Keep(opt.MinCount)
	data := buildData(infos, layers, lower, k, levels, index, typeIndex)
	var devData *layerData
	if len(devInfos) > 0 {
		devData = buildData(devInfos, devLayers, devLayers, k, levels, index, typeIndex)
	}
	F := len(keys)
	logf("ner: layer %d: %d features, %d tokens\n", k, F, len(data.feats))

	p := newPerceptron(F, L)
	rng := rand.New(rand.NewPCG(opt.Seed, uint64(k)))
	order := make([]int, data.sentences())
	for i := range order {
		order[i] = i
	}
	var pred []int
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, total := 0, 0
		for _, s := range order {
			a, b := data.sent[s], data.sent[s+1]
			if b == a {
				continue
			}
			pred = p.predict(data.feats[a:b], pred)
			errs += p.update(data.feats[a:b], data.labels[a:b], pred)
			total += b - a
		}
		line := fmt.Sprintf("ner: layer %d epoch %2d: train token error %.4f", k, epoch, float64(errs)/float64(max(total, 1)))
		if devData != nil {
			avg := p.averaged()
			line += fmt.Sprintf(", dev layer F1 %.4f", layerF1(avg, devData, L))
		}
		logf("%s\n", line)
	}
	return p.compact(keys, opt.Prune)
}

// layerF1 scores exact spans of one layer against its gold labels.
func layerF1(p *perceptron, d *layerData, L int) float64 {
	var tp, np, ng int
	var pred []int
	types := make([]string, (L-1)/2)
	for i := range types {
		types[i] = fmt.Sprint(i)
	}
	for s := 0; s < d.sentences(); s++ {
		a, b := d.sent[s], d.sent[s+1]
		if a == b {
			continue
		}
		pred = p.predict(d.feats[a:b], pred)
		ps := decodeBIO(pred, types)
		gs := decodeBIO(d.labels[a:b], types)
		np += len(ps)
		ng += len(gs)
		for _, x := range ps {
			if slices.Contains(gs, x) {
				tp++
			}
		}
	}
	return f1(tp, np, ng)
}

func f1(tp, np, ng int) float64 {
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(np), float64(tp)/float64(ng)
	return 2 * p * r / (p + r)
}

// perceptron is a structured averaged perceptron with dense weights, used
// only while training. Emission (F×L) and transition ((L+1)×L) weights are
// held in one store, so that they share its update counter.
type perceptron struct {
	F, L   int
	store  *nn.Weights[float64] // nil in an averaged snapshot
	w      []float32            // F×L emission weights
	tw     []float32            // (L+1)×L transitions
	ems    [][]float32
	emsBuf []float32
	lattice
}

func newPerceptron(F, L int) *perceptron {
	p := &perceptron{F: F, L: L, store: nn.NewWeights[float64](F*L + (L+1)*L)}
	p.w, p.tw = p.store.W[:F*L], p.store.W[F*L:]
	return p
}

func (p *perceptron) predict(feats [][]int32, out []int) []int {
	n := len(feats)
	if cap(p.emsBuf) < n*p.L {
		p.emsBuf = make([]float32, n*p.L)
	}
	p.ems = p.ems[:0]
	for i, f := range feats {
		e := p.emsBuf[i*p.L : (i+1)*p.L]
		nn.DenseScores(e, p.w, p.L, f)
		p.ems = append(p.ems, e)
	}
	if cap(out) < n {
		out = make([]int, n)
	}
	out = out[:n]
	p.lattice.viterbi(p.ems, p.tw, p.L, transSpread(p.tw, p.L), nil, out)
	return out
}

// update applies one perceptron step and returns the number of wrong labels.
func (p *perceptron) update(feats [][]int32, gold, pred []int) int {
	errs := 0
	L := p.L
	trans := p.F * L // offset of the transitions in the store
	for i := range gold {
		g, q := gold[i], pred[i]
		pg, pq := L, L // start row
		if i > 0 {
			pg, pq = gold[i-1], pred[i-1]
		}
		if g != q || pg != pq {
			p.store.Bump(trans+pg*L+g, 1)
			p.store.Bump(trans+pq*L+q, -1)
		}
		if g == q {
			continue
		}
		errs++
		for _, r := range feats[i] {
			p.store.Bump(int(r)*L+g, 1)
			p.store.Bump(int(r)*L+q, -1)
		}
	}
	p.store.Tick()
	return errs
}

// averaged returns a perceptron holding the averaged weights, for
// prediction only.
func (p *perceptron) averaged() *perceptron {
	a := p.store.Averaged()
	return &perceptron{F: p.F, L: p.L, w: a[:p.F*p.L], tw: a[p.F*p.L:]}
}

// compact averages the weights, drops the small ones and quantizes the rest
// to int16.
func (p *perceptron) compact(keys []uint64, prune float64) *layer {
	a := p.averaged()
	ly := &layer{w: nn.Quantize(a.w, p.L, keys, prune), trans: slices.Clone(a.tw)}
	ly.spread = transSpread(ly.trans, p.L)
	return ly
}
