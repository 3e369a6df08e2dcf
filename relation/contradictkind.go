package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// eventKindNouns are the lemmas of the nouns of a kind of event that its
// name in quotes follows: «форум „Армия-2024“», «выставки „Авангард“».
var eventKindNouns = map[string]bool{"форум": true, "выставка": true, "салон": true, "авиасалон": true,
	"фестиваль": true, "кинофестиваль": true, "конкурс": true, "конференция": true, "турнир": true, "чемпионат": true}

// kindBeforeName reports whether the event t is a name in quotes right
// after the event h whose first noun is its kind (eventKindNouns):
// «Международном военно-техническом форуме „Армия-2024“» is one event
// named twice, not a part of another (SUBEVENT_OF). NEREL v1.1 train and
// dev relate such a kind and name 4 times with no relation; the 2
// SUBEVENT_OF of train open with another noun («открытии выставки
// „…“»), which stays.
func kindBeforeName(text []rune, h, t doc.Mention) bool {
	if h.Type != "EVENT" || t.Type != "EVENT" || h.End > t.Start || t.Start > len(text) || strings.TrimSpace(string(text[h.End:t.Start])) != "«" {
		return false
	}
	for _, w := range strings.Fields(h.Text) {
		ps := readings(w)
		if len(ps) == 0 || ps[0].Tag.POS() != morph.NOUN {
			continue
		}
		return eventKindNouns[ps[0].Normal]
	}
	return false
}
