package refine

import (
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// convocations adds, for a capitalized organization followed by an ordinal
// (a word, «7-го» or a number) and «созыва», an ORGANIZATION over the three
// («Госдумы шестого созыва», «Палаты представителей 112 созыва»), the
// shorter one staying nested, as NEREL v1.1 train tags them (3 of the 4
// such phrases). Not after an acronym: the fourth is «депутаты МГД 7-го
// созыва», where only the post runs over «созыва».
func (r *Refiner) convocations(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "ORGANIZATION" || !tokenize.StartsUpper(m.Text) || tokenize.IsAcronym(m.Text) {
			continue
		}
		toks := sentenceTokens(sents, m)
		if toks == nil {
			continue
		}
		_, last := mentionTokens(toks, m)
		if last < 0 || last+2 >= len(toks) || fold(toks[last+2].Text) != "созыва" || !r.ordinalWord(toks[last+1].Text) {
			continue
		}
		sp := doc.Span{Start: m.Start, End: toks[last+2].End}
		if !overlapsAnyOf(ms, added, sp) {
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
		}
	}
	return withAdded(ms, added)
}

// ordinalWord reports whether w is a number, a number with an ending
// («7-го») or an ordinal adjective («шестого»).
func (r *Refiner) ordinalWord(w string) bool {
	if w != "" && unicode.IsDigit(firstRune(w)) {
		return true
	}
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.ADJF && p.Tag.Is(morph.Anum) {
			return true
		}
	}
	return false
}

// overlapsAnyOf reports whether a mention of ms or added has the span s or
// crosses it (starts inside it and ends after it, or the reverse); one
// nested in s does not count.
func overlapsAnyOf(ms, added []doc.Mention, s doc.Span) bool {
	for _, l := range [][]doc.Mention{ms, added} {
		for _, m := range l {
			if m.Span == s || m.Overlaps(s) && (m.Start < s.Start || m.End > s.End) && !(m.Start <= s.Start && m.End >= s.End) {
				return true
			}
		}
	}
	return false
}
