package refine

import (
	"github.com/factgraph/factgraph/doc"
)

// siegeNouns are the lemmas of the nouns of a military operation on a town
// or across a river that NEREL tags with the place after it as one EVENT:
// «осадой Сараева», «штурма Сирта», «форсировании Днепра», «освобождении
// Киева».
var siegeNouns = map[string]bool{
	"осада": true, "штурм": true, "блокада": true, "взятие": true, "освобождение": true,
	"форсирование": true, "оборона": true, "битва": true, "сражение": true,
}

// siegePlaceTypes are the places such an operation is named for: a town or
// a river; not a country, whose «обороны Израиля» is a ministry's.
var siegePlaceTypes = map[string]bool{"CITY": true, "LOCATION": true}

// siegeEvents adds an EVENT over a noun of a military operation
// (siegeNouns) and the CITY or LOCATION right after it: «Участвовал в
// форсировании Днепра и освобождении Киева» → «форсировании Днепра»,
// «освобождении Киева»; «в связи с осадой Сараева». NEREL tags the
// operation with its place (train: «осадой Сараева», «осаде Сараево»,
// «штурма Сирта», 3 of 3 outside a longer name; dev 2 of 2), the recognizer
// most often nothing. Not inside a longer EVENT, AWARD or ORGANIZATION
// («прорыва блокады Ленинграда»), nor after «за», which opens the name of
// a medal («медаль за оборону Сталинграда», an AWARD), nor a
// shelling («Обстрел Негева»: NEREL's EVENT is «Обстрел»), nor a person
// after the noun («освобождения Стааке»).
func (r *Refiner) siegeEvents(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	have := spansOf(ms, "EVENT")
	var added []doc.Mention
	for _, m := range ms {
		if !siegePlaceTypes[m.Type] {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, _ := mentionTokens(toks, m)
		if first < 1 || !anyIn(r.nounLemmas(toks[first-1].Text), siegeNouns) || first > 1 && fold(toks[first-2].Text) == "за" {
			continue
		}
		sp := doc.Span{Start: toks[first-1].Start, End: m.End}
		if have[sp] || coveredByName(ms, sp) {
			continue
		}
		have[sp] = true
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
	}
	return withAdded(ms, added)
}

// coveredByName reports whether an EVENT, an AWARD or an ORGANIZATION of
// ms other than sp itself holds all of sp.
func coveredByName(ms []doc.Mention, sp doc.Span) bool {
	for _, o := range ms {
		switch o.Type {
		case "EVENT", "AWARD", "ORGANIZATION":
			if o.Start <= sp.Start && sp.End <= o.End && o.Span != sp {
				return true
			}
		}
	}
	return false
}
