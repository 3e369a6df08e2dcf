package relation

import (
	"sort"
	"strconv"
	"strings"
)

// hash is FNV-1a over the parts of a feature name, each part closed by a
// separator byte so that ("ab","c") and ("a","bc") differ.
func hash(parts ...string) uint64 {
	h := uint64(14695981039346656037)
	for _, p := range parts {
		for i := 0; i < len(p); i++ {
			h ^= uint64(p[i])
			h *= 1099511628211
		}
		h ^= 0xff
		h *= 1099511628211
	}
	return h
}

func bucket(n int) string {
	switch {
	case n <= 4:
		return strconv.Itoa(n)
	case n <= 6:
		return "5-6"
	case n <= 9:
		return "7-9"
	case n <= 14:
		return "10-14"
	case n <= 24:
		return "15-24"
	}
	return "25+"
}

const maxSeq = 5 // longest gap whose exact word sequence is a feature

// features appends the features of the ordered candidate pair (i, j):
// Arg1 = c.ments[i], Arg2 = c.ments[j]; rank is the alias rank of a far
// pair, -1 for a near one.
func (c *docContext) features(out []uint64, i, j, rank int) []uint64 {
	if rank >= 0 {
		return c.farFeatures(out, i, j, rank)
	}
	a, b := &c.ments[i], &c.ments[j]
	tp := a.typ + ">" + b.typ
	dir := pairDir(a, b)
	add := func(parts ...string) { out = append(out, hash(parts...)) }
	add("bias")
	add("t1", a.typ)
	add("t2", b.typ)
	add("tp", tp)
	add("d", dir)
	add("tpd", tp, dir)

	// the arguments themselves
	ha, hb := &c.toks[a.e-1], &c.toks[b.e-1]
	fa, fb := &c.toks[a.s], &c.toks[b.s]
	add("hA", ha.stem, dir)
	add("hB", hb.stem, dir)
	add("hAt", ha.stem, tp)
	add("hBt", hb.stem, tp)
	add("hAB", ha.stem, hb.stem)
	add("fA", fa.stem, b.typ)
	add("fB", fb.stem, a.typ)
	if a.text != "" {
		add("mA", a.text, b.typ)
	}
	if b.text != "" {
		add("mB", b.text, a.typ)
	}
	add("lenA", bucket(a.e-a.s), tp)
	add("lenB", bucket(b.e-b.s), tp)

	// context around each argument
	ctx := func(name string, k int, typ string) {
		if k < 0 || k >= len(c.toks) {
			add(name, "<>", typ)
			return
		}
		add(name, c.toks[k].low, typ)
	}
	ctx("bA", a.s-1, tp)
	ctx("aA", a.e, tp)
	ctx("bB", b.s-1, tp)
	ctx("aB", b.e, tp)
	ctx("bA2", a.s-2, "")
	ctx("aB2", b.e+1, "")
	if c.morph {
		c.morphFeatures(&out, a, b, tp, dir)
	}

	if a.sent == b.sent {
		ra, rb := strconv.Itoa(c.rank(b, a)), strconv.Itoa(c.rank(a, b))
		add("rkA", ra, tp, dir)
		add("rkB", rb, tp, dir)
		add("rkAB", ra, rb, tp)
	}

	switch dir {
	case "AB", "BA", "xAB", "xBA":
		l, r := a, b
		if dir == "BA" || dir == "xBA" {
			l, r = b, a
		}
		c.between(&out, l, r, a, b, tp, dir)
	case "A(B)", "B(A)":
		outer, inner := a, b
		if dir == "B(A)" {
			outer, inner = b, a
		}
		c.nested(&out, outer, inner, tp, dir)
	}
	return out
}

// pairDir names the configuration of Arg1 a and Arg2 b: "AB" (a before
// b), "BA", "A(B)" (a contains b), "B(A)" or "ov" (overlapping), prefixed
// with "x" when they lie in different sentences.
func pairDir(a, b *mention) string {
	var dir string
	switch {
	case a.span.Contains(b.span):
		dir = "A(B)"
	case b.span.Contains(a.span):
		dir = "B(A)"
	case a.span.End <= b.span.Start:
		dir = "AB"
	case b.span.End <= a.span.Start:
		dir = "BA"
	default:
		dir = "ov"
	}
	if a.sent != b.sent {
		dir = "x" + dir
	}
	return dir
}

// morphFeatures adds the features read from the dictionary: the lemma and
// case of each argument's head word (its first noun, else its last word),
// the preposition governing each argument with the head's case, and the
// lemmas just around the arguments.
func (c *docContext) morphFeatures(out *[]uint64, a, b *mention, tp, dir string) {
	add := func(parts ...string) { *out = append(*out, hash(parts...)) }
	ha, hb := &c.toks[c.head(a)], &c.toks[c.head(b)]
	add("mhA", ha.lemma, tp)
	add("mhB", hb.lemma, tp)
	add("mhAB", ha.lemma, hb.lemma)
	add("mcA", ha.cas, tp, dir)
	add("mcB", hb.cas, tp, dir)
	add("mcAB", ha.cas, hb.cas, tp, dir)
	add("mpA", c.prep(a), ha.cas, tp)
	add("mpB", c.prep(b), hb.cas, tp)
	add("mpAB", c.prep(a), c.prep(b), tp, dir)
	lemma := func(k int) string {
		if k < 0 || k >= len(c.toks) {
			return "<>"
		}
		return c.toks[k].lemma
	}
	add("mbA", lemma(a.s-1), tp)
	add("maA", lemma(a.e), tp)
	add("mbB", lemma(b.s-1), tp)
	add("maB", lemma(b.e), tp)
	// the nearest verb outside the pair on each side, in the sentence
	lo, hi := min(a.s, b.s), max(a.e, b.e)
	for k := lo - 1; k >= max(0, lo-maxVerbDist) && c.toks[k].sent == a.sent; k-- {
		if isVerb(c.toks[k].pos) {
			add("mvl", c.toks[k].lemma, tp)
			break
		}
	}
	for k := hi; k < min(len(c.toks), hi+maxVerbDist) && c.toks[k].sent == b.sent; k++ {
		if isVerb(c.toks[k].pos) {
			add("mvr", c.toks[k].lemma, tp)
			break
		}
	}
}

// maxVerbDist is how many tokens away from a pair a verb outside it is
// looked for.
const maxVerbDist = 6

// isVerb reports whether an OpenCorpora part of speech is a verb form:
// finite, infinitive or participle.
func isVerb(pos string) bool {
	return pos == "VERB" || pos == "INFN" || pos == "PRTF" || pos == "PRTS"
}

// head returns the token of m taken as its head: its first noun, else its
// last token.
func (c *docContext) head(m *mention) int {
	for k := m.s; k < m.e; k++ {
		if c.toks[k].pos == "NOUN" {
			return k
		}
	}
	return m.e - 1
}

// prep returns the lemma of the preposition right before m (skipping one
// quote), or "" when there is none.
func (c *docContext) prep(m *mention) string {
	k := m.s - 1
	if k >= 0 && c.toks[k].punct == 'q' {
		k--
	}
	if k >= 0 && c.toks[k].pos == "PREP" {
		return c.toks[k].lemma
	}
	return ""
}

// between adds the features of the words and mentions between two disjoint
// mentions l (left) and r (right).
func (c *docContext) between(out *[]uint64, l, r, a, b *mention, tp, dir string) {
	add := func(parts ...string) { *out = append(*out, hash(parts...)) }
	gap := r.s - l.e
	g := bucket(gap)
	add("g", g, dir)
	add("gtp", g, tp, dir)
	if gap <= 0 {
		add("adj", tp, dir)
	}
	if gap > 0 && gap <= maxSeq {
		seq := ""
		stems := ""
		for k := l.e; k < r.s; k++ {
			seq += c.toks[k].low + " "
			stems += c.toks[k].stem + " "
		}
		add("seq", seq, dir)
		add("seqtp", seq, tp, dir)
		add("sstp", stems, tp, dir)
	}
	var flags [128]bool
	for k := l.e; k < r.s; k++ {
		t := &c.toks[k]
		if t.punct != 0 {
			if !flags[t.punct] {
				flags[t.punct] = true
				add("p", string(t.punct), tp, dir)
			}
			continue
		}
		add("bw", t.stem, dir)
		add("bwt", t.stem, tp)
		if c.morph {
			add("blt", t.lemma, tp)
			if isVerb(t.pos) {
				add("bv", t.lemma, tp, dir)
			}
		}
	}
	if gap > 0 {
		add("bf", c.toks[l.e].low, tp, dir)
		add("bl", c.toks[r.s-1].low, tp, dir)
		if gap > 1 {
			add("bf2", c.toks[l.e].stem, c.toks[l.e+1].stem, dir)
			add("bl2", c.toks[r.s-2].stem, c.toks[r.s-1].stem, dir)
		}
	}
	// other mentions between the two
	n, sameA, sameB := 0, 0, 0
	first := sort.Search(len(c.ments), func(k int) bool { return c.ments[k].s >= l.e })
	for k := first; k < len(c.ments); k++ {
		m := &c.ments[k]
		if m.s >= r.s {
			break
		}
		if m.s < l.e || m.e > r.s {
			continue
		}
		n++
		add("bm", m.typ, tp, dir)
		if m.typ == a.typ {
			sameA++
		}
		if m.typ == b.typ {
			sameB++
		}
	}
	add("nm", bucket(n), dir)
	add("sa", bucket(min(sameA, 3)), tp, dir)
	add("sb", bucket(min(sameB, 3)), tp, dir)
	if gap > 0 {
		add("gp", c.gapPattern(l.e, r.s), tp)
	}
}

// maxPattern is the number of items after which a gap pattern is cut.
const maxPattern = 8

// gapPattern returns the tokens [s, e) as a pattern: each mention lying in
// the gap (the longest of those starting at a token) replaced by its type,
// the other words by their lemmas, cut after maxPattern items.
func (c *docContext) gapPattern(s, e int) string {
	var b strings.Builder
	for k, n := s, 0; k < e; n++ {
		if n == maxPattern {
			b.WriteString("…")
			break
		}
		item, next := c.toks[k].lemma, k+1
		for x := sort.Search(len(c.ments), func(x int) bool { return c.ments[x].s >= k }); x < len(c.ments) && c.ments[x].s == k; x++ {
			if c.ments[x].e <= e {
				item, next = c.ments[x].typ, c.ments[x].e
				break
			}
		}
		b.WriteString(item)
		b.WriteByte(' ')
		k = next
	}
	return b.String()
}

// rank returns how many mentions of b's type in b's sentence, other than b
// and a, lie nearer to a than b does (in tokens), at most 3.
func (c *docContext) rank(a, b *mention) int {
	d := tokDist(a, b)
	n := 0
	for _, x := range c.byS[b.sent] {
		m := &c.ments[x]
		if m == a || m == b || m.typ != b.typ || m.span == a.span || m.span == b.span {
			continue
		}
		if tokDist(a, m) < d {
			n++
		}
	}
	return min(n, 3)
}

// tokDist is the number of tokens between two mentions, 0 when they touch
// or overlap.
func tokDist(a, b *mention) int {
	return max(0, a.s-b.e, b.s-a.e)
}

// nested adds the features of a mention inner inside a mention outer.
func (c *docContext) nested(out *[]uint64, outer, inner *mention, tp, dir string) {
	add := func(parts ...string) { *out = append(*out, hash(parts...)) }
	pos := "mid"
	switch {
	case inner.s == outer.s && inner.e == outer.e:
		pos = "same"
	case inner.s == outer.s:
		pos = "pre"
	case inner.e == outer.e:
		pos = "suf"
	}
	add("npos", pos, tp, dir)
	pre, suf := "", ""
	for k := outer.s; k < inner.s; k++ {
		pre += c.toks[k].stem + " "
		add("nw", c.toks[k].stem, tp)
	}
	for k := inner.e; k < outer.e; k++ {
		suf += c.toks[k].stem + " "
		add("nw", c.toks[k].stem, tp)
	}
	if inner.s-outer.s <= maxSeq {
		add("npre", pre, tp)
	}
	if outer.e-inner.e <= maxSeq {
		add("nsuf", suf, tp)
	}
	if inner.s > outer.s {
		add("nib", c.toks[inner.s-1].low, tp)
	}
	add("noh", c.toks[outer.e-1].stem, c.toks[inner.e-1].stem, dir)
}

// farFeatures appends the features of a far alias candidate: two mentions
// of one type in sentences farther apart than the window, sharing a word.
func (c *docContext) farFeatures(out []uint64, i, j, rank int) []uint64 {
	add := func(parts ...string) { out = append(out, hash(parts...)) }
	a, b := &c.ments[i], &c.ments[j]
	dir := "AB"
	lo := i
	if j < i {
		dir, lo = "BA", j
	}
	kind := overlap(a, b)
	r := strconv.Itoa(rank)
	sd := bucket(abs(a.sent - b.sent))
	first := "first"
	for k := 0; k < lo; k++ {
		if c.ments[k].typ == a.typ && overlap(&c.ments[k], &c.ments[lo]) != "" {
			first = "later"
			break
		}
	}
	la, lb := bucket(min(a.e-a.s, 4)), bucket(min(b.e-b.s, 4))
	add("far")
	add("far", a.typ)
	add("far", kind, dir)
	add("far", kind, r, dir)
	add("far", a.typ, kind, r, dir)
	add("far", sd, kind)
	add("far", first, r, dir)
	add("far", first, kind, a.typ, dir)
	add("far", la, lb, dir)
	add("far", la, lb, a.typ, kind)
	add("farhA", c.toks[a.e-1].stem, a.typ)
	add("farhB", c.toks[b.e-1].stem, a.typ)
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
