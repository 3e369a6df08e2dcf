package refine

import (
	"iter"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// hyphenPairs yields each token of the sentences that is two non-empty
// parts joined by one hyphen, with the parts: «повстанцев-туарегов»,
// «российско-британской»; not «Ростов-на-Дону».
func hyphenPairs(sents []doc.Sentence) iter.Seq2[doc.Token, [2]string] {
	return func(yield func(doc.Token, [2]string) bool) {
		for _, s := range sents {
			for _, t := range s.Tokens {
				first, second, ok := strings.Cut(t.Text, "-")
				if !ok || first == "" || second == "" || strings.Contains(second, "-") {
					continue
				}
				if !yield(t, [2]string{first, second}) {
					return
				}
			}
		}
	}
}

// hyphenPeople adds a NATIONALITY over a lower-case word of two animate
// nouns joined by a hyphen, one of them a noun of a people
// (typeLemmas gives it NATIONALITY), where no mention covers the word:
// «исламистов и повстанцев-туарегов», which the recognizer left. The
// hyphenKindParts pass after it keeps the people's noun alone
// («туарегов»), and makes a post beside it a PROFESSION. NEREL train tags
// the people's noun of all 3 such words NATIONALITY («матерей-мексиканок»,
// «плотник-афганец», «мусульман-уйгуров»); dev has 2, both missed.
func (r *Refiner) hyphenPeople(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	for t, parts := range hyphenPairs(sents) {
		if !tokenize.StartsLower(t.Text) || overlapsAny(ms, t.Span) {
			continue
		}
		ht, hok := r.kindPartType(parts[0], "NATIONALITY")
		tt, tok := r.kindPartType(parts[1], "NATIONALITY")
		if hok && tok && (ht == "NATIONALITY" || tt == "NATIONALITY") {
			added = append(added, doc.Mention{Span: t.Span, Text: string(text[t.Start:t.End]), Type: "NATIONALITY"})
		}
	}
	return withAdded(ms, added)
}
