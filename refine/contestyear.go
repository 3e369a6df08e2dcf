package refine

import (
	"github.com/factgraph/factgraph/doc"
)

// contestStems are the lemmas (or, for an abbreviation the dictionary
// lacks, the folded word) of the sports contests NEREL names with a year
// after a hyphen: «ЧМ-2018», «Олимпиаде-2016», «Олимпийских Игр-2012»,
// «драфте-1989».
var contestStems = map[string]bool{
	"чм": true, "че": true, "олимпиада": true, "паралимпиада": true, "универсиада": true, "спартакиада": true,
	"игра": true, "драфт": true, "чемпионат": true, "первенство": true, "турнир": true,
}

// contestYears adds, inside an EVENT that ends in a word of a contest with
// its year after a hyphen («на ЧМ-2018», «Олимпийских Игр-2012»), the
// EVENT of the contest without the year («ЧМ», «Олимпийских Игр»), from
// the capitalized adjectives before the word that the mention holds.
// NEREL nests so in 17 of the 19 such names of train (ЧМ ×13,
// Олимпиаде ×3, Олимпийских Игр, драфте; not «Олимпиады-2008» twice);
// not a place («Сочи-2014») nor an exam («ЕГЭ-2013», dev: no inner EVENT).
// nameYears has given the year its DATE.
func (r *Refiner) contestYears(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	have := spansOf(ms, "EVENT")
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i, t := range toks {
			n := yearSuffix(t.Text)
			if n != 4 {
				continue
			}
			rs := []rune(t.Text)
			stem := string(rs[:len(rs)-n-1])
			if !contestStems[fold(stem)] && !anyIn(r.nounLemmas(stem), contestStems) {
				continue
			}
			start := i
			for start > 0 && r.capitalizedAdjective(toks[start-1].Text) && r.agree(toks[start-1].Text, stem) {
				start--
			}
			whole := false
			for k := start; k <= i && !whole; k++ {
				whole = have[doc.Span{Start: toks[k].Start, End: t.End}]
			}
			sp := doc.Span{Start: toks[start].Start, End: t.End - n - 1}
			if !whole || have[sp] {
				continue
			}
			have[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
		}
	}
	return withAdded(ms, added)
}
