package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// dayForms are the singular forms of «день» that open a holiday's name
// when capitalized («День Победы», «Дню учителя»).
var dayForms = map[string]bool{"день": true, "дня": true, "дню": true, "днем": true, "дне": true}

// holidays adds an EVENT over a capitalized form of «День» and the genitive
// phrase after it, a holiday's name the recognizer left out or cut short:
// «Дня Победы», «День Московского района», «Дня святого Давида», «Дня
// взятия Бастилии» (found as «Дня взятия»). NEREL train tags such a name
// an EVENT in 17 of its 20 uses (the recognizer finds 13); the others are a
// birthday («День рождения Роберта Мугабе», which the rule leaves) and a
// quoted title. A phrase whose noun is in lower case («взятия») runs on over
// one more capitalized genitive phrase («Бастилии»; not «День независимости
// страны»), and a year after the name is in it («День Победы 2017»). A
// lower-case chain of genitives («Дня работника органов безопасности
// Российской Федерации»), whose end the rule cannot tell, is left.
func (r *Refiner) holidays(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(dayForms) {
		return ms
	}
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			w := toks[i].Text
			if !tokenize.IsUpper(firstRune(w)) || !dayForms[fold(w)] || i > 0 && toks[i-1].Text == "«" || fold(toks[i+1].Text) == "рождения" {
				continue
			}
			end := r.genitivePhrase(toks, i+1)
			if end < 0 {
				continue
			}
			if tokenize.IsLower(firstRune(toks[end].Text)) {
				if k := r.genitivePhrase(toks, end+1); k > end && tokenize.IsUpper(firstRune(toks[end+1].Text)) {
					end = k
				} else if k > end {
					continue // a longer name in lower case («Дня работника органов безопасности …»)
				}
			}
			if end+1 < len(toks) && yearNumber(toks[end+1].Text) {
				end++
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[end].End}
			i = end
			if startsOver(ms, sp, "") {
				continue
			}
			for _, m := range ms {
				if m.Start == sp.Start && m.Type == "EVENT" {
					drop[m.Span] = true
				}
			}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return m.Type == "EVENT" && drop[m.Span] })
}

// maxGenitivePhrase bounds the adjectives of genitivePhrase.
const maxGenitivePhrase = 3

// genitivePhrase returns the last token of the genitive noun phrase
// (adjectives and a noun, in any case of letters) starting at token k, or
// -1: «Московского района», «святого Давида», «Победы».
func (r *Refiner) genitivePhrase(toks []doc.Token, k int) int {
	for j := k; j < len(toks) && j-k <= maxGenitivePhrase; j++ {
		w := toks[j].Text
		if r.genitive(w) && r.likeliest(w) == morph.NOUN {
			return j
		}
		if !r.genitiveAdjective(w) {
			return -1
		}
	}
	return -1
}

// startsOver reports whether a mention of ms of type typ (of any type for
// "") starts where sp does and ends at its end or after it.
func startsOver(ms []doc.Mention, sp doc.Span, typ string) bool {
	for _, m := range ms {
		if (typ == "" || m.Type == typ) && m.Start == sp.Start && m.End >= sp.End {
			return true
		}
	}
	return false
}

// yearNumber reports whether w is a year of four digits from 1000 to 2999.
func yearNumber(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
