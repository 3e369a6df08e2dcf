package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// quotedOpeners ends an ORGANIZATION that opens its sentence with common
// words, the last a plural noun of people (peopleNoun), before a name in
// guillemets at that name: «Специалисты „Лаборатории Касперского“
// выявили …» → «Лаборатории Касперского», «МОСКВА, 9 декабря — Эксперты
// „Яндекса“ …» → «Яндекса». A kind of organization before the name
// («Нефтяная компания „Лукойл“») stays: the pipeline's news texts pin
// those full names, and names gives the entity the quoted one. The recognizer
// runs a capitalized first word into the name; NEREL tags the name alone:
// train's ORGANIZATION mentions hold no common word before their quoted
// name except in a longer name of a unit («пресс-службы „…“», «Дубенский
// филиал …»). The words before the name must each be a dictionary noun or
// adjective, neither a proper name nor written in capitals («ФГУП „…“»,
// «РИА „Новости“»).
func (r *Refiner) quotedOpeners(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	var drop, have map[doc.Mention]bool // (made at the first name found: most documents have none)
	for _, m := range ms {
		if m.Type != "ORGANIZATION" || !strings.HasSuffix(m.Text, "»") || strings.HasPrefix(m.Text, "«") || !strings.Contains(m.Text, "«") {
			continue // (most organizations: no quoted name after words)
		}
		toks, first, last := tokensOf(sents, m)
		if first < 0 || last <= first || !tokenize.StartsUpper(toks[first].Text) || first > 0 && !dashOrColon(toks[first-1].Text) {
			continue // (not the sentence's opening, nor after a dateline's dash)
		}
		q := first
		for q <= last && toks[q].Text != "«" {
			if !r.commonOpener(toks[q].Text) {
				q = -1
				break
			}
			q++
		}
		if q != first+1 || !r.peopleNoun(toks[first].Text) || q+1 >= last || toks[last].Text != "»" || strings.Contains(string(text[toks[q+1].Start:toks[last-1].End]), "«") {
			continue
		}
		if drop == nil {
			drop, have = map[doc.Mention]bool{}, make(map[doc.Mention]bool, len(ms))
			for _, o := range ms {
				have[o] = true
			}
		}
		sp := doc.Span{Start: toks[q+1].Start, End: toks[last-1].End}
		drop[m] = true
		n := doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"}
		if !have[n] {
			have[n] = true
			added = append(added, n)
		}
	}
	return dropAndAdd(ms, added, drop)
}

// peopleNoun reports whether w has a reading of an animate noun in the
// plural: the people of the organization named after it («Специалисты
// „Лаборатории Касперского“», «Сотрудники „Яндекса“»), not a kind of
// organization, whose full name the quoted name ends («Нефтяная компания
// „Лукойл“», «Совет директоров „Аэрофлота“»).
func (r *Refiner) peopleNoun(w string) bool {
	for _, p := range r.parse(lowerCase(w)) {
		if p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Anim) && p.Tag.Is(morph.Plur) {
			return true
		}
	}
	return false
}

// dashOrColon reports whether w is a dash or a colon, after which a
// dateline's sentence opens («МОСКВА, 8 декабря — Российская компания …»).
func dashOrColon(w string) bool {
	return w == "—" || w == "–" || w == "-" || w == ":"
}

// commonOpener reports whether w, before a quoted name, is a dictionary noun
// or adjective that no reading makes a proper name, not written in capitals.
func (r *Refiner) commonOpener(w string) bool {
	if !tokenize.StartsLower(w) && strings.ToUpper(w) == w {
		return false
	}
	ps := r.parse(lowerCase(w))
	common := false
	for _, p := range ps {
		t := p.Tag
		if t.Is(morph.Name) || t.Is(morph.Surn) || t.Is(morph.Patr) || t.Is(morph.Orgn) || t.Is(morph.Geox) && t.POS() == morph.NOUN {
			return false
		}
		if p.Method() == morph.MethodDictionary && (t.POS() == morph.NOUN || t.POS() == morph.ADJF) {
			common = true
		}
	}
	return common
}
