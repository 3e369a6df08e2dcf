package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// prizeFronted reports whether a prize noun (prizes) stands before the
// «вручить» at toks[v], at most five words back with no punctuation but
// quotes between: «Медаль «За отвагу» глава государства вручил также
// Сергею Смирнову», «Орден Мужества президент вручил …» — the prize
// fronted, the verb an award all the same (gives reads only after it).
// Not an award ahead, «Награды будут вручены лауреатам на церемонии»: NEREL
// marks the ceremony.
func (x *Extractor) prizeFronted(toks []doc.Token, v int) bool {
	if v > 0 && (strings.EqualFold(toks[v-1].Text, "будут") || strings.EqualFold(toks[v-1].Text, "будет")) {
		return false
	}
	return v >= 0 && x.wordWithin(toks, v, -1, 6, prizes) >= 0
}

// wordWithin returns the index of the first word of set (by lemma) among
// the n words from toks[v] in the direction step (1 after, -1 before),
// quotes not counted, with no other punctuation between; else -1.
func (x *Extractor) wordWithin(toks []doc.Token, v, step, n int, set map[string]bool) int {
	words := 0
	for j := v + step; j >= 0 && j < len(toks) && words < n; j += step {
		w := toks[j].Text
		if quoteMark(w) || w == "»" || w == "“" || w == "”" {
			continue
		}
		words++
		l, pos := x.lemma(w)
		if set[l] {
			return j
		}
		if pos == morph.PNCT || punctMark(w) {
			return -1
		}
	}
	return -1
}

// laureate reports whether the person named at sp in toks, after an award
// verb, is who is awarded: not after a preposition, nor the name of a
// prize — a prize noun right after it, or right before it or before the
// capitalized words that lead to it («орденом Святого Андрея
// Первозванного», «Нобелевской премии»: the prize, an object; but «орден
// Мужества летчику Ивану Громову» awards Громов).
func (x *Extractor) laureate(toks []doc.Token, sp doc.Span) bool {
	first, last := doc.TokenRange(toks, sp)
	if first < 0 || x.afterPreposition(toks, first) {
		return false
	}
	if last+1 < len(toks) {
		if l, _ := x.lemma(strings.Trim(toks[last+1].Text, "«»\"")); prizes[l] {
			return false
		}
	}
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		w := strings.Trim(toks[j].Text, "«»\"")
		if l, _ := x.lemma(w); prizes[l] {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			break
		}
	}
	return true
}

// honoraryTitles are the lemmas of the words after «звание» that make it
// an honour, not a military or academic rank: «звание Героя России»,
// «звание «Заслуженный врач Российской Федерации»», «почетное звание»
// (not «присвоено звание генерал-полковника»: NEREL train's one such
// phrase, no event).
var honoraryTitles = map[string]bool{"герой": true, "заслуженный": true, "народный": true, "почетный": true}

// honoured reports whether the word at toks[v] of lemma l tells an award
// that «наградить» and «вручить» do not: «присвоить» with an honorary
// title (honoraryTitles or a quoted one) after «звание» (up to
// ten words before it, a quoted title put first, or four after).
func (x *Extractor) honoured(toks []doc.Token, v int, l string) bool {
	if v < 0 {
		return false
	}
	if l == "присвоить" {
		for j := max(0, v-10); j < len(toks) && j <= v+4; j++ {
			if tl, _ := x.lemma(toks[j].Text); tl != "звание" || j+1 >= len(toks) {
				continue
			}
			next := strings.Trim(toks[j+1].Text, "«»\"“”„")
			if next == "" && j+2 < len(toks) {
				return true // a quoted title: «звание «Заслуженный врач …»»
			}
			nl, _ := x.lemma(next)
			pl := ""
			if j > 0 {
				pl, _ = x.lemma(toks[j-1].Text)
			}
			return honoraryTitles[nl] || honoraryTitles[pl]
		}
	}
	return false
}
