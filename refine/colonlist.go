package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// maxColonKindDistance bounds the tokens between a plural kind noun and the
// colon that opens its list («кинотеатрах городской сети „Москино“:»: the
// adjective and the chain's noun and quoted name, five).
const maxColonKindDistance = 6

// colonLists gives the names in «guillemets» listed after a colon or a comma
// and «как», joined by commas or «и», the type of the plural kind noun that
// the clause before ends with: «в девяти кинотеатрах городской сети
// „Москино“: „Полёт“, „Молодёжный“, „Искра“» (NEREL dev: FACILITY; the
// recognizer read them as organizations, works and an event), «такие
// картины, как „Цирк“, „Новые времена“» (works, one read as an
// organization), «Выступал за команды: „Спартак“, „Динамо“». A kind noun
// followed by a quoted name of its own («сети „Москино“») names that thing,
// not the list, and is passed over. In NEREL train the quoted names of the
// ten such lists after a colon have the plural kind noun's type in all
// cases (works 6 lists, organizations 4), and so do those of the four after
// «, как» (works 3, organizations 1). A list needs two names at least.
func (r *Refiner) colonLists(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	types := map[doc.Span]string{}
	for _, s := range sents {
		toks := s.Tokens
		for c := 1; c+1 < len(toks); c++ {
			end := c // the token the kind noun's clause ends before
			switch {
			case toks[c].Text == ":":
			case toks[c].Text == "как" && toks[c-1].Text == "," && c >= 2:
				end = c - 1 // «такие картины, как „Цирк“, „Новые времена“»
			default:
				continue
			}
			j := closingQuote(toks, c+1)
			if j < 0 {
				continue
			}
			typ := r.colonKind(toks, end)
			if typ == "" {
				continue
			}
			spans := []doc.Span{{Start: toks[c+2].Start, End: toks[j-1].End}}
			eachListedAfter(toks, j, func(sp doc.Span) { spans = append(spans, sp) })
			if len(spans) < 2 {
				continue
			}
			for _, sp := range spans {
				types[sp] = typ
			}
		}
	}
	return withListTypes(text, ms, types)
}

// colonKind returns the type (kindBefore) of the plural kind noun among the
// few tokens before the colon toks[c], passing over a quoted name and the
// noun right before it, or "" when there is none before a comma, a dash or
// another quote.
func (r *Refiner) colonKind(toks []doc.Token, c int) string {
	k := c - 1
	if t := toks[k].Text; t == "»" || t == "\"" || t == "“" {
		for k--; k > 0 && c-k <= maxColonKindDistance && toks[k].Text != "«" && toks[k].Text != "\"" && toks[k].Text != "„"; k-- {
		}
		k -= 2 // the quote and the noun it names
	}
	for ; k >= 0 && c-k <= maxColonKindDistance; k-- {
		switch toks[k].Text {
		case ",", "—", "–", "-", "«", "»", "\"", ":", "(", ")":
			return ""
		}
		if typ := r.kindBefore(toks[k].Text); typ != "" && r.pluralNounReading(toks[k].Text) {
			return typ
		}
	}
	return ""
}

// pluralNounReading reports whether w has a plural noun reading.
func (r *Refiner) pluralNounReading(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Plur) {
			return true
		}
	}
	return false
}

// eachListedAfter calls fn for the span inside each quoted name listed,
// joined by commas or «и», after the quoted name whose closing quote mark
// is toks[j]: «„A“, „B“; „A“ и „B“; „A“, и „B“».
func eachListedAfter(toks []doc.Token, j int, fn func(doc.Span)) {
	for {
		k := j + 1
		if k < len(toks) && toks[k].Text == "," {
			k++
		}
		if k < len(toks) && toks[k].Text == "и" {
			k++
		}
		if k == j+1 || k >= len(toks) {
			return
		}
		if j = closingQuote(toks, k); j < 0 {
			return
		}
		fn(doc.Span{Start: toks[k+1].Start, End: toks[j-1].End})
	}
}
