package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// firstNamePlaces joins a one-word place mention and the one-word PERSON
// right after it into one PERSON when the text names that person with both
// words elsewhere: «Правительство Джорджии Мелони» after «По словам Джорджии
// Мелони», where the recognizer read the first name as the American state
// (a STATE_OR_PROVINCE, and «Правительство Джорджии» an organization). The
// place goes, and so does an organization that ends with it; the two words
// in the same form are the person's name there, and NEREL tags a first name
// a PERSON with its surname. No place and surname of NEREL v1.1 train or
// dev («мэра Москвы Лужкова», «императора Японии Акихито») stand so
// elsewhere.
func firstNamePlaces(text []rune, ms []doc.Mention) []doc.Mention {
	named := map[string]bool{}
	for _, m := range ms {
		if m.Type == "PERSON" && len(fields(m.Text)) == 2 {
			named[fold(m.Text)] = true
		}
	}
	if len(named) == 0 {
		return ms
	}
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, p := range ms {
		if !isPlaceType(p.Type) || strings.Contains(p.Text, " ") || !tokenize.StartsUpper(p.Text) {
			continue
		}
		for _, s := range ms {
			if s.Type != "PERSON" || s.Start != p.End+1 || text[p.End] != ' ' || strings.Contains(s.Text, " ") || !named[fold(p.Text+" "+s.Text)] {
				continue
			}
			sp := doc.Span{Start: p.Start, End: s.End}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PERSON"})
			drop[p.Span], drop[s.Span] = true, true
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		if m.Type == "ORGANIZATION" {
			for d := range drop {
				if m.End == d.End && m.Start < d.Start {
					return true
				}
			}
			return false
		}
		return drop[m.Span] && (isPlaceType(m.Type) || m.Type == "PERSON")
	})
}

// monumentNouns are the lemmas of nouns of sculptures and monuments: things
// set up in a place, not given to anyone.
var monumentNouns = map[string]bool{"скульптура": true, "статуя": true, "бюст": true, "памятник": true, "монумент": true, "стела": true, "барельеф": true}

// monumentAward reports whether m is an AWARD without quotes whose last
// word is a noun of monumentNouns: «Бронзовую скульптуру высотой три
// метра создал скульптор», read as the bronze medal's kin. NEREL v1.1 has
// no AWARD so made (its 1 076 of train name prizes, orders, medals,
// titles), the recognizer none on train or dev either.
func (r *Refiner) monumentAward(m doc.Mention) bool {
	if m.Type != "AWARD" || strings.ContainsAny(m.Text, "«»\"“„") {
		return false
	}
	ws := fields(m.Text)
	return anyIn(r.nounLemmas(ws[len(ws)-1]), monumentNouns)
}
