package ner

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"

	"github.com/factgraph/factgraph/internal/formcache"
	"github.com/factgraph/factgraph/nn"
	"github.com/factgraph/factgraph/wordvec"
)

// network is the neural tagger: each token is the concatenation of a word
// embedding and of the sum of the embeddings of its discrete features
// (shape, affixes, dictionary grammemes and lemma, word clusters, quotes); a
// bidirectional LSTM reads the sentence; for each nesting layer a linear
// head over the LSTM states and the embedding of the label the layers below
// gave the token scores the BIO labels, decoded by a CRF.
type network struct {
	dims  netDims
	words nn.Vocab  // wordvec.Key of the normalized word → row of word − 1
	feats nn.Vocab  // feature hash → row of feat − 1
	word  *nn.Param // words × WordDim, while training
	feat  *nn.Param // features × FeatDim, while training
	// wordQ and featQ hold the tables of a decoded network as the file
	// has them, a byte a weight (word and feat are then nil).
	wordQ, featQ *nn.Int8Table
	fw           *nn.LSTM
	bw           *nn.LSTM
	lower        *nn.Param   // L × LabelDim: embedding of the label below
	heads        []*nn.Param // per layer, L × (2·Hidden + LabelDim)
	bias         []*nn.Param // per layer, L
	crf          []*nn.CRF   // per layer
	// headsT holds the heads transposed for the AVX-512 products, in a
	// decoded network on a CPU that has them, or nil.
	headsT []*nn.MatT
	tapes  sync.Pool // of *netTape, reused by inference
}

// netDims are the sizes of a network.
type netDims struct {
	WordDim, FeatDim, Hidden, LabelDim, Layers, Labels int
}

func (d netDims) in() int   { return d.WordDim + d.FeatDim }
func (d netDims) head() int { return 2*d.Hidden + d.LabelDim }

func newNetwork(d netDims, words, feats nn.Vocab, rng *rand.Rand) *network {
	n := &network{dims: d, words: words, feats: feats,
		word:  nn.NewTable(words.Rows(), d.WordDim, 0.1, rng),
		feat:  nn.NewTable(feats.Rows(), d.FeatDim, 0.1, rng),
		fw:    nn.NewLSTM(d.in(), d.Hidden, rng),
		bw:    nn.NewLSTM(d.in(), d.Hidden, rng),
		lower: nn.NewTable(d.Labels, d.LabelDim, 0.1, rng),
	}
	for range d.Layers {
		n.heads = append(n.heads, nn.NewParam(d.Labels*d.head(), 0.1, rng))
		n.bias = append(n.bias, nn.NewParam(d.Labels, 0, rng))
		n.crf = append(n.crf, nn.NewCRF(d.Labels, allowed, rng))
	}
	return n
}

func (n *network) params() []*nn.Param {
	ps := []*nn.Param{n.word, n.feat, n.lower}
	ps = append(ps, n.fw.Params()...)
	ps = append(ps, n.bw.Params()...)
	for k := range n.heads {
		ps = append(ps, n.heads[k], n.bias[k], n.crf[k].Trans)
	}
	return ps
}

// tokenFeatures appends the discrete features of token i of a sentence.
func tokenFeatures(dst []uint64, info []tokenInfo, i, levels int) []uint64 {
	t := &info[i]
	dst = append(dst, hashStart(fBias), feat(fShape, t.shape))
	dst = append(affixFeatures(dst, t), feat(fLen, t.length))
	if i == 0 {
		dst = append(dst, hashStart(fSentStart))
	}
	if t.quote {
		dst = append(dst, hashStart(fInQuote))
	}
	if i > 0 && info[i-1].isQ {
		dst = append(dst, hashStart(fAfterQuote))
	}
	if i+1 < len(info) && info[i+1].isQ {
		dst = append(dst, hashStart(fBeforeQuote))
	}
	for _, g := range t.gram {
		dst = append(dst, feat(fDictGram, g))
	}
	return appendClusters(dst, t.clus, levels)
}

// netInput is a sentence in the network's index form.
type netInput struct {
	words []int32   // row of each token's word
	feats [][]int32 // rows of each token's known features
}

func (n *network) input(info []tokenInfo, levels int) netInput {
	in := netInput{words: make([]int32, len(info)), feats: make([][]int32, len(info))}
	var fs []uint64
	for i := range info {
		in.words[i] = n.words.Row(wordvec.WordKey(info[i].lower))
		fs = tokenFeatures(fs[:0], info, i, levels)
		for _, f := range fs {
			if r := n.feats.Row(f); r > 0 {
				in.feats[i] = append(in.feats[i], r)
			}
		}
	}
	return in
}

// netTape holds one forward pass over a sentence, for backward.
type netTape struct {
	xs     [][]float32
	drop   [][]float32 // dropout masks of xs (nil: none)
	fw, bw nn.LSTMTape
	hs     [][]float32 // per token, [forward h, backward h, lower label embedding]
	hdrop  [][]float32 // dropout masks of the LSTM states (nil: none)
	xbuf   []float32   // the rows of xs
	hbuf   []float32   // the rows of hs
	// encodeWords' buffers: the input gates of both LSTMs, the tokens
	// whose gates are computed and those gates, feature rows.
	pre, gbuf  []float32
	miss, rows []int32
	// emissions' buffer for the transposed heads' products.
	tbuf []float32
}

// tape returns a tape from the pool or a new one; put it back with
// n.tapes.Put when done.
func (n *network) tape() *netTape {
	if tp, ok := n.tapes.Get().(*netTape); ok {
		return tp
	}
	return new(netTape)
}

// encode computes the LSTM states of a sentence. With rng non-nil it
// applies word dropout (the word replaced by unknown), dropout to the
// inputs and, at rate hdrop, to the LSTM states.
func (n *network) encode(in netInput, tp *netTape, rng *rand.Rand, dropout, hdrop float32) {
	tp.xbuf, tp.xs, tp.drop = nn.SentenceInputs(tp.xbuf, tp.xs, tp.drop, in.words, n.dims.in(), rng, wordDropout, dropout,
		func(x []float32, w int32, i int) { n.embed(x, w, in.feats[i]) })
	n.fw.Forward(tp.xs, false, &tp.fw)
	n.bw.Forward(tp.xs, true, &tp.bw)
	n.states(tp, rng, hdrop)
}

// states fills tp.hs from the LSTMs' outputs, with dropout at rate hdrop
// when rng is not nil.
func (n *network) states(tp *netTape, rng *rand.Rand, hdrop float32) {
	d := n.dims
	T := tp.fw.Len()
	H := d.Hidden
	tp.hs = tp.hs[:0]
	tp.hdrop = tp.hdrop[:0]
	tp.hbuf = nn.Resize(tp.hbuf, T*d.head()) // the label slot: setLower
	for i := 0; i < T; i++ {
		h := tp.hbuf[i*d.head() : (i+1)*d.head()]
		copy(h, tp.fw.Out(i, H))
		copy(h[H:], tp.bw.Out(i, H))
		if rng != nil && hdrop > 0 {
			tp.hdrop = append(tp.hdrop, nn.DropMask(h[:2*H], hdrop, rng))
		}
		tp.hs = append(tp.hs, h)
	}
}

const wordDropout = 0.05

// emissions writes the label scores of layer k into ems (T×L), given the
// labels of the layers below (nil for layer 0).
func (n *network) emissions(tp *netTape, k int, lower []int, ems []float32) {
	L, D := n.dims.Labels, n.dims.head()
	T := len(tp.hs)
	for i, h := range tp.hs {
		n.setLower(h, lower, i)
		copy(ems[i*L:(i+1)*L], n.bias[k].W)
	}
	// The heads' inputs lie end to end in hbuf: the head's rows (34 KB,
	// more than L1 holds) are read once for four tokens rather than for
	// each, with the sums MatVec forms token by token (or, on a CPU with
	// AVX-512, from the transposed heads).
	if n.headsT != nil {
		tp.tbuf = n.headsT[k].MulVecs(ems[:T*L], tp.hbuf[:T*D], tp.tbuf)
		return
	}
	nn.MatVecs(ems[:T*L], n.heads[k].W, tp.hbuf[:T*D], D)
}

// setLower writes into the head input h of token i the embedding of the
// label below it (zeros for layer 0, lower nil): the heads of all layers
// share the LSTM states and differ only in this slot.
func (n *network) setLower(h []float32, lower []int, i int) {
	slot := h[2*n.dims.Hidden:]
	if lower == nil {
		clear(slot)
		return
	}
	copy(slot, n.lower.Row(int32(lower[i])))
}

// backHead accumulates the gradients of layer k's head given dEms, adding
// the gradient with respect to the LSTM states to dF and dB (T×Hidden).
func (n *network) backHead(tp *netTape, k int, lower []int, dEms, dF, dB []float32) {
	d := n.dims
	L, H := d.Labels, d.Hidden
	dh := make([]float32, d.head())
	for i, h := range tp.hs {
		n.setLower(h, lower, i)
		clear(dh)
		g := dEms[i*L : (i+1)*L]
		nn.MatVecBack(g, n.heads[k].W, h, n.heads[k].G, dh)
		for j, v := range g {
			n.bias[k].G[j] += v
		}
		if len(tp.hdrop) > 0 {
			for j, m := range tp.hdrop[i] {
				dh[j] *= m
			}
		}
		for j := 0; j < H; j++ {
			dF[i*H+j] += dh[j]
			dB[i*H+j] += dh[H+j]
		}
		if lower != nil {
			gr := n.lower.GradRow(int32(lower[i]))
			for j := range gr {
				gr[j] += dh[2*H+j]
			}
		}
	}
}

// backEncode accumulates the gradients of the encoder given the gradients
// with respect to the LSTM states.
func (n *network) backEncode(in netInput, tp *netTape, dF, dB []float32) {
	nn.BackEmbed(n.fw, n.bw, &tp.fw, &tp.bw, dF, dB, tp.drop, n.word, n.feat, in.words, in.feats)
}

// lowerLabels renders the spans found by the layers below as one label per
// token (a higher layer overwriting a lower one), or nil for layer 0.
func lowerLabels(T int, below [][]TokenSpan, typeIndex map[string]int) []int {
	if len(below) == 0 {
		return nil
	}
	out := make([]int, T)
	for _, spans := range below {
		for i, l := range bioLabels(T, spans, typeIndex) {
			if l != 0 {
				out[i] = l
			}
		}
	}
	return out
}

// typeIndexOf maps each entity type to its number.
func typeIndexOf(types []string) map[string]int {
	ti := make(map[string]int, len(types))
	for i, t := range types {
		ti[t] = i
	}
	return ti
}

// setNetwork attaches a network to the model, its scores added to mix
// times the perceptron's.
func (m *Model) setNetwork(n *network, mix float32) {
	m.net, m.mix = n, mix
	if m.words != nil {
		m.words = newWordCache()
	}
	m.netTrans, m.netSpread = nil, nil
	if n == nil {
		return
	}
	L := m.numLabels()
	for k, ly := range m.layers {
		tr := make([]float32, len(ly.trans))
		for i, v := range ly.trans {
			tr[i] = mix*v + n.crf[k].Trans.W[i]
		}
		// BIO-forbidden transitions never win: viterbi skips them.
		m.netTrans = append(m.netTrans, tr)
		m.netSpread = append(m.netSpread, transSpread(tr, L))
	}
}

// SetMix sets the weight of the perceptron's scores against the neural
// network's, for a model that has one (0: the network alone).
func (m *Model) SetMix(mix float32) { m.setNetwork(m.net, mix) }

// embed writes into x the embedding of word w followed by the sum
// of the embeddings of the features.
func (n *network) embed(x []float32, w int32, feats []int32) {
	if n.wordQ != nil {
		nn.EmbedInt8(x, n.wordQ, n.featQ, w, feats)
		return
	}
	nn.Embed(x, n.word, n.feat, w, feats)
}

// append appends the network's arrays: the vocabularies, then the
// weights, int8-quantized by rows except biases and transitions.
func (n *network) append(b []byte) []byte {
	d := n.dims
	b = nn.AppendUint64s(b, n.words.Keys)
	b = nn.AppendUint64s(b, n.feats.Keys)
	b = nn.AppendTable(b, n.wordQ, n.word, d.WordDim)
	b = nn.AppendTable(b, n.featQ, n.feat, d.FeatDim)
	b = nn.AppendInt8Rows(b, n.lower.W, d.LabelDim)
	b = n.bw.AppendInt8(n.fw.AppendInt8(b))
	for k := range n.heads {
		b = nn.AppendInt8Rows(b, n.heads[k].W, d.head())
		b = nn.AppendFloat32s(b, n.bias[k].W)
		b = nn.AppendFloat32s(b, n.crf[k].Trans.W)
	}
	return b
}

// netHeader is what a model file's header says of its network.
type netHeader struct {
	netDims
	Words, Feats int
	Mix          float32 // Model.mix
}

// decodeNetwork reads the arrays append wrote, for a network of h's
// sizes.
func decodeNetwork(d *nn.Decoder, h *netHeader) (*network, error) {
	ds := h.netDims
	for _, v := range []int{ds.WordDim, ds.FeatDim, ds.Hidden, ds.LabelDim, ds.Layers} {
		if v <= 0 || v > 4096 {
			return nil, fmt.Errorf("bad network sizes %+v", ds)
		}
	}
	if h.Words < 0 || h.Feats < 0 || h.Words > 1<<24 || h.Feats > 1<<24 {
		return nil, fmt.Errorf("bad vocabulary sizes %d, %d", h.Words, h.Feats)
	}
	wk, fk := d.Uint64s(h.Words), d.Uint64s(h.Feats)
	if err := d.Err(); err != nil {
		return nil, err
	}
	if !slices.IsSorted(wk) || !slices.IsSorted(fk) {
		return nil, errors.New("vocabulary not sorted")
	}
	n := &network{dims: ds, words: nn.NewVocab(wk), feats: nn.NewVocab(fk)}
	table := func(w []float32, dim int) *nn.Param { return &nn.Param{W: w, Rows: dim} }
	n.wordQ = d.Int8Table(h.Words+1, ds.WordDim)
	n.featQ = d.Int8Table(h.Feats+1, ds.FeatDim)
	n.lower = table(d.Int8Rows(ds.Labels, ds.LabelDim), ds.LabelDim)
	n.fw, n.bw = d.LSTM(ds.in(), ds.Hidden), d.LSTM(ds.in(), ds.Hidden)
	L := ds.Labels
	for range ds.Layers {
		n.heads = append(n.heads, &nn.Param{W: d.Int8Rows(L, ds.head())})
		if t := nn.NewMatT(n.heads[len(n.heads)-1].W, L, ds.head()); t != nil {
			n.headsT = append(n.headsT, t)
		}
		n.bias = append(n.bias, &nn.Param{W: d.Float32s(L)})
		crf := &nn.CRF{L: L, Trans: &nn.Param{W: d.Float32s((L + 1) * L)}}
		crf.SetMask(allowed)
		n.crf = append(n.crf, crf)
	}
	if err := d.Err(); err != nil {
		return nil, err
	}
	if len(n.headsT) != len(n.heads) {
		n.headsT = nil
	}
	return n, nil
}

// Perceptron returns the model without its neural tagger (the model itself
// when it has none): the perceptron taggers alone, faster and about one F1
// point less accurate (docs/ner.md).
func (m *Model) Perceptron() *Model {
	if m.net == nil {
		return m
	}
	c := *m
	c.setNetwork(nil, 0)
	return &c
}

// tokenRows appends the feature rows of token i (input's, from the word
// entries).
func (n *network) tokenRows(dst []int32, e *wordEntry, info []tokenInfo, i int) []int32 {
	dst = append(dst, e.rowsPre...)
	var pos [4]uint64
	fs := pos[:0]
	if i == 0 {
		fs = append(fs, hashStart(fSentStart))
	}
	if info[i].quote {
		fs = append(fs, hashStart(fInQuote))
	}
	if i > 0 && info[i-1].isQ {
		fs = append(fs, hashStart(fAfterQuote))
	}
	if i+1 < len(info) && info[i+1].isQ {
		fs = append(fs, hashStart(fBeforeQuote))
	}
	dst = n.feats.KnownRows(dst, fs)
	return append(dst, e.rowsPost...)
}

// encodeWords is encode for inference from the word entries of a
// sentence: the input part of the LSTM gates of a token in a plain position
// comes from its entry when there, and goes there when not.
func (n *network) encodeWords(ws []*wordEntry, cached []bool, info []tokenInfo, tp *netTape, c *formcache.Cache[*wordEntry], words []string) {
	d := n.dims
	T := len(ws)
	G := 4 * d.Hidden
	in := d.in()
	tp.pre = nn.Resize(tp.pre, 2*T*G) // every token's gates are copied or computed
	fwPre, bwPre := tp.pre[:T*G], tp.pre[T*G:]
	tp.xbuf = nn.Resize(tp.xbuf, T*in) // embed writes each row whole
	miss := tp.miss[:0]
	rows := tp.rows[:0]
	for i, e := range ws {
		if e.gates != nil && plainPosition(info, i) {
			copy(fwPre[i*G:(i+1)*G], e.gates[:G])
			copy(bwPre[i*G:(i+1)*G], e.gates[G:])
			continue
		}
		rows = n.tokenRows(rows[:0], e, info, i)
		n.embed(tp.xbuf[len(miss)*in:(len(miss)+1)*in], e.wordRow, rows)
		miss = append(miss, int32(i))
	}
	tp.miss, tp.rows = miss, rows
	tp.gbuf = nn.BiInputGates(n.fw, n.bw, tp.xbuf[:len(miss)*in], tp.gbuf, func(j int, f, b []float32) {
		i := miss[j]
		copy(fwPre[int(i)*G:], f)
		copy(bwPre[int(i)*G:], b)
		if c != nil && cached[i] && plainPosition(info, int(i)) {
			e := *ws[i]
			e.gates = make([]float32, 2*G)
			copy(e.gates, f)
			copy(e.gates[G:], b)
			c.Put(words[i], &e)
		}
	})
	n.fw.ForwardGates(fwPre, false, &tp.fw)
	n.bw.ForwardGates(bwPre, true, &tp.bw)
	n.states(tp, nil, 0)
}
