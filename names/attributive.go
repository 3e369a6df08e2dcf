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

// attributiveAdjective returns, for a one-word capitalized place mention
// m that the dictionary reads both as a full adjective and as a place
// noun in an oblique case, when the next word of the text is a lower-case
// noun or adjective the adjective agrees with (in case; in gender and
// number too when that word is singular) — «в Камчатском филиале» (not
// the instrumental of the village Камчатск), «Тверской районный суд» (not
// Тверская street), «в Нижегородском и Советском районах» (not Советск) —
// the adjective's lemma, capitalized, and whether that word is of a
// region's or a district's kind (regionKinds). toks are the document's
// tokens. It returns "" otherwise.
func (c *Canonicalizer) attributiveAdjective(toks []doc.Token, m doc.Mention) (string, bool) {
	if c == nil || c.A == nil || !placeTypes[m.Type] || strings.ContainsAny(m.Text, " -") || !tokenize.StartsUpper(m.Text) || allCaps(m.Text) {
		return "", false
	}
	j := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= m.End })
	if j >= len(toks) {
		return "", false
	}
	next := toks[j]
	if next.POS != "NOUN" && next.POS != "ADJ" {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(next.Text); !unicode.IsLower(r) {
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
	if !place {
		return "", false
	}
	for _, p := range ps {
		if p.Method() != morph.MethodDictionary || p.Tag.POS() != morph.ADJF || p.Tag.Case() != h[0].Case {
			continue
		}
		if h[0].Number == morph.Sing && (p.Tag.Number() != morph.Sing || h[0].Gender != 0 && p.Tag.Gender() != h[0].Gender) {
			continue
		}
		r, size := utf8.DecodeRuneInString(p.Normal)
		return string(unicode.ToUpper(r)) + p.Normal[size:], regionKinds[strings.ToLower(next.Lemma)]
	}
	return "", false
}
