package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// buildingCentres are the lemmas of the adjectives that make a «центр» a
// building rather than an organization: a quoted name after «торгового
// центра» is a FACILITY («в торговом центре „Зимняя вишня“»).
var buildingCentres = map[string]bool{"торговый": true, "торгово-развлекательный": true, "торгово-офисный": true,
	"развлекательный": true, "офисный": true, "деловой": true, "выставочный": true, "торгово-выставочный": true,
	"спортивный": true, "культурно-развлекательный": true, "многофункциональный": true}

// centreNames makes a capitalized name in «guillemets» right after the noun
// «центр» an ORGANIZATION, unless the noun is a compound («бизнес-центра
// „Демидов“») or follows an adjective of a building (buildingCentres): a
// mention of a place or person with the name's span is retyped, and a name
// no mention covers is added («русского развивающего центра „Кин-Топ“»,
// read as a CITY). «центр» is no kind of organization to kindBefore, as it
// names a building as often as not; NEREL v1.1 train has such names after
// «аналитического центра» and «правого центра» (organizations) and after
// «торговом центре» (a FACILITY).
func (r *Refiner) centreNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out, added []doc.Mention
	var keys map[string]bool
	eachQuote(sents, 1, func(toks []doc.Token, i, j int) {
		if !tokenize.StartsUpper(toks[i+1].Text) || !r.organizationCentre(toks, i-1) {
			return
		}
		name := doc.Span{Start: toks[i+1].Start, End: toks[j-1].End}
		if keys == nil {
			keys = map[string]bool{}
		}
		keys[r.nameKey(string(text[name.Start:name.End]))] = true
		found := false // a mention with the name's span, or a longer one
		for k, m := range ms {
			if !m.Overlaps(name) {
				continue
			}
			found = found || m.Span == name || m.Start < name.Start || m.End > name.End
			if m.Span == name && centreRetyped(m.Type) {
				out = own(out, ms)
				out[k].Type = "ORGANIZATION"
			}
		}
		if !found {
			added = append(added, doc.Mention{Span: name, Text: string(text[name.Start:name.End]), Type: "ORGANIZATION"})
		}
	})
	for k, m := range ms {
		// the name's other mentions («в центре Кин-Топ», «из Кин-Топа»),
		// which the linker's vote would otherwise follow
		if keys != nil && centreRetyped(m.Type) && keys[r.nameKey(m.Text)] {
			out = own(out, ms)
			out[k].Type = "ORGANIZATION"
		}
	}
	if out == nil {
		out = ms
	}
	return withAdded(out, added)
}

// centreRetyped reports whether a mention of type t that is a centre's name
// (centreNames) is retyped an ORGANIZATION: a place, a person or a facility.
func centreRetyped(t string) bool {
	return t == "PERSON" || t == "FACILITY" || isPlaceType(t)
}

// organizationCentre reports whether toks[k] is the noun «центр», not a
// compound, and not after an adjective of a building (buildingCentres).
func (r *Refiner) organizationCentre(toks []doc.Token, k int) bool {
	centre := false
	for _, l := range r.nounLemmas(toks[k].Text) {
		centre = centre || l == "центр"
	}
	if !centre {
		return false
	}
	if k == 0 {
		return true
	}
	for _, p := range r.parse(toks[k-1].Text) {
		if p.Tag.POS() == morph.ADJF && buildingCentres[fold(p.Normal)] {
			return false
		}
	}
	return true
}

// buildingCentreNames makes a capitalized name in «guillemets» right after
// a centre that is a building — a compound of «центр» («бизнес-центра
// „Демидов“») or «центр» after an adjective of a building
// (buildingCentres: «торговом центре „Зимняя вишня“») — a FACILITY when
// it was read as an organization, a place or a person: NEREL v1.1 train
// has the one such name a FACILITY.
func (r *Refiner) buildingCentreNames(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var names map[doc.Span]bool
	eachQuote(sents, 1, func(toks []doc.Token, i, j int) {
		if !tokenize.StartsUpper(toks[i+1].Text) || !r.buildingCentre(toks, i-1) {
			return
		}
		if names == nil {
			names = map[doc.Span]bool{}
		}
		names[doc.Span{Start: toks[i+1].Start, End: toks[j-1].End}] = true
	})
	if names == nil {
		return ms
	}
	return retyped(ms, func(m doc.Mention) string {
		if names[m.Span] && (m.Type == "ORGANIZATION" || m.Type == "PERSON" || isPlaceType(m.Type)) {
			return "FACILITY"
		}
		return ""
	})
}

// buildingCentre reports whether toks[k] is a compound of «центр»
// («бизнес-центра») or «центр» after an adjective of a building
// (buildingCentres).
func (r *Refiner) buildingCentre(toks []doc.Token, k int) bool {
	w := toks[k].Text
	if h := strings.LastIndexByte(w, '-'); h > 0 {
		return slices.Contains(r.nounLemmas(w[h+1:]), "центр")
	}
	return !r.organizationCentre(toks, k) && slices.Contains(r.nounLemmas(w), "центр")
}
