package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// dashes are the tokens that join the stops of a route («Баку - Тбилиси -
// Карс», «Москва — Казань»).
var dashes = map[string]bool{"-": true, "–": true, "—": true}

// routeHeads are the lemmas of the nouns of routes and pipelines, whose
// name is the route's ends joined by a dash.
var routeHeads = map[string]bool{"нефтепровод": true, "газопровод": true, "трубопровод": true, "маршрут": true,
	"рейс": true, "трасса": true, "магистраль": true, "автомагистраль": true, "автодорога": true,
	"мост": true} // «мост Благовещенск — Хэйхэ» (train and dev: no bridge so named, 0 of 0)

// routeCities types as a CITY a one-word PERSON or ORGANIZATION joined by
// dashes into a route whose other stops, two at least, are all cities
// («железной дороги Баку - Тбилиси - Карс»: Карс, read as a surname), and
// the one-word persons and organizations of a route of two stops right
// after a noun of a route or pipeline («нефтепровода Бургас -
// Александруполис», both read as persons).
func (r *Refiner) routeCities(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	byStart := map[int]int{} // one-token mentions by start, index in ms
	for i, m := range ms {
		if j, ok := byStart[m.Start]; !ok || ms[j].End < m.End {
			byStart[m.Start] = i
		}
	}
	var retype []int
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			// a run of stops: token, dash, token, …
			var stops []int
			k := i
			for k < len(toks) {
				j, ok := byStart[toks[k].Start]
				if !ok || ms[j].End != toks[k].End {
					break
				}
				stops = append(stops, j)
				if k+2 >= len(toks) || !dashes[toks[k+1].Text] {
					break
				}
				k += 2
			}
			if len(stops) == 2 && i > 0 && tokenize.StartsLower(toks[i-1].Text) && anyIn(r.nounLemmas(toks[i-1].Text), routeHeads) {
				for _, j := range stops {
					if t := ms[j].Type; t == "PERSON" || t == "ORGANIZATION" {
						retype = append(retype, j)
					}
				}
				i = k
				continue
			}
			if len(stops) < 3 {
				continue
			}
			cities, other := 0, -1
			for _, j := range stops {
				switch ms[j].Type {
				case "CITY":
					cities++
				case "PERSON", "ORGANIZATION":
					if other >= 0 {
						other = -2
					} else if other == -1 {
						other = j
					}
				}
			}
			if cities == len(stops)-1 && other >= 0 {
				retype = append(retype, other)
			}
			i = k
		}
	}
	if len(retype) == 0 {
		return ms
	}
	out := append([]doc.Mention(nil), ms...)
	for _, j := range retype {
		out[j].Type = "CITY"
	}
	return out
}
