package relation

import (
	"sort"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// workLemmas are the lemmas of the nouns of a work of art or of writing
// («песня», «фильм», «роман», «работа»).
var workLemmas = map[string]bool{
	"работа": true, "фильм": true, "песня": true, "роман": true, "альбом": true, "книга": true, "картина": true,
	"спектакль": true, "пьеса": true, "сингл": true, "хит": true, "произведение": true, "стихотворение": true,
	"повесть": true, "сериал": true, "лента": true, "композиция": true, "трек": true, "сборник": true, "опера": true,
	"балет": true, "симфония": true, "полотно": true, "рассказ": true, "мультфильм": true, "клип": true,
	"пластинка": true, "постановка": true, "кинолента": true, "кинокартина": true, "поэма": true,
}

// possessiveWorks adds PRODUCES from a person named before to the works of
// art a sentence that names no person gives him by a possessive pronoun
// before or after a work noun, adjectives between them: «Самые известные
// его работы — „Девятый вал“, …», «Его самые известные песни: „Suzanne“,
// „Hallelujah“», «В 2005 году вышел её дебютный альбом „Жанна“». The
// person is the pronoun's antecedent (pronounAntecedent, of the
// pronoun's gender, or that of a pronoun subject of that gender in the
// sentence before: «Он снял картину „Последний концерт“ о последних днях
// Виктора Цоя. Самые известные его работы — „Прогулка“ …» is Учитель's);
// the works are the WORK_OF_ART mentions after the
// work noun. NEREL relates the author to each work so named (the pronoun
// pass leaves PRODUCES out: «Он …» is seldom the author). subs are the
// document's pronoun subjects (pronounSubjects).
func possessiveWorks(c *patternContext, subs []pronounSubject, out []Found, have map[Found]bool) []Found {
	var subjects map[int]pronounSubject // by sentence
	for si := 1; si < len(c.sents); si++ {
		noun, g := possessiveWorkNoun(c, si)
		if noun < 0 {
			continue
		}
		if subjects == nil {
			subjects = map[int]pronounSubject{}
			for _, s := range subs {
				subjects[s.sent] = s
			}
		}
		ante, anteSent := pronounAntecedent(c, si, g)
		if s, ok := subjects[si-1]; ok && pronounGenders[strings.ToLower(c.sents[si-1].Tokens[s.tok].Text)] == g {
			ante, anteSent = s.ante, s.anteSent // a chain: «Он снял картину … о Викторе Цое. Самые известные его работы …»
		}
		if ante < 0 || quoteOpens(c.sents[anteSent]) {
			continue
		}
		works := []int{}
		for _, k := range c.bySent[si] {
			if c.ms[k].Type == "WORK_OF_ART" && c.tokenOf[k].first > noun && !nestedIn(c.ms, k) {
				works = append(works, k)
			}
		}
		sort.Slice(works, func(a, b int) bool { return c.ms[works[a]].Start < c.ms[works[b]].Start })
		toks := c.sents[si].Tokens
		for i, k := range works {
			if i == 0 && !plainGap(toks[noun+1:c.tokenOf[k].first], 6) || i > 0 && !worksListGap(toks[c.tokenOf[works[i-1]].last+1:c.tokenOf[k].first]) {
				break
			}
			f := Found{Type: "PRODUCES", Head: ante, Tail: k, Score: 1}
			if have[relKey(f)] {
				continue
			}
			have[relKey(f)] = true
			f.Evidence = doc.Span{Start: c.sents[anteSent].Start, End: c.sents[si].End}
			out = append(out, f)
		}
	}
	return out
}

// possessiveWorkNoun returns the token of the work noun a possessive
// pronoun of one person goes with in sentence si, the pronoun right before
// it or adjectives between them, or the pronoun after it with adjectives
// only before it («Самые известные его работы»), and the pronoun's gender;
// -1 when there is none or the sentence names a person (outside quotes:
// «Матильда» is a film's title tagged a person).
func possessiveWorkNoun(c *patternContext, si int) (int, morph.Grammeme) {
	toks := c.sents[si].Tokens
	for _, k := range c.bySent[si] {
		if first := c.tokenOf[k].first; c.ms[k].Type == "PERSON" && (first == 0 || !isAny(toks[first-1].Text, "«", "\"", "„")) {
			return -1, 0 // a person in quotes is a title: «Матильда»
		}
	}
	for ti, t := range toks {
		g, ok := possessiveGenders[strings.ToLower(t.Text)]
		if !ok {
			continue
		}
		for n := ti + 1; n < len(toks) && n <= ti+4; n++ {
			ps := readings(toks[n].Text)
			if len(ps) == 0 {
				break
			}
			if workLemmas[ps[0].Normal] && ps[0].Tag.POS() == morph.NOUN {
				return n, g
			}
			if ps[0].Tag.POS() != morph.ADJF && ps[0].Tag.POS() != morph.ADVB && ps[0].Tag.POS() != morph.PRTF {
				break
			}
		}
	}
	return -1, 0
}

// plainGap reports whether the tokens between a work noun and the first
// work it names are at most n and hold no preposition: «Самые известные
// его работы — „Девятый вал“», «Среди его работ СМИ выделяют Goodbye My
// Love»; not «его работы в картинах „Узник замка Иф“» (an actor's roles)
// nor «Её композиция на музыку из фильма „Список Шиндлера“».
func plainGap(toks []doc.Token, n int) bool {
	if len(toks) > n {
		return false
	}
	for _, t := range toks {
		if ps := readings(t.Text); len(ps) > 0 && ps[0].Tag.POS() == morph.PREP {
			return false
		}
	}
	return true
}

// worksListGap reports whether the tokens between two works are those of a
// list: punctuation, numbers (a year in brackets) and «и», «или».
func worksListGap(toks []doc.Token) bool {
	for _, t := range toks {
		if isWordRune(firstRune(t.Text)) && !isAny(strings.ToLower(t.Text), "и", "или", "г", "год", "года") && (firstRune(t.Text) < '0' || firstRune(t.Text) > '9') {
			return false
		}
	}
	return true
}

// quoteOpens reports whether sentence s ends with a colon: what follows
// is its speaker's words, whose pronouns are not the speaker («Президент
// Польши Анджей Дуда написал в Twitter: … прозвучало его монументальное
// произведение „Польский реквием“» — the composer's).
func quoteOpens(s doc.Sentence) bool {
	return len(s.Tokens) > 0 && s.Tokens[len(s.Tokens)-1].Text == ":"
}

// createVerbs are the lemmas of the verbs by which an author makes a work:
// «Он снял картину „Мурманск-198“», «она написала роман».
var createVerbs = map[string]bool{
	"снять": true, "написать": true, "создать": true, "выпустить": true, "записать": true, "сочинить": true,
	"поставить": true, "опубликовать": true, "издать": true, "нарисовать": true, "срежиссировать": true, "спродюсировать": true,
}

// createsAfter reports whether a verb of making a work (createVerbs)
// follows the pronoun subject at token ti within three words, or is the
// verb at ti of a left-out subject («В 1980 году снял свой первый фильм
// „…“»): the pronoun passes give the antecedent PRODUCES then only.
func createsAfter(toks []doc.Token, ti int) bool {
	for k := ti; k < len(toks) && k <= ti+3; k++ {
		for _, p := range readings(toks[k].Text) {
			if (p.Tag.POS() == morph.VERB || p.Tag.POS() == morph.INFN) && createVerbs[p.Normal] {
				return true
			}
		}
	}
	return false
}
