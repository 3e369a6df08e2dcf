package tagger

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"sync"

	"github.com/factgraph/factgraph/nn"
	"github.com/factgraph/factgraph/wordvec"
)

// network is the neural candidate scorer (seventh session): each token is
// the concatenation of an embedding of its word (lower-cased, digits
// folded) and of the sum of the embeddings of its discrete features
// (endings 1–3, shape, first word, the UPOS and cases among its
// candidates, the domain); a bidirectional LSTM reads the sentence; a
// candidate's score is the dot product of the token's state h (both
// directions) with the sum of the embeddings of the candidate's parts —
// the parts of its tag (tagParts) and its candidate features (candFeats),
// alone and with the tag's UPOS — plus a bias per part. It depends on the
// words only, not on the tags chosen, so a sentence's scores are computed
// once before greedy decoding adds them, times Model.mix, to the
// perceptron's.
type network struct {
	dims  netDims
	words nn.Vocab // wordvec.Key of the normalized word → row of word
	feats nn.Vocab // token feature hash → row of feat
	parts nn.Vocab // candidate part hash → row of part and bias
	word  *nn.Param
	feat  *nn.Param
	// wordQ and featQ hold the tables of a decoded network as the file has
	// them, a byte a weight (word and feat are then nil).
	wordQ, featQ *nn.Int8Table
	fw, bw       *nn.LSTM
	part         *nn.Param  // parts × 2·Hidden
	bias         *nn.Param  // parts × 1
	tagRows      [][]int32  // rows of the parts of each tag of the model
	tagKeys      [][]uint64 // the parts of each tag of the model (tagParts)
	// tagSum and tagBias hold, for a decoded network, the sums of the
	// embeddings and biases of the known parts of each tag.
	tagSum  [][]float32
	tagBias []float32
	tapes   sync.Pool // of *netTape
}

// netDims are the sizes of a network.
type netDims struct {
	WordDim, FeatDim, Hidden int
}

func (d netDims) in() int { return d.WordDim + d.FeatDim }

func newNetwork(d netDims, words, feats, parts nn.Vocab, r *rand.Rand) *network {
	return &network{dims: d, words: words, feats: feats, parts: parts,
		word: nn.NewTable(words.Rows(), d.WordDim, 0.1, r),
		feat: nn.NewTable(feats.Rows(), d.FeatDim, 0.1, r),
		fw:   nn.NewLSTM(d.in(), d.Hidden, r),
		bw:   nn.NewLSTM(d.in(), d.Hidden, r),
		part: nn.NewTable(parts.Rows(), 2*d.Hidden, 0.1, r),
		bias: nn.NewTable(parts.Rows(), 1, 0, r),
	}
}

func (n *network) params() []*nn.Param {
	ps := []*nn.Param{n.word, n.feat, n.part, n.bias}
	ps = append(ps, n.fw.Params()...)
	return append(ps, n.bw.Params()...)
}

// Hash states of the network's own token features.
var (
	hNetUPOS = feat1(fCand, "net-upos")
	hNetCase = feat1(fCand, "net-case")
	hNetSet  = feat1(fCand, "net-set")
)

// goldOnly reports whether c is in the candidates only because it is the
// gold tag of a training token: the network's token features leave it
// out, lest they tell the gold tag.
func goldOnly(c *cand) bool { return c.dictRank < 0 && !c.fromLex && !c.suffix && !c.edit }

// netFeats appends the feature hashes of token i of s for the network's
// input: its endings 1–3 and shape (from its wordInfo), first in the
// sentence, each UPOS and case among its candidates and their sets, and
// the domain.
func (m *Model) netFeats(dst []uint64, s *sentence, i int, domain uint64) []uint64 {
	wi := s.info[i]
	dst = append(dst, hashStart(fBias), wi.own[1], wi.own[2], wi.own[3], wi.own[7])
	if i == 0 {
		dst = append(dst, wi.own[8])
	}
	var ups, cases [20]string
	nu, nc := 0, 0
	cs := s.cands[i]
	for k := range cs {
		if goldOnly(&cs[k]) {
			continue
		}
		t := m.tagString(&cs[k])
		u, _ := SplitTag(t)
		ups, nu = addUnique(ups, nu, u)
		if c := featValue(t, "Case"); c != "" {
			cases, nc = addUnique(cases, nc, c)
		}
	}
	sortSmall(ups[:nu])
	sortSmall(cases[:nc])
	set := hNetSet
	for _, u := range ups[:nu] {
		dst = append(dst, hashStr(hNetUPOS, u))
		set = hashStr(set, u)
	}
	set = hashU(set, 0x2f)
	for _, c := range cases[:nc] {
		dst = append(dst, hashStr(hNetCase, c))
		set = hashStr(set, c)
	}
	dst = append(dst, set)
	if domain != 0 {
		dst = append(dst, domain)
	}
	return dst
}

// candKeys appends the part hashes of candidate c beyond those of its
// tag, whose parts are ps (tagParts): its candidate features alone and
// with the tag's UPOS, and, in a domain, each part of the tag with the
// domain (the network's way to learn a treebank's tag preferences).
func candKeys(dst []uint64, c *cand, ps []uint64, inDict bool, domain uint64) []uint64 {
	n := len(dst)
	dst = candFeats(dst, c, inDict)
	for _, f := range dst[n:] {
		dst = append(dst, hashU(f, ps[1]))
	}
	if domain != 0 {
		for _, p := range ps {
			dst = append(dst, hashU(p, domain))
		}
	}
	return dst
}

// setTags computes the parts of the model's tags and their rows.
func (n *network) setTags(tags []string) {
	n.tagRows = make([][]int32, len(tags))
	n.tagKeys = make([][]uint64, len(tags))
	for i, t := range tags {
		n.tagKeys[i] = tagParts(t)
		n.tagRows[i] = n.parts.KnownRows(nil, n.tagKeys[i])
	}
	n.tagSum, n.tagBias = nil, nil
	if n.word != nil {
		return // training: the embeddings change
	}
	H2 := 2 * n.dims.Hidden
	n.tagSum = make([][]float32, len(tags))
	n.tagBias = make([]float32, len(tags))
	sums := make([]float32, len(tags)*H2)
	for i, rows := range n.tagRows {
		n.tagSum[i] = sums[i*H2 : (i+1)*H2]
		for _, r := range rows {
			nn.Add(n.tagSum[i], n.part.Row(r))
			n.tagBias[i] += n.bias.W[r]
		}
	}
}

// candRows appends the part rows of candidate c in domain (0: none).
func (n *network) candRows(dst []int32, m *Model, c *cand, inDict bool, domain uint64, keys []uint64) ([]int32, []uint64) {
	var ps []uint64
	if c.tag >= 0 && int(c.tag) < len(n.tagRows) {
		dst = append(dst, n.tagRows[c.tag]...)
		ps = n.tagKeys[c.tag]
	} else {
		ps = tagParts(m.tagString(c))
		dst = n.parts.KnownRows(dst, ps)
	}
	keys = candKeys(keys[:0], c, ps, inDict, domain)
	return n.parts.KnownRows(dst, keys), keys
}

// netInput is a sentence in the network's index form.
type netInput struct {
	words []int32   // row of each token's word
	feats [][]int32 // rows of each token's known features
}

// input returns the network's input for a prepared sentence.
func (n *network) input(m *Model, s *sentence, domain uint64, fs []uint64) (netInput, []uint64) {
	in := netInput{words: make([]int32, len(s.words)), feats: make([][]int32, len(s.words))}
	for i := range s.words {
		in.words[i] = n.words.Row(wordvec.WordKey(s.lowers[i]))
		fs = m.netFeats(fs[:0], s, i, domain)
		in.feats[i] = n.feats.KnownRows(nil, fs)
	}
	return in, fs
}

// netTape holds one forward pass over a sentence.
type netTape struct {
	xs     [][]float32
	drop   [][]float32
	xbuf   []float32
	fw, bw nn.LSTMTape
	h      []float32 // T×2·Hidden: the states of both directions per token
	e      []float32 // a candidate's summed part embeddings
	rows   []int32
	keys   []uint64
	feats  []uint64
}

func (n *network) tape() *netTape {
	if tp, ok := n.tapes.Get().(*netTape); ok {
		return tp
	}
	return new(netTape)
}

// embed writes into x the embedding of word w followed by the sum of the
// embeddings of the features.
func (n *network) embed(x []float32, w int32, feats []int32) {
	if n.wordQ != nil {
		nn.EmbedInt8(x, n.wordQ, n.featQ, w, feats)
		return
	}
	nn.Embed(x, n.word, n.feat, w, feats)
}

// encode runs the LSTMs over a sentence, with word dropout (the word
// replaced by the unknown one) and input dropout at the given rates when
// rng is not nil, and fills tp.h.
func (n *network) encode(in netInput, tp *netTape, rng *rand.Rand, dropout, wordDropout float32) {
	tp.xbuf, tp.xs, tp.drop = nn.SentenceInputs(tp.xbuf, tp.xs, tp.drop, in.words, n.dims.in(), rng, wordDropout, dropout,
		func(x []float32, w int32, i int) { n.embed(x, w, in.feats[i]) })
	n.fw.Forward(tp.xs, false, &tp.fw)
	n.bw.Forward(tp.xs, true, &tp.bw)
	H := n.dims.Hidden
	T := len(in.words)
	tp.h = nn.Grow(tp.h, T*2*H)
	for i := range T {
		copy(tp.h[i*2*H:], tp.fw.Out(i, H))
		copy(tp.h[i*2*H+H:], tp.bw.Out(i, H))
	}
}

// score returns the score of a candidate of part rows rows given the
// token state h, leaving the sum of the part embeddings in e.
func (n *network) score(h []float32, rows []int32, e []float32) float32 {
	clear(e)
	var out [1]float32
	for _, r := range rows {
		nn.Add(e, n.part.Row(r))
		out[0] += n.bias.W[r]
	}
	nn.MatVec(out[:], e, h)
	return out[0]
}

// candScore returns the score of candidate c of a token of state h, from
// the summed embeddings of the parts of its tag when they are known
// (tagSum).
func (n *network) candScore(h []float32, m *Model, c *cand, inDict bool, tp *netTape) float32 {
	if c.tag < 0 || int(c.tag) >= len(n.tagSum) {
		tp.rows, tp.keys = n.candRows(tp.rows[:0], m, c, inDict, m.domain, tp.keys)
		return n.score(h, tp.rows, tp.e)
	}
	tp.keys = candKeys(tp.keys[:0], c, n.tagKeys[c.tag], inDict, m.domain)
	tp.rows = n.parts.KnownRows(tp.rows[:0], tp.keys)
	e := tp.e
	copy(e, n.tagSum[c.tag])
	out := [1]float32{n.tagBias[c.tag]}
	for _, r := range tp.rows {
		nn.Add(e, n.part.Row(r))
		out[0] += n.bias.W[r]
	}
	nn.MatVec(out[:], e, h)
	return out[0]
}

// sentenceScores returns the network's score of every candidate of every
// token of s that has more than one (nil rows for the others).
func (n *network) sentenceScores(m *Model, s *sentence) [][]float32 {
	tp := n.tape()
	defer n.tapes.Put(tp)
	var in netInput
	in, tp.feats = n.input(m, s, m.domain, tp.feats)
	n.encode(in, tp, nil, 0, 0)
	H2 := 2 * n.dims.Hidden
	tp.e = nn.Grow(tp.e, H2)
	out := make([][]float32, len(s.words))
	for i, cs := range s.cands {
		if len(cs) < 2 {
			continue
		}
		h := tp.h[i*H2 : (i+1)*H2]
		sc := make([]float32, len(cs))
		for k := range cs {
			sc[k] = n.candScore(h, m, &cs[k], s.inDict[i], tp)
		}
		out[i] = sc
	}
	return out
}

// append appends the network's arrays: the vocabularies, then the
// weights, int8-quantized by rows except the LSTM and part biases.
func (n *network) append(b []byte) []byte {
	d := n.dims
	b = nn.AppendUint64s(b, n.words.Keys)
	b = nn.AppendUint64s(b, n.feats.Keys)
	b = nn.AppendUint64s(b, n.parts.Keys)
	b = nn.AppendTable(b, n.wordQ, n.word, d.WordDim)
	b = nn.AppendTable(b, n.featQ, n.feat, d.FeatDim)
	b = n.bw.AppendInt8(n.fw.AppendInt8(b))
	b = nn.AppendInt8Rows(b, n.part.W, 2*d.Hidden)
	return nn.AppendFloat32s(b, n.bias.W)
}

// netHeader is what a model file says of its network before its arrays.
type netHeader struct {
	netDims
	Words, Feats, Parts int
}

func (n *network) header() netHeader {
	return netHeader{netDims: n.dims, Words: len(n.words.Keys), Feats: len(n.feats.Keys), Parts: len(n.parts.Keys)}
}

// decodeNetwork reads the arrays append wrote, for a network of h's
// sizes.
func decodeNetwork(d *nn.Decoder, h netHeader) (*network, error) {
	ds := h.netDims
	for _, v := range []int{ds.WordDim, ds.FeatDim, ds.Hidden} {
		if v <= 0 || v > 1024 {
			return nil, fmt.Errorf("bad network sizes %+v", ds)
		}
	}
	for _, v := range []int{h.Words, h.Feats, h.Parts} {
		if v < 0 || v > 1<<22 {
			return nil, fmt.Errorf("bad vocabulary sizes %d, %d, %d", h.Words, h.Feats, h.Parts)
		}
	}
	vs, err := d.Vocabs(h.Words, h.Feats, h.Parts)
	if err != nil {
		return nil, err
	}
	n := &network{dims: ds, words: vs[0], feats: vs[1], parts: vs[2]}
	n.wordQ = d.Int8Table(h.Words+1, ds.WordDim)
	n.featQ = d.Int8Table(h.Feats+1, ds.FeatDim)
	n.fw, n.bw = d.LSTM(ds.in(), ds.Hidden), d.LSTM(ds.in(), ds.Hidden)
	n.part = &nn.Param{W: d.Int8Rows(h.Parts+1, 2*ds.Hidden), Rows: 2 * ds.Hidden}
	n.bias = &nn.Param{W: d.Float32s(h.Parts + 1), Rows: 1}
	if err := d.Err(); err != nil {
		return nil, err
	}
	if d.Len() != 0 {
		return nil, fmt.Errorf("%d bytes after the network", d.Len())
	}
	if !n.wordQ.Finite() || !n.featQ.Finite() {
		return nil, errors.New("embeddings not finite")
	}
	return n, nil
}

// metaNetMix prefixes the Meta key of the mix used in a domain; with no
// domain, or in a domain without one, the model's own mix is used.
const metaNetMix = "nn_mix_"

// metaNetScope is the Meta key saying what the network decides:
// netScopeFeats for the features only (the perceptron alone chooses the
// UPOS), else (absent) the whole tag.
const (
	metaNetScope  = "nn_scope"
	netScopeFeats = "feats"
)

// mixScores adds mix times the network's scores ns to the perceptron's
// scores of a token's candidates cs, turning the perceptron's into the
// units of its weights. When the network decides the features only, the
// candidates whose UPOS is not that of the perceptron's best get −∞.
func (m *Model) mixScores(scores, ns []float32, mix float32, cs []cand) {
	var upos string
	if m.featsOnly {
		upos, _ = SplitTag(m.tagString(&cs[argmax(scores)]))
	}
	for j, v := range ns {
		scores[j] = scores[j]*m.scale + mix*v
		if m.featsOnly {
			if u, _ := SplitTag(m.tagString(&cs[j])); u != upos {
				scores[j] = float32(math.Inf(-1))
			}
		}
	}
}

// setNetwork attaches a network to the model, its scores added, times
// mix, to the perceptron's (which are in units of the weights' scale)
// when tagging with no domain.
func (m *Model) setNetwork(n *network, mix float32) {
	m.net, m.mix, m.netMix = n, mix, mix
	m.featsOnly = n != nil && m.Meta[metaNetScope] == netScopeFeats
	if n != nil {
		n.setTags(m.tags)
	}
}

// domainMix returns the mix of a model that has a network in domain d.
func (m *Model) domainMix(d string) (float32, error) {
	v, ok := m.Meta[metaNetMix+d]
	if d == "" || !ok {
		return m.netMix, nil
	}
	x, err := strconv.ParseFloat(v, 32)
	if err != nil || x < 0 || math.IsInf(x, 0) {
		return 0, fmt.Errorf("bad network mix %q", v)
	}
	return float32(x), nil
}

// Perceptron returns the model without its network (the model itself when
// it has none): the perceptron alone, faster and less accurate.
func (m *Model) Perceptron() *Model {
	if m.net == nil {
		return m
	}
	c := *m
	c.setNetwork(nil, 0)
	return &c
}
