package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// academicNouns are the kinds of higher school whose names are adjectives
// and the noun («Казанский федеральный университет», «Московский
// физико-технический институт»), by lemma.
var academicNouns = map[string]bool{
	"университет": true, "институт": true, "академия": true, "консерватория": true,
}

// maxAcademicAdjectives bounds the adjectives before the academic noun
// («Национальный исследовательский Томский государственный университет»).
const maxAcademicAdjectives = 5

// academicNames makes an ORGANIZATION of each name of capitalized-first
// adjectives and a singular academic noun that ends the phrase (a comma,
// a full stop, «и», «или» or the sentence's end after it): «Уральского
// федерального университета и Казанского федерального университета» names
// two universities, which the recognizer read as one or left out, and
// «Казанский» of «Казанский федеральный университет» as a person. An
// organization that runs two such names together over «и» or a comma
// goes, and so do a PERSON or an ORGANIZATION inside the name; a name
// inside a longer organization stays as it is. NEREL v1.1 train has 25
// such phrases, all 25 gold organizations of exactly this extent; dev 3
// of 3.
func (r *Refiner) academicNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(academicNouns) {
		return ms
	}
	var names []doc.Span
	for _, s := range sents {
		toks := s.Tokens
		for i := 1; i < len(toks); i++ {
			if first := r.academicName(toks, i); first >= 0 {
				names = append(names, doc.Span{Start: toks[first].Start, End: toks[i].End})
			}
		}
	}
	if len(names) == 0 {
		return ms
	}
	drop := map[doc.Span]bool{}
	have := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "ORGANIZATION" && m.Type != "FACILITY" && m.Type != "PERSON" {
			continue
		}
		inside := 0
		for _, sp := range names {
			switch {
			case m.Span == sp:
				if m.Type != "PERSON" {
					have[sp] = true
				}
			case m.Start >= sp.Start && m.End <= sp.End && m.Type != "FACILITY":
				drop[m.Span] = true // («Казанский» of «Казанский федеральный университет»)
			case sp.Start >= m.Start && sp.End <= m.End:
				inside++
			}
		}
		if inside >= 2 && m.Type == "ORGANIZATION" {
			drop[m.Span] = true
		} else if inside == 1 && m.Type != "PERSON" {
			for _, sp := range names {
				if sp.Start >= m.Start && sp.End <= m.End && sp != m.Span {
					have[sp] = true // (a name inside a longer one)
				}
			}
		}
	}
	var added []doc.Mention
	for _, sp := range names {
		if !have[sp] {
			have[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
		}
	}
	if len(added) == 0 && len(drop) == 0 {
		return ms
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		return drop[m.Span] && (m.Type == "ORGANIZATION" || m.Type == "PERSON")
	})
}

// academicName returns the first token of the name of adjectives that
// toks[i], a singular academic noun ending its phrase, closes, or -1: the
// adjectives run back to the leftmost capitalized one, after a word that
// is not capitalized itself.
func (r *Refiner) academicName(toks []doc.Token, i int) int {
	if !tokenize.StartsLower(toks[i].Text) || !r.singularNoun(toks[i].Text, academicNouns) {
		return -1
	}
	if i+1 < len(toks) {
		switch toks[i+1].Text {
		case ",", ".", ";", ":", ")", "и", "или":
		default:
			return -1
		}
	}
	first := -1
	for j := i - 1; j >= 0 && i-j <= maxAcademicAdjectives; j-- {
		if !r.adjectivalWord(toks[j].Text) {
			break
		}
		if tokenize.StartsUpper(toks[j].Text) {
			first = j
		}
	}
	if first < 0 || first > 0 && tokenize.StartsUpper(toks[first-1].Text) && !r.adjectivalWord(toks[first-1].Text) {
		return -1 // (a name before it: «МГТУ Московский ...»)
	}
	return first
}

// adjectivalWord reports whether some reading of w is a singular full
// adjective, full participle or surname of an adjective's shape, in
// either case (not «Ученые» of «Ученые Новосибирского государственного
// университета», a plural).
func (r *Refiner) adjectivalWord(w string) bool {
	for _, p := range r.parse(w) {
		if (adjectival(p) || p.Tag.POS() == morph.PRTF) && p.Tag.Number() != morph.Plur {
			return true
		}
	}
	return false
}
