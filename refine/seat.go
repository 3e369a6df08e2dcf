package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/names"
	"github.com/factgraph/factgraph/tokenize"
)

// seatLemmas are the names, as lemmas word by word, of buildings that also
// name the power that sits in them (names.SeatNames).
var seatLemmas = names.SeatNames

// spatialPreps are the prepositions before a building as a place: «в Белом
// доме», «у Кремля», «из Букингемского дворца».
var spatialPreps = map[string]bool{
	"в": true, "во": true, "на": true, "у": true, "около": true, "возле": true, "перед": true, "передо": true, "пред": true, "к": true,
	"ко": true, "из": true, "до": true, "при": true, "над": true, "под": true, "за": true, "рядом": true,
	"вблизи": true, "напротив": true, "вокруг": true, "мимо": true,
}

// nearAdverbs are the adverbs that with «от» or «с» make a spatial
// preposition: «недалеко от Белого дома», «рядом с Кремлём».
var nearAdverbs = map[string]bool{
	"недалеко": true, "неподалеку": true, "неподалёку": true, "рядом": true, "вдали": true, "поблизости": true,
}

// spatialBefore reports whether the tokens before toks[i] are a spatial
// preposition (spatialPreps) or an adverb of nearness with «от» or «с»
// (nearAdverbs).
func spatialBefore(toks []doc.Token, i int) bool {
	if i < 1 {
		return false
	}
	switch w := fold(toks[i-1].Text); {
	case spatialPreps[w]:
		return true
	case w == "от" || w == "с" || w == "со":
		return i >= 2 && nearAdverbs[fold(toks[i-2].Text)]
	}
	return false
}

// seatType types a mention of a seat of power (seatLemmas) by the words
// before it: after a spatial preposition (spatialBefore) the building, a
// FACILITY («в Белом доме», «недалеко от Белого дома»); otherwise the power, an ORGANIZATION («советники Белого дома»,
// «Кремль заявил»). In NEREL v1.1 train such mentions are ORGANIZATION in
// 30 of 33 cases not after such a preposition and FACILITY in 16 of 25
// after one. toks are the tokens of m's sentence.
func (r *Refiner) seatType(toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type == "PERSON" {
		return r.cityKremlin(toks, m)
	}
	if m.Type != "FACILITY" && m.Type != "ORGANIZATION" && m.Type != "LOCATION" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last < first || last-first > 1 {
		return m
	}
	if !r.seatName(toks[first : last+1]) {
		return m
	}
	if spatialBefore(toks, first) {
		m.Type = "FACILITY"
	} else {
		m.Type = "ORGANIZATION"
	}
	return m
}

// seatName reports whether the words of toks, one or two, are a seat of
// power (seatLemmas) by some lemma of each: «Белым» is first the plural
// noun «белые» to the dictionary, and only its adjective's lemma with
// «домом» makes «белый дом».
func (r *Refiner) seatName(toks []doc.Token) bool {
	var names []string
	for k, t := range toks {
		lemmas := []string{fold(t.Text)}
		for _, p := range r.parse(t.Text) {
			if l := fold(p.Normal); !slices.Contains(lemmas, l) {
				lemmas = append(lemmas, l)
			}
		}
		if k == 0 {
			names = lemmas
			continue
		}
		var next []string
		for _, n := range names {
			for _, l := range lemmas {
				next = append(next, n+" "+l)
			}
		}
		names = next
	}
	return slices.ContainsFunc(names, func(n string) bool { return seatLemmas[n] })
}

// seatRuns ends a mention that opens with «Кремль» at that word when a
// capitalized word follows in it: «В Кремле Токаев провел переговоры» gave
// the FACILITY «Кремле Токаев», whose second word is the subject. It runs
// before the rules that find persons by their surname, which then see
// the word.
func (r *Refiner) seatRuns(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	for i, m := range ms {
		if m.Type == "PERSON" || !strings.HasPrefix(m.Text, "Кремл") || !strings.Contains(m.Text, " ") {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last <= first || !tokenize.StartsUpper(toks[first+1].Text) {
			continue
		}
		if ps := r.parse(toks[first].Text); len(ps) == 0 || fold(ps[0].Normal) != "кремль" {
			continue
		}
		out = own(out, ms)
		out[i].End = toks[first].End
		out[i].Text = string(text[m.Start:out[i].End])
	}
	if out == nil {
		return ms
	}
	return sortedMentions(out)
}

// cityKremlin makes a PERSON of a capitalized adjective and «Кремль» a
// FACILITY, a city's kremlin («в Казанском Кремле», which the recognizer
// read as a man's name and surname; NEREL train has «Московского Кремля» a
// FACILITY). toks are the tokens of m's sentence.
func (r *Refiner) cityKremlin(toks []doc.Token, m doc.Mention) doc.Mention {
	first, last := mentionTokens(toks, m)
	if first < 0 || last != first+1 || !r.capitalizedAdjective(toks[first].Text) || !strings.HasPrefix(fold(toks[last].Text), "кремл") {
		return m
	}
	m.Type = "FACILITY"
	return m
}
