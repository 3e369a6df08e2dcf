package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// acronymPlaces adds an ORGANIZATION over an organization's acronym and the
// place right after it that it belongs to, «МИД» + «Индии», «МВД» +
// «России», when no organization spans both: NEREL v1.1 train annotates
// the longer name, besides the acronym, in 63 of the 68 such pairs. The
// place stays, nested; the linker then keeps «МИД Индии» apart from «МИД
// РФ», and over the acronyms of the body it belongs to when the
// recognizer found the last of them («ИЯФ» + «СО РАН»). The place must be in the genitive («генсека ФСЭГ Россия
// представит» names two subjects), and the acronym no part of a longer
// organization («ГУ МВД Петербурга», «Союза ММА России», which the
// recognizer found otherwise).
func (r *Refiner) acronymPlaces(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	orgs := spansOf(ms, "ORGANIZATION")
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "ORGANIZATION" || !cyrillicAcronym(m.Text) || insideOrganization(m, orgs) {
			continue
		}
		for _, p := range ms {
			if !placeTypes[p.Type] || p.Start != m.End+1 || text[m.End] != ' ' || !r.maybeGenitivePlace(p.Text) {
				continue
			}
			sp := doc.Span{Start: m.Start, End: p.End}
			if doc.SentenceOf(sents, sp) < 0 || orgs[sp] || followedByPo(text, p.End) {
				continue // («РУФСБ России по Тюменской области» goes on)
			}
			orgs[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
		}
	}
	for _, m := range ms {
		if m.Type != "ORGANIZATION" || !cyrillicAcronym(m.Text) || insideOrganization(m, orgs) {
			continue
		}
		// «ИЯФ» + «СО РАН»: the acronyms of the body it belongs to, the
		// last of them an organization the recognizer found
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last != first {
			continue
		}
		j := last + 1
		for j < len(toks) && j <= last+maxAcronymWords && cyrillicAcronym(toks[j].Text) && toks[j].Start == toks[j-1].End+1 {
			j++
		}
		if j == last+1 || !orgs[toks[j-1].Span] {
			continue
		}
		sp := doc.Span{Start: m.Start, End: toks[j-1].End}
		if !orgs[sp] {
			orgs[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
		}
	}
	return withAdded(ms, added)
}

// insideOrganization reports whether m lies inside one of the organizations
// orgs that starts before it.
func insideOrganization(m doc.Mention, orgs map[doc.Span]bool) bool {
	for o := range orgs {
		if o.Start < m.Start && m.End <= o.End {
			return true
		}
	}
	return false
}

// maybeGenitivePlace reports whether some reading of w is a place's name
// in the genitive («Индии», also a dative and a locative).
func (r *Refiner) maybeGenitivePlace(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.Is(morph.Geox) && p.Tag.Case() == morph.Gent {
			return true
		}
	}
	return false
}

// followedByPo reports whether the word after position end is «по».
func followedByPo(text []rune, end int) bool {
	rest := strings.TrimLeft(string(text[end:min(end+5, len(text))]), " ")
	return strings.HasPrefix(rest, "по ")
}
