package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

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
	for _, s := range sents {
		for _, t := range s.Tokens {
			head, tail, ok := strings.Cut(t.Text, "-")
			if !ok || head == "" || tail == "" || strings.Contains(tail, "-") || !tokenize.StartsLower(t.Text) || overlapsAny(ms, t.Span) {
				continue
			}
			ht, hok := r.kindPartType(head, "NATIONALITY")
			tt, tok := r.kindPartType(tail, "NATIONALITY")
			if !hok || !tok || ht != "NATIONALITY" && tt != "NATIONALITY" {
				continue
			}
			added = append(added, doc.Mention{Span: t.Span, Text: string(text[t.Start:t.End]), Type: "NATIONALITY"})
		}
	}
	return withAdded(ms, added)
}
