package refine

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// launchLemmas are the lemmas of the words that tell a launch or a docking
// in space: «стартовал», «запуска», «пуск», «пристыковался».
var launchLemmas = map[string]bool{
	"стартовать": true, "пуск": true, "запуск": true, "пристыковаться": true, "отстыковаться": true,
}

// spaceLemmas are the lemmas of the nouns that put a sentence in space
// flight: a rocket, a craft, a spaceport, the orbit.
var spaceLemmas = map[string]bool{
	"ракета": true, "ракета-носитель": true, "спутник": true, "корабль": true, "космодром": true,
	"орбита": true, "мкс": true, "космонавт": true, "астронавт": true,
}

// launchEvents adds an EVENT over a word of a launch or a docking
// (launchLemmas) in a sentence about space flight (a noun of spaceLemmas
// or a spaceport's name: «корабль „Союз ТМА-08М“ стартовал с космодрома
// Байконур», «Пуск прошел в штатном режиме» after a sentence about the
// rocket, «пристыковался к МКС»), which the recognizer leaves out. NEREL
// tags such words so (train: «стартовал», «аварийного запуска трех
// спутников», «пристыковался» twice). A word a mention already covers is
// left; so is a launch of anything else («запуск производства», no space
// noun near).
func (r *Refiner) launchEvents(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(launchLemmas) || !r.mayHave(spaceLemmas) {
		return ms
	}
	var added []doc.Mention
	for si, s := range sents {
		if !r.spaceSentence(s) && !(si > 0 && r.spaceSentence(sents[si-1]) && r.launchOpens(s)) {
			continue
		}
		for _, t := range s.Tokens {
			if !slices.ContainsFunc(r.facts(t.Text).lemmas, func(l string) bool { return launchLemmas[l] }) || overlapsAny(ms, t.Span) {
				continue
			}
			added = append(added, doc.Mention{Span: t.Span, Text: t.Text, Type: "EVENT"})
		}
	}
	return withAdded(ms, added)
}

// spaceSentence reports whether a word of s is a noun of spaceLemmas.
func (r *Refiner) spaceSentence(s doc.Sentence) bool {
	return slices.ContainsFunc(s.Tokens, func(t doc.Token) bool { return anyIn(r.nounLemmas(t.Text), spaceLemmas) })
}

// launchOpens reports whether s opens with a noun of a launch that no
// genitive noun follows («Пуск прошел в штатном режиме», which refers to
// the launch told before; not «Запуск строительства газопровода», NEREL
// train's one such sentence after a space noun's).
func (r *Refiner) launchOpens(s doc.Sentence) bool {
	return len(s.Tokens) > 1 && anyIn(r.nounLemmas(s.Tokens[0].Text), launchLemmas) && r.genitiveOf(s.Tokens[1].Text) != morph.NOUN
}
