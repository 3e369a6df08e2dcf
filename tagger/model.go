package tagger

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/internal/formcache"
	"github.com/factgraph/factgraph/internal/hashtab"
	"github.com/factgraph/factgraph/morph"
)

// Model is a trained tagger. It is safe for concurrent use once built.
type Model struct {
	// Meta holds free-form information about the model (corpora, scores).
	Meta map[string]string

	bits      uint8
	mask      uint64
	w         []float32 // 1<<bits hashed weights, while training
	q         []int16   // the same, quantized: w ≈ q*scale; used once trained
	scale     float32
	tags      []string // tag strings, "UPOS|Feats"
	tagIndex  map[string]int32
	parts     [][]uint64         // parts of each tag, laid out (layParts)
	partOff   map[uint64]uint64  // small part hash → rowMark|row offset
	lex       map[string]lexWord // lower-cased training word → its tags
	suffixes  map[string][]int32 // "n:suffix" → most frequent tags of unknown words
	lemmas    map[string]lemmaRule
	an        *morph.Analyzer
	cache     *formcache.Cache[*wordInfo] // word form → wordInfo; nil while training
	domain    uint64                      // hash of the domain tagged in (WithDomain); 0 for none
	lexDrop   map[string]bool             // "UPOS|Key" lexical features the domain leaves out
	edits     map[string][]tagEdit        // the domain's tag edits by condition (domainedit.go)
	lexAdd    map[string][]string         // "UPOS|lemma" → lexical features the domain adds
	fills     map[string][]string         // "UPOS/VerbForm" → features the domain fills in (domainfill.go)
	net       *network                    // the neural candidate scorer (neural.go), or nil
	mix       float32                     // weight of net's scores against the perceptron's, in the domain
	netMix    float32                     // mix with no domain
	featsOnly bool                        // the network only chooses among candidates of the perceptron's UPOS
}

// lexWord holds the tags a word had in the training data.
type lexWord struct {
	total   int32
	entries []lexEntry
}

type lexEntry struct {
	tag   int32
	count int32
	lemma string
}

// lemmaRule turns a form into its lemma: cut the last Cut runes of the
// lower-cased form, then append Add.
type lemmaRule struct {
	Cut int
	Add string
}

func (r lemmaRule) apply(lw string) string {
	n := utf8.RuneCountInString(lw)
	if r.Cut > n {
		return lw
	}
	return prefix(lw, n-r.Cut) + r.Add
}

// cand is one candidate analysis of a token.
type cand struct {
	tag       int32  // index into Model.tags, or -1
	tagStr    string // the tag, for tags outside the model's table
	lemma     string
	dictRank  int8 // rank of the first dictionary parse giving this tag; -1 none
	dictScore float32
	lexCount  int32
	lexTotal  int32
	suffix    bool // proposed by the ending table
	fromLex   bool
	edit      bool // made by a domain's tag edit (domainedit.go)
}

func (m *Model) tagString(c *cand) string {
	if c.tag >= 0 {
		return m.tags[c.tag]
	}
	return c.tagStr
}

// tagParts returns the hashed parts of a tag: the whole tag, its UPOS,
// UPOS with case, and each feature.
func tagParts(tag string) []uint64 {
	upos, feats := SplitTag(tag)
	ps := []uint64{feat1('T', tag), feat1('U', upos)}
	for feats != "" {
		var f string
		f, feats, _ = strings.Cut(feats, "|")
		ps = append(ps, feat1('F', f))
		if strings.HasPrefix(f, "Case=") {
			ps = append(ps, feat2('C', upos, f))
		}
	}
	return ps
}

func (m *Model) partsOf(c *cand) []uint64 {
	if c.tag >= 0 && int(c.tag) < len(m.parts) {
		return m.parts[c.tag]
	}
	return m.layParts(tagParts(c.tagStr), false)
}

// Weight layout. A feature's weights for the small parts of tags (UPOS,
// UPOS with case, each feature, and the constant part of candidate
// features) lie in one row of rowParts adjacent slots from hash(feature):
// a token's lookups for those parts then touch a few cache lines instead of
// one each. The whole-tag parts, thousands of them, keep a slot hashed
// from (feature, part). A laid-out part is rowMark|offset; others are
// their hash with the top bit cleared.
const (
	rowParts = 128
	rowMark  = 1 << 63
)

// layParts turns the hashes of a tag's parts into their layout, giving
// small parts seen for the first time the next row offset when assign is
// set (as tags are interned: the offsets follow the order of the tag table,
// so decoding a model rebuilds them).
func (m *Model) layParts(ps []uint64, assign bool) []uint64 {
	if m.partOff == nil && assign {
		m.partOff = map[uint64]uint64{}
	}
	out := make([]uint64, len(ps))
	for k, p := range ps {
		if k == 0 {
			out[k] = p &^ rowMark // the whole tag
			continue
		}
		off, ok := m.partOff[p]
		if !ok && assign && len(m.partOff)+1 < rowParts {
			off = rowMark | uint64(len(m.partOff)+1) // offset 0: partConst
			m.partOff[p] = off
			ok = true
		}
		if ok {
			out[k] = off
		} else {
			out[k] = p &^ rowMark
		}
	}
	return out
}

// partConst is the part candidate features are scored against, besides
// UPOS: offset 0 of the row (rowMark with no offset bits).
const partConst = rowMark

// sentence is the per-sentence state of tagging.
type sentence struct {
	words  []string
	info   []*wordInfo
	lowers []string
	cands  [][]cand
	class  []uint64 // hash of the UPOS set of each token's candidates
	cases  []uint64 // hash of the case set of each token's candidates
	inDict []bool
}

// wordInfo is what tagging needs to know of a word form apart from its
// context: its candidates and the hashes of the features it contributes,
// as the token and as a neighbour. Outside training it is cached per form.
type wordInfo struct {
	lower        string
	cands        []cand
	inDict       bool
	class, cases uint64
	own          [9]uint64 // word, suffixes 1–5, prefix 2, shape, shape as first word
	asPrev       uint64    // the word as the previous word
	asPrev2      uint64
	asNext       uint64
	asNext2      uint64
	prevSuf3     uint64 // its 3-letter ending as the previous word's
	nextSuf3     uint64
	wordNext     uint64 // hash state of the (word, next word) feature
	prevWordWord uint64 // hash state of the (previous word, word) feature as the previous word
	prevWordTag  uint64 // hash state of the (previous word, previous tag) feature
}

// newWordInfo analyses one word form (gold: see prepare).
func (m *Model) newWordInfo(w string, gold int32, buf []morph.Parse) (*wordInfo, []morph.Parse) {
	wi := &wordInfo{lower: lowerWord(w)}
	lw := wi.lower
	wi.cands, wi.inDict, buf = m.candidates(w, lw, gold, buf)
	wi.class, wi.cases = m.classOf(wi.cands)
	sh := shape(w)
	wi.own = [9]uint64{
		feat1(fWord, lw),
		feat1(fSuf1, suffix(lw, 1)),
		feat1(fSuf2, suffix(lw, 2)),
		feat1(fSuf3, suffix(lw, 3)),
		feat1(fSuf4, suffix(lw, 4)),
		feat1(fSuf5, suffix(lw, 5)),
		feat1(fPre2, prefix(lw, 2)),
		feat1(fShape, sh),
		feat1(fFirst, sh),
	}
	wi.asPrev = feat1(fPrevWord, lw)
	wi.asPrev2 = feat1(fPrev2Word, lw)
	wi.asNext = feat1(fNextWord, lw)
	wi.asNext2 = feat1(fNext2Word, lw)
	wi.prevSuf3 = feat1(fPrevSuf3, suffix(lw, 3))
	wi.nextSuf3 = feat1(fNextSuf3, suffix(lw, 3))
	wi.wordNext = hashStr(hashStart(fWordNext), lw)
	wi.prevWordWord = hashStr(hashStart(fPrevWordWord), lw)
	wi.prevWordTag = hashStr(hashStart(fPrevWordTag), lw)
	return wi, buf
}

// prepare analyses the words of a sentence. gold, if not nil, holds the
// gold tag IDs (training: leave-one-out lexicon counts, gold always a
// candidate).
func (m *Model) prepare(words []string, gold []int32, buf []morph.Parse) (*sentence, []morph.Parse) {
	n := len(words)
	s := &sentence{
		words:  words,
		info:   make([]*wordInfo, n),
		lowers: make([]string, n),
		cands:  make([][]cand, n),
		class:  make([]uint64, n),
		cases:  make([]uint64, n),
		inDict: make([]bool, n),
	}
	for i, w := range words {
		var wi *wordInfo
		if gold == nil {
			wi, _ = m.cache.Get(w)
		}
		if wi == nil {
			g := int32(-1)
			if gold != nil {
				g = gold[i]
			}
			wi, buf = m.newWordInfo(w, g, buf)
			if gold == nil {
				m.cache.Put(w, wi)
			}
		}
		s.info[i] = wi
		s.lowers[i], s.cands[i], s.inDict[i] = wi.lower, wi.cands, wi.inDict
		if m.edits != nil {
			s.cands[i] = m.editCands(wi.cands)
		}
		s.class[i], s.cases[i] = wi.class, wi.cases
	}
	return s, buf
}

// classOf hashes the sets of UPOS and cases among candidates.
func (m *Model) classOf(cs []cand) (uint64, uint64) {
	var up, cs2 [20]string
	nu, nc := 0, 0
	for i := range cs {
		t := m.tagString(&cs[i])
		u, f := SplitTag(t)
		up, nu = addUnique(up, nu, u)
		if j := strings.Index(f, "Case="); j >= 0 {
			c := f[j+5:]
			if k := strings.IndexByte(c, '|'); k >= 0 {
				c = c[:k]
			}
			cs2, nc = addUnique(cs2, nc, c)
		}
	}
	sortSmall(up[:nu])
	sortSmall(cs2[:nc])
	h1, h2 := hashStart(fClass), hashStart(fNextCases)
	for _, u := range up[:nu] {
		h1 = hashStr(h1, u)
	}
	for _, c := range cs2[:nc] {
		h2 = hashStr(h2, c)
	}
	return h1, h2
}

func addUnique(a [20]string, n int, s string) ([20]string, int) {
	for _, x := range a[:n] {
		if x == s {
			return a, n
		}
	}
	if n < len(a) {
		a[n] = s
		n++
	}
	return a, n
}

func sortSmall(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// A training tag of a word is a candidate only if it has at least
// 1/minLexShare of the word's occurrences: frequent words (в, и, что) had
// a dozen tags in the corpora, mostly annotation noise, each costing a
// scoring pass.
const minLexShare = 100

// maxSuffixTags bounds the tags the ending table proposes for a word.
const maxSuffixTags = 12

// candidates lists the analyses of one word: its dictionary parses mapped
// to UD, the tags it had in training, and, for words known to neither, the
// most frequent tags of its ending.
func (m *Model) candidates(word, lw string, gold int32, buf []morph.Parse) ([]cand, bool, []morph.Parse) {
	var cs []cand
	add := func(c cand) int {
		t := m.tagString(&c)
		for i := range cs {
			if m.tagString(&cs[i]) == t {
				return i
			}
		}
		cs = append(cs, c)
		return len(cs) - 1
	}
	inDict := false
	lx, inLex := m.lex[lw]
	if m.an != nil {
		buf = m.an.AppendParses(buf[:0], word)
		for r, p := range buf {
			if p.Method() == morph.MethodDictionary {
				inDict = true
			}
			for _, a := range m.mapParse(word, p) {
				i := add(m.newCand(a.Tag(), a.Lemma))
				c := &cs[i]
				if c.dictRank < 0 {
					c.dictRank = int8(min(r, 100))
				} else if c.lemma != a.Lemma && inLex && m.lexHasLemma(lx, a.UPOS, a.Lemma) && !m.lexHasLemma(lx, a.UPOS, c.lemma) {
					// two parses give the tag with different lemmas
					// (основные: основный, основной): the one the word
					// had in training
					c.lemma = a.Lemma
				}
				c.dictScore += float32(p.Score)
			}
		}
	}
	lexUsed := false
	if inLex {
		total := lx.total
		if gold >= 0 {
			for _, e := range lx.entries {
				if e.tag == gold {
					total--
				}
			}
		}
		for _, e := range lx.entries {
			cnt := e.count
			if e.tag == gold {
				cnt--
			}
			if cnt <= 0 || cnt*minLexShare < total {
				continue
			}
			lexUsed = true
			i := add(cand{tag: e.tag, dictRank: -1})
			c := &cs[i]
			c.fromLex = true
			c.lexCount = cnt
			c.lexTotal = total
			if e.lemma != "" {
				c.lemma = e.lemma
			}
		}
	}
	if !inDict && !lexUsed {
		for _, n := range [...]int{4, 3, 2, 1} {
			tags := m.suffixes[suffixKey(lw, n)]
			if len(tags) == 0 {
				continue
			}
			for _, t := range tags {
				i := add(cand{tag: t, dictRank: -1})
				cs[i].suffix = true
			}
			break
		}
	}
	if gold >= 0 {
		add(cand{tag: gold, dictRank: -1})
	}
	if len(cs) == 0 {
		cs = append(cs, m.newCand("X", lw))
	}
	return cs, inDict, buf
}

// lexHasLemma reports whether a word had, in the training data, lemma
// with a tag of UPOS upos.
func (m *Model) lexHasLemma(lx lexWord, upos, lemma string) bool {
	for _, e := range lx.entries {
		if e.lemma == lemma {
			if u, _ := SplitTag(m.tags[e.tag]); u == upos {
				return true
			}
		}
	}
	return false
}

func suffixKey(lw string, n int) string {
	var b strings.Builder
	b.WriteByte(byte('0' + n))
	b.WriteByte(':')
	b.WriteString(suffix(lw, n))
	return b.String()
}

func (m *Model) newCand(tag, lemma string) cand {
	c := cand{tag: -1, lemma: lemma, dictRank: -1}
	if id, ok := m.tagIndex[tag]; ok {
		c.tag = id
	} else {
		c.tagStr = tag
	}
	return c
}

// mapParse maps a dictionary parse to UD analyses.
func (m *Model) mapParse(word string, p morph.Parse) []Analysis {
	return FromOpenCorpora(word, p)
}

// bucket helpers for candidate features.
func scoreBucket(s float32) string {
	switch {
	case s >= 0.9:
		return "9"
	case s >= 0.6:
		return "6"
	case s >= 0.3:
		return "3"
	case s >= 0.1:
		return "1"
	case s > 0:
		return "0"
	}
	return "-"
}

func countBucket(n int32) string {
	switch {
	case n <= 0:
		return "0"
	case n == 1:
		return "1"
	case n <= 3:
		return "3"
	case n <= 10:
		return "10"
	case n <= 100:
		return "100"
	}
	return "M"
}

// Hash states of the candidate-level feature names.
var (
	hRank     = hashStr(hashStart(fCand), "rank")
	hDScore   = hashStr(hashStart(fCand), "dscore")
	hNoDict   = hashStr(hashStart(fCand), "nodict")
	hLexShare = hashStr(hashStart(fCand), "lexshare")
	hLexN     = hashStr(hashStart(fCand), "lexn")
	hNoLex    = hashStr(hashStart(fCand), "nolex")
	hSuffix   = hashStr(hashStart(fCand), "suffix")
	hEdit     = hashStr(hashStart(fCand), "edit")
)

// candFeats appends the candidate-level features of c.
func candFeats(dst []uint64, c *cand, inDict bool) []uint64 {
	if c.dictRank >= 0 {
		r := min(int(c.dictRank), 3)
		dst = append(dst, hashU(hRank, uint64(r)+boolU(inDict)*8))
		dst = append(dst, hashStr(hDScore, scoreBucket(c.dictScore)))
	} else {
		dst = append(dst, hashU(hNoDict, boolU(inDict)))
	}
	if c.fromLex {
		dst = append(dst, hashStr(hLexShare, scoreBucket(float32(c.lexCount)/float32(max(c.lexTotal, 1)))))
		dst = append(dst, hashStr(hLexN, countBucket(c.lexCount)))
	} else {
		dst = append(dst, hNoLex)
	}
	if c.suffix {
		dst = append(dst, hSuffix)
	}
	if c.edit {
		dst = append(dst, hEdit)
	}
	return dst
}

func boolU(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// Features of the sentence boundaries as neighbours.
var (
	startPrev  = feat1(fPrevWord, "<s>")
	startPrev2 = feat1(fPrev2Word, "<s>")
	endNext    = feat1(fNextWord, "</s>")
	endNext2   = feat1(fNext2Word, "</s>")
	endClass   = feat1(fNextClass, "</s>")
	startWW    = hashStr(hashStart(fPrevWordWord), "<s>")
	startWT    = hashStr(hashStart(fPrevWordTag), "<s>")
)

// tokenFeats appends the features of token i given the tags chosen for the
// tokens before it.
func (m *Model) tokenFeats(dst []uint64, s *sentence, i int, hist []string) []uint64 {
	wi := s.info[i]
	n := len(s.words)
	dst = append(dst, hashStart(fBias))
	dst = append(dst, wi.own[:8]...)
	dst = append(dst, s.class[i], hashU(s.class[i], 77))
	if i == 0 {
		dst = append(dst, wi.own[8])
	}
	prevF, prev2F, nextF, next2F := startPrev, startPrev2, endNext, endNext2
	prevWW, prevWT := startWW, startWT
	nextW := "</s>"
	prevT, prev2T := "<s>", "<s>"
	if i > 0 {
		p := s.info[i-1]
		prevF, prevWW, prevWT, prevT = p.asPrev, p.prevWordWord, p.prevWordTag, hist[i-1]
		dst = append(dst, p.prevSuf3)
	}
	if i > 1 {
		prev2F, prev2T = s.info[i-2].asPrev2, hist[i-2]
	}
	if i+1 < n {
		nx := s.info[i+1]
		nextW, nextF = nx.lower, nx.asNext
		dst = append(dst, s.class[i+1]^0x5bd1e995, s.cases[i+1], nx.nextSuf3)
	} else {
		dst = append(dst, endClass)
	}
	if i+2 < n {
		next2F = s.info[i+2].asNext2
	}
	prevU, _ := SplitTag(prevT)
	prev2U, _ := SplitTag(prev2T)
	dst = append(dst,
		prevF,
		nextF,
		prev2F,
		next2F,
		feat1(fPrevTag, prevT),
		feat1(fPrevUPOS, prevU),
		feat2(fPrev2UPOS, prev2U, prevU),
		hashStr(prevWT, prevT),
		hashStr(wi.wordNext, nextW),
		hashStr(prevWW, wi.lower),
		hashU(s.class[i], hashStr(hashStart(fPrevUPOS), prevT)),
	)
	if c := featValue(prevT, "Case"); c != "" {
		dst = append(dst, feat2(fPrevCase, prevU, c))
		dst = append(dst, feat2(fPrevGNC, featValue(prevT, "Gender")+featValue(prevT, "Number"), c))
	}
	if m.domain != 0 {
		dst = m.domainFeats(dst, s, i, prevU)
	}
	return dst
}

// featValue returns the value of feature key in a tag, or "".
func featValue(tag, key string) string {
	j := strings.Index(tag, "|"+key+"=")
	if j < 0 {
		return ""
	}
	v := tag[j+len(key)+2:]
	if k := strings.IndexByte(v, '|'); k >= 0 {
		v = v[:k]
	}
	return v
}

// scorer holds scratch space for scoring one token's candidates.
type scorer struct {
	feats  []uint64
	cfeats []uint64
	memoP  []uint64
	memoS  []float32
	memoQ  []int32
	fmix   []uint64 // hashtab.Mix of each of feats: the rows
	scores []float32
}

// score computes the score of every candidate of token i.
func (m *Model) score(sc *scorer, s *sentence, i int) []float32 {
	if m.w == nil {
		return m.scoreQ(sc, s, i)
	}
	cs := s.cands[i]
	sc.memoP, sc.memoS = sc.memoP[:0], sc.memoS[:0]
	sc.scores = sc.scores[:0]
	for k := range cs {
		c := &cs[k]
		ps := m.partsOf(c)
		var tot float32
		for _, p := range ps {
			found := false
			for j, q := range sc.memoP {
				if q == p {
					tot += sc.memoS[j]
					found = true
					break
				}
			}
			if found {
				continue
			}
			var v float32
			for _, f := range sc.feats {
				v += m.w[slot(f, p, m.mask)]
			}
			sc.memoP = append(sc.memoP, p)
			sc.memoS = append(sc.memoS, v)
			tot += v
		}
		sc.cfeats = candFeats(sc.cfeats[:0], c, s.inDict[i])
		for _, f := range sc.cfeats {
			tot += m.w[slot(f, partConst, m.mask)] + m.w[slot(f, ps[1], m.mask)]
		}
		sc.scores = append(sc.scores, tot)
	}
	return sc.scores
}

// scoreQ is score with the quantized weights: integer sums, exact.
func (m *Model) scoreQ(sc *scorer, s *sentence, i int) []float32 {
	cs := s.cands[i]
	sc.fmix = sc.fmix[:0]
	for _, f := range sc.feats {
		sc.fmix = append(sc.fmix, hashtab.Mix(f))
	}
	sc.memoP, sc.memoQ = sc.memoP[:0], sc.memoQ[:0]
	sc.scores = sc.scores[:0]
	w, mask := m.q, m.mask
	for k := range cs {
		c := &cs[k]
		ps := m.partsOf(c)
		var tot int32
		for _, p := range ps {
			found := false
			for j, q := range sc.memoP {
				if q == p {
					tot += sc.memoQ[j]
					found = true
					break
				}
			}
			if found {
				continue
			}
			var v int32
			if p&rowMark != 0 {
				off := p &^ rowMark
				for _, fm := range sc.fmix {
					v += int32(w[(fm+off)&mask])
				}
			} else {
				pm := p * 0x9e3779b97f4a7c15
				for _, f := range sc.feats {
					v += int32(w[hashtab.Mix(f^pm)&mask])
				}
			}
			sc.memoP = append(sc.memoP, p)
			sc.memoQ = append(sc.memoQ, v)
			tot += v
		}
		sc.cfeats = candFeats(sc.cfeats[:0], c, s.inDict[i])
		for _, f := range sc.cfeats {
			tot += int32(w[slot(f, partConst, mask)]) + int32(w[slot(f, ps[1], mask)])
		}
		sc.scores = append(sc.scores, float32(tot))
	}
	return sc.scores
}

func argmax(xs []float32) int {
	b := 0
	for i, x := range xs {
		if x > xs[b] {
			b = i
		}
	}
	return b
}

// choose decodes a prepared sentence greedily left to right and returns
// the index of the candidate chosen for each token (into ks, reused), −1
// for the tokens SocialToken analyses, whose analysis it stores in
// social[i] when social is not nil. ns, if not nil, holds the network's
// candidate scores (sentenceScores), added times mix to the perceptron's.
func (m *Model) choose(s *sentence, ns [][]float32, mix float32, ks []int, social []Analysis) []int {
	ks = slices.Grow(ks[:0], len(s.words))[:len(s.words)]
	hist := make([]string, len(s.words))
	var sc scorer
	var lower []bool
	if m.domain == gsdDomain {
		lower = lowerNotProper(s.words)
	}
	for i := range s.words {
		if a, ok := SocialToken(s.words, i); ok {
			hist[i], ks[i] = a.Tag(), -1
			if social != nil {
				social[i] = a
			}
			continue
		}
		k := 0
		if len(s.cands[i]) > 1 {
			sc.feats = m.tokenFeats(sc.feats[:0], s, i, hist)
			scores := m.score(&sc, s, i)
			if ns != nil && ns[i] != nil {
				m.mixScores(scores, ns[i], mix, s.cands[i])
			}
			if lower != nil && lower[i] {
				m.dropProper(s.cands[i], scores)
			}
			k = argmax(scores)
		}
		ks[i] = k
		hist[i] = m.tagString(&s.cands[i][k])
	}
	return ks
}

// TagWords tags one sentence given as words and returns one analysis per
// word.
func (m *Model) TagWords(words []string) []Analysis {
	words = stripStress(words)
	s, _ := m.prepare(words, nil, nil)
	var ns [][]float32
	if m.net != nil {
		ns = m.net.sentenceScores(m, s)
	}
	out := make([]Analysis, len(words))
	ks := m.choose(s, ns, m.mix, nil, out)
	m.governedCase(s, ks)
	m.agreeModifiers(s, ks)
	m.conjunctCase(s, ks)
	m.timeNounCase(s, ks)
	for i, k := range ks {
		if k < 0 {
			continue // choose stored the SocialToken analysis
		}
		out[i] = m.analysis(words[i], s.lowers[i], &s.cands[i][m.dictShort(s, i, m.dictAspect(s, i, k))])
	}
	yearOrdinals(words, out)
	emoticons(words, out, m.domain == taigaDomain)
	if m.fills != nil {
		m.fillFeats(out)
		governedNumbers(words, out)
	}
	q := questions(words)
	for i := range out {
		AddLexicalFeatures(&out[i], q[i])
		if m.domain != 0 {
			m.domainLexicalFeats(&out[i])
		}
		if out[i].UPOS == "X" && isCapitalized(words[i]) && (i > 0 && isLatinWord(words[i-1]) || i+1 < len(words) && isLatinWord(words[i+1])) {
			// a capitalized word of a foreign title or name (The Lightning
			// Kid, Island Records): UD GSD lower-cases its lemma (74 of
			// 99 such X tokens; Taiga has 3, 1 lower-cased)
			out[i].Lemma = strings.ToLower(words[i])
		}
	}
	digitOrdinals(words, out, m.domain == taigaDomain)
	futureOfBe(words, out, m.domain == taigaDomain)
	imperativePerson(out)
	if m.domain != taigaDomain {
		reflexiveParticiples(words, out)
	}
	initials(words, out)
	if m.domain == taigaDomain {
		taigaCollectives(out)
	}
	return out
}

// isCapitalized: an upper-case first letter followed by at least one
// lower-case one (The, McTavish; not ARC).
func isCapitalized(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.ContainsFunc(w[n:], unicode.IsLower)
}

// isLatinWord: a word of Latin letters (and ' . & -), starting with a
// letter.
func isLatinWord(w string) bool {
	for i, r := range w {
		isL := r < 0x80 && unicode.IsLetter(r)
		if i == 0 && !isL || !isL && !strings.ContainsRune("'.&-", r) {
			return false
		}
	}
	return w != ""
}

// Tag fills Lemma, POS (the UD UPOS) and Feats (UD universal features,
// "" for none) of every token of sents in place.
func (m *Model) Tag(sents []doc.Sentence) {
	var words []string
	for si := range sents {
		toks := sents[si].Tokens
		words = words[:0]
		for _, t := range toks {
			words = append(words, t.Text)
		}
		for i, a := range m.TagWords(words) {
			toks[i].Lemma, toks[i].POS, toks[i].Feats = a.Lemma, a.UPOS, a.Feats
		}
	}
}

// analysis builds the output for the chosen candidate.
func (m *Model) analysis(word, lw string, c *cand) Analysis {
	upos, feats := SplitTag(m.tagString(c))
	lemma := c.lemma
	switch upos {
	case "PUNCT", "SYM", "NUM":
		if lemma == "" || !hasLetter(word) {
			lemma = word
		}
	}
	if lemma == "" {
		lemma = m.ruleLemma(upos, feats, lw)
	}
	switch upos {
	case "PROPN":
		lemma = properLemma(word, lemma)
	case "X":
		// foreign words and hashtags: the form (UD Taiga throughout, GSD
		// mostly)
		lemma = word
	case "ADJ":
		// the short forms of должен: lemma должен in UD GSD and Taiga
		// (the dictionary says должный)
		if lemma == "должный" && strings.HasPrefix(lw, "долж") && utf8.RuneCountInString(lw) <= 6 {
			lemma = "должен"
		}
		// an ordinal in Roman numerals is its own lemma, upper case (GSD
		// and Taiga: II, XIX; the training lexicon has it lower-cased)
		if morph.RomanLetters(word) {
			lemma = word
		}
	case "ADV", "PRON":
		// всё keeps its ё in UD GSD and Taiga, unlike other lemmas
		if lemma == "все" && (upos == "ADV" || !strings.Contains(feats, "Number=Plur")) {
			lemma = "всё"
		}
	}
	return Analysis{UPOS: upos, Feats: feats, Lemma: lemma}
}

// ruleLemma is the lemma of a word whose tag neither the dictionary nor the
// training lexicon gave: the form itself for a noun in the nominative
// singular, else the rule of the longest known ending (1–5 letters) for
// the UPOS; else the form.
func (m *Model) ruleLemma(upos, feats, lw string) string {
	if (upos == "NOUN" || upos == "PROPN") && featValue("|"+feats, "Case") == "Nom" && featValue("|"+feats, "Number") == "Sing" {
		return lw
	}
	for n := 5; n >= 1; n-- {
		if r, ok := m.lemmas[upos+"|"+suffix(lw, n)]; ok {
			return r.apply(lw)
		}
	}
	return lw
}
