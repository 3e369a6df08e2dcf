package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// adjectiveEvents adds the EVENT named by a capitalized adjective, any
// further adjectives agreeing with it and a noun of eventNameHeads, with
// the lower-case genitive complement that may follow it (eventHead also
// takes «бизнес-форуме», «форуме-2025»): «на Петербургском
// международном экономическом форуме», «Восточного экономического
// форума», «на Всероссийском фестивале визуальных искусств». NEREL tags
// such a name an EVENT (train: 33 of 33 outside quotes); the recognizer
// misses some in oblique cases, where the place adjective reads as a city
// («Санкт-Петербургском международном кинофестивале»). Not in quotes,
// where it is a title («Осенний марафон», a film), nor from an ordinal
// («Первом Одесском международном кинофестивале» starts at «Одесском»,
// NEREL's ORDINAL). A capital that opens the sentence says nothing unless
// the adjective is one of a place or two adjectives come before the noun
// («Творческий форум» stays). Nothing is added when an EVENT already runs
// over the whole name («XXI Всероссийский Шукшинский кинофестиваль») or
// an ORGANIZATION ends at its noun (eventName retypes it); a place the
// recognizer made of the adjective stays, nested, and a mention of
// another type with the name's span is dropped, as is an EVENT the
// recognizer ran from the verb before the name («открылся Всероссийский
// Шукшинский кинофестиваль» in a headline).
func (r *Refiner) adjectiveEvents(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var events, orgs []doc.Span
	for _, m := range ms {
		switch m.Type {
		case "EVENT":
			events = append(events, m.Span)
		case "ORGANIZATION":
			orgs = append(orgs, m.Span)
		}
	}
	var added []doc.Mention
	full := map[doc.Span]bool{}
	verbRuns := map[doc.Span]bool{} // EVENTs run from the verb before the name
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			if !r.capitalizedAdjective(toks[i].Text) || r.ordinalAdjective(toks[i].Text) || i > 0 && tokenize.IsOpeningQuote(firstRune(toks[i-1].Text)) {
				// (a quoted one is a title: «Осенний марафон»; NEREL
				// tags an ordinal an ORDINAL: «Первом Одесском …»)
				continue
			}
			j := i + 1
			for j < len(toks) && r.likeliest(toks[j].Text) == morph.ADJF {
				j++
			}
			if j >= len(toks) || j-i > 4 || i == 0 && j-i < 2 && !r.placeAdjective(toks[0].Text) {
				continue
			}
			head := r.eventHead(toks[j].Text)
			agreeing := head != ""
			for k := i; k < j && agreeing; k++ {
				agreeing = r.agree(toks[k].Text, head)
			}
			if !agreeing {
				continue
			}
			end := j
			if k := r.genitiveComplement(toks, j+1); k > j {
				end = k
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[end].End}
			covered, verbRun := false, doc.Span{}
			for _, e := range events {
				if i > 0 && e.Start == toks[i-1].Start && e.End == sp.End && r.likeliest(toks[i-1].Text) == morph.VERB {
					verbRun = e // «открылся Всероссийский Шукшинский кинофестиваль»
					continue
				}
				covered = covered || e.Start <= sp.Start && e.End >= toks[j].End
			}
			for _, o := range orgs {
				// (eventName retypes an organization ending at the noun)
				covered = covered || o.Start <= sp.Start && o.End == toks[j].End
			}
			if !covered {
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
				full[sp] = true
				verbRuns[verbRun] = true
			}
			i = end
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return full[m.Span] || m.Type == "EVENT" && verbRuns[m.Span] })
}

// eventHead returns the noun of eventNameHeads that w is, or ends in after
// a hyphen («бизнес-форуме»: «форуме»), or that w is with a year after a
// hyphen («форуме-2025»: «форуме»); "" when none.
func (r *Refiner) eventHead(w string) string {
	if base, year, ok := strings.Cut(w, "-"); ok && year != "" && strings.Trim(year, "0123456789") == "" {
		w = base
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	if anyIn(r.nounLemmas(w), eventNameHeads) {
		return w
	}
	return ""
}
