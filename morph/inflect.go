package morph

import "fmt"

// Inflect returns the form of p's lexeme that has all the wanted grammemes
// (OpenCorpora names: "nomn", "plur", "femn", …), choosing among the
// candidates the one closest to p's own form (pymorphy2's rule: keep as many
// of p's grammemes as agree with the request). Lemma and score carry over.
// It reports false when a name is unknown or no form matches; a parse that
// is not Inflectable succeeds only if it already has the grammemes.
func (a *Analyzer) Inflect(p Parse, want ...string) (Parse, bool) {
	var req gset
	for _, name := range want {
		g, ok := grammemeByName[name]
		if !ok {
			return p, false
		}
		req = req.with(g)
	}
	return a.inflect(p, req)
}

// InflectTo is Inflect with Grammeme constants instead of names.
func (a *Analyzer) InflectTo(p Parse, want ...Grammeme) (Parse, bool) {
	var req gset
	for _, g := range want {
		if g == 0 || int(g) >= numGrammemes {
			return p, false
		}
		req = req.with(g)
	}
	return a.inflect(p, req)
}

func (a *Analyzer) inflect(p Parse, req gset) (Parse, bool) {
	if !p.Inflectable() {
		return p, p.Tag.set.contains(req)
	}
	form, ok := a.closestForm(&p.lex, p.Tag.set, req)
	if !ok {
		return p, false
	}
	q, ok := a.buildForm(p, form)
	return q, ok
}

// updatedGrammemes returns cur with req added and every grammeme that
// conflicts with a requested one removed.
func updatedGrammemes(cur, req gset) gset {
	out := cur.or(req)
	for g := 1; g < numGrammemes; g++ {
		if req.has(Grammeme(g)) {
			out = out.andNot(grammemeIncompatible[g].andNot(req))
		}
	}
	return out
}

// closestForm picks the form of lx's paradigm that contains req and is most
// similar to cur updated by req, the first of equally similar forms (as
// pymorphy2: человека → людям, not человекам) — except for a superlative,
// the one whose ending shares the longest beginning with the current
// form's (the paradigm of высокий has two: высшего → высшее, not
// высочайшее).
func (a *Analyzer) closestForm(lx *lexeme, cur, req gset) (int, bool) {
	if lx.para == 0 || int(lx.para) > len(a.paradigms) {
		return 0, false
	}
	pd := a.paradigms[lx.para-1]
	n := len(pd) / 3
	target := updatedGrammemes(cur, req)
	var now string
	if int(lx.form) < n && cur.has(Supr) {
		now = a.prefixes[pd[2*n+int(lx.form)]] + "|" + a.suffixes[pd[lx.form]]
	}
	best, bestSim, bestShared := -1, 0.0, 0
	for i := 0; i < n; i++ {
		t := a.tags[pd[n+i]].set
		if !t.contains(req) {
			continue
		}
		sim := float64(target.and(t).count()) - 0.1*float64(target.xor(t).count())
		shared := 0
		if now != "" {
			shared = sharedPrefix(now, a.prefixes[pd[2*n+i]]+"|"+a.suffixes[pd[i]])
		}
		if best < 0 || sim > bestSim || sim == bestSim && shared > bestShared {
			best, bestSim, bestShared = i, sim, shared
		}
	}
	return best, best >= 0
}

// sharedPrefix returns the number of leading bytes a and b share.
func sharedPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// formText spells form i of lexeme lx.
func (a *Analyzer) formText(lx *lexeme, i int) string {
	pd := a.paradigms[lx.para-1]
	n := len(pd) / 3
	return lx.pre + a.prefixes[pd[2*n+i]] + lx.stem + a.suffixes[pd[i]] + lx.post
}

// buildForm returns p moved to form i of its paradigm; a hyphenated word's
// left half follows the right half's number, case, person and tense.
func (a *Analyzer) buildForm(p Parse, i int) (Parse, bool) {
	lx := p.lex
	if lx.para == 0 || int(lx.para) > len(a.paradigms) || i >= len(a.paradigms[lx.para-1])/3 {
		return p, false
	}
	pd := a.paradigms[lx.para-1]
	n := len(pd) / 3
	q := Parse{Normal: p.Normal, Tag: a.tags[pd[n+i]], Score: p.Score, lex: lx}
	q.lex.form = uint16(i)
	q.Word = a.formText(&q.lex, i)
	if l := lx.left; l != nil && l.para != 0 && int(l.para) <= len(a.paradigms) {
		lpd := a.paradigms[l.para-1]
		ln := len(lpd) / 3
		lform := int(l.form)
		if lform < ln {
			if f, ok := a.closestForm(l, a.tags[lpd[ln+lform]].set, similarityFeatures(q.Tag).andNot(posMask)); ok {
				lform = f
			}
			nl := *l
			nl.form = uint16(lform)
			q.lex.left = &nl
			q.Word = a.formText(&nl, lform) + "-" + q.Word
		}
	}
	return q, true
}

// posMask holds the part-of-speech grammemes.
var posMask = func() gset {
	var s gset
	for i := 1; i < numGrammemes; i++ {
		if grammemeParent[i] == POST {
			s = s.with(Grammeme(i))
		}
	}
	return s
}()

// Lexeme returns every form of p's lexeme in paradigm order (the first is
// the normal form). A parse that is not Inflectable gives just itself.
func (a *Analyzer) Lexeme(p Parse) []Parse {
	if !p.Inflectable() || int(p.lex.para) > len(a.paradigms) {
		return []Parse{p}
	}
	n := len(a.paradigms[p.lex.para-1]) / 3
	out := make([]Parse, 0, n)
	for i := 0; i < n; i++ {
		if q, ok := a.buildForm(p, i); ok {
			out = append(out, q)
		}
	}
	return out
}

// Normalize returns the parse of p's normal form (the first form of its
// lexeme), whose Word equals p.Normal.
func (a *Analyzer) Normalize(p Parse) Parse {
	if !p.Inflectable() {
		return p
	}
	q, ok := a.buildForm(p, 0)
	if !ok {
		return p
	}
	return q
}

// InflectWord is Inflect returning just the word form: it returns the word of the
// inflected form or an error naming the parse and the request.
func (a *Analyzer) InflectWord(p Parse, want ...string) (string, error) {
	q, ok := a.Inflect(p, want...)
	if !ok {
		return "", fmt.Errorf("morph: cannot inflect %s to %v", p, want)
	}
	return q.Word, nil
}
