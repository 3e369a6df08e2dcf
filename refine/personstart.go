package refine

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// nounOpenedPersons cuts the first word off a PERSON that opens its
// sentence with a capitalized common noun the dictionary knows in no
// name's reading, before a name in the genitive: «Визит Лаврова в Анкару
// начнется в понедельник» was the person «Визит Лаврова» (the capital of
// the sentence's first word misled the recognizer); the person is
// «Лаврова». A word with any reading of a first name, surname, patronymic,
// place or organization (Роман, Вера, Ангела) stays, and so does a word of
// three letters or fewer. The person's other words must be names the
// dictionary knows in the genitive: names of other tongues that are
// Russian nouns too stay («Франк Веркотерен», «Рами
// Хамдалла»).
//
// It also ends a PERSON before a lower-case common noun it ran over
// (commonNounOnly): «Джонсон неделю провел в больнице» → «Джонсон».
// NEREL's persons end at the name; a lower-case word inside a name is a
// particle or a name's prefix («аль-Багдади», «младшего»), which the
// dictionary does not read as a common noun alone. A nickname of an
// adjective and a noun stays whole («Железная леди», «Солнечный клоун»).
func (r *Refiner) nounOpenedPersons(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "PERSON" {
			continue
		}
		toks := sentenceTokens(sents, m)
		i, j := mentionTokens(toks, m)
		var rest doc.Span
		switch {
		case i == 0 && j >= i+1 && tokenize.StartsUpper(toks[i].Text) && len([]rune(toks[i].Text)) >= 4 && r.commonNounOnly(toks[i].Text) && r.genitiveNames(toks[i+1:j+1]):
			rest = doc.Span{Start: toks[i+1].Start, End: m.End}
		case i >= 0 && j > i && !tokenize.StartsUpper(toks[j].Text) && r.commonNounOnly(toks[j].Text) && r.adjectiveReadings(toks[j-1].Text) == 0:
			rest = doc.Span{Start: m.Start, End: toks[j-1].End}
		case i == 0 && j == i+1 && tokenize.StartsUpper(toks[i].Text) && len([]rune(toks[i].Text)) >= 4 && r.commonNounOnly(toks[i].Text) && r.inanimate(toks[i].Text) && r.genitiveThing(toks[j].Text):
			drop[m.Span] = true // (no person at all: «Индекс Мосбиржи снизился»)
			continue
		default:
			continue
		}
		drop[m.Span] = true
		added = append(added, doc.Mention{Span: rest, Text: string(text[rest.Start:rest.End]), Type: "PERSON"})
	}
	if len(drop) == 0 {
		return ms
	}
	out := slices.DeleteFunc(slices.Clone(ms), func(m doc.Mention) bool { return drop[m.Span] && m.Type == "PERSON" })
	return sortedMentions(append(out, added...))
}

// inanimate reports whether every reading of w is inanimate («Индекс»,
// not «Аленка»).
func (r *Refiner) inanimate(w string) bool {
	for _, p := range r.parse(w) {
		if !p.Tag.Is(morph.Inan) {
			return false
		}
	}
	return true
}

// genitiveThing reports whether w, the second word of a PERSON opened by
// a common noun, reads first (its likeliest reading) as a genitive
// singular common noun, and the dictionary itself knows no name in it: «Индекс
// Мосбиржи» is a thing of an organization, no person; «Доктор Хаус» (a
// nominative) and «Визит Лаврова» (a surname) are not such.
func (r *Refiner) genitiveThing(w string) bool {
	ps := r.parse(w)
	if len(ps) == 0 || !tokenize.IsWord(w) || !tokenize.StartsUpper(w) {
		return false
	}
	if p := ps[0]; p.Tag.POS() != morph.NOUN || p.Tag.Case() != morph.Gent || p.Tag.Number() != morph.Sing || properTag(p) || p.Tag.Is(morph.Patr) {
		return false
	}
	for _, p := range ps {
		if p.Method() == morph.MethodDictionary && (properTag(p) || p.Tag.Is(morph.Patr)) {
			return false
		}
	}
	return true
}

// commonNounOnly reports whether the dictionary knows w, and every reading
// of it is a common noun.
func (r *Refiner) commonNounOnly(w string) bool {
	ps := r.parse(w)
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		if p.Tag.POS() != morph.NOUN || p.Method() != morph.MethodDictionary || properTag(p) || p.Tag.Is(morph.Orgn) || p.Tag.Is(morph.Patr) {
			return false
		}
	}
	return true
}

// genitiveNames reports whether the dictionary itself (not its guesser)
// reads every one of toks as a first name, patronymic or surname in the
// genitive («Сергея Лаврова»).
func (r *Refiner) genitiveNames(toks []doc.Token) bool {
	for _, t := range toks {
		if !r.genitiveName(t.Text) {
			return false
		}
	}
	return true
}

func (r *Refiner) genitiveName(w string) bool {
	for _, p := range r.parse(w) {
		if p.Method() == morph.MethodDictionary && (p.Tag.Is(morph.Surn) || p.Tag.Is(morph.Name) || p.Tag.Is(morph.Patr)) && p.Tag.Case() == morph.Gent {
			return true
		}
	}
	return false
}
