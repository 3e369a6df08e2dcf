package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// performVerbs are the lemmas of the verbs of performing or composing a
// work whose object its title is («исполнила „Польский реквием“»).
var performVerbs = map[string]bool{
	"исполнить": true, "исполнять": true, "спеть": true, "петь": true, "сочинить": true, "сочинять": true,
	"написать": true, "писать": true, "поставить": true, "ставить": true, "экранизировать": true,
	"записать": true, "записывать": true, "прочитать": true, "прочесть": true,
}

// performedWorks makes a quoted ORGANIZATION right after a verb of
// performing or composing (performVerbs) and right before a PERSON in the
// genitive, its author, a WORK_OF_ART, and every other ORGANIZATION of
// the text with the same words: «филармония исполнила „Польский реквием“
// Кшиштофа Пендерецкого», then «Пендерецкий написал „Польский реквием“».
// NEREL annotates a title so placed a work (train: «„Травиата“ Верди»,
// «„Мост Ватерлоо“ Клода Моне»); the recognizer read a title of an
// adjective and a noun as an organization. Both the verb and the author
// are asked: «как написал „Коммерсантъ“» (the paper the subject) has no
// author after it, «главный тренер „Спартака“ Дмитрий Аленичев» no verb
// before.
func (r *Refiner) performedWorks(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(performVerbs) {
		return ms
	}
	persons := personsByStart(ms)
	if persons == nil {
		return ms
	}
	titles := map[string]bool{}
	eachQuote(sents, 1, func(toks []doc.Token, i, j int) {
		if j+1 >= len(toks) || !r.performVerb(toks[i-1].Text) {
			return
		}
		p, ok := persons[toks[j+1].Start]
		if !ok {
			return
		}
		pt := sentenceTokens(sents, p)
		_, last := mentionTokens(pt, p)
		if last < 0 || !r.genitiveOnly(pt[last].Text) {
			return
		}
		for _, m := range ms {
			if m.Type == "ORGANIZATION" && m.Start == toks[i+1].Start && m.End == toks[j-1].End {
				titles[m.Text] = true
			}
		}
	})
	if len(titles) == 0 {
		return ms
	}
	return retyped(ms, func(m doc.Mention) string {
		if m.Type == "ORGANIZATION" && titles[m.Text] {
			return "WORK_OF_ART"
		}
		return ""
	})
}

// performVerb reports whether w is a form of a verb of performVerbs.
func (r *Refiner) performVerb(w string) bool {
	for _, p := range r.parse(w) {
		if pos := p.Tag.POS(); (pos == morph.VERB || pos == morph.INFN || pos == morph.PRTF || pos == morph.GRND) && performVerbs[fold(p.Normal)] {
			return true
		}
	}
	return false
}

// genitiveOnly reports whether w has a genitive reading and no nominative
// one («Пендерецкого», not «Иванов», a surname as well as «Иван»'s plural).
func (r *Refiner) genitiveOnly(w string) bool {
	gen := false
	for _, p := range r.parse(w) {
		switch p.Tag.Case() {
		case morph.Nomn:
			return false
		case morph.Gent:
			gen = true
		}
	}
	return gen
}
