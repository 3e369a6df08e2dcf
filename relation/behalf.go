package relation

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// behalfNouns are the nouns of «по представлению», «по предложению», «по
// поручению», «по просьбе», «по рекомендации», «по инициативе», «по
// приглашению» in the dative: whoever the genitive after them names asks,
// proposes or invites, and someone else acts.
var behalfNouns = []string{"представлению", "предложению", "поручению", "просьбе", "рекомендации", "инициативе", "приглашению", "ходатайству"}

// OnBehalf reports whether the mention h is the genitive after «по» and
// a noun of behalfNouns, the words between genitives, all in one clause:
// «Президент Армении по представлению премьер-министра Никола Пашиняна
// освободил от должности министра обороны» — the premier proposed, the
// president dismissed (no AGENT of the dismissal). NEREL train relates
// the person after such a phrase to no event (0 of 3: «по представлению
// Владимира Путина», «по поручению президента РФ Дмитрия Медведева», «по
// инициативе … министра … Жана Зея» is the festival's FOUNDED_BY only).
func OnBehalf(text []rune, h doc.Mention) bool {
	lo := max(0, h.Start-120)
	if !poBefore(text, lo, h.Start) {
		return false // (most mentions: no allocation)
	}
	before := string(text[lo:h.Start])
	if i := strings.LastIndexAny(before, ",.;:—–()!?«»\"\n"); i >= 0 {
		before = before[i+1:]
	}
	ws := strings.Fields(strings.ToLower(before))
	for k := len(ws) - 2; k >= 0 && len(ws)-k <= 7; k-- {
		if ws[k] == "по" && isAny(ws[k+1], behalfNouns...) {
			first, _, _ := strings.Cut(h.Text, " ")
			return !slices.ContainsFunc(append(ws[k+2:], strings.ToLower(first)), func(w string) bool { return !mayBeGenitive(w) })
		}
	}
	return false
}

// mayBeGenitive reports whether the dictionary reads w in the genitive
// (a guess counts: «Пашиняна»), or w is no word (an initial, a number).
func mayBeGenitive(w string) bool {
	if !strings.ContainsFunc(w, unicode.IsLetter) {
		return true
	}
	return slices.ContainsFunc(readings(w), func(p morph.Parse) bool { return p.Tag.Case() == morph.Gent })
}

// poBefore reports whether the word «по» stands in text[lo:end] after the
// last punctuation mark of behalf's clause.
func poBefore(text []rune, lo, end int) bool {
	for i := end - 1; i > lo; i-- {
		switch text[i] {
		case ',', '.', ';', ':', '—', '–', '(', ')', '!', '?', '«', '»', '"', '\n':
			return false
		case 'о':
			if (text[i-1] == 'п' || text[i-1] == 'П') && (i-1 == lo || !unicode.IsLetter(text[i-2])) && i+1 < len(text) && unicode.IsSpace(text[i+1]) {
				return true
			}
		}
	}
	return false
}
