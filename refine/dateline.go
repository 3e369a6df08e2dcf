package refine

import (
	"slices"
	"strconv"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// monthsGenitive are the months' names as a day of the month takes them.
var monthsGenitive = map[string]bool{
	"января": true, "февраля": true, "марта": true, "апреля": true, "мая": true, "июня": true,
	"июля": true, "августа": true, "сентября": true, "октября": true, "ноября": true, "декабря": true,
}

// maxDatelineWords bounds the words of a dateline's place («НИЖНИЙ
// НОВГОРОД»).
const maxDatelineWords = 3

// datelinePlaces makes the place of a news agency's dateline a CITY: the
// words in capitals that open a paragraph or a sentence, followed by a
// comma and a day of a month («ТОЛЬЯТТИ, 20 ноября. /РИА Новости/.»,
// «НИЖНИЙ НОВГОРОД, 5 мая»). The recognizer, which learned from texts
// without datelines, reads many of them as organizations or leaves them
// out. Mentions inside the place are replaced, unless one spanning it is a
// place already; so are those inside the agency of the byline after it
// (byline), an ORGANIZATION. A PERSON mention spelling a dateline's place
// is that CITY.
func datelinePlaces(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var places, agencies []doc.Span
	datelines(text, sents, func(toks []doc.Token, place, _ doc.Span) bool {
		places = append(places, place)
		if ag, ok := byline(toks); ok {
			agencies = append(agencies, ag)
		}
		return true
	})
	if len(places) == 0 {
		return ms
	}
	out := make([]doc.Mention, 0, len(ms)+len(places))
	var added []doc.Mention
	for _, p := range places {
		if hasPlace(ms, p) {
			continue
		}
		added = append(added, doc.Mention{Span: p, Text: string(text[p.Start:p.End]), Type: "CITY"})
	}
	for _, a := range agencies {
		if !hasType(ms, a, "ORGANIZATION") {
			added = append(added, doc.Mention{Span: a, Text: string(text[a.Start:a.End]), Type: "ORGANIZATION"})
		}
	}
	named := map[string]bool{} // the datelines' places, in lower case
	for _, p := range places {
		named[lowerCase(string(text[p.Start:p.End]))] = true
	}
	for _, m := range ms {
		if insideOf(added, m.Span, "") {
			continue
		}
		if m.Type == "PERSON" && named[lowerCase(m.Text)] {
			// «АБУ-ДАБИ, 19 ноября» … «провели переговоры в Абу-Даби»:
			// the city of the dateline, which the recognizer read as a
			// person's name
			m.Type = "CITY"
		}
		out = append(out, m)
	}
	return withAdded(out, added)
}

// cityStates are the states named as their city, which NEREL tags a
// COUNTRY («Сингапура» 6 times, «Ватикан» 5) even where the city is meant.
var cityStates = map[string]bool{"сингапур": true, "монако": true, "ватикан": true, "кувейт": true, "люксембург": true}

// datelineCountries makes a COUNTRY mention of one word that is the place
// of a dateline (datelines) a CITY unless the word names a country
// (country) or a city-state (cityStates): «КИШИНЁВ, 20 ноября.», which the recognizer, reading words in
// capitals, took for the country. A dateline names the city the news was
// filed from, and NEREL tags a city a CITY; «СИНГАПУР» or «МОНАКО» stay.
func (r *Refiner) datelineCountries(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	datelines(text, sents, func(_ []doc.Token, place, _ doc.Span) bool {
		for k, m := range ms {
			if m.Span == place && m.Type == "COUNTRY" && !strings.ContainsAny(m.Text, " -") && !r.country(m.Text) && !cityStates[fold(m.Text)] {
				out = own(out, ms)
				out[k].Type = "CITY"
				ms = out
			}
		}
		return true
	})
	if out == nil {
		return ms
	}
	return out
}

// insideOf reports whether a mention of ms of type typ (of any type for
// "") contains sp.
func insideOf(ms []doc.Mention, sp doc.Span, typ string) bool {
	for _, m := range ms {
		if (typ == "" || m.Type == typ) && m.Contains(sp) {
			return true
		}
	}
	return false
}

// datelines calls f with the tokens from each dateline that opens a
// paragraph of text on, the span of its place and that of its day («20
// ноября»), until f returns false.
func datelines(text []rune, sents []doc.Sentence, f func(toks []doc.Token, place, day doc.Span) bool) {
	for _, s := range sents {
		for i := range s.Tokens {
			if i > 0 && !slices.Contains(text[s.Tokens[i-1].End:s.Tokens[i].Start], '\n') {
				continue
			}
			if place, day, ok := dateline(s.Tokens[i:]); ok && !f(s.Tokens[i:], place, day) {
				return
			}
		}
	}
}

// DatelineDay returns the span of the day and month of the first news
// agency's dateline that opens a paragraph of text («ТОЛЬЯТТИ, 20 ноября.
// /РИА Новости/.»: «20 ноября»), the day the report was filed.
func DatelineDay(text []rune, sents []doc.Sentence) (doc.Span, bool) {
	var day doc.Span
	found := false
	datelines(text, sents, func(_ []doc.Token, _, d doc.Span) bool {
		day, found = d, true
		return false
	})
	return day, found
}

// DatelineDate returns the span of the day of the first news agency's
// dateline as DatelineDay does, through the year when a year follows the
// month («ХЬЮСТОН, 3 февраля 2026. /ТАСС/.»: «3 февраля 2026», withYear
// true): a day that names its year is the day the report was filed
// whatever date the text was given.
func DatelineDate(text []rune, sents []doc.Sentence) (day doc.Span, withYear, found bool) {
	datelines(text, sents, func(toks []doc.Token, _, d doc.Span) bool {
		day, found = d, true
		for i := 0; i+1 < len(toks); i++ {
			if toks[i].End != d.End {
				continue
			}
			if n, err := strconv.Atoi(toks[i+1].Text); err == nil && datelineYear(toks[i+1].Text) && n > 0 {
				day.End, withYear = toks[i+1].End, true
			}
			break
		}
		return false
	})
	return day, withYear, found
}

// dateline reports the spans of the place and the day that open toks when
// they begin as a dateline does: up to maxDatelineWords words in capitals,
// a comma, a day's number and a month.
func dateline(toks []doc.Token) (place, day doc.Span, ok bool) {
	k := 0
	for k < len(toks) && k < maxDatelineWords && capitalsWord(toks[k].Text) {
		k++
	}
	if k == 0 {
		return doc.Span{}, doc.Span{}, false
	}
	place = doc.Span{Start: toks[0].Start, End: toks[k-1].End}
	k = datelineRegion(toks, k)
	if k+2 >= len(toks) || toks[k].Text != "," {
		return doc.Span{}, doc.Span{}, false
	}
	n, err := strconv.Atoi(toks[k+1].Text)
	if err != nil || n < 1 || n > 31 || !monthsGenitive[lowerCase(toks[k+2].Text)] {
		return doc.Span{}, doc.Span{}, false
	}
	return place, doc.Span{Start: toks[k+1].Start, End: toks[k+2].End}, true
}

// maxDatelineRegionTokens bounds the tokens of the region in brackets
// after a dateline's town.
const maxDatelineRegionTokens = 6

// datelineRegion returns the index of the token after the region in
// brackets that follows a dateline's town at toks[k] in regional reports
// («КУРЧАТОВ (Курская область), 12 декабря.», «ОСТРОВЕЦ (Белоруссия), 3
// мая»), or k when none does.
func datelineRegion(toks []doc.Token, k int) int {
	if k >= len(toks) || toks[k].Text != "(" {
		return k
	}
	for j := k + 2; j < len(toks) && j <= k+1+maxDatelineRegionTokens; j++ {
		if toks[j].Text == ")" {
			return j + 1
		}
	}
	return k
}

// capitalsWord reports whether w is a word of two letters or more in
// capitals, hyphens allowed («НЬЮ-ЙОРК»).
func capitalsWord(w string) bool {
	letters := 0
	for _, c := range w {
		switch {
		case tokenize.IsUpper(c):
			letters++
		case c != '-':
			return false
		}
	}
	return letters >= 2
}

// maxBylineTokens bounds the tokens of a news agency's name between the
// slashes of a byline.
const maxBylineTokens = 4

// byline returns the span of the news agency named between slashes after a
// dateline that opens toks («ТОЛЬЯТТИ, 20 ноября. /РИА Новости/.»), or
// after a dash and before a full stop («АЛМАТЫ, 20 марта 2026 —
// Казинформ.», dashBylines): an ORGANIZATION, which the recognizer reads
// as a city when it has not seen the agency («/Спорт-Экспресс/»).
func byline(toks []doc.Token) (doc.Span, bool) {
	i := 0
	for i < len(toks) && !monthsGenitive[lowerCase(toks[i].Text)] {
		i++
	}
	for i++; i < len(toks) && (toks[i].Text == "." || datelineYear(toks[i].Text)); i++ {
	}
	if i+1 < len(toks) && (toks[i].Text == "—" || toks[i].Text == "–") {
		return dashByline(toks, i)
	}
	if i+2 >= len(toks) || toks[i].Text != "/" {
		return doc.Span{}, false
	}
	for j := i + 2; j < len(toks) && j <= i+1+maxBylineTokens; j++ {
		if toks[j].Text == "/" {
			return doc.Span{Start: toks[i+1].Start, End: toks[j-1].End}, true
		}
	}
	return doc.Span{}, false
}

// datelineYear reports whether w is a year's number or its word after a
// dateline's day: «20 марта 2026 года».
func datelineYear(w string) bool {
	if n, err := strconv.Atoi(w); err == nil {
		return n >= 1900 && n <= 2100
	}
	switch lowerCase(w) {
	case "года", "г", "г.":
		return true
	}
	return false
}

// dashByline returns the span of the capitalized words, up to
// maxBylineTokens, after the dash at toks[i] when a full stop, a comma or
// the sentence's end follows them: the agency of «— Казинформ.», «— РИА
// Новости.»; not the subject of «— Президент России подписал указ».
func dashByline(toks []doc.Token, i int) (doc.Span, bool) {
	j := i + 1
	for j < len(toks) && j-i <= maxBylineTokens && tokenize.StartsUpper(toks[j].Text) && tokenize.IsWord(toks[j].Text) {
		j++
	}
	if j == i+1 || j < len(toks) && toks[j].Text != "." && toks[j].Text != "," {
		return doc.Span{}, false
	}
	return doc.Span{Start: toks[i+1].Start, End: toks[j-1].End}, true
}

// hasType reports whether a mention of ms spanning sp has type typ.
func hasType(ms []doc.Mention, sp doc.Span, typ string) bool {
	for _, m := range ms {
		if m.Span == sp && m.Type == typ {
			return true
		}
	}
	return false
}

// hasPlace reports whether a mention of ms spanning sp is a place.
func hasPlace(ms []doc.Mention, sp doc.Span) bool {
	for _, m := range ms {
		if m.Span == sp && isPlaceType(m.Type) {
			return true
		}
	}
	return false
}
