package relation

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/morph"
)

// appointVerbs are the lemmas of the verbs that give the person after them
// (accusative) the post after him (instrumental): «утвердил Германа Грефа
// президентом».
var appointVerbs = map[string]bool{"назначить": true, "утвердить": true, "избрать": true, "переизбрать": true, "назначать": true, "утверждать": true, "избирать": true}

// appointTrigger reports whether w reads first as a finite active form of
// an appointment verb.
func appointTrigger(w string) bool {
	ps := readings(w)
	return len(ps) > 0 && appointVerbs[ps[0].Normal] && finiteActive(w) // (a verb: finiteActive)
}

// appointed finds WORKS_AS from the person right after an appointment verb
// to each post in the instrumental right after him, coordinated by «и» or
// a comma: «Наблюдательный совет Сбербанка утвердил Германа Грефа
// президентом и председателем правления банка»; and WORKPLACE from him to
// the organization named before the verb that a kind noun right after
// the posts refers to (appointingOrg: «банка», «организации»). Without
// such a person and post it is lawmaker's («утвердил закон»).
func (c *patternContext) appointed(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	person := c.startingAt(si, ti+1, "PERSON")
	if person < 0 {
		return c.lawmaker(out, si, ti)
	}
	k := c.tokenOf[person].last + 1
	posts := 0
	for k < len(toks) {
		post := c.startingAt(si, k, "PROFESSION")
		if post < 0 || !instrumental(toks[k].Text) {
			break
		}
		out = append(out, c.found("WORKS_AS", person, post))
		posts++
		k = c.tokenOf[post].last + 1
		if k+1 < len(toks) && (strings.EqualFold(toks[k].Text, "и") || toks[k].Text == ",") {
			k++
			continue
		}
		break
	}
	if posts > 0 && k < len(toks) {
		if org := c.appointingOrg(si, ti, strings.ToLower(toks[k].Text)); org >= 0 {
			out = append(out, c.found("WORKPLACE", person, org))
		}
	}
	return out
}

// appointingOrg returns the organization a kind noun after the posts
// refers to («президентом организации», «председателем правления
// банка»): of the organizations before the verb at ti in sentence si, the
// one ending last of the kind (ofKind, or for «компания» one named with a
// company's form, company: «ПАО „Ростелеком“»; any for «организация»), the
// shortest of those ending there («Сбербанк» inside «Наблюдательный совет
// Сбербанка»); -1 when the word is no kind or none is named.
func (c *patternContext) appointingOrg(si, ti int, noun string) int {
	kind := orgKind(noun)
	if kind == "" {
		return -1
	}
	verb := c.sents[si].Tokens[ti].Start
	best := -1
	for _, i := range c.bySent[si] {
		m := c.ms[i]
		if m.Type != "ORGANIZATION" || m.End > verb || kind != "организаци" && !c.ofKind(i, kind) && !(kind == "компани" && c.company(i)) {
			continue
		}
		if best < 0 || m.End > c.ms[best].End || m.End == c.ms[best].End && m.End-m.Start < c.ms[best].End-c.ms[best].Start {
			best = i
		}
	}
	return best
}

// becameVerbs tie a post in the instrumental before them to the person
// after them (becamePost). The forms of «остаться» («Президентом
// фестиваля остается продюсер Александр Роднянский») tie one too; NEREL
// train and dev have no such phrase with a post, and the model's WORKS_AS
// was dropped by farPosts for the «продюсер» right before the name.
var becameVerbs = []string{"стал", "стала", "станет", "становится", "назначен", "назначена", "избран", "избрана", "утвержден", "утверждён", "утверждена",
	"стали", "станут", "назначены", "избраны", "утверждены", "выступил", "выступила", "выступили", "выступит", "выступят", "выступает", "выступают",
	"остается", "остаётся", "остался", "осталась", "останется", "остаются", "остались", "останутся",
	"является", "являлся", "являлась", "являются", "являлись"}

// becamePost finds WORKS_AS from the person after a verb of becoming or
// appointing to the post in the instrumental that ends right before the
// verb: «Председателем жюри стал режиссер Павел Лунгин», «Мэром Детройта
// избран легендарный баскетболист Дэйв Бинг». The person follows within
// eight tokens, no comma, colon, dash or parenthesis between, and is no
// genitive of a noun (dependentName). NEREL train
// relates them so in 29 of 33 such phrases (the others: a post of the
// person's own before him, «тренером стал тренер „академиков“ Сергей
// Первушин», which WORKS_AS gives too).
func (c *patternContext) becamePost(out []Found, si, ti int) []Found {
	post := c.predicateBefore(si, ti-1)
	if end := c.postEnd(si, ti); post < 0 && end < ti-1 {
		post = c.predicateBefore(si, end)
	}
	if post < 0 {
		return out
	}
	toks := c.sents[si].Tokens
	for k := ti + 1; k < len(toks) && k <= ti+8; k++ {
		if p := c.startingAt(si, k, "PERSON"); p >= 0 && !c.dependentName(si, k) {
			return append(out, c.found("WORKS_AS", p, post))
		}
		if isAny(toks[k].Text, ",", ";", ":", "(", ")", "—", "–") {
			break
		}
	}
	return out
}

// predicateBefore returns the longest PROFESSION mention of sentence si
// that ends at token end and opens with a word in the instrumental, or -1.
func (c *patternContext) predicateBefore(si, end int) int {
	post := -1
	for _, i := range c.bySent[si] {
		if mt := c.tokenOf[i]; c.ms[i].Type == "PROFESSION" && mt.last == end && instrumental(c.sents[si].Tokens[mt.first].Text) &&
			(post < 0 || c.ms[i].End-c.ms[i].Start > c.ms[post].End-c.ms[post].Start) {
			post = i
		}
	}
	return post
}

// postEnd returns the token where the predicate post of the verb of
// becoming at token ti of sentence si ends when no post ends right before
// the verb: the one before that when an auxiliary («был избран») or a
// lower-case genitive noun stands between («Режиссёром картины станет …»,
// «Продюсером фильма выступил …»); else ti-1.
func (c *patternContext) postEnd(si, ti int) int {
	if ti < 2 {
		return ti - 1
	}
	if d := c.dateEndingAt(si, ti-1); d >= 0 && c.tokenOf[d].first >= 2 {
		// «Председателем правления банка с 2021 года являлся …»: the post
		// before the date
		ti = c.tokenOf[d].first
	}
	w := c.sents[si].Tokens[ti-1].Text
	if isAnyFold(w, []string{"был", "была", "были"}) {
		return ti - 2
	}
	if !unicode.IsLower(firstRune(w)) {
		return ti - 1
	}
	if ps := readings(w); len(ps) > 0 && ps[0].Tag.POS() == morph.NOUN && ps[0].Tag.Case() == morph.Gent {
		return ti - 2
	}
	return ti - 1
}

// dateEndingAt returns a DATE mention of sentence si that ends at token k
// («с 2021 года», «в 2020 году»), or -1.
func (c *patternContext) dateEndingAt(si, k int) int {
	for _, i := range c.bySent[si] {
		if mt := c.tokenOf[i]; c.ms[i].Type == "DATE" && mt.last == k {
			return i
		}
	}
	return -1
}

// dependentName reports whether the name starting at token k of sentence
// si is the genitive of the common noun right before it, which no post or
// nationality mention covers: «близкий друг В. Лукашенко экс-пограничник
// Вадим Зайцев» — the friend's friend is not the subject.
func (c *patternContext) dependentName(si, k int) bool {
	if k < 1 {
		return false
	}
	for _, i := range c.bySent[si] {
		if mt := c.tokenOf[i]; mt.last == k-1 && isAny(c.ms[i].Type, "PROFESSION", "NATIONALITY") {
			return false
		}
	}
	w := c.sents[si].Tokens[k-1].Text
	ps := readings(w)
	return unicode.IsLower(firstRune(w)) && len(ps) > 0 && ps[0].Tag.POS() == morph.NOUN
}

// predicatePost reports whether post mention i is the predicate of a verb
// of becoming or appointing right after it, in the instrumental: its
// holder is that verb's subject after it, even with a post of his own
// before his name («Председателем жюри стал режиссер Павел Лунгин»), which
// farPost must not take for a post of another clause; an auxiliary or a
// genitive noun may stand between (postEnd).
func (c *patternContext) predicatePost(i int) bool {
	mt := c.tokenOf[i]
	if mt.sent < 0 {
		return false
	}
	toks := c.sents[mt.sent].Tokens
	if !instrumental(toks[mt.first].Text) {
		return false
	}
	return mt.last+1 < len(toks) && isAnyFold(toks[mt.last+1].Text, becameVerbs) ||
		mt.last+2 < len(toks) && isAnyFold(toks[mt.last+2].Text, becameVerbs) && c.postEnd(mt.sent, mt.last+2) == mt.last
}
