package ner

import (
	"github.com/factgraph/factgraph/tokenize"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/wordvec"
)

// Feature templates. Each feature is the 64-bit FNV-1a hash of its template
// number and its value, so extraction needs no string building and the model
// stores no feature strings.
const (
	fBias = iota + 1
	fWord
	fWordM1
	fWordP1
	fWordM2
	fWordP2
	fShape
	fShapeM1
	fShapeP1
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre2
	fPre3
	fBigramM1
	fBigramP1
	fShapeBigram
	fSentStart
	fInQuote
	fAfterQuote
	fBeforeQuote
	fWordCaseForm
	fLen
	fLower0
	fLowerM1
	fLowerP1
	fLowerSpan
	fLowerWord
	fLowerType
	fDictGram
	fDictGramM1
	fDictGramP1
	fSuf3M1
	fSuf3P1
	fCluster
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashStart(template int) uint64 {
	h := uint64(fnvOffset)
	h ^= uint64(template)
	h *= fnvPrime
	return h
}

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashByte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	h *= fnvPrime
	return h
}

func feat(template int, value string) uint64 { return hashString(hashStart(template), value) }

func feat2(template int, a, b string) uint64 {
	return hashString(hashByte(hashString(hashStart(template), a), 0), b)
}

// tokenInfo is what the feature templates read about one token; it is computed
// once per sentence.
type tokenInfo struct {
	lower  string
	shape  string
	suf    [5]string // suf[k] is the last k runes of lower (k = 1..4)
	pre    [4]string // pre[k] is the first k runes of lower (k = 2..3)
	quote  bool      // inside «…» or "…" in this sentence
	isQ    bool      // token is itself a quote mark
	length string
	gram   []string // dictionary grammemes (optional)
	clus   []uint16 // word cluster at each level (nil: word not in the table)
}

// Lexicon supplies dictionary facts about a word (for example its
// grammemes Name, Surn, Geox, Orgn, Abbr). Optional: a model trained with a
// lexicon must be used with the same lexicon.
type Lexicon interface {
	// Grammemes returns a small set of tags for the word form.
	Grammemes(word string) []string
}

func isQuoteRune(r rune) bool {
	switch r {
	case '«', '»', '"', '„', '“', '”', '\'', '‘', '’':
		return true
	}
	return false
}

// wordShape maps a word to a coarse shape: runs of upper, lower, digit and
// other characters collapsed, Cyrillic and Latin letters told apart.
func wordShape(w string) string {
	var buf [32]byte // most shapes; longer ones grow it
	b := buf[:0]
	var last byte
	n := 0
	for _, r := range w {
		c := shapeClass(r)
		if c == last {
			n++
			if n > 2 {
				continue
			}
		} else {
			n = 1
		}
		last = c
		b = append(b, c)
	}
	return string(b)
}

// shapeClass is the letter of r in a word's shape: X and x for Latin
// upper and lower case, Z and z for others, d for a digit, an ASCII
// character for itself, ~ for the rest. Case comes from tokenize's fast
// tests, digits without the range table below U+0660 (no decimal digit
// lies between ASCII and it).
func shapeClass(r rune) byte {
	switch {
	case tokenize.IsUpper(r):
		if r < 0x80 {
			return 'X'
		}
		return 'Z'
	case tokenize.IsLower(r):
		if r < 0x80 {
			return 'x'
		}
		return 'z'
	case '0' <= r && r <= '9' || r >= 0x660 && unicode.IsDigit(r):
		return 'd'
	case r < 0x80:
		return byte(r)
	}
	return '~'
}

func lengthBucket(n int) string {
	switch {
	case n <= 1:
		return "1"
	case n <= 3:
		return "2-3"
	case n <= 6:
		return "4-6"
	case n <= 10:
		return "7-10"
	}
	return "11+"
}

func suffix(s string, k int) string {
	n := 0
	for i := len(s); i > 0; {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		n++
		if n == k {
			return s[i:]
		}
	}
	return s
}

func prefix(s string, k int) string {
	n := 0
	for i := range s {
		if n == k {
			return s[:i]
		}
		n++
	}
	return s
}

// clusterFeature is the feature "the word is in cluster id of level".
func clusterFeature(level int, id uint16) uint64 {
	return hashByte(hashByte(hashByte(hashStart(fCluster), byte(level)), byte(id)), byte(id>>8))
}

// appendClusters appends the word-cluster features of a token, one per
// level; a word outside the table has none (a feature for "unknown" at every
// level scored lower on NEREL dev: see docs/ner.md).
func appendClusters(dst []uint64, clus []uint16, levels int) []uint64 {
	if clus == nil {
		return dst
	}
	for l := range levels {
		dst = append(dst, clusterFeature(l, clus[l]))
	}
	return dst
}

// Lemmatizer gives the lemma of a word; a model whose clusters are keyed by
// lemma reads them through its Lexicon, which must be one.
type Lemmatizer interface {
	Lemma(word string) string
}

// clusterTable is a word-cluster table and how its keys are made.
type clusterTable struct {
	table *wordvec.Clusters
	lemma Lemmatizer // non-nil: keyed by lemma
}

// lookup returns the clusters of w, or nil. gram is what the lexicon said of
// w: a lemma found there (after lemmaPrefix) spares parsing w again.
func (c clusterTable) lookup(w string, gram []string) []uint16 {
	if c.table == nil {
		return nil
	}
	if c.lemma != nil {
		w = lemmaOf(w, gram, c.lemma)
	}
	return c.table.Lookup(wordvec.Normalize(w))
}

// lemmaOf returns the lemma among gram, else the one lm gives.
func lemmaOf(w string, gram []string, lm Lemmatizer) string {
	for i := len(gram) - 1; i >= 0; i-- {
		if l, ok := strings.CutPrefix(gram[i], lemmaPrefix); ok {
			return l
		}
	}
	return lm.Lemma(w)
}

func sentenceInfo(words []string, lex Lexicon, clus clusterTable) []tokenInfo {
	info := make([]tokenInfo, len(words))
	for i, w := range words {
		info[i] = wordInfo(w, lex, clus)
	}
	setQuotes(info, words)
	return info
}

// wordInfo returns what the features read about word w alone (quote is
// set by setQuotes).
func wordInfo(w string, lex Lexicon, clus clusterTable) tokenInfo {
	lw := strings.ToLower(w)
	var ti tokenInfo
	ti.lower = lw
	ti.shape = wordShape(w)
	for k := 1; k <= 4; k++ {
		ti.suf[k] = suffix(lw, k)
	}
	ti.pre[2] = prefix(lw, 2)
	ti.pre[3] = prefix(lw, 3)
	ti.length = lengthBucket(utf8.RuneCountInString(w))
	r, _ := utf8.DecodeRuneInString(w)
	ti.isQ = utf8.RuneCountInString(w) == 1 && isQuoteRune(r)
	if lex != nil {
		ti.gram = lex.Grammemes(w)
	}
	ti.clus = clus.lookup(w, ti.gram)
	return ti
}

// setQuotes marks the tokens of a sentence that lie inside quotes.
func setQuotes(info []tokenInfo, words []string) {
	inQuote := false
	for i := range info {
		if info[i].isQ {
			switch r, _ := utf8.DecodeRuneInString(words[i]); r {
			case '«', '„':
				inQuote = true
			case '»', '“':
				inQuote = false
			default:
				inQuote = !inQuote
			}
		}
		info[i].quote = inQuote
	}
}

// affixFeatures appends the suffix and prefix features of a token.
func affixFeatures(dst []uint64, t *tokenInfo) []uint64 {
	return append(dst,
		feat(fSuf1, t.suf[1]),
		feat(fSuf2, t.suf[2]),
		feat(fSuf3, t.suf[3]),
		feat(fSuf4, t.suf[4]),
		feat(fPre2, t.pre[2]),
		feat(fPre3, t.pre[3]),
	)
}

// baseFeatures appends the layer-independent features of token i; levels is
// the number of word-cluster levels (0 without clusters).
func baseFeatures(dst []uint64, info []tokenInfo, i, levels int) []uint64 {
	t := &info[i]
	word := func(j int) string {
		if j < 0 {
			return "<s>"
		}
		if j >= len(info) {
			return "</s>"
		}
		return info[j].lower
	}
	shape := func(j int) string {
		if j < 0 {
			return "<s>"
		}
		if j >= len(info) {
			return "</s>"
		}
		return info[j].shape
	}
	dst = append(dst,
		hashStart(fBias),
		feat(fWord, t.lower),
		feat(fWordM1, word(i-1)),
		feat(fWordP1, word(i+1)),
		feat(fWordM2, word(i-2)),
		feat(fWordP2, word(i+2)),
		feat(fShape, t.shape),
		feat(fShapeM1, shape(i-1)),
		feat(fShapeP1, shape(i+1)),
	)
	dst = affixFeatures(dst, t)
	dst = append(dst,
		feat2(fBigramM1, word(i-1), t.lower),
		feat2(fBigramP1, t.lower, word(i+1)),
		feat2(fShapeBigram, shape(i-1), t.shape),
		feat(fLen, t.length),
	)
	if i > 0 {
		dst = append(dst, feat(fSuf3M1, info[i-1].suf[3]))
	}
	if i+1 < len(info) {
		dst = append(dst, feat(fSuf3P1, info[i+1].suf[3]))
	}
	if i == 0 {
		dst = append(dst, feat(fSentStart, t.shape))
	}
	if t.quote {
		dst = append(dst, hashStart(fInQuote))
	}
	if i > 0 && info[i-1].isQ {
		dst = append(dst, feat(fAfterQuote, t.shape))
	}
	if i+1 < len(info) && info[i+1].isQ {
		dst = append(dst, feat(fBeforeQuote, t.shape))
	}
	dst = appendClusters(dst, t.clus, levels)
	for _, g := range t.gram {
		dst = append(dst, feat(fDictGram, g))
	}
	if i > 0 {
		for _, g := range info[i-1].gram {
			dst = append(dst, feat(fDictGramM1, g))
		}
	}
	if i+1 < len(info) {
		for _, g := range info[i+1].gram {
			dst = append(dst, feat(fDictGramP1, g))
		}
	}
	return dst
}

// lowerFeatures appends features describing the entities found by lower
// layers around token i. lower[i] is the label name of token i in the union
// of lower layers ("" when outside every lower entity).
func lowerFeatures(dst []uint64, info []tokenInfo, lower []string, i int) []uint64 {
	at := func(j int) string {
		if j < 0 || j >= len(lower) {
			return "#"
		}
		if lower[j] == "" {
			return "O"
		}
		return lower[j]
	}
	l0 := at(i)
	dst = append(dst,
		feat(fLower0, l0),
		feat(fLowerM1, at(i-1)),
		feat(fLowerP1, at(i+1)),
		feat2(fLowerSpan, at(i-1), l0),
		feat2(fLowerWord, l0, info[i].lower),
	)
	if l0 != "O" {
		dst = append(dst, feat2(fLowerType, l0, at(i+1)))
	}
	return dst
}
