package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// periodNouns are the folded forms of the parts of a year that an
// ordinal counts in companies' reports: «во втором квартале», «за первое
// полугодие».
var periodNouns = map[string]bool{
	"квартал": true, "квартала": true, "квартале": true, "кварталу": true, "кварталом": true,
	"полугодие": true, "полугодия": true, "полугодии": true, "полугодию": true, "полугодием": true,
}

// periodPrepositions open a DATE of a part of a year: NEREL v1.1 tags
// «во втором квартале 2014 года», «за первый квартал 2012 года» with the
// preposition.
var periodPrepositions = map[string]bool{"в": true, "во": true, "за": true}

// periodYearWords are the adjectives of a year that a part of it may take
// instead of the year's number: «в первом квартале прошлого года».
var periodYearWords = map[string]bool{
	"прошлого": true, "текущего": true, "этого": true, "следующего": true, "нынешнего": true, "позапрошлого": true,
}

// romanQuarters are the quarters and halves in Roman numerals.
var romanQuarters = map[string]bool{"I": true, "II": true, "III": true, "IV": true}

// monthLemmas are the months' names.
var monthLemmas = map[string]bool{
	"январь": true, "февраль": true, "март": true, "апрель": true, "май": true, "июнь": true,
	"июль": true, "август": true, "сентябрь": true, "октябрь": true, "ноябрь": true, "декабрь": true,
}

// periodDates makes a part of a year counted by an ordinal a DATE: «во
// втором квартале», «за первое полугодие 2025 года», «в III квартале
// прошлого года» — from the preposition (в, во, за) to the noun, or on to
// the year that follows («2025 года», «прошлого года»). The recognizer
// tags the ordinal alone an ORDINAL when no year follows. It also makes a
// range of two months joined by a hyphen in one word a DATE, «за
// январь-март», «в июле-сентябре», which the recognizer reads as a town
// or a product. A quarter followed by a name is a town's («во втором
// квартале Саранска») and is left. The mentions inside the new DATE are dropped; nothing is
// done where a DATE spans the words already. NEREL v1.1 train holds three
// such quarters, each tagged with its preposition and year, none without
// a year; the months' ranges are not there.
func (r *Refiner) periodDates(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	quarters, months := r.mayHaveWord(periodNouns), r.mayHave(monthLemmas)
	if !quarters && !months {
		return ms
	}
	drop := map[doc.Mention]bool{}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := range toks {
			start, end := -1, -1
			switch {
			case quarters && i+1 < len(toks) && periodNouns[fold(toks[i+1].Text)] &&
				(romanQuarters[toks[i].Text] || tokenize.StartsLower(toks[i].Text) && r.ordinalAdjective(toks[i].Text)):
				start, end = i, i+1
				if i+2 < len(toks) && tokenize.StartsUpper(toks[i+2].Text) && !romanQuarters[toks[i+2].Text] && !yearNumber(toks[i+2].Text) {
					continue // (a quarter of a town: «во втором квартале Саранска»)
				}
				if i+3 < len(toks) && periodYearWords[fold(toks[i+2].Text)] && fold(toks[i+3].Text) == "года" {
					end = i + 3
				} else if i+3 < len(toks) && yearNumber(toks[i+2].Text) && (fold(toks[i+3].Text) == "года" || fold(toks[i+3].Text) == "г") {
					end = i + 3
				}
			case months && strings.Count(toks[i].Text, "-") == 1 && r.monthRange(toks[i].Text):
				start, end = i, i
			default:
				continue
			}
			if start > 0 && periodPrepositions[fold(toks[start-1].Text)] {
				start--
			}
			sp := doc.Span{Start: toks[start].Start, End: toks[end].End}
			if insideOf(ms, toks[i].Span, "DATE") {
				continue
			}
			for _, m := range ms {
				if m.Start >= sp.Start && m.End <= sp.End || m.Start < toks[i].End && m.End > toks[i].Start && m.Start >= sp.Start {
					drop[m] = true
				}
			}
			added = append(added, doc.Mention{Span: sp, Type: "DATE", Text: string(text[sp.Start:sp.End])})
		}
	}
	return swapped(ms, drop, added)
}

// monthRange reports whether w is two months' names joined by a hyphen,
// each a word of a month: «январь-март», «июле-сентябре».
func (r *Refiner) monthRange(w string) bool {
	a, b, _ := strings.Cut(w, "-")
	return a != "" && b != "" && anyIn(r.nounLemmas(a), monthLemmas) && anyIn(r.nounLemmas(b), monthLemmas)
}
