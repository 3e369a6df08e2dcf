package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// nameYears gives the year written after a hyphen in a one-word name
// («ЧМ-2018», «Олимпиаде-2016», «ЕГЭ-2013», «Сочи-2014», «COVID-19») a
// DATE of its own, as NEREL tags it: the tokenizer keeps the word whole,
// so the recognizer, a tagger of whole tokens, can only type the word.
// NEREL train tags the four digits of a year so after a word and a hyphen
// in 29 of its 29 cases (ЧМ-2018 ×10, Сочи-2014 ×3, Олимпиаде-2016, …),
// nesting the whole word, when tagged, as an EVENT or an AWARD and never
// as a date or a place. So:
//   - a DATE or NUMBER of exactly the word is an EVENT («ЧМ-2018»: train
//     tags 12 of the 17 words the recognizer typed so as events, the other
//     5 lie in longer names);
//   - a place of exactly the word («Сочи-2014» read as a CITY, «Америка-2013»
//     a COUNTRY: 7 in train) is dropped;
//   - the digits get a DATE when no mention covers them.
//
// Two digits are a year only in a disease's name («COVID-19»: the
// coronavirus disease of 2019, which NEREL dev tags so 14 times; train has
// no such name), since «Самбо-70» and «Египет-25» are no dates.
func nameYears(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	for _, s := range sents {
		for _, t := range s.Tokens {
			n := yearSuffix(t.Text)
			if n == 0 {
				continue
			}
			year := doc.Span{Start: t.End - n, End: t.End}
			disease, dated := false, false
			for _, m := range ms {
				if m.Span == t.Span && m.Type == "DISEASE" {
					disease = true
				}
				if m.Span == year {
					dated = true
				}
			}
			if n == 2 && !disease || dated {
				continue
			}
			out = own(out, ms)
			kept := out[:0]
			for _, m := range out {
				if m.Span == t.Span && isPlaceType(m.Type) {
					continue
				}
				if m.Span == t.Span && (m.Type == "DATE" || m.Type == "NUMBER") {
					m.Type = "EVENT"
				}
				kept = append(kept, m)
			}
			rs := []rune(t.Text)
			out = append(kept, doc.Mention{Span: year, Text: string(rs[len(rs)-n:]), Type: "DATE"})
			ms = out
		}
	}
	if out == nil {
		return ms
	}
	return sortedMentions(out)
}

// yearSuffix returns the number of digits of a year that ends the word
// after a hyphen and at least two letters: 4 for a year of 1800 to 2099
// («ЧМ-2018»), 2 for two digits («COVID-19»), else 0.
func yearSuffix(w string) int {
	if len(w) < 5 || w[len(w)-1] < '0' || w[len(w)-1] > '9' {
		return 0 // (most words: asked of every token)
	}
	rs := []rune(w)
	i := len(rs)
	for i > 0 && rs[i-1] >= '0' && rs[i-1] <= '9' {
		i--
	}
	n := len(rs) - i
	if n != 2 && n != 4 || i < 3 || rs[i-1] != '-' {
		return 0
	}
	for _, r := range rs[:i-1] {
		if !tokenize.IsLetter(r) {
			return 0
		}
	}
	if n == 4 && !yearDigits(rs[i:]) {
		return 0
	}
	return n
}
