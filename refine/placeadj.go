package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// placeAdjectives cuts a place mention that spans the same words as an
// organization and opens with a lower-case adjective down to that
// adjective: «петербургского СКА» was both a CITY and the ORGANIZATION,
// where the city is «петербургского» alone.
func (r *Refiner) placeAdjectives(text []rune, ms []doc.Mention) []doc.Mention {
	orgs := spansOf(ms, "ORGANIZATION")
	var out []doc.Mention
	for i, m := range ms {
		if !placeMentionTypes[m.Type] || !orgs[m.Span] || !strings.Contains(m.Text, " ") {
			continue
		}
		first, _, _ := strings.Cut(m.Text, " ")
		if !tokenize.StartsLower(first) || r.likeliest(first) != morph.ADJF {
			continue
		}
		out = own(out, ms)
		out[i].End = m.Start + len([]rune(first))
		out[i].Text = string(text[m.Start:out[i].End])
	}
	if out == nil {
		return ms
	}
	return sortedMentions(out)
}

// adjectivePlace cuts a CITY, COUNTRY, STATE_OR_PROVINCE or DISTRICT mention
// made of a capitalized adjective and lower-case adjectives to the first
// («Кольскую горно-металлургическую» of «Кольскую горно-металлургическую
// компанию»): the place is the adjective of the name it opens. No gold
// place in NEREL v1.1 train or dev ends in a lower-case adjective.
func (r *Refiner) adjectivePlace(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if !placeTypes[m.Type] && m.Type != "DISTRICT" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last <= first || !tokenize.StartsUpper(toks[first].Text) {
		return m
	}
	for _, t := range toks[first+1 : last+1] {
		if !tokenize.StartsLower(t.Text) || r.likeliest(t.Text) != morph.ADJF {
			return m
		}
	}
	m.End = toks[first].End
	m.Text = string(text[m.Start:m.End])
	return m
}

// placeKinds are the lemmas of the nouns after which a quoted name is a
// place's («зоны „Москва“», «промышленной зоне „Хасия“»).
var placeKinds = map[string]bool{"зона": true, "республика": true, "район": true, "территория": true, "регион": true,
	"область": true, "провинция": true, "край": true, "округ": true, "поселок": true, "село": true, "деревня": true,
	"город": true, "микрорайон": true, "квартал": true, "остров": true, "улица": true}

// quotedPlace retypes as an ORGANIZATION a capitalized place mention that
// is a whole name in «guillemets» («входят также „Россия“ и „Победа“»,
// «авиалиний „Волга-Днепр“», «акций „Фольксвагена“»): a place's name is
// not quoted. On NEREL v1.1 train the recognizer makes 10 such place
// mentions: 7 are organizations, and the 3 places follow a place noun
// («зоны „Москва“») or an adjective («самопровозглашённой „Донецкой
// Народной Республики“»), which keep the type.
func (r *Refiner) quotedPlace(toks []doc.Token, m doc.Mention) doc.Mention {
	if !placeMentionTypes[m.Type] || !tokenize.StartsUpper(m.Text) {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 1 || last < first || last+1 >= len(toks) || toks[first-1].Text != "«" || toks[last+1].Text != "»" {
		return m
	}
	if first >= 2 {
		before := toks[first-2].Text
		if pos := r.likeliest(before); pos == morph.ADJF || pos == morph.PRTF || anyIn(r.nounLemmas(before), placeKinds) {
			return m
		}
	}
	m.Type = "ORGANIZATION"
	return m
}
