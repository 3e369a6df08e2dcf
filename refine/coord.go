package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// coordRun reads, from the comma at toks[comma], a list of lower-case noun
// phrases in one of the cases cas joined by commas and ending in «и» and a
// last phrase («, связи и массовых коммуникаций» after «министр цифрового
// развития»), each phrase adjectives and participles agreeing with its
// noun; it returns the index of the last token of the last phrase.
func (r *Refiner) coordRun(toks []doc.Token, comma int, cas caseSet) (end int, ok bool) {
	k := comma
	for k < len(toks) && toks[k].Text == "," {
		j, ok := r.lowerPhrase(toks, k+1, cas)
		if !ok {
			return 0, false
		}
		k = j + 1
	}
	if k == comma || k >= len(toks) || toks[k].Text != "и" {
		return 0, false
	}
	j, ok := r.lowerPhrase(toks, k+1, cas)
	if !ok {
		return 0, false
	}
	return j, true
}

// lowerPhrase reads from toks[k] lower-case adjectives and participles and
// then a lower-case noun, all with a reading in one of the cases cas, and
// returns the index of the noun.
func (r *Refiner) lowerPhrase(toks []doc.Token, k int, cas caseSet) (int, bool) {
	for j := k; j < len(toks) && j < k+4; j++ {
		w := toks[j].Text
		if !tokenize.StartsLower(w) || !tokenize.IsWord(w) {
			return 0, false
		}
		if r.nounCases(w)&cas != 0 && r.likeliest(w) == morph.NOUN {
			return j, true
		}
		if r.adjectiveCases(w)&cas == 0 {
			return 0, false
		}
	}
	return 0, false
}

// obliqueCases are the cases of the dependents a list may continue: the
// genitive («министр экономики, торговли и промышленности») and the dative
// after «по» («комитет по природным ресурсам, собственности и земельным
// отношениям»).
var obliqueCases = genitives | datives

// extendCoordination runs a post or an organization whose name ends in a
// dependent noun over the list that continues it: «министром цифрового
// развития» + «, связи и массовых коммуникаций». The dependent is in the
// genitive or the dative, a case the name's first word has no reading in
// (so «режиссёр, продюсер и сценарист», three posts, is no list of
// dependents), and so is every phrase of the list. NEREL train: of the
// posts and organizations that end so before such a list, 9 run over it
// and 2 do not.
func (r *Refiner) extendCoordination(text []rune, toks []doc.Token, m doc.Mention, places map[int]doc.Mention) doc.Mention {
	if m.Type != "PROFESSION" && m.Type != "ORGANIZATION" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last <= first || last+1 >= len(toks) {
		return m
	}
	if toks[last+1].Text == "и" {
		if h := r.nameHead(toks, first, last); h >= 0 && (m.Type == "ORGANIZATION" || r.minister(toks[h].Text)) && r.genitiveAdjectives(toks, h+1, last) {
			return r.ministryList(text, toks, m, h, last, places)
		}
		return r.poList(text, toks, m, first, last)
	}
	if toks[last+1].Text != "," {
		return m
	}
	cas := r.nounCases(toks[last].Text) & obliqueCases &^ r.nounCases(toks[first].Text)
	if cas == 0 && m.Type == "ORGANIZATION" && anyIn(r.nounLemmas(toks[first].Text), ministryHeads) {
		// a ministry's name in the genitive lists what it deals with in
		// the genitive too: «при поддержке Министерства цифрового
		// развития, связи и массовых коммуникаций»
		cas = r.nounCases(toks[last].Text) & genitives
	}
	if cas == 0 {
		return m
	}
	end, ok := r.coordRun(toks, last+1, cas)
	if !ok {
		return m
	}
	m.End = toks[end].End
	m.Text = string(text[m.Start:m.End])
	return m
}

// datives is the set of the dative case alone.
var datives = caseSet(1) << (uint(morph.Datv) % 32)

// genitives is the set of the genitive case alone.
var genitives = caseSet(1) << (uint(morph.Gent) % 32)

// ministryHeads are the lemmas of the nouns of bodies whose names list
// what they deal with in the genitive: «Министерство науки и высшего
// образования России».
var ministryHeads = map[string]bool{"министерство": true, "комитет": true, "департамент": true, "агентство": true, "управление": true}

// ministerLemmas are the lemmas of the noun of a ministry's head, whose
// post names what the ministry deals with as the ministry's name does
// («министр транспорта и автомобильных дорог Нижегородской области»).
var ministerLemmas = map[string]bool{"министр": true, "замминистра": true, "вице-министр": true}

// minister reports whether a noun reading of w is one of ministerLemmas.
func (r *Refiner) minister(w string) bool {
	return anyIn(r.nounLemmas(w), ministerLemmas)
}

// ministryList runs an organization of a ministry's noun, or a post of a
// minister's (ministerLemmas), and one genitive noun, or adjectives and a
// noun («Министерство сельского хозяйства», «министр транспорта»),
// over «и» and one more genitive phrase that names no post nor body,
// and the place in the genitive right after it: «Министерство науки» +
// «и высшего образования» + «России» (the recognizer had made «высшего
// образования России» an organization of its own; headlessOrganization
// drops it).
func (r *Refiner) ministryList(text []rune, toks []doc.Token, m doc.Mention, first, last int, places map[int]doc.Mention) doc.Mention {
	if ls := r.nounLemmas(toks[first].Text); !anyIn(ls, ministryHeads) && !anyIn(ls, ministerLemmas) && !anyIn(ls, kindNouns) && !anyIn(ls, orgHeads) && !anyIn(ls, listHeads) || !tokenize.StartsLower(toks[last].Text) || r.nounCases(toks[last].Text)&genitives == 0 {
		return m
	}
	end, ok := r.fieldPhrase(toks, last+2, genitives)
	if !ok || r.postOrBody(toks[end].Text) {
		return m
	}
	m.End = toks[end].End
	if end+1 < len(toks) && tokenize.StartsUpper(toks[end+1].Text) && r.maybeGenitivePlace(toks[end+1].Text) {
		m.End = toks[end+1].End // «… России»
	}
	if p, ok := places[toks[min(end+1, len(toks)-1)].Start]; ok && end+1 < len(toks) && p.End > m.End && (r.nounCases(toks[end+1].Text)|r.adjectiveCases(toks[end+1].Text))&genitives != 0 {
		m.End = p.End // «… Нижегородской области»
	}
	m.Text = string(text[m.Start:m.End])
	return m
}

// genitiveAdjectives reports whether toks[from:to] are lower-case
// adjectives with a genitive reading, or none: «Министерство» + «сельского»
// + «хозяйства».
func (r *Refiner) genitiveAdjectives(toks []doc.Token, from, to int) bool {
	if from > to {
		return false
	}
	for k := from; k < to; k++ {
		if !tokenize.StartsLower(toks[k].Text) || r.adjectiveCases(toks[k].Text)&genitives == 0 {
			return false
		}
	}
	return true
}

// postOrBody reports whether some noun reading of w is a post's
// (postLemmas, postHeads) or a body's (bodyStems).
func (r *Refiner) postOrBody(w string) bool {
	for _, l := range r.nounLemmas(w) {
		if postLemmas[l] || postHeads[l] {
			return true
		}
		for _, s := range bodyStems {
			if strings.HasPrefix(l, s) {
				return true
			}
		}
	}
	return false
}

// poList runs a post or an organization whose name ends in «по» and a
// noun phrase in the dative over «и» and one more such phrase, with the
// genitive noun that may follow it: «верховный представитель ЕС по
// иностранным делам» + «и политике безопасности». A genitive dependent
// («министра обороны и начальника генштаба») may be another post: only
// the dative after «по» is read so.
func (r *Refiner) poList(text []rune, toks []doc.Token, m doc.Mention, first, last int) doc.Mention {
	po := -1
	for k := first + 1; k < last; k++ {
		if fold(toks[k].Text) == "по" {
			po = k
		}
	}
	if po < 0 || r.nounCases(toks[last].Text)&datives == 0 {
		return m
	}
	end, ok := r.fieldPhrase(toks, last+2, datives)
	if !ok {
		return m
	}
	if end+1 < len(toks) && tokenize.StartsLower(toks[end+1].Text) && r.likeliest(toks[end+1].Text) == morph.NOUN && r.genitive(toks[end+1].Text) {
		end++ // «… и политике безопасности»
	}
	m.End = toks[end].End
	m.Text = string(text[m.Start:m.End])
	return m
}

// listHeads are nouns of unions whose names list their members or fields
// in the genitive, beside kindNouns and orgHeads: «Блок коммунистов и
// социалистов», «Федерация лесбиянок, геев …», «Профсоюз работников
// здравоохранения».
var listHeads = map[string]bool{"блок": true, "федерация": true, "ассоциация": true, "союз": true, "профсоюз": true}

// nameHead returns the index of the first noun of toks[first:last], the
// tokens before it adjectives, or -1.
func (r *Refiner) nameHead(toks []doc.Token, first, last int) int {
	for k := first; k < last; k++ {
		if r.likeliest(toks[k].Text) == morph.NOUN {
			return k
		}
		if r.adjectiveCases(toks[k].Text) == 0 {
			return -1
		}
	}
	return -1
}
