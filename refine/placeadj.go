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
		if out == nil {
			out = append([]doc.Mention(nil), ms...)
		}
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
