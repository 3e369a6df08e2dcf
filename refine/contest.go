package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// contestHeads are the lemmas of the nouns of a contest or a gathering that
// NEREL train tags EVENT whenever they head a name: конкурс 14 of 14,
// фестиваль 18 of 18, турнир 12 of 12, чемпионат 43 of 43, олимпиада 38 of
// 38, съезд 10 of 10, саммит 2 of 2 («Международного конкурса имени Петра
// Чайковского», «Каннского фестиваля»). Not форум nor конференция, which
// also name bodies («Форума стран-экспортеров газа», «Восточной конференции
// НБА»: organizations).
var contestHeads = map[string]bool{
	"конкурс": true, "фестиваль": true, "кинофестиваль": true, "турнир": true, "чемпионат": true,
	"олимпиада": true, "съезд": true, "саммит": true,
}

// contestEvent retypes an ORGANIZATION whose head noun, after nothing but
// adjectives and ordinals, is a contest's (contestHeads) as an EVENT:
// «Конкурса имени Чайковского» read as an organization (NEREL dev twice),
// «58-й Международной химической олимпиаде» (an ordinal in digits).
// The recognizer types no such name so in NEREL train.
func (r *Refiner) contestEvent(toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "ORGANIZATION" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last < first {
		return m
	}
	for k := first; k <= last && k-first <= 3; k++ {
		w := toks[k].Text
		if anyIn(r.nounLemmas(w), contestHeads) {
			m.Type = "EVENT"
			return m
		}
		if p := r.likeliest(w); p != morph.ADJF && !romanOrdinal(w) && !digitOrdinal.MatchString(w) {
			return m
		}
	}
	return m
}

// romanOrdinal reports whether w is written in Roman numerals («XIV»).
func romanOrdinal(w string) bool {
	for _, c := range w {
		switch c {
		case 'I', 'V', 'X', 'L', 'C', 'M':
		default:
			return false
		}
	}
	return w != ""
}
