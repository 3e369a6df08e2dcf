package names

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// readingTypes are the types whose one-word names mergeReadings joins:
// places and diseases, named by nouns whose oblique forms two lemmas of
// the dictionary may share.
var readingTypes = map[string]bool{
	"COUNTRY": true, "CITY": true, "STATE_OR_PROVINCE": true, "DISTRICT": true, "LOCATION": true, "DISEASE": true,
}

// mergeReadings joins a one-word name that the canonicalizer read by one
// of two dictionary lemmas its forms share to the entity of the same type
// the text names, by a form of its own, with the other lemma: «в Дубне»
// (Дубна's or Дубно's locative; the tagger took Дубно) and «в Дубну»
// (Дубна's only) are one town, Дубна; «корью» (корь's instrumental, or the
// dative of the rare корьё) and «кори» are one disease, корь. A group
// joins another only when each of its mentions has a dictionary reading
// with the other's name as lemma, none of the other's mentions has one
// with its own name (after «в», «во», «на» no dative counts: «в Дубну»
// is Дубна's accusative, not Дубно's dative), and exactly one group so fits; the entity is named
// by the other's name.
func (l *Linker) mergeReadings(groups []*group, toks []doc.Token) {
	if l == nil || l.Canon == nil || l.Canon.A == nil {
		return
	}
	type cand struct {
		g      *group
		norm   string
		lemmas map[string]bool // the dictionary lemmas every mention may have
		some   map[string]bool // the dictionary lemmas some mention may have
	}
	// (only types with two groups or more can join: most texts have
	// no two of a type, and their mentions are not parsed)
	perType := map[string]int{}
	for _, g := range groups {
		if !g.merged() && readingTypes[g.typ] {
			perType[g.typ]++
		}
	}
	var cs []*cand
	for _, g := range groups {
		if g.merged() || !readingTypes[g.typ] || perType[g.typ] < 2 {
			continue
		}
		name := g.name()
		if strings.ContainsAny(name, " «»\"") {
			continue
		}
		c := &cand{g: g, norm: Normalize(name), some: map[string]bool{}}
		for _, m := range g.mentions {
			if strings.ContainsAny(m.Text, " «»\"") {
				c = nil
				break
			}
			here := map[string]bool{}
			governed := afterLocativePreposition(doc.TokenBefore(toks, m.Start, 1))
			for _, p := range l.Canon.A.Parse(m.Text) {
				if p.Method() == morph.MethodDictionary && p.Tag.POS() == morph.NOUN && !(governed && p.Tag.Case() == morph.Datv) {
					here[Normalize(p.Normal)] = true
				}
			}
			for k := range here {
				c.some[k] = true
			}
			if c.lemmas == nil {
				c.lemmas = here
				continue
			}
			for k := range c.lemmas {
				if !here[k] {
					delete(c.lemmas, k)
				}
			}
		}
		if c != nil && len(c.lemmas) >= 2 {
			cs = append(cs, c)
		} else if c != nil {
			c.lemmas = nil
			cs = append(cs, c)
		}
	}
	for _, a := range cs {
		if a.lemmas == nil || a.g.merged() {
			continue
		}
		var target *cand
		n := 0
		for _, b := range cs {
			if b == a || b.g.merged() || b.g.typ != a.g.typ || b.norm == a.norm || !a.lemmas[b.norm] || b.some[a.norm] {
				continue
			}
			target = b
			n++
		}
		if n != 1 {
			continue
		}
		absorb(target.g, a.g)
		if t := root(target.g); t.short == "" {
			t.short = target.norm
		}
	}
}
