package refine

import (
	"github.com/factgraph/factgraph/doc"
)

// cityYearGames adds the EVENT of a word that is a place's name with a year
// after a hyphen, outside quotes, and the CITY of the place: «Олимпийская
// чемпионка Сочи-2014 Юлия Липницкая» → EVENT «Сочи-2014», CITY «Сочи»
// (nameYears has given «2014» its DATE and dropped the place of the whole
// word). Such a word names the games a town hosted: NEREL train tags 3 of
// its 3 («победительницы Сочи-2014») an EVENT with the town inside, and the
// recognizer, reading the whole token, none. In quotes it is a title
// («„Мисс Америка-2013“», «„Мисс Россия-2017“»: no EVENT), and a word the
// dictionary does not read as a place's name is a contest's or a drill's
// own name, which contestYears and the recognizer handle.
func (r *Refiner) cityYearGames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	for _, s := range sents {
		for i, t := range s.Tokens {
			n := yearSuffix(t.Text)
			if n != 4 || quoted(s.Tokens, i) || hasType(ms, t.Span, "EVENT") {
				continue
			}
			rs := []rune(t.Text)
			place := string(rs[:len(rs)-n-1])
			if !cyrillicName(place) || len(r.placeLemmas(place)) == 0 {
				continue
			}
			city := doc.Span{Start: t.Start, End: t.End - n - 1}
			added = append(added, doc.Mention{Span: t.Span, Text: t.Text, Type: "EVENT"})
			if !hasType(ms, city, "CITY") {
				added = append(added, doc.Mention{Span: city, Text: string(text[city.Start:city.End]), Type: "CITY"})
			}
		}
	}
	return withAdded(ms, added)
}
