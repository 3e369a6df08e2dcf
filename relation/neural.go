package relation

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"sync"

	"github.com/factgraph/factgraph/nn"
)

// network is the neural scorer of candidate pairs in one sentence. Each
// token is the concatenation of an embedding of its word and the sum of the
// embeddings of its discrete features (shape, suffixes, the dictionary's
// lemma, part of speech and case, and the entity-type BIO tags the given
// mentions put on it, outermost and innermost); a bidirectional LSTM reads
// the sentence. A mention is the LSTM states at its first and last token
// (4·Hidden floats). A pair's hidden layer is
//
//	z = ReLU(A1·rep(Arg1) + A2·rep(Arg2) + Σ pair-feature embeddings + b)
//
// (the projections A1·rep and A2·rep are computed once per mention, not
// per pair), and its label scores are Out·z + ob, of which a softmax over
// NONE and the labels the pair's signature allows is trained by
// cross-entropy. The pair features are the entity types, the configuration
// (before, after, nested), the token distance and the mentions between.
type network struct {
	dims  netDims
	words nn.Vocab  // hash of the lower-cased word → row of word − 1
	feats nn.Vocab  // token feature hash → row of feat − 1
	pairs nn.Vocab  // pair feature hash → row of pair − 1
	word  *nn.Param // words × WordDim
	feat  *nn.Param // features × FeatDim
	pair  *nn.Param // pair features × PairDim
	fw    *nn.LSTM
	bw    *nn.LSTM
	a1    *nn.Param // PairDim × 4·Hidden: Arg1's projection
	a2    *nn.Param // PairDim × 4·Hidden: Arg2's projection
	gw    *nn.Param // PairDim × 2·Hidden: projection of the gap's max-pool; nil without Pool
	hb    *nn.Param // PairDim: the hidden layer's bias
	out   *nn.Param // Labels × PairDim
	ob    *nn.Param // Labels
	tapes sync.Pool // of *sentTape, for inference
}

// netDims are the sizes of a network.
type netDims struct {
	WordDim, FeatDim, Hidden, PairDim, Labels int
	// Pool adds to a disjoint pair's hidden layer a projection of the
	// max-pool of the LSTM states of the tokens between its arguments.
	Pool bool `json:",omitempty"`
}

func (d netDims) in() int  { return d.WordDim + d.FeatDim }
func (d netDims) rep() int { return 4 * d.Hidden }

func newNetwork(d netDims, words, feats, pairs nn.Vocab, rng *rand.Rand) *network {
	s := 1 / float32(math.Sqrt(float64(d.rep())))
	n := &network{dims: d, words: words, feats: feats, pairs: pairs,
		word: nn.NewTable(words.Rows(), d.WordDim, 0.1, rng),
		feat: nn.NewTable(feats.Rows(), d.FeatDim, 0.1, rng),
		pair: nn.NewTable(pairs.Rows(), d.PairDim, 0.1, rng),
		fw:   nn.NewLSTM(d.in(), d.Hidden, rng),
		bw:   nn.NewLSTM(d.in(), d.Hidden, rng),
		a1:   nn.NewParam(d.PairDim*d.rep(), s, rng),
		a2:   nn.NewParam(d.PairDim*d.rep(), s, rng),
		hb:   nn.NewParam(d.PairDim, 0, rng),
		out:  nn.NewParam(d.Labels*d.PairDim, 1/float32(math.Sqrt(float64(d.PairDim))), rng),
		ob:   nn.NewParam(d.Labels, 0, rng),
	}
	if d.Pool {
		n.gw = nn.NewParam(d.PairDim*2*d.Hidden, 1/float32(math.Sqrt(float64(2*d.Hidden))), rng)
	}
	return n
}

func (n *network) params() []*nn.Param {
	ps := []*nn.Param{n.word, n.feat, n.pair}
	ps = append(ps, n.fw.Params()...)
	ps = append(ps, n.bw.Params()...)
	ps = append(ps, n.a1, n.a2, n.hb, n.out, n.ob)
	if n.gw != nil {
		ps = append(ps, n.gw)
	}
	return ps
}

// sentInput is one sentence of a document in the network's index form.
type sentInput struct {
	words []int32   // row of each token's word
	feats [][]int32 // rows of each token's known features
	ments []int     // the sentence's mentions, indexes into docContext.ments
}

// wordHash is the vocabulary key of a token's word.
func wordHash(t *token) uint64 { return hash("w", t.low) }

// tokenFeatures appends the discrete features of token k of the document;
// outer and inner are the outermost and innermost mentions covering it
// (indexes into c.ments, −1 for none).
func (c *docContext) tokenFeatures(dst []uint64, k, outer, inner int) []uint64 {
	t := &c.toks[k]
	add := func(parts ...string) { dst = append(dst, hash(parts...)) }
	add("s", string(t.shape))
	if t.punct != 0 {
		add("p", string(t.punct))
	} else {
		r := []rune(t.low)
		for _, n := range []int{2, 3} {
			if len(r) > n {
				add("suf"+strconv.Itoa(n), string(r[len(r)-n:]))
			}
		}
	}
	if c.morph {
		add("l", t.lemma)
		add("pc", t.pos, t.cas)
	}
	tag := func(name string, m int) {
		if m < 0 {
			add(name, "O")
			return
		}
		bi := "I"
		if c.ments[m].s == k {
			bi = "B"
		}
		add(name, bi, c.ments[m].typ)
	}
	tag("eo", outer)
	tag("ei", inner)
	return dst
}

// sentenceFeatures calls fn with the word key and the discrete features of
// every token of sentence s, in order.
func (c *docContext) sentenceFeatures(s int, fn func(word uint64, feats []uint64)) {
	lo, hi := c.first[s], c.first[s+1]
	outer := make([]int, hi-lo)
	inner := make([]int, hi-lo)
	for k := range outer {
		outer[k], inner[k] = -1, -1
	}
	// c.ments is sorted by start, then by decreasing length: the first
	// mention covering a token is its outermost, the last its innermost.
	for _, m := range c.byS[s] {
		for k := c.ments[m].s; k < c.ments[m].e && k < hi; k++ {
			if outer[k-lo] < 0 {
				outer[k-lo] = m
			}
			inner[k-lo] = m
		}
	}
	var fs []uint64
	for k := lo; k < hi; k++ {
		fs = c.tokenFeatures(fs[:0], k, outer[k-lo], inner[k-lo])
		fn(wordHash(&c.toks[k]), fs)
	}
}

// lastTok returns the last token of mention m (an index into c.ments) in
// its sentence: a mention running past the sentence's end is cut there.
func (c *docContext) lastTok(m int) int {
	return min(c.ments[m].e, c.first[c.ments[m].sent+1]) - 1
}

// pairFeatures appends the network's features of the pair (i, j) of
// mentions of one sentence.
func (c *docContext) pairFeatures(dst []uint64, i, j int) []uint64 {
	a, b := &c.ments[i], &c.ments[j]
	tp := a.typ + ">" + b.typ
	dir := pairDir(a, b)
	dist := bucket(tokDist(a, b))
	add := func(parts ...string) { dst = append(dst, hash(parts...)) }
	add("t1", a.typ, dir)
	add("t2", b.typ, dir)
	add("tpd", tp, dir)
	add("dd", dist, dir)
	add("tpdd", tp, dist)
	n := 0
	lo, hi := min(a.e, b.e), max(a.s, b.s)
	for _, x := range c.byS[a.sent] {
		if m := &c.ments[x]; m.s >= lo && m.e <= hi {
			n++
		}
	}
	add("nm", bucket(n), dir)
	add("rk", strconv.Itoa(c.rank(b, a)), strconv.Itoa(c.rank(a, b)), tp)
	return dst
}

// input returns sentence s of a document in index form.
func (n *network) input(c *docContext, s int) sentInput {
	in := sentInput{ments: c.byS[s]}
	c.sentenceFeatures(s, func(w uint64, fs []uint64) {
		in.words = append(in.words, n.words.Row(w))
		in.feats = append(in.feats, n.knownRows(nil, &n.feats, fs))
	})
	return in
}

// knownRows appends the rows of the keys of fs v knows.
func (n *network) knownRows(dst []int32, v *nn.Vocab, fs []uint64) []int32 {
	for _, f := range fs {
		if r := v.Row(f); r > 0 {
			dst = append(dst, r)
		}
	}
	return dst
}

// sentTape holds one forward pass over a sentence.
type sentTape struct {
	xs     [][]float32
	xbuf   []float32
	drop   [][]float32 // dropout masks of xs (nil: none)
	fw, bw nn.LSTMTape
	ments  []int     // the sentence's mentions (indexes into c.ments)
	local  []int32   // c.ments index → position in ments + 1, 0 for none
	reps   []float32 // per mention, [fw, bw state at its first token, fw, bw at its last]
	span   []int32   // per mention, its first token and the one after its last, in the sentence
	g      []float32 // the max-pool of the gap of the last pair (2·Hidden)
	garg   []int32   // the token of each element of g
	gapOn  bool      // the last pair had a gap, pooled in g
	p1, p2 []float32 // per mention, A1·rep and A2·rep
	// per pair, while training
	z, logits, dz, dl []float32
	dp1, dp2, drep    []float32
}

// encode runs the LSTMs over a sentence and projects its mentions. With
// rng not nil it applies word dropout and input dropout at rate dropout.
func (n *network) encode(c *docContext, in *sentInput, tp *sentTape, rng *rand.Rand, dropout float32) {
	d := n.dims
	T := len(in.words)
	tp.xs, tp.drop = tp.xs[:0], tp.drop[:0]
	tp.xbuf = nn.Grow(tp.xbuf, T*d.in())
	for i := range T {
		x := tp.xbuf[i*d.in() : (i+1)*d.in()]
		w := in.words[i]
		if rng != nil && w != 0 && rng.Float32() < wordDropout {
			w = 0
		}
		nn.Embed(x, n.word, n.feat, w, in.feats[i])
		if rng != nil && dropout > 0 {
			tp.drop = append(tp.drop, nn.DropMask(x, dropout, rng))
		}
		tp.xs = append(tp.xs, x)
	}
	n.fw.Forward(tp.xs, false, &tp.fw)
	n.bw.Forward(tp.xs, true, &tp.bw)
	H, R, P := d.Hidden, d.rep(), d.PairDim
	M := len(in.ments)
	tp.ments = in.ments
	tp.local = nn.Grow(tp.local, len(c.ments))
	tp.reps = nn.Grow(tp.reps, M*R)
	tp.p1 = nn.Grow(tp.p1, M*P)
	tp.p2 = nn.Grow(tp.p2, M*P)
	tp.span = nn.Grow(tp.span, 2*M)
	tp.g = nn.Grow(tp.g, 2*H)
	tp.garg = nn.Grow(tp.garg, 2*H)
	base := c.first[c.ments[in.ments[0]].sent]
	for k, m := range in.ments {
		tp.local[m] = int32(k + 1)
		rep := tp.reps[k*R : (k+1)*R]
		s, e := c.ments[m].s-base, c.lastTok(m)-base
		tp.span[2*k], tp.span[2*k+1] = int32(s), int32(e+1)
		copy(rep, tp.fw.Out(s, H))
		copy(rep[H:], tp.bw.Out(s, H))
		copy(rep[2*H:], tp.fw.Out(e, H))
		copy(rep[3*H:], tp.bw.Out(e, H))
		nn.MatVec(tp.p1[k*P:(k+1)*P], n.a1.W, rep)
		nn.MatVec(tp.p2[k*P:(k+1)*P], n.a2.W, rep)
	}
}

const wordDropout = 0.05

// pairForward writes the scores of the labels of the pair of local
// mentions a, b with pair feature rows pf into logits (Labels; the other
// labels' entries are left alone), keeping the hidden layer in z
// (PairDim).
func (n *network) pairForward(tp *sentTape, a, b int, pf []int32, labels []uint8, z, logits []float32) {
	P := n.dims.PairDim
	copy(z, n.hb.W)
	p1, p2 := tp.p1[a*P:(a+1)*P], tp.p2[b*P:(b+1)*P]
	for j := range z {
		z[j] += p1[j] + p2[j]
	}
	tp.gapOn = false
	if n.gw != nil {
		n.poolGap(tp, a, b)
		if tp.gapOn {
			nn.MatVec(z, n.gw.W, tp.g)
		}
	}
	for _, r := range pf {
		for j, v := range n.pair.Row(r) {
			z[j] += v
		}
	}
	for j, v := range z {
		z[j] = max(v, 0)
	}
	n.labelScores(z, labels, logits)
}

// labelScores writes the scores of the labels given the hidden layer z into
// logits: a row of the output layer each, as MatVec sums it.
func (n *network) labelScores(z []float32, labels []uint8, logits []float32) {
	P := n.dims.PairDim
	for _, l := range labels {
		logits[l] = n.ob.W[l]
		nn.MatVec(logits[l:l+1], n.out.W[int(l)*P:int(l+1)*P], z)
	}
}

// poolGap sets tp.g to the element-wise maximum of the LSTM states of the
// tokens strictly between the local mentions a and b, with tp.garg and
// tp.gapOn, when there are such tokens (not for nested or adjacent
// mentions).
func (n *network) poolGap(tp *sentTape, a, b int) {
	lo, hi := tp.span[2*a+1], tp.span[2*b]
	if tp.span[2*b+1] <= tp.span[2*a] {
		lo, hi = tp.span[2*b+1], tp.span[2*a]
	}
	if lo >= hi {
		return
	}
	H := n.dims.Hidden
	tp.gapOn = true
	for t := lo; t < hi; t++ {
		for d, h := range [2][]float32{tp.fw.Out(int(t), H), tp.bw.Out(int(t), H)} {
			g, arg := tp.g[d*H:(d+1)*H], tp.garg[d*H:(d+1)*H]
			for j, v := range h {
				if t == lo || v > g[j] {
					g[j], arg[j] = v, t
				}
			}
		}
	}
}

// netPair is one training candidate of a sentence: local mentions, pair
// feature rows, the labels its softmax runs over (None first) and the gold
// label.
type netPair struct {
	a, b   int32
	pf     []int32
	labels []uint8
	gold   uint8
}

// sentLoss runs the network over one sentence and its pairs and returns
// the summed cross-entropy; with backward it accumulates the gradients.
// With rng not nil it applies dropout: word dropout and, at rate dropout,
// input dropout (see encode), and at rate pairDropout dropout of each
// pair's hidden layer.
func (n *network) sentLoss(c *docContext, in *sentInput, pairs []netPair, tp *sentTape, rng *rand.Rand, dropout, pairDropout float32, backward bool) float64 {
	n.encode(c, in, tp, rng, dropout)
	d := n.dims
	P, L, R, H := d.PairDim, d.Labels, d.rep(), d.Hidden
	M := len(in.ments)
	tp.z = nn.Grow(tp.z, P)
	tp.dz = nn.Grow(tp.dz, P)
	tp.logits = nn.Grow(tp.logits, L)
	tp.dl = nn.Grow(tp.dl, L)
	tp.dp1 = nn.Grow(tp.dp1, M*P)
	tp.dp2 = nn.Grow(tp.dp2, M*P)
	T := len(in.words)
	dF, dB := make([]float32, T*H), make([]float32, T*H)
	dg := make([]float32, 2*H)
	var loss float64
	for _, p := range pairs {
		n.pairForward(tp, int(p.a), int(p.b), p.pf, p.labels, tp.z, tp.logits)
		var mask []float32
		if rng != nil && pairDropout > 0 {
			// dropout of the hidden layer: the scores again from the kept units
			mask = nn.DropMask(tp.z, pairDropout, rng)
			n.labelScores(tp.z, p.labels, tp.logits)
		}
		clear(tp.dl)
		loss += nn.SoftmaxLoss(tp.logits, p.labels, p.gold, tp.dl)
		if !backward {
			continue
		}
		for j, g := range tp.dl {
			n.ob.G[j] += g
		}
		clear(tp.dz)
		nn.MatVecBack(tp.dl, n.out.W, tp.z, n.out.G, tp.dz)
		for j, v := range tp.z {
			if v <= 0 {
				tp.dz[j] = 0
			} else if mask != nil {
				tp.dz[j] *= mask[j]
			}
		}
		for j, g := range tp.dz {
			n.hb.G[j] += g
		}
		for _, r := range p.pf {
			gr := n.pair.GradRow(r)
			for j, g := range tp.dz {
				gr[j] += g
			}
		}
		if tp.gapOn {
			clear(dg)
			nn.MatVecBack(tp.dz, n.gw.W, tp.g, n.gw.G, dg)
			for j := range H {
				dF[int(tp.garg[j])*H+j] += dg[j]
				dB[int(tp.garg[H+j])*H+j] += dg[H+j]
			}
		}
		d1, d2 := tp.dp1[int(p.a)*P:int(p.a+1)*P], tp.dp2[int(p.b)*P:int(p.b+1)*P]
		for j, g := range tp.dz {
			d1[j] += g
			d2[j] += g
		}
	}
	if !backward {
		return loss
	}
	tp.drep = nn.Grow(tp.drep, R)
	base := c.first[c.ments[in.ments[0]].sent]
	for k, m := range in.ments {
		clear(tp.drep)
		rep := tp.reps[k*R : (k+1)*R]
		nn.MatVecBack(tp.dp1[k*P:(k+1)*P], n.a1.W, rep, n.a1.G, tp.drep)
		nn.MatVecBack(tp.dp2[k*P:(k+1)*P], n.a2.W, rep, n.a2.G, tp.drep)
		s, e := c.ments[m].s-base, c.lastTok(m)-base
		for j := range H {
			dF[s*H+j] += tp.drep[j]
			dB[s*H+j] += tp.drep[H+j]
			dF[e*H+j] += tp.drep[2*H+j]
			dB[e*H+j] += tp.drep[3*H+j]
		}
	}
	nn.BackEmbed(n.fw, n.bw, &tp.fw, &tp.bw, dF, dB, tp.drop, n.word, n.feat, in.words, in.feats)
	return loss
}

// netScorer scores the candidate pairs of one document, encoding each
// sentence when a pair of it is first asked for.
type netScorer struct {
	n      *network
	c      *docContext
	sent   int // the sentence tp holds, −1 for none
	tp     *sentTape
	z      []float32
	fs     []uint64
	rows   []int32
	labels []uint8
	input  sentInput
}

func (n *network) scorer(c *docContext) *netScorer {
	tp, ok := n.tapes.Get().(*sentTape)
	if !ok {
		tp = new(sentTape)
	}
	return &netScorer{n: n, c: c, sent: -1, tp: tp, z: make([]float32, n.dims.PairDim)}
}

// release returns the scorer's buffers to the network.
func (s *netScorer) release() { s.n.tapes.Put(s.tp) }

// scores writes the network's scores of None and the allowed labels of the
// pair (i, j) of mentions (indexes into c.ments) into out, zeros for the
// other labels, and reports true, or reports false when the two lie in
// different sentences (the network does not score those).
func (s *netScorer) scores(i, j int, allowed []uint8, out []float32) bool {
	c := s.c
	sent := c.ments[i].sent
	if c.ments[j].sent != sent {
		return false
	}
	if sent != s.sent {
		s.input = s.n.input(c, sent)
		s.n.encode(c, &s.input, s.tp, nil, 0)
		s.sent = sent
	}
	s.fs = c.pairFeatures(s.fs[:0], i, j)
	s.rows = s.n.knownRows(s.rows[:0], &s.n.pairs, s.fs)
	s.labels = append(append(s.labels[:0], 0), allowed...)
	clear(out)
	s.n.pairForward(s.tp, int(s.tp.local[i]-1), int(s.tp.local[j]-1), s.rows, s.labels, s.z, out)
	return true
}

// append appends the network's arrays: the vocabularies, then the
// weights, int8-quantized by rows except the biases.
func (n *network) append(b []byte) []byte {
	d := n.dims
	b = nn.AppendUint64s(b, n.words.Keys)
	b = nn.AppendUint64s(b, n.feats.Keys)
	b = nn.AppendUint64s(b, n.pairs.Keys)
	b = nn.AppendInt8Rows(b, n.word.W, d.WordDim)
	b = nn.AppendInt8Rows(b, n.feat.W, d.FeatDim)
	b = nn.AppendInt8Rows(b, n.pair.W, d.PairDim)
	b = n.bw.AppendInt8(n.fw.AppendInt8(b))
	b = nn.AppendInt8Rows(b, n.a1.W, d.rep())
	b = nn.AppendInt8Rows(b, n.a2.W, d.rep())
	b = nn.AppendFloat32s(b, n.hb.W)
	b = nn.AppendInt8Rows(b, n.out.W, d.PairDim)
	b = nn.AppendFloat32s(b, n.ob.W)
	if n.gw != nil {
		b = nn.AppendInt8Rows(b, n.gw.W, 2*d.Hidden)
	}
	return b
}

// netHeader is what a model file's header says of its network.
type netHeader struct {
	netDims
	Words, Feats, Pairs int
	Mix                 float32 // Model.mix
}

// decodeNetwork reads the arrays append wrote, for a network of h's sizes
// with L labels.
func decodeNetwork(d *nn.Decoder, h *netHeader, L int) (*network, error) {
	ds := h.netDims
	for _, v := range []int{ds.WordDim, ds.FeatDim, ds.Hidden, ds.PairDim} {
		if v <= 0 || v > 1024 {
			return nil, fmt.Errorf("bad network sizes %+v", ds)
		}
	}
	if ds.Labels != L {
		return nil, fmt.Errorf("network of %d labels for a model of %d", ds.Labels, L)
	}
	for _, v := range []int{h.Words, h.Feats, h.Pairs} {
		if v < 0 || v > 1<<24 {
			return nil, fmt.Errorf("bad vocabulary sizes %d, %d, %d", h.Words, h.Feats, h.Pairs)
		}
	}
	wk, fk, pk := d.Uint64s(h.Words), d.Uint64s(h.Feats), d.Uint64s(h.Pairs)
	if err := d.Err(); err != nil {
		return nil, err
	}
	if !slices.IsSorted(wk) || !slices.IsSorted(fk) || !slices.IsSorted(pk) {
		return nil, errors.New("network vocabulary not sorted")
	}
	n := &network{dims: ds, words: nn.NewVocab(wk), feats: nn.NewVocab(fk), pairs: nn.NewVocab(pk)}
	table := func(rows, dim int) *nn.Param { return &nn.Param{W: d.Int8Rows(rows, dim), Rows: dim} }
	n.word = table(h.Words+1, ds.WordDim)
	n.feat = table(h.Feats+1, ds.FeatDim)
	n.pair = table(h.Pairs+1, ds.PairDim)
	n.fw, n.bw = d.LSTM(ds.in(), ds.Hidden), d.LSTM(ds.in(), ds.Hidden)
	n.a1 = &nn.Param{W: d.Int8Rows(ds.PairDim, ds.rep())}
	n.a2 = &nn.Param{W: d.Int8Rows(ds.PairDim, ds.rep())}
	n.hb = &nn.Param{W: d.Float32s(ds.PairDim)}
	n.out = &nn.Param{W: d.Int8Rows(L, ds.PairDim)}
	n.ob = &nn.Param{W: d.Float32s(L)}
	if ds.Pool {
		n.gw = &nn.Param{W: d.Int8Rows(ds.PairDim, 2*ds.Hidden)}
	}
	if err := d.Err(); err != nil {
		return nil, err
	}
	for _, p := range n.params() {
		for _, v := range p.W {
			if bad(v) {
				return nil, errors.New("network weight not finite")
			}
		}
	}
	return n, nil
}
