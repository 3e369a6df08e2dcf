package refine

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// riverTriggers are the lemmas riverNames looks for: the river's noun and
// the bridge's noun, before «через».
var riverTriggers = map[string]bool{"река": true, "мост": true}

// riverMisreadTypes are the types the recognizer gives a river's one-word
// name it does not read as a place of nature: «реку Лену» a PERSON, «мост
// через Обь» a CITY.
var riverMisreadTypes = map[string]bool{"PERSON": true, "CITY": true, "ORGANIZATION": true, "COUNTRY": true}

// riverNames makes a one-word mention of riverMisreadTypes a LOCATION
// when it names a river: right after a lower-case form of «река» («через
// реку Лену», «на реке Кама»), or right after «через» after a form of
// «мост» («мост через Обь»). A river's noun is followed by the river's name
// in apposition, whatever its case («реки Лены», «реку Лену»), never by a
// person's genitive; a bridge goes across a river or a strait, never a
// town. NEREL v1.1 train's seven names after a river's noun are all
// LOCATION, and its bridges cross «реку Тарнак», «реку Куэнга», «реки Кама».
func (r *Refiner) riverNames(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(riverTriggers) {
		return ms
	}
	var out []doc.Mention
	for k, m := range ms {
		if !riverMisreadTypes[m.Type] || strings.ContainsRune(m.Text, ' ') {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 1 || last != first || !tokenize.StartsUpper(toks[first].Text) {
			continue
		}
		prev := toks[first-1]
		river := tokenize.StartsLower(prev.Text) && anyIn(r.nounLemmas(prev.Text), riverNouns)
		bridge := first >= 2 && strings.EqualFold(prev.Text, "через") && anyIn(r.nounLemmas(toks[first-2].Text), bridgeNouns)
		if river || bridge {
			out = own(out, ms)
			out[k].Type = "LOCATION"
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// riverNouns and bridgeNouns are the lemmas of the river's and the
// bridge's nouns of riverNames.
var (
	riverNouns  = map[string]bool{"река": true}
	bridgeNouns = map[string]bool{"мост": true}
)

// roadNameTypes are the types the recognizer gives a road's quoted name:
// «трассам „Дон“ и „Кавказ“» a WORK_OF_ART and an ORGANIZATION.
var roadNameTypes = map[string]bool{"ORGANIZATION": true, "PRODUCT": true, "WORK_OF_ART": true, "EVENT": true,
	"PERSON": true, "CITY": true, "LOCATION": true, "STATE_OR_PROVINCE": true, "DISTRICT": true}

// quotedRoads makes the quoted name right after a lower-case road noun
// (roadNouns), and the quoted names joined to it by «и» or a comma, a
// FACILITY, the road: «на трассе „Байкал“», «трассами „Колыма“ и
// „Вилюй“». A name of capitalized words no mention covers gets one («трассу
// „Лена“», which the recognizer leaves out), a mention of the name with
// another type (roadNameTypes) is retyped. NEREL v1.1 train's two quoted
// names after a road noun («трассе „Байкал“», «трассы „Байкал“») are
// FACILITY.
func (r *Refiner) quotedRoads(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(roadNouns) {
		return ms
	}
	var out, added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			if !tokenize.StartsLower(toks[i].Text) || !anyIn(r.nounLemmas(toks[i].Text), roadNouns) {
				continue
			}
			for j := i + 1; j < len(toks); {
				end := quotedName(toks, j)
				if end < 0 {
					break
				}
				sp := doc.Span{Start: toks[j+1].Start, End: toks[end].End}
				found := false
				for k, m := range ms {
					if m.Span != sp {
						continue
					}
					found = true
					if roadNameTypes[m.Type] {
						out = own(out, ms)
						out[k].Type = "FACILITY"
					}
				}
				if !found && sp.End <= len(text) {
					added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "FACILITY"})
				}
				// «„Колыма“ и „Вилюй“», «„Дон“, „Кавказ“»
				j = end + 2
				if j+1 >= len(toks) || toks[j].Text != "и" && toks[j].Text != "," {
					break
				}
				j++
			}
		}
	}
	if out == nil {
		out = ms
	}
	return withAdded(out, added)
}

// quotedName returns the index of the last word of a quoted name of one to
// three capitalized words that opens at toks[j] (an opening quote), or -1:
// «„Лена“», «„Северный обход“».
func quotedName(toks []doc.Token, j int) int {
	if j+2 >= len(toks) || len([]rune(toks[j].Text)) != 1 || !tokenize.IsOpeningQuote(firstRune(toks[j].Text)) ||
		!tokenize.StartsUpper(toks[j+1].Text) {
		return -1
	}
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		w := toks[k].Text
		if len([]rune(w)) == 1 && tokenize.IsClosingQuote(firstRune(w)) {
			if k == j+1 {
				return -1
			}
			return k - 1
		}
		if !tokenize.IsLetter(firstRune(w)) {
			return -1
		}
	}
	return -1
}

// metroTriggers are the lemmas of a text on the metro, where a capitalized
// adjective before «линия» names a line.
var metroTriggers = map[string]bool{"метро": true, "метрополитен": true}

// lineAdjectiveTypes are the types the recognizer gives the adjective of a
// metro line's name alone: «Троицкой линии» a PERSON and a CITY,
// «Сокольнической линии» a COUNTRY.
var lineAdjectiveTypes = map[string]bool{"PERSON": true, "CITY": true, "COUNTRY": true, "ORGANIZATION": true, "STATE_OR_PROVINCE": true}

// metroLines makes a capitalized adjective and a lower-case form of
// «линия» that agrees with it one FACILITY, the metro line («на Троицкой
// линии», «Сокольническую линию»), in a text that speaks of the metro, and
// drops the mentions of the adjective alone with a type of a place or a
// person (lineAdjectiveTypes), which the recognizer gives a line's name it
// has not seen. A mention of the pair keeps its span and becomes a
// FACILITY; a longer one («Большая кольцевая линия») is left alone. NEREL
// v1.1 train names no metro line.
func (r *Refiner) metroLines(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(metroTriggers) || !r.mayHave(lineNouns) {
		return ms
	}
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			adj, noun := toks[i], toks[i+1]
			if !tokenize.StartsUpper(adj.Text) || !cyrillicName(adj.Text) || !tokenize.StartsLower(noun.Text) ||
				!anyIn(r.nounLemmas(noun.Text), lineNouns) || !r.agree(adj.Text, noun.Text) {
				continue
			}
			sp := doc.Span{Start: adj.Start, End: noun.End}
			covered := false
			for _, m := range ms {
				switch {
				case m.Span == adj.Span && lineAdjectiveTypes[m.Type]:
					drop[m] = true
				case m.Span == sp && m.Type != "FACILITY":
					drop[m] = true
				case m.Start <= sp.Start && m.End >= sp.End && m.Span != sp || m.Span == sp && m.Type == "FACILITY":
					covered = true
				}
			}
			if !covered && sp.End <= len(text) {
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "FACILITY"})
			}
		}
	}
	return swapped(ms, drop, added)
}

// lineNouns are the lemmas of the noun of metroLines.
var lineNouns = map[string]bool{"линия": true}

// aircraftMakers are the Latin names of makers of airliners, which before
// a model's number name the model: «Boeing 737», «Airbus A320»,
// «Embraer 190».
var aircraftMakers = map[string]bool{"Boeing": true, "Airbus": true, "Embraer": true, "Bombardier": true,
	"Cessna": true, "ATR": true, "Comac": true, "COMAC": true, "Sukhoi": true}

// aircraftModels makes a maker of airliners (aircraftMakers) and the
// model's number or code right after it («Boeing 737», «Boeing 777-300ER»,
// «ATR 72»), or after the model's Latin name («Sukhoi Superjet 100»), one PRODUCT, the model, dropping the NUMBER and the maker's
// own mention inside it: the recognizer reads «737» as a number and leaves
// the maker out; the model's Latin name alone, an ORGANIZATION elsewhere
// in the text («посадки Superjet»), becomes a PRODUCT too. A maker not
// followed by a number stays an organization.
// NEREL v1.1 train has no such model.
func (r *Refiner) aircraftModels(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveText(aircraftMakers) {
		return ms
	}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			if !aircraftMakers[toks[i].Text] {
				continue
			}
			j := i + 1 // the model's number, maybe after its name («Sukhoi Superjet 100»)
			if j+1 < len(toks) && latinCapitalized(toks[j].Text) && toks[j].End+1 == toks[j+1].Start {
				j++
			}
			if toks[j-1].End+1 != toks[j].Start || !unicode.IsDigit(firstRune(toks[j].Text)) {
				continue
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[j].End}
			if sp.End > len(text) || overlapsType(ms, sp, "PRODUCT") {
				continue
			}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PRODUCT"})
		}
	}
	out := withReplaced(ms, added, func(m doc.Mention) bool {
		for _, a := range added {
			if m.Start >= a.Start && m.End <= a.End && (m.Type == "NUMBER" || m.Type == "ORGANIZATION") {
				return true
			}
		}
		return false
	})
	// the model's name alone elsewhere («посадки Superjet в Якутске»)
	return retyped(out, func(m doc.Mention) string {
		if m.Type != "ORGANIZATION" || !latinCapitalized(m.Text) || aircraftMakers[m.Text] {
			return ""
		}
		for _, a := range added {
			if strings.Contains(a.Text, " "+m.Text+" ") {
				return "PRODUCT"
			}
		}
		return ""
	})
}

// latinCapitalized reports whether w is a Latin word with a capital
// first letter: «Superjet».
func latinCapitalized(w string) bool {
	for i, c := range w {
		if c > unicode.MaxASCII || !tokenize.IsLetter(c) || i == 0 && !tokenize.IsUpper(c) {
			return false
		}
	}
	return w != ""
}

// townAdjectives are the lemmas of the adjectives that open the names of
// towns of two words: «Верхняя Пышма», «Нижний Тагил», «Старый Оскол»,
// «Великие Луки», «Малая Вишера», «Большой Камень». Not «новый» («Новая
// Зеландия», a country), nor the adjectives of parties' names («Единая
// Россия»).
var townAdjectives = map[string]bool{"верхний": true, "нижний": true, "старый": true, "великий": true,
	"малый": true, "большой": true, "вышний": true}

// adjectiveTowns makes an unquoted ORGANIZATION of a capitalized adjective
// of townAdjectives and a capitalized noun that agrees with it, the
// dictionary's name of a place (Geox) and never of an organization (Orgn),
// a CITY: «в Верхнюю Пышму», «из Нижнего Тагила», a town's name the
// recognizer has not seen read as a company's. Where the recognizer gave
// the span a CITY as well, the ORGANIZATION goes.
func (r *Refiner) adjectiveTowns(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(townAdjectives) {
		return ms
	}
	var retype, drop map[doc.Span]bool
	for _, m := range ms {
		if m.Type != "ORGANIZATION" || strings.Count(m.Text, " ") != 1 || m.Start < 0 || m.End > len(text) ||
			m.Start > 0 && tokenize.IsOpeningQuote(text[m.Start-1]) {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last != first+1 || !tokenize.StartsUpper(toks[first].Text) || !tokenize.StartsUpper(toks[last].Text) ||
			!anyIn(r.facts(toks[first].Text).lemmas, townAdjectives) || !r.townNoun(toks[last].Text) || !r.agree(toks[first].Text, toks[last].Text) {
			continue
		}
		if spansOf(ms, "CITY")[m.Span] {
			drop = spanSet(drop, m.Span)
		} else {
			retype = spanSet(retype, m.Span)
		}
	}
	if retype == nil && drop == nil {
		return ms
	}
	out := make([]doc.Mention, 0, len(ms))
	for _, m := range ms {
		switch {
		case m.Type != "ORGANIZATION":
		case drop[m.Span]:
			continue
		case retype[m.Span]:
			m.Type = "CITY"
		}
		out = append(out, m)
	}
	return out
}

// townNoun reports whether some noun reading of w is the dictionary's name
// of a place (Geox) and none is an organization's (Orgn).
func (r *Refiner) townNoun(w string) bool {
	geo := false
	for _, p := range r.parse(w) {
		if p.Tag.POS() != morph.NOUN {
			continue
		}
		if p.Tag.Is(morph.Orgn) {
			return false
		}
		geo = geo || p.Tag.Is(morph.Geox)
	}
	return geo
}
