package relation

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
)

// nativeApposed finds PLACE_OF_BIRTH from a person to the place named
// right after «уроженец» or «уроженка» (token ti of sentence si) inside
// the sentence, in apposition to the person: the person right before a
// comma or dash before the word («Олег Тиньков, уроженец Кемерова, …»)
// or right after the place («уроженец города Орска Юрий Бондарев»). The
// place is the first country, region, city or district within three words
// of the word («уроженец города Орска»), in capitals.
func (c *patternContext) nativeApposed(out []Found, si, ti int) []Found {
	place := -1
	for _, k := range c.bySent[si] {
		mt := c.tokenOf[k]
		if isAny(c.ms[k].Type, "CITY", "STATE_OR_PROVINCE", "COUNTRY", "DISTRICT") && mt.first > ti && mt.first <= ti+3 &&
			unicode.IsUpper(firstRune(c.ms[k].Text)) && (place < 0 || mt.first < c.tokenOf[place].first) {
			place = k
		}
	}
	if place < 0 {
		return out
	}
	toks := c.sents[si].Tokens
	person := -1
	if ti >= 2 && isAny(toks[ti-1].Text, ",", "—", "–") {
		person = c.leftOf(si, ti-1, "PERSON", 1)
	}
	if person < 0 {
		person = c.startingAt(si, c.tokenOf[place].last+1, "PERSON")
	}
	if person < 0 {
		return out
	}
	return append(out, c.found("PLACE_OF_BIRTH", person, place))
}

// settlementNouns may stand between «уроженец» and the place's name
// («уроженец города Орска»).
var settlementNouns = []string{"города", "села", "деревни", "поселка", "посёлка", "станицы", "области", "края", "республики"}

// birthplace reports whether the place t is named right after «уроженец»,
// «уроженка» or «уроженцы», or after one of settlementNouns after it: the
// place a person comes from, no organization's seat nor his home
// («Олег Тиньков, уроженец Кемерова, ранее владел пивоварней „Тинькофф“»
// gave the brewery a seat in Кемерово; «уроженец города Орска Юрий
// Бондарев» PLACE_RESIDES_IN Орск). NEREL v1.1 train and dev relate such a
// place by PLACE_OF_BIRTH (9 on train), ORIGINS_FROM (2) and LOCATED_IN
// (1), never by HEADQUARTERED_IN or PLACE_RESIDES_IN.
func birthplace(text []rune, t doc.Mention) bool {
	w, at := previousWord(text, t.Start)
	if isAny(w, settlementNouns...) {
		w, _ = previousWord(text, at)
	}
	return isAny(w, "уроженец", "уроженка", "уроженцы", "уроженцем", "уроженкой")
}

// apart reports whether a comma stands between the mentions a and b, in
// whichever order they come. With birthplace it keeps LOCATED_IN off a
// place named as someone's birthplace from a mention of another clause:
// «Пересильд, уроженка Пскова, снималась … на Международной космической
// станции» gave the station a place in Псков (the model, 0.59). NEREL
// train's one LOCATED_IN to such a place joins it to the next word
// («Уроженец карибского острова Мартиника»), no comma between; on train
// and dev the filter drops nothing.
func apart(text []rune, a, b doc.Mention) bool {
	if b.Start < a.Start {
		a, b = b, a
	}
	return a.End <= b.Start && b.Start <= len(text) && strings.ContainsRune(string(text[a.End:b.Start]), ',')
}
