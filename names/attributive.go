package names

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// regionKinds are the lemmas of the nouns and adjectives of a region or a
// district («районный суд», «в Советском районе», «краевой»): a place
// adjective before one of them names the district, not a town.
var regionKinds = map[string]bool{
	"район": true, "районный": true, "округ": true, "окружной": true, "край": true, "краевой": true,
	"область": true, "областной": true, "волость": true, "улус": true,
}

// attributiveAdjective reads a one-word capitalized place mention m as a
// full adjective when the next word of the text is a lower-case noun or
// adjective it agrees with (in case; in gender and number too when that
// word is singular), or the noun after a coordinated capitalized word
// («в Нижегородском и Советском районах»). It returns the adjective's
// lemma, capitalized, when the dictionary also reads m as a place noun in
// an oblique case — «в Камчатском филиале» (not the instrumental of the
// village Камчатск), «Тверской районный суд» (not Тверская street),
// «в Советском районе» (not Советск) — and "" otherwise; and whether the
// word m agrees with is of a region's or a district's kind (regionKinds),
// so that the adjective names no town. toks are the document's tokens.
func (c *Canonicalizer) attributiveAdjective(toks []doc.Token, m doc.Mention) (string, bool) {
	if c == nil || c.A == nil || !placeTypes[m.Type] || strings.ContainsAny(m.Text, " -") || !tokenize.StartsUpper(m.Text) || allCaps(m.Text) {
		return "", false
	}
	next, ok := headAfter(toks, m.End)
	if !ok {
		return "", false
	}
	h := Hints([]doc.Token{next})
	if len(h) != 1 || h[0].Case == 0 {
		return "", false
	}
	ps := c.A.Parse(strings.ToLower(m.Text))
	place := false
	for _, p := range ps {
		if p.Method() == morph.MethodDictionary && p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Geox) && p.Tag.Case() != morph.Nomn {
			place = true
		}
	}
	for _, p := range ps {
		if p.Method() != morph.MethodDictionary || p.Tag.POS() != morph.ADJF || p.Tag.Case() != h[0].Case {
			continue
		}
		if h[0].Number == morph.Sing && (p.Tag.Number() != morph.Sing || h[0].Gender != 0 && p.Tag.Gender() != h[0].Gender) {
			continue
		}
		if !place {
			return "", false
		}
		region := regionKinds[strings.ToLower(next.Lemma)]
		return upperFirst(p.Normal), region
	}
	return "", false
}

// headAfter returns the first token at or after the offset at when it is
// a lower-case noun or adjective, or the one after «и», «или» or a comma
// and a capitalized word (a coordinated adjective of the same noun).
func headAfter(toks []doc.Token, at int) (doc.Token, bool) {
	j := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= at })
	if j+2 < len(toks) {
		switch strings.ToLower(toks[j].Text) {
		case "и", "или", ",":
			if tokenize.StartsUpper(toks[j+1].Text) {
				j += 2
			}
		}
	}
	if j >= len(toks) {
		return doc.Token{}, false
	}
	next := toks[j]
	if next.POS != "NOUN" && next.POS != "ADJ" {
		return doc.Token{}, false
	}
	if r, _ := utf8.DecodeRuneInString(next.Text); !unicode.IsLower(r) {
		return doc.Token{}, false
	}
	return next, true
}
