package relation

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"sync"

	"github.com/factgraph/factgraph/internal/formcache"
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
	word  *nn.Param // words × WordDim, while training
	feat  *nn.Param // features × FeatDim, while training
	pair  *nn.Param // pair features × PairDim, while training
	// wordQ, featQ and pairQ hold the tables of a decoded network as the
	// file has them, a byte a weight (word, feat and pair are then nil).
	wordQ, featQ, pairQ *nn.Int8Table
	fw                  *nn.LSTM
	bw                  *nn.LSTM
	a1                  *nn.Param // PairDim × 4·Hidden: Arg1's projection
	a2                  *nn.Param // PairDim × 4·Hidden: Arg2's projection
	gw                  *nn.Param // PairDim × 2·Hidden: projection of the gap's max-pool; nil without Pool
	hb                  *nn.Param // PairDim: the hidden layer's bias
	out                 *nn.Param // Labels × PairDim
	ob                  *nn.Param // Labels
	tapes               sync.Pool // of *sentTape, for inference
	// forms caches, for inference, the input part of both LSTMs' gates
	// (B + W·x, forward then backward) by token key (tokenKey), nil for a
	// key seen once; nil for no cache.
	forms *formcache.Cache[[]float32]
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
	var ps []*nn.Param
	if n.wordQ == nil {
		ps = append(ps, n.word, n.feat, n.pair)
	}
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
	outer, inner := c.sentenceTags(s, nil, nil)
	var fs []uint64
	for k := lo; k < hi; k++ {
		fs = c.tokenFeatures(fs[:0], k, outer[k-lo], inner[k-lo])
		fn(wordHash(&c.toks[k]), fs)
	}
}

// sentenceTags returns, for each token of sentence s, the outermost and the
// innermost mention covering it (indexes into c.ments, −1 for none), in
// outer and inner's arrays when large enough.
func (c *docContext) sentenceTags(s int, outer, inner []int) ([]int, []int) {
	lo, hi := c.first[s], c.first[s+1]
	outer, inner = nn.Grow(outer, hi-lo), nn.Grow(inner, hi-lo)
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
	return outer, inner
}

// tokenKey appends what the network's input for token k of the document
// depends on, when outer and inner are the mentions tokenFeatures is given:
// the token's strings (the word and its dictionary facts) and the entity
// tags. Two tokens with the same key have the same input.
func (c *docContext) tokenKey(dst []byte, k, outer, inner int) []byte {
	t := &c.toks[k]
	str := func(s string) { dst = append(binary.AppendUvarint(dst, uint64(len(s))), s...) }
	str(t.low)
	dst = append(dst, t.shape, t.punct)
	if c.morph {
		str(t.lemma)
		str(t.pos)
		str(t.cas)
	}
	for _, m := range [2]int{outer, inner} {
		switch {
		case m < 0:
			dst = append(dst, 'O')
		case c.ments[m].s == k:
			dst = append(dst, 'B')
			str(c.ments[m].typ)
		default:
			dst = append(dst, 'I')
			str(c.ments[m].typ)
		}
	}
	return dst
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
		in.feats = append(in.feats, n.feats.KnownRows(nil, fs))
	})
	return in
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
	// projected[2k], projected[2k+1]: p1, p2 of mention k are computed
	// (see project)
	projected []bool
	// bwOff is the first token the backward LSTM read: inference runs it
	// from the sentence's end down to the first mention only.
	bwOff int
	// inference buffers (see encodeSentence and gapProjection): the input
	// gates of both LSTMs, the form keys and positions of the tokens not
	// in the network's cache, the key buffer; the gap projections
	// computed in this sentence, by gap, and the gap tp.g holds the
	// max-pool of.
	pre, gbuf []float32
	miss      []int32
	missKeys  []string
	key       []byte
	gapAt     map[uint64]int32
	gapProj   []float32
	gLo, gHi  int32
	gValid    bool
	// per pair, while training
	z, logits, dz, dl []float32
	dp1, dp2, drep    []float32
}

// bwOut returns the backward LSTM's state at token t of the sentence.
func (tp *sentTape) bwOut(t, hidden int) []float32 { return tp.bw.Out(t-tp.bwOff, hidden) }

// encode runs the LSTMs over a sentence and projects its mentions. With
// rng not nil it applies word dropout and input dropout at rate dropout.
func (n *network) encode(c *docContext, in *sentInput, tp *sentTape, rng *rand.Rand, dropout float32) {
	tp.xbuf, tp.xs, tp.drop = nn.SentenceInputs(tp.xbuf, tp.xs, tp.drop, in.words, n.dims.in(), rng, wordDropout, dropout,
		func(x []float32, w int32, i int) { n.embed(x, w, in.feats[i]) })
	n.fw.Forward(tp.xs, false, &tp.fw)
	n.bw.Forward(tp.xs, true, &tp.bw)
	tp.bwOff = 0
	n.setMentions(c, in.ments, tp)
	for k := range in.ments {
		n.project(tp, k, false)
		n.project(tp, k, true)
	}
}

// setMentions points tp at the mentions of its sentence (indexes into
// c.ments) and copies the LSTM states of their first and last tokens, once
// the LSTMs have run; their projections are left for project.
func (n *network) setMentions(c *docContext, ments []int, tp *sentTape) {
	d := n.dims
	H, R, P := d.Hidden, d.rep(), d.PairDim
	M := len(ments)
	tp.ments = ments
	tp.local = nn.Grow(tp.local, len(c.ments))
	tp.reps = nn.Grow(tp.reps, M*R)
	tp.p1 = nn.Grow(tp.p1, M*P)
	tp.p2 = nn.Grow(tp.p2, M*P)
	tp.projected = nn.Grow(tp.projected, 2*M)
	tp.span = nn.Grow(tp.span, 2*M)
	tp.g = nn.Grow(tp.g, 2*H)
	tp.garg = nn.Grow(tp.garg, 2*H)
	base := c.first[c.ments[ments[0]].sent]
	for k, m := range ments {
		tp.local[m] = int32(k + 1)
		rep := tp.reps[k*R : (k+1)*R]
		s, e := c.ments[m].s-base, c.lastTok(m)-base
		tp.span[2*k], tp.span[2*k+1] = int32(s), int32(e+1)
		copy(rep, tp.fw.Out(s, H))
		copy(rep[H:], tp.bwOut(s, H))
		copy(rep[2*H:], tp.fw.Out(e, H))
		copy(rep[3*H:], tp.bwOut(e, H))
	}
}

// project computes the projection A1·rep (arg2 false) or A2·rep (arg2
// true) of local mention k unless it has it already.
func (n *network) project(tp *sentTape, k int, arg2 bool) {
	i, a, p := 2*k, n.a1, tp.p1
	if arg2 {
		i, a, p = 2*k+1, n.a2, tp.p2
	}
	if tp.projected[i] {
		return
	}
	tp.projected[i] = true
	R, P := n.dims.rep(), n.dims.PairDim
	nn.MatVec(p[k*P:(k+1)*P], a.W, tp.reps[k*R:(k+1)*R])
}

const wordDropout = 0.05

// embed writes into x the embedding of word w followed by the sum of the
// embeddings of the features, from the float32 tables or the int8 ones
// (the same bits: a row of the int8 table adds the values Int8Rows gives).
func (n *network) embed(x []float32, w int32, feats []int32) {
	if n.wordQ == nil {
		nn.Embed(x, n.word, n.feat, w, feats)
		return
	}
	nn.EmbedInt8(x, n.wordQ, n.featQ, w, feats)
}

// pairForward writes the scores of the labels of the pair of local
// mentions a, b with pair feature rows pf into logits (Labels; the other
// labels' entries are left alone), keeping the hidden layer in z
// (PairDim).
func (n *network) pairForward(tp *sentTape, a, b int, pf []int32, labels []uint8, z, logits []float32) {
	n.pairInput(tp, a, b, z)
	tp.gapOn = false
	if n.gw != nil {
		n.poolGap(tp, a, b)
		if tp.gapOn {
			nn.MatVec(z, n.gw.W, tp.g)
		}
	}
	n.pairOutput(pf, labels, z, logits)
}

// pairInput sets z to the hidden layer's bias plus the projections of the
// local mentions a (as Arg1) and b (as Arg2).
func (n *network) pairInput(tp *sentTape, a, b int, z []float32) {
	P := n.dims.PairDim
	copy(z, n.hb.W)
	p1, p2 := tp.p1[a*P:(a+1)*P], tp.p2[b*P:(b+1)*P]
	for j := range z {
		z[j] += p1[j] + p2[j]
	}
}

// pairOutput adds the embeddings of the pair feature rows pf to z, applies
// the ReLU and writes the label scores into logits (see labelScores).
func (n *network) pairOutput(pf []int32, labels []uint8, z, logits []float32) {
	for _, r := range pf {
		if n.pairQ != nil {
			n.pairQ.AddRow(z, r)
		} else {
			nn.Add(z, n.pair.Row(r))
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
	lo, hi := tp.gap(a, b)
	if lo >= hi {
		return
	}
	tp.gapOn = true
	n.poolRange(tp, lo, lo, hi)
}

// gap returns the tokens strictly between the local mentions a and b, [lo,
// hi), empty (lo ≥ hi) for nested or adjacent mentions.
func (tp *sentTape) gap(a, b int) (lo, hi int32) {
	lo, hi = tp.span[2*a+1], tp.span[2*b]
	if tp.span[2*b+1] <= tp.span[2*a] {
		lo, hi = tp.span[2*b+1], tp.span[2*a]
	}
	return lo, hi
}

// poolRange continues the max-pool of the LSTM states of the tokens from
// lo in tp.g and tp.garg, which hold that of the tokens [lo, from), over
// the tokens [from, hi): the same comparisons, in the same order, as one
// pass from lo to hi.
func (n *network) poolRange(tp *sentTape, lo, from, hi int32) {
	H := n.dims.Hidden
	for t := from; t < hi; t++ {
		for d, h := range [2][]float32{tp.fw.Out(int(t), H), tp.bwOut(int(t), H)} {
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
// sentence when a pair of it is first asked for (encodeSentence).
type netScorer struct {
	n          *network
	c          *docContext
	sent       int // the sentence tp holds, −1 for none
	tp         *sentTape
	z          []float32
	fs         []uint64
	rows       []int32
	labels     []uint8
	outer, inn []int
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
// different sentences (the network does not score those). The scores have
// the bits encode and pairForward give.
func (s *netScorer) scores(i, j int, allowed []uint8, out []float32) bool {
	c, n, tp := s.c, s.n, s.tp
	sent := c.ments[i].sent
	if c.ments[j].sent != sent {
		return false
	}
	if sent != s.sent {
		s.encodeSentence(sent)
		s.sent = sent
	}
	s.fs = c.pairFeatures(s.fs[:0], i, j)
	s.rows = n.pairs.KnownRows(s.rows[:0], s.fs)
	s.labels = append(append(s.labels[:0], 0), allowed...)
	clear(out)
	a, b := int(tp.local[i]-1), int(tp.local[j]-1)
	n.project(tp, a, false)
	n.project(tp, b, true)
	n.pairInput(tp, a, b, s.z)
	if g := n.gapProjection(tp, a, b); g != nil {
		nn.Add(s.z, g)
	}
	n.pairOutput(s.rows, s.labels, s.z, out)
	return true
}

// encodeSentence is encode for inference on sentence sent: the input part
// of a token's LSTM gates comes from the network's cache of token keys when
// there (and goes there when not), the forward LSTM stops at the last token
// of a mention and the backward one at the first token of a mention (the
// states past them are never read), and the mentions' projections are left
// for project. The states it computes have the bits encode gives.
func (s *netScorer) encodeSentence(sent int) {
	c, n, tp := s.c, s.n, s.tp
	d := n.dims
	G, in := 4*d.Hidden, d.in()
	base := c.first[sent]
	T := c.first[sent+1] - base
	ments := c.byS[sent]
	first, last := T, 0
	for _, m := range ments {
		first = min(first, c.ments[m].s-base)
		last = max(last, c.lastTok(m)-base+1)
	}
	s.outer, s.inn = c.sentenceTags(sent, s.outer, s.inn)
	tp.pre = nn.Grow(tp.pre, 2*T*G)
	fwPre, bwPre := tp.pre[:T*G], tp.pre[T*G:]
	tp.xbuf = nn.Grow(tp.xbuf, T*in)
	miss, keys := tp.miss[:0], tp.missKeys[:0]
	for k := range T {
		tp.key = c.tokenKey(tp.key[:0], base+k, s.outer[k], s.inn[k])
		g, seen := n.forms.Get(string(tp.key))
		if g != nil {
			copy(fwPre[k*G:(k+1)*G], g[:G])
			copy(bwPre[k*G:(k+1)*G], g[G:])
			continue
		}
		if !seen {
			// the first time: a mark, the gates the second time
			n.forms.Put(string(tp.key), nil)
		}
		s.fs = c.tokenFeatures(s.fs[:0], base+k, s.outer[k], s.inn[k])
		s.rows = n.feats.KnownRows(s.rows[:0], s.fs)
		x := tp.xbuf[len(miss)*in : (len(miss)+1)*in]
		n.embed(x, n.words.Row(wordHash(&c.toks[base+k])), s.rows)
		miss = append(miss, int32(k))
		key := ""
		if seen {
			key = string(tp.key)
		}
		keys = append(keys, key)
	}
	tp.gbuf = nn.BiInputGates(n.fw, n.bw, tp.xbuf[:len(miss)*in], tp.gbuf, func(j int, f, b []float32) {
		k := int(miss[j])
		copy(fwPre[k*G:], f)
		copy(bwPre[k*G:], b)
		if keys[j] != "" {
			n.forms.Put(keys[j], append(slices.Clip(f), b...))
		}
	})
	clear(keys) // no strings kept alive by the pooled tape
	tp.miss, tp.missKeys = miss, keys[:0]
	n.fw.ForwardGates(fwPre[:last*G], false, &tp.fw)
	n.bw.ForwardGates(bwPre[first*G:], true, &tp.bw)
	tp.bwOff = first
	n.setMentions(c, ments, tp)
	if tp.gapAt == nil {
		tp.gapAt = make(map[uint64]int32)
	}
	clear(tp.gapAt)
	tp.gapProj, tp.gValid = tp.gapProj[:0], false
}

// gapProjection returns G·maxpool of the gap between the local mentions a
// and b (see poolGap), or nil when there is no gap or no G. A sentence's
// gaps are computed once each, and a gap from the same token as the last
// one pooled continues that pool. Added to the hidden layer, it gives the
// bits of pairForward's product (which adds the same sums, to a zero
// rather than to z: they may differ in the sign of a zero, which the ReLU
// removes).
func (n *network) gapProjection(tp *sentTape, a, b int) []float32 {
	if n.gw == nil {
		return nil
	}
	lo, hi := tp.gap(a, b)
	if lo >= hi {
		return nil
	}
	P := n.dims.PairDim
	key := uint64(lo)<<32 | uint64(hi)
	if k, ok := tp.gapAt[key]; ok {
		return tp.gapProj[int(k)*P : int(k+1)*P]
	}
	from := lo
	if tp.gValid && tp.gLo == lo && tp.gHi <= hi {
		from = tp.gHi
	}
	n.poolRange(tp, lo, from, hi)
	tp.gLo, tp.gHi, tp.gValid = lo, hi, true
	k := len(tp.gapProj) / P
	tp.gapProj = slices.Grow(tp.gapProj, P)[:(k+1)*P]
	proj := tp.gapProj[k*P:]
	clear(proj)
	nn.MatVec(proj, n.gw.W, tp.g)
	tp.gapAt[key] = int32(k)
	return proj
}

// append appends the network's arrays: the vocabularies, then the
// weights, int8-quantized by rows except the biases.
func (n *network) append(b []byte) []byte {
	d := n.dims
	b = nn.AppendUint64s(b, n.words.Keys)
	b = nn.AppendUint64s(b, n.feats.Keys)
	b = nn.AppendUint64s(b, n.pairs.Keys)
	b = nn.AppendTable(b, n.wordQ, n.word, d.WordDim)
	b = nn.AppendTable(b, n.featQ, n.feat, d.FeatDim)
	b = nn.AppendTable(b, n.pairQ, n.pair, d.PairDim)
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

// formCacheMax bounds a generation of a decoded network's cache of input
// gates (formcache.Cache): 2 KB an entry with 64 hidden units, for the keys
// seen twice (the first time the cache keeps a mark, nil).
const formCacheMax = 2048

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
	n.wordQ = d.Int8Table(h.Words+1, ds.WordDim)
	n.featQ = d.Int8Table(h.Feats+1, ds.FeatDim)
	n.pairQ = d.Int8Table(h.Pairs+1, ds.PairDim)
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
	n.forms = formcache.New[[]float32](formCacheMax)
	for _, p := range n.params() {
		for _, v := range p.W {
			if bad(v) {
				return nil, errors.New("network weight not finite")
			}
		}
	}
	for _, t := range []*nn.Int8Table{n.wordQ, n.featQ, n.pairQ} {
		if !t.Finite() {
			return nil, errors.New("network embedding not finite")
		}
	}
	return n, nil
}
