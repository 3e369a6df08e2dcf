package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// familyNouns are the nouns of a family that, before a person's name in
// the genitive, name the family (the forms familyOf reads: not the
// dative and the locative «семье», which name the relatives the text
// addresses: «соболезнования семье Мубарака»).
var familyNouns = map[string]bool{"семья": true, "клан": true}

// familyForms are the forms of familyNouns familyOf takes, with whether
// the name after them may be a plural surname.
var familyForms = map[string]bool{"семья": false, "семьи": false, "семью": false, "клан": true, "клана": true, "клану": true, "кланом": true}

// familyOf adds a FAMILY over a noun of a family, a post at most, and the
// name of a person in the genitive after them: «Семья Обамы приобрела
// дом», «Семья президента Обамы также владеет…», «семья капитана Мура
// запустила кампанию», «клан Шаймиевых расширяет бизнес». NEREL names such
// a family with the noun (train: «семьи Манделы», «Семья Маккалоу», «семьи
// Бушей»). After «семья» only a name in the singular: with a plural
// surname train marks the surname alone («Семья Бекхэмов») or nothing
// («Семья Щесных»); «клан» takes either («клан Шаймиевых»). The post must
// be a PROFESSION mention of its own (not «семьи господина Лесина»), and no
// FAMILY may overlap already.
func (r *Refiner) familyOf(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(familyNouns) {
		return ms
	}
	posts := map[int]doc.Mention{} // (by end)
	for _, m := range ms {
		if m.Type == "PROFESSION" && !strings.Contains(m.Text, " ") {
			posts[m.End] = m
		}
	}
	var added []doc.Mention
	for _, m := range ms {
		if sp, ok := r.familySpan(sents, posts, ms, m); ok {
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "FAMILY"})
		}
	}
	return withAdded(ms, added)
}

// familySpan returns the span of the family familyOf reads of a PERSON m
// and the noun of a family before it (and a post of posts, by their ends,
// between), and whether there is one.
func (r *Refiner) familySpan(sents []doc.Sentence, posts map[int]doc.Mention, ms []doc.Mention, m doc.Mention) (doc.Span, bool) {
	if m.Type != "PERSON" {
		return doc.Span{}, false
	}
	toks := sentenceTokens(sents, m)
	first, last := mentionTokens(toks, m)
	if first < 1 || last < 0 {
		return doc.Span{}, false
	}
	k := first - 1
	if p, ok := posts[toks[k].End]; ok && p.Start == toks[k].Start && k > 0 {
		k--
	}
	sp := doc.Span{Start: toks[k].Start, End: m.End}
	plural, ok := familyForms[fold(toks[k].Text)]
	return sp, ok && r.genitiveFamilyName(toks[last].Text, plural) && !overlapsType(ms, sp, "FAMILY")
}

// genitiveFamilyName reports whether the name w reads as a noun in the
// genitive, in the singular unless plural.
func (r *Refiner) genitiveFamilyName(w string, plural bool) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.NOUN && p.Tag.Case() == morph.Gent && (plural || p.Tag.Number() != morph.Plur) {
			return true
		}
	}
	return false
}
