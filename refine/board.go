package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// legalForms are the acronyms of a company's legal form that may stand
// between a body and the company's name («Совет директоров ПАО
// „Ростелеком“»).
var legalForms = map[string]bool{"ПАО": true, "ОАО": true, "АО": true, "ЗАО": true, "ООО": true, "НАО": true, "ГК": true}

// boardNames reads «совет директоров» with the organization named right
// after it («Совет директоров „Аэрофлота“», «… ПАО „Ростелеком“») as an
// ORGANIZATION, the board, when no mention starts at «совет» and no post
// holds it («председатель совета директоров банка HSBC» is one PROFESSION
// in NEREL): NEREL v1.1 train has an ORGANIZATION there in all 15 such
// phrases that name the company. The recognizer's PROFESSION «директоров»
// stays (train tags it in 2 of 24 phrases; dropping it cost those 2).
func boardNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			// (a form of «директоров» in any case is as long in UTF-8 or
			// longer: its letters and those they fold with have two bytes or three)
			if w := toks[i+1].Text; len(w) < len("директоров") || !strings.EqualFold(w, "директоров") || !strings.HasPrefix(fold(toks[i].Text), "совет") {
				continue
			}
			if _, ok := startingAt(ms, toks[i].Start, ""); ok || inPost(ms, toks[i].Start, toks[i+1].End) {
				continue // (a post's board: «председатель совета директоров банка HSBC», one PROFESSION)
			}
			k := i + 2
			if k < len(toks) && legalForms[toks[k].Text] {
				k++
			}
			if k < len(toks) && tokenize.IsQuote(firstRune(toks[k].Text)) {
				k++
			}
			if k >= len(toks) {
				continue
			}
			org, ok := startingAt(ms, toks[k].Start, "ORGANIZATION")
			if !ok {
				continue
			}
			end := org.End
			if end < len(text) && tokenize.IsQuote(text[end]) && k > i+2 && tokenize.IsQuote(firstRune(toks[k-1].Text)) {
				end++ // the closing quote
			}
			sp := doc.Span{Start: toks[i].Start, End: end}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
		}
	}
	return withAdded(ms, added)
}

// startingAt returns the first mention of ms that starts at start, of type
// typ unless typ is "", and whether there is one.
func startingAt(ms []doc.Mention, start int, typ string) (doc.Mention, bool) {
	for _, m := range ms {
		if m.Start == start && (typ == "" || m.Type == typ) {
			return m, true
		}
	}
	return doc.Mention{}, false
}

// inPost reports whether a PROFESSION mention of ms starts before start and
// ends at end or later.
func inPost(ms []doc.Mention, start, end int) bool {
	for _, m := range ms {
		if m.Type == "PROFESSION" && m.Start < start && m.End >= end {
			return true
		}
	}
	return false
}
