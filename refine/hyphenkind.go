package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// kindTypes are the types of a party's, creed's or people's noun that
// qualifies a person's noun (hyphenKindParts).
var kindTypes = map[string]bool{"IDEOLOGY": true, "NATIONALITY": true}

// hyphenKindParts splits an IDEOLOGY or NATIONALITY mention of one
// hyphenated word of two nouns, a person's noun and the noun of a party,
// creed or people that qualifies it («президент-республиканец»,
// «преемник-демократ», «матерей-мексиканок», «афроамериканец-астронавт»),
// into the qualifier alone, which keeps the type (or takes the one
// typeLemmas gives it: «Сенатор-республиканец» read whole as a NATIONALITY
// leaves the IDEOLOGY «республиканец»), and, when the person's
// noun is a post or an occupation (postLemmas, occupation) or a lexical
// mention of another type (typeLemmas: «мусульман» RELIGION), a mention of
// that noun too. The qualifier is the part whose lemma typeLemmas gives the
// mention's type or the other of the two, or the part beside a noun that
// is a post, an occupation, a person's sex, age or kin (personNouns) or of
// another type of typeLemmas. NEREL tags the two nouns apart: in train 14 of the 17
// hyphenated words that pair a person's noun with a NATIONALITY or
// IDEOLOGY noun («конгрессмены-демократы», «губернатора-коммуниста»,
// «плотник-афганец»), never the whole, which the recognizer gave as one
// mention 11 times; the other three, «Смертник-талиб»,
// «Террориста-смертника» and «террористов-смертников», pair two militants'
// nouns and stay whole. Compounds of a part that is no animate noun
// («либерально-демократическая», «социал-демократы», «афро-американка»)
// are left alone. On train the rule splits those 11 words, all as NEREL
// does (correct mentions 42868 → 42891); dev has no such mention.
func (r *Refiner) hyphenKindParts(text []rune, ms []doc.Mention) []doc.Mention {
	have := lazySpans{ms: ms}
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	for _, m := range ms {
		head, tail, ok := strings.Cut(m.Text, "-")
		if !kindTypes[m.Type] || !ok || head == "" || tail == "" || strings.ContainsAny(m.Text, " «\"") || strings.Contains(tail, "-") {
			continue
		}
		ht, hok := r.kindPartType(head, m.Type)
		tt, tok := r.kindPartType(tail, m.Type)
		if !hok || !tok {
			continue
		}
		var keep, other doc.Span
		otherType, keepType := "", m.Type
		headSpan := doc.Span{Start: m.Start, End: m.Start + len([]rune(head))}
		tailSpan := doc.Span{Start: headSpan.End + 1, End: m.End}
		switch {
		case kindTypes[ht] && !kindTypes[tt] || ht == "" && tt != "" && !kindTypes[tt]:
			keep, other, otherType = headSpan, tailSpan, tt
			if ht != "" {
				keepType = ht
			}
		case kindTypes[tt] && !kindTypes[ht] || tt == "" && ht != "" && !kindTypes[ht]:
			keep, other, otherType = tailSpan, headSpan, ht
			if tt != "" {
				keepType = tt
			}
		default:
			continue
		}
		drop[m] = true
		if !have.has(keep) {
			have.add(keep)
			added = append(added, doc.Mention{Span: keep, Text: string(text[keep.Start:keep.End]), Type: keepType})
		}
		if otherType != "" && otherType != "person" && !have.has(other) {
			have.add(other)
			added = append(added, doc.Mention{Span: other, Text: string(text[other.Start:other.End]), Type: otherType})
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m] })
}

// kindPartType reads one part of a hyphenated IDEOLOGY or NATIONALITY word
// (hyphenKindParts) whose type is typ: ok is false unless its likeliest
// reading is an animate common noun of the dictionary (not «афро» of
// «афро-американка»); the type is typ when
// typeLemmas gives its lemma typ, the type typeLemmas gives it otherwise
// (PROFESSION of a post, RELIGION), PROFESSION for an occupation, "person"
// for a noun of a person's sex, age or kin, and "" for another noun.
func (r *Refiner) kindPartType(w, typ string) (string, bool) {
	ps := r.parse(w)
	if len(ps) == 0 || ps[0].Method() != morph.MethodDictionary || ps[0].Tag.POS() != morph.NOUN || !ps[0].Tag.Is(morph.Anim) || properTag(ps[0]) {
		return "", false
	}
	p := ps[0]
	switch t := typeLemmas[p.Normal]; {
	case t != "":
		return t, true
	case occupation(p):
		return "PROFESSION", true
	case personNouns[p.Normal]:
		return "person", true
	}
	return "", true
}
