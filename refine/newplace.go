package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// newPlaces runs a capitalized place mention over a capitalized «Новый»
// right before it, in any case and gender: «в Канаде, Новая Шотландия»,
// where the recognizer found the STATE_OR_PROVINCE «Шотландия», becomes
// «Новая Шотландия». Such a name is one place apart from the one it was
// named after (Новая Зеландия, Новая Англия, Новый Южный Уэльс, Новая
// Каледония): NEREL train and dev tag all 14 capitalized «Новый» before a
// capitalized place name as part of one name (a place, or a party's
// ORGANIZATION «Новый Азербайджан», which the rule leaves when a mention
// of the whole name is there). A mention in lower case after it is no name («Новый
// кубинский лидер»).
func newPlaces(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	for i, m := range ms {
		if !isPlaceType(m.Type) || !tokenize.StartsUpper(m.Text) {
			continue
		}
		before, _, ok := tokenBefore(sents, m)
		if !ok || !newAdjective(before.Text) {
			continue
		}
		sp := doc.Span{Start: before.Start, End: m.End}
		if coveredBy(ms, sp) {
			continue
		}
		out = own(out, ms)
		out[i].Span = sp
		out[i].Text = string(text[sp.Start:sp.End])
	}
	if out == nil {
		return ms
	}
	return sortedMentions(out)
}

// newAdjective reports whether w is a capitalized form of «Новый».
func newAdjective(w string) bool {
	rest, ok := strings.CutPrefix(w, "Нов")
	if !ok {
		return false
	}
	switch rest {
	case "ый", "ая", "ое", "ые", "ого", "ой", "ых", "ому", "ым", "ыми", "ую", "ом":
		return true
	}
	return false
}
