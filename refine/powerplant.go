package refine

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// powerPlantAcronyms are the acronyms of kinds of power station that
// follow the adjective of a power station's name (Курская АЭС,
// Саяно-Шушенская ГЭС, Якутская ГРЭС-2, Красноярская ТЭЦ-3).
var powerPlantAcronyms = map[string]bool{"АЭС": true, "ГЭС": true, "ГРЭС": true, "ТЭЦ": true, "ТЭС": true, "ГАЭС": true,
	"АТЭЦ": true, "ПАТЭС": true, "ГТЭС": true, "ВЭС": true, "ГеоЭС": true}

// refineryAcronyms are the acronyms of refineries and gas processing
// plants, named as power stations are (Антипинский НПЗ, Сосногорский
// ГПЗ) but organizations in NEREL (train: «Афипского нефтеперерабатывающего
// завода») and in factRuEval. So are the mining and processing plants of
// the metals' and fertilizers' holdings (Михайловский ГОК, Кольская ГМК,
// Сибирский ГХК, Котласский ЦБК; NEREL train: «Михайловский ГОК»
// ORGANIZATION, 1 of 1), in their cases too («Учалинского ГОКа»).
var refineryAcronyms = map[string]bool{"НПЗ": true, "ГПЗ": true,
	"ГОК": true, "ГОКа": true, "ГОКе": true, "ГОКу": true, "ГОКом": true,
	"ГМК": true, "ГХК": true, "ЦБК": true}

// plantForms are the acronyms of powerPlantAcronyms and refineryAcronyms
// as written alone or with a number up to maxPlantNumber (АЭС-2, ТЭЦ-22),
// for mayHaveText.
var plantForms = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{powerPlantAcronyms, refineryAcronyms} {
		for a := range set {
			m[a] = true
			for n := 1; n <= maxPlantNumber; n++ {
				m[a+"-"+strconv.Itoa(n)] = true
			}
		}
	}
	return m
}()

// plantLeads holds what every one of plantForms has: the second bytes of
// their first letters, all capital Cyrillic letters (two bytes, the first
// 0xD0: TestPlantLeads), and the least and greatest byte lengths;
// hasPlantForm asks plantForms only of a token that has them.
var plantLeads = func() (l struct {
	second         [256]bool
	minLen, maxLen int
}) {
	l.minLen = 1 << 30
	for w := range plantForms {
		l.second[w[1]] = true
		l.minLen, l.maxLen = min(l.minLen, len(w)), max(l.maxLen, len(w))
	}
	return l
}()

// hasPlantForm reports whether some token of sents is one of plantForms:
// mayHaveText(plantForms) for the view of sents, without walking the
// set's ~650 keys for every document.
func hasPlantForm(sents []doc.Sentence) bool {
	for _, s := range sents {
		for _, t := range s.Tokens {
			w := t.Text
			if len(w) >= plantLeads.minLen && len(w) <= plantLeads.maxLen && w[0] == 0xD0 && plantLeads.second[w[1]] && plantForms[w] {
				return true
			}
		}
	}
	return false
}

// maxPlantNumber bounds the numbers of plantForms.
const maxPlantNumber = 30

// powerPlantWords are the folded starts of the nouns for a power station
// written in full (Курская атомная электростанция, Саяно-Шушенская
// гидроэлектростанция).
var powerPlantWords = []string{"электростанц", "гидроэлектростанц", "теплоэлектростанц", "теплоэлектроцентрал"}

// plantKind returns the type of the name a plant's acronym, bare or with
// its number, ends (АЭС, АЭС-2, ТЭЦ-22: FACILITY; НПЗ: ORGANIZATION), or
// "" for another word.
func plantKind(w string) string {
	if i := strings.IndexByte(w, '-'); i > 0 {
		num := w[i+1:]
		if num == "" || strings.IndexFunc(num, func(c rune) bool { return !unicode.IsDigit(c) }) >= 0 {
			return ""
		}
		w = w[:i]
	}
	switch {
	case powerPlantAcronyms[w]:
		return "FACILITY"
	case refineryAcronyms[w]:
		return "ORGANIZATION"
	}
	return ""
}

// powerPlantNoun reports whether w is a form of a noun for a power station
// written in full (электростанции, гидроэлектростанцией).
func powerPlantNoun(w string) bool {
	f := fold(w)
	for _, p := range powerPlantWords {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// powerPlantAdjective reports whether w is the capitalized adjective of a
// power station's name: a capitalized full adjective (capitalizedAdjective)
// that is not a common one (plainAdjective: «Новая АЭС», «Первая ТЭЦ»
// opening a sentence), or a compound of such parts (Саяно-Шушенская,
// Южно-Уральская), whose last part is read.
func (r *Refiner) powerPlantAdjective(w string) bool {
	if i := strings.LastIndexByte(w, '-'); i > 0 && i+1 < len(w) {
		last := []rune(w[i+1:])
		last[0] = unicode.ToUpper(last[0])
		return tokenize.IsUpper(firstRune(w)) && r.capitalizedAdjective(string(last))
	}
	return r.capitalizedAdjective(w) && !r.plainAdjective(w)
}

// powerPlants makes a FACILITY of the name of a power station: a
// capitalized adjective (powerPlantAdjective) before the acronym of a
// power station's kind, with its number when it has one (Курская АЭС-2,
// Якутской ГРЭС, Красноярской ТЭЦ-3), or before a lower-case adjective
// and a noun for a power station written in full (Курской атомной
// электростанцией, Белорусской атомной электростанции). NEREL tags power
// stations so named FACILITY (train: Саяно-Шушенской ГЭС 4 of 4,
// Чернобыльской АЭС 1 of 1); the recognizer, which saw few, reads them as
// regions, a PRODUCT of «АЭС-2» or only the place of the adjective. A
// mention of another type over the name, or one inside it but a place over
// the adjective alone (NEREL nests the place of such an adjective), gives
// way; a name the recognizer read as an ORGANIZATION stays one, as
// factRuEval tags power stations organizations (dev: «Хмельницкой атомной
// электростанции», which NEREL would make a FACILITY). A refinery so named
// (refineryAcronyms: Антипинский НПЗ) is made an ORGANIZATION alike.
func (r *Refiner) powerPlants(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if r.view != nil && !r.mayHave(nil, "электростанция", "гидроэлектростанция", "теплоэлектростанция", "теплоэлектроцентраль") && !hasPlantForm(sents) {
		return ms
	}
	var added []doc.Mention
	var kept []doc.Span               // (the names added, and those read as organizations)
	adjectives := map[doc.Span]bool{} // the adjectives of the names added
	for _, s := range sents {
		toks := s.Tokens
		for i := 1; i < len(toks); i++ {
			a, typ := i-1, plantKind(toks[i].Text)
			switch {
			case typ != "":
			case powerPlantNoun(toks[i].Text) && i >= 2 && r.lowerAdjective(toks[i-1].Text):
				a, typ = i-2, "FACILITY"
			default:
				continue
			}
			if !r.powerPlantAdjective(toks[a].Text) {
				continue
			}
			sp := doc.Span{Start: toks[a].Start, End: toks[i].End}
			adjectives[toks[a].Span] = true
			if hasType(ms, sp, "ORGANIZATION") {
				kept = append(kept, sp) // (the operator, as factRuEval tags a power station: «Хмельницкой атомной электростанции»)
				continue
			}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: typ})
		}
	}
	if len(added) == 0 && len(kept) == 0 {
		return ms
	}
	for _, a := range added {
		kept = append(kept, a.Span)
	}
	drop := func(m doc.Mention) bool {
		for _, sp := range kept {
			switch {
			case !sp.Contains(m.Span), isPlaceType(m.Type) && adjectives[m.Span]:
				// (the nested place of the adjective)
			case m.Span != sp || m.Type != "ORGANIZATION":
				return true // (the recognizer's name of another type, or a part of it; the same FACILITY comes back as added)
			}
		}
		return false
	}
	if len(added) == 0 {
		if !slices.ContainsFunc(ms, drop) {
			return ms
		}
		return slices.DeleteFunc(slices.Clone(ms), drop)
	}
	return withReplaced(ms, added, drop)
}

// lowerAdjective reports whether w is a lower-case word with a reading as
// a full adjective (атомной, тепловая).
func (r *Refiner) lowerAdjective(w string) bool {
	if !tokenize.IsLower(firstRune(w)) {
		return false
	}
	for _, p := range r.parse(w) {
		if adjectival(p) {
			return true
		}
	}
	return false
}
