package refine

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// latinEmployerPosts adds, for a PROFESSION that ends in the noun of a
// kind of organization (orgHeads: компания, корпорация, банк, фонд, …)
// followed after a space by an ORGANIZATION written in Latin letters, the
// longer PROFESSION over the name: «директор компании» + «Huixin Yin
// Tong», «глава корпорации» + «CITIC», «управляющим компании» +
// «Berkshire Hathaway». postsWithEmployer runs before the rules that find
// most Latin names, so it misses these. NEREL v1.1 train and dev tag the
// post with the Latin name after the kind's noun in 6 of 7 cases («глава
// корпорации Microsoft», «руководителя фонда Hermitage Capital
// Management»; not «менеджером компании Berkshire Hathaway»); the shorter
// post stays (train and dev have it as well in three of them).
func (r *Refiner) latinEmployerPosts(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	latin := map[int]int{}
	for _, m := range ms {
		if m.Type == "ORGANIZATION" && m.Start < m.End && m.Start < len(text) && text[m.Start] < unicode.MaxASCII && tokenize.IsLetter(text[m.Start]) {
			latin[m.Start] = max(latin[m.Start], m.End)
		}
	}
	if len(latin) == 0 {
		return ms
	}
	have := spansOf(ms, "PROFESSION")
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "PROFESSION" || m.End >= len(text) || text[m.End] != ' ' || !strings.Contains(m.Text, " ") {
			continue
		}
		end, ok := latin[m.End+1]
		if !ok {
			continue
		}
		ws := fields(m.Text)
		if !anyIn(r.nounLemmas(ws[len(ws)-1]), orgHeads) || !r.genitive(ws[len(ws)-1]) {
			continue
		}
		sp := doc.Span{Start: m.Start, End: end}
		if !have[sp] {
			have[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PROFESSION"})
		}
	}
	return withAdded(ms, added)
}
