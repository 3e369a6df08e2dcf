// Package ner recognizes named entities, nested ones included, in tokenized
// text.
//
// The model is a stack of averaged-perceptron BIO taggers decoded with
// Viterbi, applied inside out: layer 0 finds the innermost entities (those
// containing no other entity), layer k finds entities whose nested entities
// all lie in layers below k, reading the labels of the lower layers as
// features. This recovers the nesting of NEREL (for example a COUNTRY inside
// an ORGANIZATION) with linear models that train in minutes on a CPU.
//
// A Model is safe for concurrent use. The model trained on NEREL is embedded
// in the binary and returned by Default.
package ner

import (
	"sync"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/internal/formcache"
	"github.com/factgraph/factgraph/nn"
)

// TokenSpan is an entity over tokens [Start, End) of one sentence.
type TokenSpan struct {
	Start, End int
	Type       string
}

// Model is a trained layered tagger.
type Model struct {
	types  []string // entity types; label 1+2t is B-type t, 2+2t is I-type t
	layers []*layer
	index  featIndex // feature hash → its weights in entries, over all layers
	// entries holds the weights of each feature in every layer together,
	// so that one lookup serves all layers.
	entries []entry
	// heads is whether entries holds, before each feature's weights, a
	// head saying where each layer's begin (see prepare).
	heads    bool
	lex      Lexicon      // attached by Decode from Meta["lexicon"]
	clusters clusterTable // word clusters the features read; table nil for none
	net      *network     // neural tagger; nil for none
	// mix weighs the perceptron's scores against the network's (0: the
	// network alone); netTrans[k] and netSpread[k] are the transition
	// scores of layer k so mixed, and the spread viterbi prunes with.
	mix       float32
	netTrans  [][]float32
	netSpread []float32
	typeIndex map[string]int               // type → number
	words     *formcache.Cache[*wordEntry] // entries of recent word forms (nil: none kept)
	// Meta describes how the model was made (corpus, epochs, seed, scores);
	// Meta["lexicon"] names the dictionary the model reads ("morph" or "").
	Meta map[string]string
}

// Types returns the entity types the model knows, in label order.
func (m *Model) Types() []string { return append([]string(nil), m.types...) }

// Layers reports the number of nesting layers the model decodes.
func (m *Model) Layers() int { return len(m.layers) }

func (m *Model) numLabels() int { return 1 + 2*len(m.types) }

// levels reports the number of word-cluster levels the features read.
func (m *Model) levels() int {
	if m.clusters.table == nil {
		return 0
	}
	return m.clusters.table.Levels()
}

// TagWords finds entities in one sentence given as words. The spans are
// sorted by start, then by decreasing length.
func (m *Model) TagWords(words []string) []TokenSpan {
	var spans []TokenSpan
	for _, found := range m.tagLayers(words) {
		spans = append(spans, found...)
	}
	sortSpans(spans)
	return dedupe(spans)
}

// tagScratch holds tagLayers' buffers, reused from one sentence to the
// next through scratchPool.
type tagScratch struct {
	lattice
	labels []int
	feats  []uint64
	ids    []span
	acc    []int32
	nems   []float32
	buf    []float32
	ems    [][]float32
	ws     []*wordEntry // the entries of the sentence's words
	info   []tokenInfo
	cached []bool // cached[i]: ws[i] came from the cache
	// touched sums the weights addWeights reads ahead (never read).
	touched int32
}

var scratchPool = sync.Pool{New: func() any { return new(tagScratch) }}

// tagLayers returns the spans each layer finds in a sentence.
func (m *Model) tagLayers(words []string) [][]TokenSpan {
	if len(words) == 0 {
		return nil
	}
	sc := scratchPool.Get().(*tagScratch)
	defer scratchPool.Put(sc)
	// The buffers below are written whole before they are read (Resize);
	// the perceptron's sums acc are added to (Grow zeroes them).
	sc.ws = nn.Resize(sc.ws, len(words))
	ws := sc.ws
	sc.info = nn.Resize(sc.info, len(words))
	info := sc.info
	sc.cached = nn.Resize(sc.cached, len(words))
	for i, w := range words {
		ws[i], sc.cached[i] = m.word(w)
		info[i] = ws[i].info
	}
	setQuotes(info, words)
	sc.labels = nn.Resize(sc.labels, len(words))
	labels := sc.labels
	feats := sc.feats[:0]
	ids := sc.ids[:0]
	defer func() { sc.feats, sc.ids = feats, ids }()
	L := m.numLabels()
	n := len(words)
	nl := len(m.layers)
	perc := m.net == nil || m.mix > 0 // the perceptron's scores are used
	// acc[(i*nl+k)*L+l]: integer score of label l for token i in layer k.
	var acc []int32
	if perc {
		sc.acc = nn.Grow(sc.acc, scoreCap(n, nl*L))
		acc = sc.acc[:n*nl*L]
		// A word seen before gets its sums.
		for i, e := range ws {
			if sc.cached[i] && e.sums == nil {
				ws[i] = m.withSums(e)
				m.words.Put(words[i], ws[i])
			}
		}
		// The layer-independent features contribute to every layer at once.
		for i := range words {
			a := acc[i*nl*L : (i+1)*nl*L]
			ids, feats = m.baseScores(a, ids[:0], feats, ws, info, i)
			sc.touched += m.addWeights(a, ids)
		}
	}
	var tp *netTape
	var nems []float32
	if m.net != nil {
		tp = m.net.tape()
		defer m.net.tapes.Put(tp)
		m.net.encodeWords(ws, sc.cached, info, tp, m.words, words)
		sc.nems = nn.Resize(sc.nems, n*L)
		nems = sc.nems
	}
	if perc {
		sc.buf = nn.Resize(sc.buf, n*L)
	} else {
		sc.buf = nn.Grow(sc.buf, n*L) // mixed in as zeros
	}
	sc.ems = nn.Resize(sc.ems, n)
	ems := sc.ems
	for i := range ems {
		ems[i] = sc.buf[i*L : (i+1)*L]
	}
	var found []TokenSpan
	var layers [][]TokenSpan
	for k, ly := range m.layers {
		if k > 0 && len(found) == 0 {
			// Entities of layer k contain one of layer k-1: none below,
			// none here or above.
			break
		}
		trans, spread := ly.trans, ly.spread
		if m.net != nil {
			m.net.emissions(tp, k, lowerLabels(n, layers, m.typeIndex), nems)
			trans, spread = m.netTrans[k], m.netSpread[k]
		}
		if perc {
			var lower []string // the labels of the layers below, as the features read them
			if k > 0 {
				lower = lowerNames(n, layers, k)
			}
			for i := range words {
				a := acc[(i*nl+k)*L : (i*nl+k+1)*L]
				if k > 0 {
					feats = lowerFeatures(feats[:0], info, lower, i)
					ids = m.ids(ids[:0], feats)
					m.addLayerWeights(acc[i*nl*L:(i+1)*nl*L], ids, k)
				}
				em := ems[i][:len(a)]
				if m.net == nil {
					for l, v := range a {
						em[l] = float32(v) * ly.scale
					}
					continue
				}
				// The perceptron's score, then mixed with the network's:
				// the roundings of the two passes this loop had before.
				nn.MixInt32s(em, a, nems[i*L:i*L+len(a)], ly.scale, m.mix)
			}
		} else if m.net != nil {
			for i := range ems {
				for l := range ems[i] {
					ems[i][l] = m.mix*ems[i][l] + nems[i*L+l]
				}
			}
		}
		sc.viterbi(ems, trans, L, spread, glue(n, layers), labels)
		found = decodeBIO(labels, m.types)
		layers = append(layers, found)
	}
	return layers
}

// glue marks the tokens that continue an entity of the given layers (nil
// when there are none): see viterbi.
func glue(n int, layers [][]TokenSpan) []bool {
	var g []bool
	for _, spans := range layers {
		for _, s := range spans {
			if s.End-s.Start < 2 {
				continue
			}
			if g == nil {
				g = make([]bool, n)
			}
			for i := s.Start + 1; i < s.End; i++ {
				g[i] = true
			}
		}
	}
	return g
}

// Recognize finds the entity mentions in the sentences of text. Mention
// offsets are code points into text, like the token offsets.
func (m *Model) Recognize(text []rune, sents []doc.Sentence) []doc.Mention {
	var out []doc.Mention
	var words []string
	for _, sent := range sents {
		// Very long "sentences" (a text without punctuation) are tagged in
		// windows, which bounds memory.
		for from := 0; from < len(sent.Tokens); from += maxWindow {
			toks := sent.Tokens[from:min(from+maxWindow, len(sent.Tokens))]
			out, words = m.recognize(out, text, toks, words[:0])
		}
	}
	return out
}

// maxWindow is the longest run of tokens tagged at once.
const maxWindow = 500

// recognize appends to out the mentions of a window of tokens, and returns
// it with words, the tokens' texts in the array of the words it was given
// (reused for the next window).
func (m *Model) recognize(out []doc.Mention, text []rune, toks []doc.Token, words []string) ([]doc.Mention, []string) {
	for _, t := range toks {
		words = append(words, t.Text)
	}
	for _, sp := range m.TagWords(words) {
		start, end := toks[sp.Start].Start, toks[sp.End-1].End
		txt := ""
		if start >= 0 && end <= len(text) && start <= end {
			txt = string(text[start:end])
		}
		out = append(out, doc.Mention{Span: doc.Span{Start: start, End: end}, Text: txt, Type: sp.Type})
	}
	return out, words
}

// decodeBIO turns a label sequence into spans; an I- label that does not
// continue a span of its type starts a new one.
func decodeBIO(labels []int, types []string) []TokenSpan {
	var out []TokenSpan
	cur := -1
	start := 0
	flush := func(end int) {
		if cur >= 0 {
			out = append(out, TokenSpan{Start: start, End: end, Type: types[cur]})
		}
		cur = -1
	}
	for i, l := range labels {
		if l == 0 {
			flush(i)
			continue
		}
		t := (l - 1) / 2
		begin := (l-1)%2 == 0
		if begin || t != cur {
			flush(i)
			cur, start = t, i
		}
	}
	flush(len(labels))
	return out
}

func sortSpans(s []TokenSpan) {
	// insertion sort: sentences hold few entities
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && spanLess(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func spanLess(a, b TokenSpan) bool {
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	if a.End != b.End {
		return a.End > b.End
	}
	return a.Type < b.Type
}

// dedupe drops repeated spans (same bounds and type) from a sorted slice.
func dedupe(s []TokenSpan) []TokenSpan {
	out := s[:0]
	for i, x := range s {
		if i > 0 && x == s[i-1] {
			continue
		}
		out = append(out, x)
	}
	return out
}
