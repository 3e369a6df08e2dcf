package event

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// dealVerbs are the verbs of a deal (lemmas): a trigger of ACQUISITION
// only when a company is what changes hands (boughtCompany). Alone they
// are none: NEREL tags few purchases as events («продал более 300 миллионов
// копий», «приобрела широкую известность»; docs/event.md, ninth session).
var dealVerbs = map[string]bool{"купить": true, "приобрести": true, "продать": true, "выкупить": true, "поглотить": true}

// stakeNouns are what a deal buys of a company (lemmas): «контрольный
// пакет акций X», «30% акций X», «долю в X», «сеть магазинов X».
var stakeNouns = map[string]bool{"акция": true, "пакет": true, "доля": true, "процент": true, "%": true,
	"сеть": true, "магазин": true, "актив": true, "контроль": true, "бизнес": true}

// maxDealGap bounds the words between a deal verb and the company bought
// («купила сеть магазинов «Дикси»», «приобрела контрольный пакет акций
// горнорудного предприятия «Карельский окатыш»»).
const maxDealGap = 6

// boughtCompany reports whether the deal verb at toks[v] takes a company
// as its object: an ORGANIZATION mention (orgs: their first tokens' start
// offsets) in the verb's clause within maxDealGap words after it, with
// only a stake («пакет акций», «30% акций»), adjectives, numbers and the
// company's kind («компании», «предприятия») between. «продали сайт
// издательскому дому» is none (the company is the buyer, after a noun of
// a thing sold).
func (x *Extractor) boughtCompany(toks []doc.Token, v int, orgs map[int]bool) bool {
	if v < 0 {
		return false
	}
	for j := v + 1; j < len(toks) && j <= v+1+maxDealGap; j++ {
		if orgs[toks[j].Start] {
			return true
		}
		w := toks[j].Text
		if w == "«" || w == "\"" || w == "„" {
			continue // the company's name opens with a quote
		}
		if punctMark(w) && w != "%" || strings.EqualFold(w, "у") {
			return false
		}
		if w == "%" || isNumber(w) {
			continue
		}
		l, pos := x.lemma(w)
		switch {
		case stakeNouns[l], companyKinds[l]:
		case pos == morph.ADJF || pos == morph.NUMR || pos == morph.PRTF:
		case j > v+1 && (strings.EqualFold(w, "в") || strings.EqualFold(w, "во")):
			// «долю в „Азоте“»
		default:
			return false
		}
	}
	return false
}

// companyKinds are nouns naming a company's kind before its name
// («акций компании „Азот“», «горнорудного предприятия „Карельский
// окатыш“»).
var companyKinds = map[string]bool{"компания": true, "предприятие": true, "холдинг": true, "группа": true,
	"банк": true, "завод": true, "комбинат": true, "ретейлер": true, "ритейлер": true, "оператор": true,
	"концерн": true, "корпорация": true, "производитель": true}

// isNumber reports whether w is written in digits («30», «25,5»).
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

// sellVerbs are the deal verbs whose dative names the buyer.
var sellVerbs = map[string]bool{"продать": true, "продавать": true}

// soldTo gives the buyer of «продать» the role participant instead of
// object: the verb's objects are the company sold and the company it is
// sold to, and only the dative tells them apart. An object company of an
// ACQUISITION told by sellVerbs, after the verb in its sentence, is the
// buyer when its kind noun right before it («компании „Северсталь“») or
// else its own first word («Сбербанку») reads as a dative and either reads
// as neither a genitive nor an accusative, or stands right after the verb,
// or comes after another company the verb sold, and not right after a
// stake noun («акций компании „Азот“»
// is the company sold): «ВТБ продал 30% акций „Карельского окатыша“
// компании „Северсталь“» → object=Карельский окатыш, participant=
// Северсталь (was object=Северсталь). NEREL scores every party alike
// (participant), so its figures do not move. bySent gives each sentence's
// mentions of ms; outSent each event's sentence.
func (x *Extractor) soldTo(d *doc.Document, ms []mention, bySent map[int][]int, out []doc.Event, outSent []int) {
	for k := range out {
		if out[k].Type != Acquisition || !sellVerbs[x.eventLemma(out[k].Trigger.Text)] {
			continue
		}
		toks := d.Sentences[outSent[k]].Tokens
		sold := false
		for _, mi := range bySent[outSent[k]] {
			m := ms[mi]
			if m.Start < out[k].Trigger.End || m.Type != "ORGANIZATION" || m.nested {
				continue
			}
			ai := slices.IndexFunc(out[k].Arguments, func(a doc.Argument) bool { return a.Entity == m.entity && a.Role == RoleObject })
			if ai < 0 {
				continue
			}
			if x.buyerAt(toks, m, sold, out[k].Trigger.End) {
				out[k].Arguments[ai].Role = RoleParticipant
				continue
			}
			sold = true
		}
	}
}

// buyVerbs are the deal verbs whose «у» phrase names the seller.
var buyVerbs = map[string]bool{"купить": true, "приобрести": true, "выкупить": true}

// boughtFrom gives the seller of a purchase the role participant instead
// of object: an object company of an ACQUISITION told by buyVerbs, after
// the verb in its sentence, with «у» before it and only adjectives and a
// kind of company between («приобрела 49% в „Меретояханефтегазе“ у
// нидерландской Shell», «выкупил долю у компании „Ренова“») is the company
// it was bought from. NEREL scores every party alike (participant), so its
// figures do not move. bySent and outSent as for soldTo.
func (x *Extractor) boughtFrom(d *doc.Document, ms []mention, bySent map[int][]int, out []doc.Event, outSent []int) {
	for k := range out {
		if out[k].Type != Acquisition || !buyVerbs[x.eventLemma(out[k].Trigger.Text)] {
			continue
		}
		toks := d.Sentences[outSent[k]].Tokens
		for _, mi := range bySent[outSent[k]] {
			m := ms[mi]
			if m.Start < out[k].Trigger.End || m.Type != "ORGANIZATION" || m.nested || !x.afterFrom(toks, m.Start) {
				continue
			}
			for ai, a := range out[k].Arguments {
				if a.Entity == m.entity && a.Role == RoleObject {
					out[k].Arguments[ai].Role = RoleParticipant
				}
			}
		}
	}
}

// afterFrom reports whether «у» stands before the token at start with
// only quote marks, adjectives and a kind of company (companyKinds)
// between: «у нидерландской Shell», «у компании „Ренова“».
func (x *Extractor) afterFrom(toks []doc.Token, start int) bool {
	w := tokenAt(toks, start)
	for j := w - 1; j >= 0 && j >= w-4; j-- {
		t := toks[j].Text
		if strings.EqualFold(t, "у") {
			return true
		}
		if quoteMark(t) {
			continue
		}
		if l, pos := x.lemma(t); !companyKinds[l] && pos != morph.ADJF {
			return false
		}
	}
	return false
}

// buyerAt reports whether the company mention m reads as the dative buyer
// (soldTo); sold tells whether the verb sold a company before it, verbEnd
// is where the verb ends: a dative right after it is the buyer whatever
// else the word may read as («продал компании „Северсталь“ 30% акций»).
func (x *Extractor) buyerAt(toks []doc.Token, m mention, sold bool, verbEnd int) bool {
	w := tokenAt(toks, m.Start)
	if w < 0 {
		return false
	}
	if w > 0 && quoteMark(toks[w-1].Text) {
		w-- // «компании „Северсталь“»: the quote before the name
	}
	if w > 0 {
		if l, _ := x.lemma(toks[w-1].Text); companyKinds[l] {
			w-- // the kind noun carries the case
		} else {
			w = tokenAt(toks, m.Start)
		}
	}
	if w > 0 {
		if l, _ := x.lemma(toks[w-1].Text); stakeNouns[l] {
			return false // «акций компании „Азот“»: the company sold
		}
	}
	datv, other := false, false
	for _, p := range x.A.Parse(toks[w].Text) {
		switch {
		case p.Tag.Is(morph.Datv):
			datv = true
		case p.Tag.Is(morph.Gent) || p.Tag.Is(morph.Accs):
			other = true
		}
	}
	return datv && (!other || sold || w > 0 && toks[w-1].End == verbEnd)
}

// completeVerbs are the verbs that close a deal told by its noun
// («завершила поглощение», «закрыл сделку по покупке»).
var completeVerbs = map[string]bool{"завершить": true, "закрыть": true}

// dealNouns are the nouns of a deal a verb of completeVerbs takes.
var dealNouns = map[string]bool{"покупка": true, "приобретение": true, "поглощение": true, "слияние": true, "продажа": true}

// closedDeal returns the index of the deal noun that the finite verb of
// completeVerbs at toks[v] closes, a company after it (boughtCompany),
// or -1: «„Акрон“ завершил поглощение „Дорогобужа“», «„Магнит“ закрыл
// сделку по покупке сети „Дикси“». The verb and the noun are one
// ACQUISITION trigger, so the verb's subject is the agent and the company
// the object. NEREL train and dev have no such phrase (0 of 0); a deal noun
// alone stays no trigger (ev20b: it lowered NEREL train and dev).
func (x *Extractor) closedDeal(toks []doc.Token, v int, orgs map[int]bool) int {
	n := v + 1
	if n < len(toks) {
		if l, _ := x.lemma(toks[n].Text); l == "сделка" && n+2 < len(toks) && strings.EqualFold(toks[n+1].Text, "по") {
			n += 2 // «сделку по покупке»
		}
	}
	if n >= len(toks) {
		return -1
	}
	if l, pos := x.lemma(toks[n].Text); !dealNouns[l] || pos != morph.NOUN || !x.boughtCompany(toks, n, orgs) {
		return -1
	}
	return n
}
