package relation

import (
	"sort"
	"strconv"
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
