package ner

import (
	"github.com/factgraph/factgraph/internal/formcache"
	"github.com/factgraph/factgraph/nn"
	"github.com/factgraph/factgraph/wordvec"
)

// wordEntry is what inference computes about a word form alone, whatever
// its context: the token facts the features read, the model-wide ids of
// the perceptron's features that read only this word (in each position
// relative to the token scored), the network's rows for it and, once seen
// in a context without position features, the input part of its LSTM
// gates. Entries are not modified once in the cache.
type wordEntry struct {
	info tokenInfo // quote unset
	// self: the features of the token itself; m1, p1: of the token after
	// and before it (this word at i−1, i+1); m2, p2: at i−2, i+2.
	self, m1, p1, m2, p2 []span
	// The network's word row and its known feature rows before and after
	// the position features (tokenFeatures' order).
	wordRow           int32
	rowsPre, rowsPost []int32
	// sums holds, for words seen twice, the weights of self, m1 and p1
	// summed by layer and label (three rows of Model.scoreLen), or nil.
	sums []int32
	// gates holds B + W·x of the forward then the backward LSTM for this
	// word in a plain position (see plainPosition), or nil.
	gates []float32
}

// wordCacheMax bounds the forms of a generation of the word cache
// (formcache.Cache). An entry takes about 1 KB, 3–6 KB with its sums and
// gates (only words seen twice get them). 3072 forms rather than 1024 since
// the embedded model's pages are given back after decoding (embedmem): on
// NEREL dev a fifth fewer new entries and a tenth fewer input gates to
// compute, for about 10 MB of peak RSS (docs/bench.md).
const wordCacheMax = 3072

func newWordCache() *formcache.Cache[*wordEntry] { return formcache.New[*wordEntry](wordCacheMax) }

// word returns the entry of w, from the cache or computed (and cached);
// cached reports the former.
func (m *Model) word(w string) (e *wordEntry, cached bool) {
	if e, ok := m.words.Get(w); ok {
		return e, true
	}
	e = m.newWordEntry(w)
	m.words.Put(w, e)
	return e, false
}

func (m *Model) newWordEntry(w string) *wordEntry {
	e := &wordEntry{info: wordInfo(w, m.lex, m.clusters)}
	t := &e.info
	var buf [64]uint64 // the feature hashes of one list, on the stack
	fs := buf[:0]
	fs = append(fs, hashStart(fBias), feat(fWord, t.lower), feat(fShape, t.shape))
	fs = affixFeatures(fs, t)
	fs = append(fs, feat(fLen, t.length))
	fs = appendClusters(fs, t.clus, m.levels())
	for _, g := range t.gram {
		fs = append(fs, feat(fDictGram, g))
	}
	// The five lists of spans share one array, filled on the stack and
	// copied to the heap at its exact size (the entry lives in the cache).
	var sbuf [96]span
	spans := m.ids(sbuf[:0], fs)
	var ends [5]int // where self, m1, p1, m2 and p2 end in spans
	ends[0] = len(spans)
	fs = append(fs[:0], feat(fWordM1, t.lower), feat(fShapeM1, t.shape), feat(fSuf3M1, t.suf[3]))
	for _, g := range t.gram {
		fs = append(fs, feat(fDictGramM1, g))
	}
	spans = m.ids(spans, fs)
	ends[1] = len(spans)
	fs = append(fs[:0], feat(fWordP1, t.lower), feat(fShapeP1, t.shape), feat(fSuf3P1, t.suf[3]))
	for _, g := range t.gram {
		fs = append(fs, feat(fDictGramP1, g))
	}
	spans = m.ids(spans, fs)
	ends[2] = len(spans)
	spans = m.ids(spans, append(fs[:0], feat(fWordM2, t.lower)))
	ends[3] = len(spans)
	spans = m.ids(spans, append(fs[:0], feat(fWordP2, t.lower)))
	ends[4] = len(spans)
	heap := make([]span, len(spans))
	copy(heap, spans)
	part := func(k int) []span {
		from := 0
		if k > 0 {
			from = ends[k-1]
		}
		return heap[from:ends[k]:ends[k]]
	}
	e.self, e.m1, e.p1, e.m2, e.p2 = part(0), part(1), part(2), part(3), part(4)
	if n := m.net; n != nil {
		e.wordRow = n.words.Row(wordvec.WordKey(t.lower))
		fs = append(fs[:0], hashStart(fBias), feat(fShape, t.shape))
		fs = append(affixFeatures(fs, t), feat(fLen, t.length))
		pre := len(fs)
		for _, g := range t.gram {
			fs = append(fs, feat(fDictGram, g))
		}
		fs = appendClusters(fs, t.clus, m.levels())
		var rbuf [64]int32
		rows := n.feats.KnownRows(rbuf[:0], fs[:pre])
		np := len(rows)
		rows = n.feats.KnownRows(rows, fs[pre:])
		heap := make([]int32, len(rows))
		copy(heap, rows)
		e.rowsPre, e.rowsPost = heap[:np:np], heap[np:]
	}
	return e
}

// contextFeatures appends the features of token i that baseFeatures gives
// and the word entries of the tokens from i−2 to i+2 do not: those of the
// sentence's bounds, of word pairs and of position.
func contextFeatures(dst []uint64, info []tokenInfo, i int) []uint64 {
	n := len(info)
	t := &info[i]
	word := func(j int) string {
		if j < 0 {
			return "<s>"
		}
		if j >= n {
			return "</s>"
		}
		return info[j].lower
	}
	shape := func(j int) string {
		if j < 0 {
			return "<s>"
		}
		if j >= n {
			return "</s>"
		}
		return info[j].shape
	}
	if i == 0 {
		dst = append(dst, feat(fWordM1, "<s>"), feat(fShapeM1, "<s>"), feat(fSentStart, t.shape))
	}
	if i+1 == n {
		dst = append(dst, feat(fWordP1, "</s>"), feat(fShapeP1, "</s>"))
	}
	if i < 2 {
		dst = append(dst, feat(fWordM2, "<s>"))
	}
	if i+2 >= n {
		dst = append(dst, feat(fWordP2, "</s>"))
	}
	dst = append(dst,
		feat2(fBigramM1, word(i-1), t.lower),
		feat2(fBigramP1, t.lower, word(i+1)),
		feat2(fShapeBigram, shape(i-1), t.shape),
	)
	if t.quote {
		dst = append(dst, hashStart(fInQuote))
	}
	if i > 0 && info[i-1].isQ {
		dst = append(dst, feat(fAfterQuote, t.shape))
	}
	if i+1 < n && info[i+1].isQ {
		dst = append(dst, feat(fBeforeQuote, t.shape))
	}
	return dst
}

// withSums returns a copy of e with its sums.
func (m *Model) withSums(e *wordEntry) *wordEntry {
	c := *e
	W := m.scoreLen()
	c.sums = make([]int32, 3*W, scoreCap(3, W))
	m.addWeights(c.sums[:W], e.self)
	m.addWeights(c.sums[W:2*W], e.m1)
	m.addWeights(c.sums[2*W:], e.p1)
	return &c
}

// scoreLen is the number of scores of a token: labels × layers.
func (m *Model) scoreLen() int { return len(m.layers) * m.numLabels() }

// baseScores adds to a the weights of the features of token i, those
// baseFeatures gives: from the word entries' sums where they have them, the
// other features' spans appended to dst (returned with the feature hashes
// of feats' buffer).
func (m *Model) baseScores(a []int32, dst []span, feats []uint64, ws []*wordEntry, info []tokenInfo, i int) ([]span, []uint64) {
	n := len(ws)
	W := len(a)
	if s := ws[i].sums; s != nil {
		addInts(a, s[:W])
	} else {
		dst = append(dst, ws[i].self...)
	}
	if i > 0 {
		if s := ws[i-1].sums; s != nil {
			addInts(a, s[W:2*W])
		} else {
			dst = append(dst, ws[i-1].m1...)
		}
	}
	if i+1 < n {
		if s := ws[i+1].sums; s != nil {
			addInts(a, s[2*W:])
		} else {
			dst = append(dst, ws[i+1].p1...)
		}
	}
	return m.otherIDs(dst, feats, ws, info, i)
}

// addInts adds b to a (eight at a time with AVX2).
func addInts(a, b []int32) { nn.AddInt32s(a, b) }

// baseIDs appends the ids of the known features of token i, those
// baseFeatures gives, in another order.
func (m *Model) baseIDs(dst []span, feats []uint64, ws []*wordEntry, info []tokenInfo, i int) ([]span, []uint64) {
	n := len(ws)
	dst = append(dst, ws[i].self...)
	if i > 0 {
		dst = append(dst, ws[i-1].m1...)
	}
	if i+1 < n {
		dst = append(dst, ws[i+1].p1...)
	}
	return m.otherIDs(dst, feats, ws, info, i)
}

// otherIDs appends the ids of the features of token i that neither its
// word nor its neighbours' give alone (self, m1, p1).
func (m *Model) otherIDs(dst []span, feats []uint64, ws []*wordEntry, info []tokenInfo, i int) ([]span, []uint64) {
	n := len(ws)
	if i >= 2 {
		dst = append(dst, ws[i-2].m2...)
	}
	if i+2 < n {
		dst = append(dst, ws[i+2].p2...)
	}
	feats = contextFeatures(feats[:0], info, i)
	return m.ids(dst, feats), feats
}

// plainPosition reports whether token i of a sentence has none of the
// network's position features (sentence start, quotes), so that its input
// is its word's alone.
func plainPosition(info []tokenInfo, i int) bool {
	return i > 0 && !info[i].quote && !info[i-1].isQ && (i+1 >= len(info) || !info[i+1].isQ)
}
