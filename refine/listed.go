package refine

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// listedOrganizations makes a one-word PERSON joined by «и» to a
// capitalized one-word organization on either side an ORGANIZATION when the
// dictionary knows its word as no personal name and the two may be in the
// same case («сотрудники Росприроднадзора и Рыбохраны»). On NEREL v1.1
// train it changes nothing; with lower-case organizations it made a person
// of «Столкновения Дорнера и полиции» one.
func (r *Refiner) listedOrganizations(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	joined := func(a, b doc.Mention) bool { return a.End < b.Start && andBetween(text, a.End, b.Start) }
	return retyped(ms, func(m doc.Mention) string {
		if m.Type != "PERSON" || strings.ContainsAny(m.Text, " .-") || r.personalName(m.Text) {
			return ""
		}
		for _, o := range ms {
			if o.Type != "ORGANIZATION" || !(joined(o, m) || joined(m, o)) || strings.Contains(o.Text, " ") || !tokenize.StartsUpper(o.Text) {
				continue
			}
			if r.nounCasesAny(o.Text)&r.nounCasesAny(m.Text) != 0 {
				return "ORGANIZATION"
			}
		}
		return ""
	})
}

// nounCasesAny returns the cases of all of w's readings.
func (r *Refiner) nounCasesAny(w string) caseSet {
	var cs caseSet
	for _, p := range r.parse(w) {
		cs |= caseBit(p)
	}
	return cs
}

// listedAcronymEvents makes an EVENT that is one acronym (two capitals or
// more, no space: «РАНХиГС») joined by «и» to an ORGANIZATION an
// ORGANIZATION: «совместно с Высшей школой экономики и РАНХиГС». An
// acronym beside an event stays one («ПМЭФ и ВЭФ»).
func listedAcronymEvents(text []rune, ms []doc.Mention) []doc.Mention {
	return retyped(ms, func(m doc.Mention) string {
		if m.Type != "EVENT" || !acronymWord(m.Text) {
			return ""
		}
		for _, o := range ms {
			if o.Type == "ORGANIZATION" && (o.End <= m.Start && andBetween(text, o.End, m.Start) || m.End <= o.Start && andBetween(text, m.End, o.Start)) {
				return "ORGANIZATION"
			}
		}
		return ""
	})
}

// andBetween reports whether text from a to b is «и» alone, with spaces.
// It makes no string: listedOrganizations asks it of every organization
// before a person.
func andBetween(text []rune, a, b int) bool {
	if a < 0 || a > b || b > len(text) {
		return false
	}
	s := text[a:b]
	for len(s) > 0 && unicode.IsSpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && unicode.IsSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return len(s) == 1 && s[0] == 'и'
}

// acronymWord reports whether w is one word of letters that starts with a
// capital and has two capitals or more («РАНХиГС», «МГИМО»).
func acronymWord(w string) bool {
	upper := 0
	for i, r := range w {
		if !tokenize.IsLetter(r) || i == 0 && !tokenize.IsUpper(r) {
			return false
		}
		if tokenize.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2
}
