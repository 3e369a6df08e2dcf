package relation

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// token is one token of the document with the strings features read.
type token struct {
	low   string // lower-cased, digits folded to 0
	stem  string // low cut to at most stemLen runes
	punct byte   // class of a punctuation token, 0 for words
	sent  int
	lemma string // lemma of the likeliest dictionary parse, else low
	pos   string // its part of speech ("NOUN", "PREP", …; "" when none)
	cas   string // its case ("gent", "loct", …; "" when none)
	shape byte   // 'X' capitalized, 'A' all capitals, 'x' lower case, 'd' digits, 'o' other
}

// mention is one usable mention: its tokens [s, e) in the document's token
// sequence and its sentence.
type mention struct {
	idx  int // index into the mentions given to Extract
	typ  string
	span doc.Span
	s, e int
	sent int
	text string // lower-cased text when short, else ""
	keys []string
}

// docContext holds one document prepared for candidate generation and
// feature extraction.
type docContext struct {
	toks  []token
	sents []doc.Span
	ments []mention // sorted by start, then by decreasing length
	byS   [][]int   // mentions of each sentence, indexes into ments
	first []int     // first[s] is the first token of sentence s; first[len(sents)] = len(toks)
	morph bool      // the tokens carry lemmas, parts of speech and cases
}

const stemLen = 5

// newDocContext prepares a document; a, when not nil, gives the tokens'
// lemmas, parts of speech and cases.
func newDocContext(text []rune, sents []doc.Sentence, mentions []doc.Mention, a *morph.Analyzer) *docContext {
	c := &docContext{sents: make([]doc.Span, len(sents)), byS: make([][]int, len(sents)), morph: a != nil}
	type tokPos struct{ start, end int }
	var pos []tokPos
	for si, s := range sents {
		c.sents[si] = s.Span
		c.first = append(c.first, len(c.toks))
		for _, t := range s.Tokens {
			c.toks = append(c.toks, newToken(t.Text, si, a))
			pos = append(pos, tokPos{t.Start, t.End})
		}
	}
	c.first = append(c.first, len(c.toks))
	for i, m := range mentions {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		// tokens overlapping the mention
		s := sort.Search(len(pos), func(k int) bool { return pos[k].end > m.Start })
		e := s
		for e < len(pos) && pos[e].start < m.End {
			e++
		}
		if s == e {
			continue
		}
		mt := mention{idx: i, typ: m.Type, span: m.Span, s: s, e: e, sent: c.toks[s].sent}
		if e-s <= 4 {
			mt.text = lowerFold(string(text[m.Start:m.End]))
		}
		for k := s; k < e; k++ {
			if w := wordKey(&c.toks[k]); w != "" && !slices.Contains(mt.keys, w) {
				mt.keys = append(mt.keys, w)
			}
		}
		c.ments = append(c.ments, mt)
	}
	sort.SliceStable(c.ments, func(a, b int) bool {
		x, y := c.ments[a], c.ments[b]
		if x.span.Start != y.span.Start {
			return x.span.Start < y.span.Start
		}
		if x.span.End != y.span.End {
			return x.span.End > y.span.End
		}
		return x.typ < y.typ
	})
	// a mention listed twice (same span and type) is a candidate once
	c.ments = slices.CompactFunc(c.ments, func(x, y mention) bool { return x.span == y.span && x.typ == y.typ })
	for k, m := range c.ments {
		c.byS[m.sent] = append(c.byS[m.sent], k)
	}
	return c
}

func newToken(text string, sent int, a *morph.Analyzer) token {
	t := token{low: lowerFold(text), sent: sent, shape: shapeOf(text)}
	t.lemma = t.low
	r, _ := utf8.DecodeRuneInString(text)
	switch {
	case text != "" && !unicode.IsLetter(r) && !unicode.IsDigit(r):
		t.punct = punctClass(text)
	case a != nil && unicode.IsLetter(r):
		if ps := a.Parse(text); len(ps) > 0 { // best first: ps[0] is the likeliest
			p := ps[0]
			t.lemma = lowerFold(p.Normal)
			t.pos = p.Tag.POS().String()
			t.cas = p.Tag.Case().String()
		}
	}
	t.stem = t.low
	if n := 0; utf8.RuneCountInString(t.low) > stemLen {
		for i := range t.low {
			if n == stemLen {
				t.stem = t.low[:i]
				break
			}
			n++
		}
	}
	return t
}

// shapeOf classifies the letters of a token: 'X' a capital then anything,
// 'A' capitals only (two or more), 'x' starting lower case, 'd' starting
// with a digit, 'o' anything else.
func shapeOf(text string) byte {
	r, _ := utf8.DecodeRuneInString(text)
	switch {
	case unicode.IsDigit(r):
		return 'd'
	case unicode.IsLower(r):
		return 'x'
	case !unicode.IsUpper(r):
		return 'o'
	}
	if utf8.RuneCountInString(text) > 1 && strings.ToUpper(text) == text {
		return 'A'
	}
	return 'X'
}

// lowerFold lower-cases s, folds ё to е and every digit to 0.
func lowerFold(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsDigit(r):
			return '0'
		case r == 'ё' || r == 'Ё':
			return 'е'
		}
		return unicode.ToLower(r)
	}, s)
}

func punctClass(s string) byte {
	switch s {
	case ",":
		return ','
	case "-", "–", "—", "−":
		return '-'
	case "«", "»", "\"", "“", "”", "„", "'":
		return 'q'
	case "(", ")", "[", "]":
		return 'p'
	case ":", ";":
		return ':'
	case ".", "!", "?", "…":
		return '.'
	}
	return 'o'
}

// maxAliasRank bounds the far alias candidates: a pair is one only when at
// most this many mentions sharing a word with the earlier one lie between.
const maxAliasRank = 2

// candidates calls fn for every ordered pair of mentions (indexes into
// c.ments) that lie at most window sentences apart, do not cover the same
// span, and whose types admit a relation, with the labels they admit and a
// rank of -1. When alias is not nil, it also calls fn for the farther pairs
// of mentions of the same type that share a word (see aliasRank), with
// alias as the labels admitted and their rank.
func (c *docContext) candidates(window int, sigs map[typePair][]uint8, alias []uint8, fn func(i, j int, allowed []uint8, rank int)) {
	for s := range c.byS {
		for _, i := range c.byS[s] {
			for t := max(0, s-window); t <= min(len(c.byS)-1, s+window); t++ {
				for _, j := range c.byS[t] {
					if i == j || c.ments[i].span == c.ments[j].span {
						continue
					}
					allowed := sigs[typePair{c.ments[i].typ, c.ments[j].typ}]
					if len(allowed) == 0 {
						continue
					}
					fn(i, j, allowed, -1)
				}
			}
		}
	}
	if alias == nil {
		return
	}
	// postings lists, per type and word key, the mentions holding it, in
	// order: the mentions that share a word with i are found there.
	postings := map[[2]string][]int{}
	for j, m := range c.ments {
		for _, k := range m.keys {
			postings[[2]string{m.typ, k}] = append(postings[[2]string{m.typ, k}], j)
		}
	}
	var next []int
	for i := range c.ments {
		a := &c.ments[i]
		// The first maxAliasRank+1 mentions after i of its type sharing a
		// word with it; the rank of each is how many came before it.
		next = next[:0]
		for _, k := range a.keys {
			list := postings[[2]string{a.typ, k}]
			p := sort.SearchInts(list, i+1)
			next = append(next, list[p:min(len(list), p+maxAliasRank+1)]...)
		}
		slices.Sort(next)
		next = slices.Compact(next)
		for rank, j := range next[:min(len(next), maxAliasRank+1)] {
			if b := &c.ments[j]; b.sent-a.sent > window {
				fn(i, j, alias, rank)
				fn(j, i, alias, rank)
			}
		}
	}
}

// overlap compares the word keys of two mentions: "eq" when they are the
// same, "sub" when one holds all the other's, "some" when they share one,
// "" when none.
func overlap(a, b *mention) string {
	n := 0
	for _, x := range a.keys {
		if slices.Contains(b.keys, x) {
			n++
		}
	}
	switch {
	case n == 0:
		return ""
	case n == len(a.keys) && n == len(b.keys):
		return "eq"
	case n == len(a.keys) || n == len(b.keys):
		return "sub"
	}
	return "some"
}

// wordKey is the key a token contributes to alias matching: its first four
// runes, or "" for punctuation and words under three runes.
func wordKey(t *token) string {
	if t.punct != 0 {
		return ""
	}
	n := 0
	for i := range t.low {
		if n == 4 {
			return t.low[:i]
		}
		n++
	}
	if n < 3 {
		return ""
	}
	return t.low
}

// evidence returns the sentences holding mentions i and j.
func (c *docContext) evidence(i, j int) doc.Span {
	a, b := c.ments[i].sent, c.ments[j].sent
	return doc.Span{Start: c.sents[min(a, b)].Start, End: c.sents[max(a, b)].End}
}
