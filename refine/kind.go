package refine

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// kindNouns are the lemmas of the nouns that end an organization's name
// made of capitalized adjectives and a kind of organization, with no
// quotes: «Харбинский военно-инженерный колледж», «Никитинского суда»,
// «Уральский завод», «Мариинского театра». Nouns for which NEREL train
// has it less than half the time (округ 0 of 15, больница 1 of 11, центр 2
// of 12, клуб 2 of 10, школа 1 of 8: districts, hospitals and schools are
// more often facilities or places there) are not listed. «союз» (fifteenth
// session: «Президент Российского футбольного союза») starts an
// ORGANIZATION at the adjective in 12 of the 13 such phrases of train.
var kindNouns = map[string]bool{
	"суд": true, "партия": true, "комитет": true, "университет": true, "совет": true, "театр": true,
	"институт": true, "церковь": true, "служба": true, "управление": true, "палата": true, "музей": true,
	"дума": true, "училище": true, "банк": true, "трибунал": true, "агентство": true, "оркестр": true,
	"фонд": true, "правительство": true, "полиция": true, "армия": true, "фронт": true, "завод": true,
	"администрация": true, "прокуратура": true, "собрание": true, "биржа": true, "комбинат": true,
	"фабрика": true, "концерн": true, "корпорация": true, "колледж": true, "консерватория": true,
	"академия": true, "флот": true, "епархия": true, "судоверфь": true, "компания": true, "общество": true,
	"союз": true,
}

// kindAcronyms are acronyms of kinds of enterprise that end a name after
// capitalized adjectives as kindNouns do («Яковлевский ГОК», «Кольская ГМК»,
// «Омский НПЗ»); undeclined, they need no agreement.
var kindAcronyms = map[string]bool{"ГОК": true, "ГМК": true, "НПЗ": true, "ЦБК": true, "НИИ": true, "КБ": true, "ОКБ": true, "ГРЭС": true, "МПК": true}

// kindNames adds the organizations named by a capitalized adjective that
// does not open the sentence, any lower-case adjectives and a noun of
// kindNouns agreeing with it («Харбинский военно-инженерный колледж»), when
// the recognizer found no organization starting at the adjective. On NEREL
// train (gold mentions aside) the rule finds 463 such names: an
// ORGANIZATION starts at the adjective in 440, and 341 end at the noun (the
// others run on: «… управлении Следственного комитета Армении»). A PERSON
// the recognizer made of the adjective alone («Никитинского» of
// «Никитинского суда») is dropped; a place it made of it («Харбинский»)
// stays, nested, as NEREL tags it. A mention of another type with the
// name's span («Череповецкого металлургического комбината» as a DISTRICT)
// is dropped: the kind noun says what it is.
func (r *Refiner) kindNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	orgStart := map[int]bool{}
	orgKeys := map[string]bool{} // the organizations' names, by stemKey
	orgTexts := map[string]bool{}
	people := map[int]bool{} // starts of COUNTRY and NATIONALITY mentions
	for _, m := range ms {
		switch m.Type {
		case "ORGANIZATION":
			orgStart[m.Start] = true
			orgKeys[stemKey(fields(m.Text))] = true
			orgTexts[m.Text] = true
		case "COUNTRY", "NATIONALITY":
			people[m.Start] = true
		}
	}
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	full := map[doc.Span]bool{} // the names added
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			if orgStart[toks[i].Start] || !r.capitalizedAdjective(toks[i].Text) {
				continue
			}
			j := i + 1
			for j < len(toks) && tokenize.StartsLower(toks[j].Text) && r.likeliest(toks[j].Text) == morph.ADJF {
				j++
			}
			if i == 0 && (people[toks[0].Start] || !r.placeAdjective(toks[0].Text)) && !named(orgKeys, toks[:min(j+1, len(toks))]) && (j >= len(toks) || !orgTexts[initials(toks[:j+1])]) {
				// a capital opening the sentence says nothing, unless the
				// adjective is one of a place («Омский
				// нефтеперерабатывающий завод»; NEREL train: an
				// ORGANIZATION starts there in 7 of 7), not of a country or
				// a people («Американская компания»), or the name is an
				// organization's elsewhere in the text («Большой театр
				// представит …» before «премьер Большого театра») or its
				// initials are («Объединенная авиастроительная
				// корпорация (ОАК) завершила …»)
				continue
			}
			if j >= len(toks) || !kindAcronyms[toks[j].Text] && (!tokenize.StartsLower(toks[j].Text) || !r.agree(toks[i].Text, toks[j].Text) ||
				!r.kindNoun(toks[j].Text) && !(slices.Contains(r.nounLemmas(toks[j].Text), "школа") && r.genitiveComplement(toks, j+1) > j)) {
				// (a school is an organization when a genitive says
				// what it teaches: «Высшей школы экономики», «Лондонской
				// школе экономики»; NEREL train 3 of 3)
				continue
			}
			end := j
			if k := r.genitiveComplement(toks, j+1); k > j {
				end = k
				if fold(toks[k].Text) == "имени" {
					// «… университет имени И. М. Сеченова», not «… имени»
					end = honoree(toks, k)
				}
			}
			if end < 0 {
				continue
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[end].End}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})

			drop[toks[i].Span] = true
			full[sp] = true
			i = end
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return m.Type == "PERSON" && drop[m.Span] || full[m.Span] })
}

// leftAdjectives runs an organization or facility that starts in lower
// case («клиническая больница № 1») back over the adjectives before it that
// agree with its noun when a capitalized one opens them («Свердловская
// областная клиническая больница № 1»): such a name starts at its
// capital. A capital opening the sentence counts only on an adjective of a
// place (as in kindNames) or, before a one-word organization, of a state
// body (bodyAdjectives: «Государственная дума …» opening the sentence,
// where the recognizer found «дума»; NEREL train and dev have no such
// case, the rule changes neither), and one that starts a COUNTRY or
// NATIONALITY («Американская») describes rather than names.
func (r *Refiner) leftAdjectives(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	people := map[int]bool{}
	var names []doc.Span // the organizations and facilities
	for _, m := range ms {
		switch m.Type {
		case "COUNTRY", "NATIONALITY":
			people[m.Start] = true
		case "ORGANIZATION", "FACILITY":
			names = append(names, m.Span)
		}
	}
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "ORGANIZATION" && m.Type != "FACILITY" || !tokenize.StartsLower(m.Text) ||
			slices.ContainsFunc(names, func(o doc.Span) bool { return o != m.Span && o.Start <= m.Start && m.End <= o.End }) {
			// (one nested in a name, «городской суд» in «Химкинский
			// городской суд», is as NEREL tags it)
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first <= 0 || last < 0 {
			continue
		}
		noun := -1
		for k := first; k <= last; k++ {
			if r.likeliest(toks[k].Text) == morph.NOUN {
				noun = k
				break
			}
		}
		if noun < 0 {
			continue
		}
		start := -1
		for k := first - 1; k >= 0 && first-k <= 3; k-- {
			w := toks[k].Text
			if !r.agree(w, toks[noun].Text) {
				break
			}
			if tokenize.StartsLower(w) {
				continue
			}
			if r.capitalizedAdjective(w) && !people[toks[k].Start] && (k > 0 || r.placeAdjective(w) || first == 1 && last == 1 && r.bodyAdjective(w)) {
				start = k
			}
			break
		}
		if start < 0 {
			continue
		}
		sp := doc.Span{Start: toks[start].Start, End: m.End}
		drop[m.Span] = true
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: m.Type})
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] && (m.Type == "ORGANIZATION" || m.Type == "FACILITY") })
}

// bodyAdjectives are the lemmas of the adjectives that name a state body
// with a kind noun («Государственная дума», «Верховный суд»,
// «Законодательное собрание», «Генеральная прокуратура»): unlike
// «Местная полиция» or «Сильное правительство», such an adjective opening
// the sentence right before a one-word organization the recognizer found
// («дума») is the name's first word (leftAdjectives).
var bodyAdjectives = map[string]bool{
	"государственный": true, "федеральный": true, "законодательный": true, "верховный": true,
	"конституционный": true, "генеральный": true, "центральный": true, "национальный": true,
	"народный": true, "высший": true, "арбитражный": true, "следственный": true,
}

// bodyAdjective reports whether w has a lemma of bodyAdjectives.
func (r *Refiner) bodyAdjective(w string) bool {
	return slices.ContainsFunc(r.facts(w).lemmas, func(l string) bool { return bodyAdjectives[l] })
}

// genitiveComplement returns the last token of the lower-case genitive
// noun phrase (adjectives and a noun) starting at token k, or -1: the
// complement the name runs on with («Омский завод транспортного
// машиностроения»). On NEREL train, of the names of kindNames followed by
// one, 17 of 21 gold organizations run over it.
func (r *Refiner) genitiveComplement(toks []doc.Token, k int) int {
	for ; k < len(toks) && tokenize.StartsLower(toks[k].Text); k++ {
		switch w := toks[k].Text; r.likeliest(w) {
		case morph.NOUN:
			if r.genitive(w) {
				return k
			}
			return -1
		case morph.ADJF:
			if !r.genitiveAdjective(w) {
				return -1
			}
		default:
			return -1
		}
	}
	return -1
}

// genitiveAdjective reports whether some reading of w is a full adjective
// in the genitive.
func (r *Refiner) genitiveAdjective(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.ADJF && p.Tag.Case() == morph.Gent {
			return true
		}
	}
	return false
}

// capitalizedAdjective reports whether w starts with a capital letter, has
// at least three letters and some reading of it is a full adjective
// («Иркутском», likelier the city's instrumental), a full participle
// («Объединенной авиастроительной корпорации») or a surname that declines
// like one (Никитинский, which the dictionary has as a surname only); agree
// then checks it against the noun.
func (r *Refiner) capitalizedAdjective(w string) bool {
	c, _ := decodeFirst(w)
	if !tokenize.IsUpper(c) || utf8.RuneCountInString(w) < 3 {
		return false
	}
	for _, p := range r.parse(w) {
		if adjectival(p) || p.Tag.POS() == morph.PRTF {
			return true
		}
	}
	return false
}

// adjectival reports whether p is a full adjective or a surname of an
// adjective's shape (-ский, -цкий and their forms).
func adjectival(p morph.Parse) bool {
	if p.Tag.POS() == morph.ADJF {
		return true
	}
	if p.Tag.POS() != morph.NOUN || !p.Tag.Is(morph.Surn) {
		return false
	}
	n := fold(p.Normal)
	return strings.HasSuffix(n, "ский") || strings.HasSuffix(n, "цкий") || strings.HasSuffix(n, "ская") || strings.HasSuffix(n, "цкая")
}

// placeAdjective reports whether w is a form of an adjective in -ский
// made from the name of a place the dictionary knows: Омский (Омск),
// Ижевского (Ижевск), Пермский (Пермь); not Гражданское.
func (r *Refiner) placeAdjective(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() != morph.ADJF {
			continue
		}
		base, ok := strings.CutSuffix(fold(p.Normal), "ский")
		if !ok || utf8.RuneCountInString(base) < 2 {
			continue
		}
		for _, place := range []string{base + "ск", base, base + "ь", base + "а", base + "я"} {
			for _, q := range r.parse(place) {
				if q.Tag.POS() == morph.NOUN && q.Tag.Is(morph.Geox) && q.Method() == morph.MethodDictionary && fold(q.Normal) == place {
					return true
				}
			}
		}
	}
	return false
}

// likeliest returns the part of speech of w's likeliest reading.
func (r *Refiner) likeliest(w string) morph.Grammeme {
	ps := r.parse(w)
	if len(ps) == 0 {
		return 0
	}
	return ps[0].Tag.POS()
}

// agree reports whether some adjective or participle reading of adj and some noun reading
// of noun have the same case and number (and, in the singular, gender):
// «Михайловский … комбинаты» do not.
func (r *Refiner) agree(adj, noun string) bool {
	for _, n := range r.parse(noun) {
		if n.Tag.POS() == morph.NOUN && r.agreesWith(adj, n) {
			return true
		}
	}
	return false
}

// agreesWith reports whether some adjective or participle reading of adj
// has the case and number (and, in the singular, gender) of the noun
// reading n.
func (r *Refiner) agreesWith(adj string, n morph.Parse) bool {
	for _, a := range r.parse(adj) {
		if (adjectival(a) || a.Tag.POS() == morph.PRTF) && n.Tag.Case() == a.Tag.Case() && n.Tag.Number() == a.Tag.Number() &&
			(a.Tag.Number() != morph.Sing || a.Tag.Gender() == n.Tag.Gender()) {
			return true
		}
	}
	return false
}

// kindNoun reports whether some noun reading of w has a lemma in kindNouns.
func (r *Refiner) kindNoun(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.NOUN && kindNouns[fold(p.Normal)] {
			return true
		}
	}
	return false
}

// stemKey joins the first four letters of each word, lower-cased: the
// case forms of a name of adjectives and a noun share it («Большой театр»,
// «Большого театра»).
func stemKey(words []string) string {
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = tokenize.Prefix(fold(w), 4)
	}
	return strings.Join(keys, " ")
}

// initials returns the capitalized first letters of toks' words, the
// acronym a name of those words would have: «Объединенная авиастроительная
// корпорация» → ОАК.
func initials(toks []doc.Token) string {
	var b strings.Builder
	for _, t := range toks {
		for _, c := range t.Text {
			b.WriteRune(unicode.ToUpper(c))
			break
		}
	}
	return b.String()
}

// named reports whether the words of toks, by stemKey, name one of the
// organizations of keys.
func named(keys map[string]bool, toks []doc.Token) bool {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	return keys[stemKey(words)]
}
