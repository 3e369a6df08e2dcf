package refine

import (
	"slices"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// definedShortNames reads a short name that the text defines in brackets
// right after an organization's name — «Сколковского института науки и
// технологий (Сколтех)» — as that organization wherever it stands, in any
// case form: a one-word mention of it of another type becomes an
// ORGANIZATION («Учёные Сколтеха», read as a person), a person's name it
// opens loses it («профессор Сколтеха Артём Абакумов»: the ORGANIZATION
// Сколтеха and the PERSON Артём Абакумов), and a case form no mention
// covers becomes one («в Сколтехе»). The organization's name runs on over
// a coordinated lower-case tail the recognizer cut off before the bracket
// («науки» + «и технологий»: the definition names the whole), and a
// person's name that runs into its start is dropped («Учёные
// Сколковского»). NEREL tags the short name an ORGANIZATION in every
// mention, as it does the full name.
func (r *Refiner) definedShortNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	stems := map[string]bool{} // the short names, as surnameStems makes them
	var full []doc.Span        // the organizations' names so defined
	grown := map[doc.Span]doc.Span{}
	for _, s := range sents {
		toks := s.Tokens
		for i := 2; i+1 < len(toks); i++ {
			short := toks[i].Text
			if toks[i-1].Text != "(" || toks[i+1].Text != ")" || !cyrillicName(short) && !tokenize.IsAcronym(short) {
				continue
			}
			org, ok := definedOrganization(toks, i-2, ms)
			if !ok || otherThanOrganization(ms, toks[i].Span) {
				continue
			}
			if org.End != toks[i-2].End {
				grown[org] = doc.Span{Start: org.Start, End: toks[i-2].End}
				org.End = toks[i-2].End
			}
			full = append(full, org)
			for st := range surnameStems(map[string]bool{short: true}) {
				stems[st] = true
			}
		}
	}
	if len(stems) == 0 {
		return ms
	}
	form := func(w string) bool { return surnameForm(w, stems) }
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	orgAt := map[doc.Span]bool{}
	for _, m := range ms {
		if sp, ok := grown[m.Span]; ok && m.Type == "ORGANIZATION" {
			drop[m] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: m.Type})
			orgAt[sp] = true
			continue
		}
		if m.Type == "ORGANIZATION" {
			orgAt[m.Span] = true
		}
		if m.Type != "PERSON" {
			continue
		}
		for _, f := range full {
			if m.Start < f.Start && m.End > f.Start && m.End < f.End {
				drop[m] = true // «Учёные Сколковского»
			}
		}
	}
	for _, s := range sents {
		toks := s.Tokens
		for k, t := range toks {
			if !form(t.Text) || k > 0 && toks[k-1].Text == "(" && k+1 < len(toks) && toks[k+1].Text == ")" && orgAt[t.Span] {
				continue
			}
			for _, m := range ms {
				if m.Type == "ORGANIZATION" || drop[m] {
					continue
				}
				switch {
				case m.Span == t.Span:
					drop[m] = true // «Учёные Сколтеха»
				case m.Type == "PERSON" && m.Start == t.Start && k+2 < len(toks) && m.End >= toks[k+2].End:
					// «Сколтеха Артём Абакумов»
					drop[m] = true
					rest := doc.Span{Start: toks[k+1].Start, End: m.End}
					added = append(added, doc.Mention{Span: rest, Text: string(text[rest.Start:rest.End]), Type: "PERSON"})
				}
			}
			if !orgAt[t.Span] && !slices.ContainsFunc(ms, func(m doc.Mention) bool { return m.Type == "ORGANIZATION" && m.Start == t.Start }) {
				orgAt[t.Span] = true
				added = append(added, doc.Mention{Span: t.Span, Text: t.Text, Type: "ORGANIZATION"})
			}
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m] })
}

// definedOrganization returns the span of the ORGANIZATION of ms that ends
// at toks[end], or right before a tail of «и» and one or two more
// lower-case words that ends there («науки» + «и технологий»).
func definedOrganization(toks []doc.Token, end int, ms []doc.Mention) (doc.Span, bool) {
	endingAt := func(k int) (doc.Span, bool) {
		for _, m := range ms {
			if m.Type == "ORGANIZATION" && m.End == toks[k].End {
				return m.Span, true
			}
		}
		return doc.Span{}, false
	}
	if sp, ok := endingAt(end); ok {
		return sp, true
	}
	for k := end - 1; k >= 0 && k >= end-3; k-- {
		w := toks[k+1].Text
		if !tokenize.StartsLower(w) || !unicode.Is(unicode.Cyrillic, firstRune(w)) {
			return doc.Span{}, false
		}
		if w == "и" && k < end-1 {
			return endingAt(k)
		}
	}
	return doc.Span{}, false
}

// otherThanOrganization reports whether a mention of ms of another type
// than ORGANIZATION covers sp: a place in brackets after an organization
// says where it is («федеральный суд Сан-Франциско (США)»), not its short
// name.
func otherThanOrganization(ms []doc.Mention, sp doc.Span) bool {
	for _, m := range ms {
		if m.Type != "ORGANIZATION" && m.Start <= sp.Start && sp.End <= m.End {
			return true
		}
	}
	return false
}
