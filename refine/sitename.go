package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// siteHeads are the lemmas of the nouns of a test site or a spaceport,
// after which a name in apposition is the site's («на полигоне Капустин
// Яр»).
// «Месторождение» names a deposit the same way («на месторождении Сухой
// Лог»), a LOCATION (depositHead).
var siteHeads = map[string]bool{"полигон": true, "космодром": true, depositHead: true}

// depositHead is the noun of a deposit, whose name in apposition NEREL
// types a LOCATION: «на месторождениях Белый Тигр, Дракон» (train, 1 of 1).
const depositHead = "месторождение"

// siteNames makes a PERSON of two words right after a lower-case noun of a
// test site (siteHeads) a FACILITY when its first word is no first name
// and its last no name the dictionary knows: «на полигоне Капустин Яр»,
// which the recognizer reads as a surname and a name; the document's other
// PERSON mentions of that text are the site too («Полигон Капустин Яр
// расположен …»). «На космодроме Владимир Путин осмотрел …» (a first
// name) and «полигона Сергей Петров» stay persons. NEREL v1.1 train and
// dev name no test site so (0 of 0); spaceportNames takes one-word names.
// A deposit's name after «месторождение» is a LOCATION so («Сухой Лог»;
// NEREL v1.1 train's one, «Белый Тигр», a LOCATION).
func (r *Refiner) siteNames(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(siteHeads) {
		return ms
	}
	sites := map[string]string{}
	for _, m := range ms {
		if m.Type != "PERSON" {
			continue
		}
		toks := sentenceTokens(sents, m)
		i, j := mentionTokens(toks, m)
		if i < 1 || j != i+1 || !r.facilityHeadBefore(toks, i, siteHeads) || r.firstName(toks[i].Text) || r.properName(toks[j].Text) || r.firstName(toks[j].Text) {
			continue
		}
		sites[lowerCase(m.Text)] = "FACILITY"
		if slices.Contains(r.nounLemmas(toks[i-1].Text), depositHead) {
			sites[lowerCase(m.Text)] = "LOCATION"
		}
	}
	if len(sites) == 0 {
		return ms
	}
	return retyped(ms, func(m doc.Mention) string {
		if t := sites[lowerCase(m.Text)]; m.Type == "PERSON" && t != "" && strings.ContainsRune(m.Text, ' ') {
			return t
		}
		return ""
	})
}
