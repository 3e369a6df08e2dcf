package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// inPlaceCases are the cases a place takes after «в» («в Лион», «в
// Лионе»).
var inPlaceCases = accusatives | prepositionals | caseSet(1)<<(uint(morph.Loc2)%32)

// prepositionCity makes a one-word PERSON after «в» or «во» — or after «и»
// that follows such a place («в Лион и Марсель») — a CITY when the
// dictionary reads the word as a place in a case «в» governs and as no
// person's name in one («поездкой в Лион»: «Лион» is a man's name only in
// the nominative). No person stands right after «в» in the singular; a
// word that is part of a longer person's name in the document (names)
// stays a person. NEREL v1.1 has no PERSON right after «в» + a capitalized
// word among its 1 700 such spans.
func (r *Refiner) prepositionCity(toks []doc.Token, m doc.Mention, names []string) doc.Mention {
	if m.Type != "PERSON" || strings.ContainsAny(m.Text, " -") {
		return m
	}
	i, _ := mentionTokens(toks, m)
	if i < 1 || !r.inPlace(m.Text) && !r.unknownWord(m.Text) {
		return m
	}
	switch w := fold(toks[i-1].Text); {
	case w == "в" || w == "во":
	case w == "и" && i >= 3 && (fold(toks[i-3].Text) == "в" || fold(toks[i-3].Text) == "во") && r.inPlace(toks[i-2].Text):
	default:
		return m
	}
	lw := lowerCase(m.Text)
	for _, n := range names {
		if n == lw {
			return m
		}
	}
	m.Type = "CITY"
	return m
}

// unknownWord reports whether the dictionary has no reading of w: a
// foreign name that does not decline, which after «в» is a town the
// dictionary does not list («в Мумбаи», «в Ченнаи»), not a person; a
// guessed adjective or a word in -ии is none.
func (r *Refiner) unknownWord(w string) bool {
	if strings.HasSuffix(w, "ии") {
		// a land in -ия («в Гагаузии»), not always a town
		return false
	}
	for _, p := range r.parse(w) {
		if p.Method() == morph.MethodDictionary || p.Tag.POS() == morph.ADJF {
			// (a guessed adjective is no town: «Стэнфордский»)
			return false
		}
	}
	return true
}

// guessedAdjective reports whether the dictionary does not know w and
// guesses it an adjective by its ending («Стэнфордский»): the first word
// of a longer name after «в», not a town.
func (r *Refiner) guessedAdjective(w string) bool {
	adj := false
	for _, p := range r.parse(w) {
		if p.Method() == morph.MethodDictionary {
			return false
		}
		adj = adj || p.Tag.POS() == morph.ADJF
	}
	return adj
}

// inPlace reports whether the dictionary reads w as a singular place's
// name (Geox) in a case «в» governs, and never as a singular person's name
// in one.
func (r *Refiner) inPlace(w string) bool {
	place := false
	for _, p := range r.parse(w) {
		if p.Method() != morph.MethodDictionary || p.Tag.Number() != morph.Sing || caseBit(p)&inPlaceCases == 0 {
			continue
		}
		if p.Tag.Is(morph.Name) || p.Tag.Is(morph.Surn) || p.Tag.Is(morph.Patr) {
			return false
		}
		place = place || p.Tag.Is(morph.Geox)
	}
	return place
}

// airportNames makes a one-word PERSON right after a form of «аэропорт»
// a FACILITY that opens with that word, as NEREL writes an airport
// («аэропорту Кеннеди», «аэропорту Барселоны»): «в аэропорту Орли», which
// the recognizer reads as a person alone. When another mention ends with
// the person (the recognizer's «аэропорту Кеннеди» around «Кеннеди»), the
// person stays: the airport is named after them.
func airportNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	ends := lazyEnds{ms: ms} // mentions by end
	var out []doc.Mention
	for k, m := range ms {
		if m.Type != "PERSON" || strings.ContainsRune(m.Text, ' ') || ends.count(m.End) > 1 {
			continue
		}
		toks := sentenceTokens(sents, m)
		i, _ := mentionTokens(toks, m)
		if i < 1 || !strings.HasPrefix(fold(toks[i-1].Text), "аэропорт") {
			continue
		}
		out = own(out, ms)
		out[k].Type = "FACILITY"
		out[k].Start = toks[i-1].Start
		out[k].Text = string(text[toks[i-1].Start:m.End])
	}
	if out == nil {
		return ms
	}
	return sortedMentions(out)
}

// airportVillages makes a one-word CITY right after a form of «аэропорт»
// that ends in «-о» a FACILITY: «в аэропорту Толмачево», «из аэропорта
// Домодедово» — an airport named after the village it stands by, whose
// name in «-ово», «-ево», «-ино» does not decline (not «аэропорту
// Барселоны», a city in the genitive, which NEREL tags inside the
// airport's FACILITY). NEREL v1.1 train tags both of its such names
// («аэропорта Шереметьево», «аэропорту Шереметьево») a FACILITY of the name
// alone.
func airportVillages(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	return retyped(ms, func(m doc.Mention) string {
		if m.Type != "CITY" || strings.ContainsAny(m.Text, " -") || !strings.HasSuffix(m.Text, "о") {
			return ""
		}
		toks := sentenceTokens(sents, m)
		i, _ := mentionTokens(toks, m)
		if i >= 1 && toks[i-1].Text == "«" {
			i--
		}
		if i < 1 || !strings.HasPrefix(fold(toks[i-1].Text), "аэропорт") {
			return ""
		}
		return "FACILITY"
	})
}

// placeOpenedOrganization cuts off the first word of an ORGANIZATION
// that opens, after «в», «во» or «на», with a capitalized word the
// dictionary reads as a place in a case «в» governs and goes on in lower
// case: «первый в Сибири центр ядерной медицины», where the place says
// where the organization is, not what it is called (the organization is
// «центр ядерной медицины»).
func (r *Refiner) placeOpenedOrganization(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "ORGANIZATION" {
		return m
	}
	i, j := mentionTokens(toks, m)
	if i < 1 || j <= i || !tokenize.StartsUpper(toks[i].Text) || !tokenize.StartsLower(toks[i+1].Text) {
		return m
	}
	if w := fold(toks[i-1].Text); w != "в" && w != "во" && w != "на" || !r.inPlace(toks[i].Text) || r.anyAdjective(toks[i].Text) {
		return m
	}
	m.Start = toks[i+1].Start
	m.Text = string(text[m.Start:m.End])
	return m
}

// anyAdjective reports whether some reading of w is an adjective or a
// participle («Красной» of «в Красной армии», which is also a village).
func (r *Refiner) anyAdjective(w string) bool {
	for _, p := range r.parse(w) {
		if pos := p.Tag.POS(); pos == morph.ADJF || pos == morph.PRTF {
			return true
		}
	}
	return false
}
