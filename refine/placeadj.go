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
