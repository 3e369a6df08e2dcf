package relation

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
)

// leadingSource reports whether the workplace t of the person h is named
// in a clause of report that opens the sentence and closes before him
// (ReportedSource with the roles turned: «Как сообщила пресс-служба
// прокуратуры Краснодарского края, в 2019–2021 годах Ковалев привлек …»):
// the body that reports is not the employer of the person it reports on.
// Not when t lies inside a post («Как сообщила пресс-служба президента
// России, Дмитрий Медведев подписал …»): the press service is then the
// post's, and the post often the person's own. NEREL v1.1 train: without
// that exception the one firing was that right WORKPLACE (Медведев →
// России; house25's filter, dropped for it); with it, none; dev: none.
func leadingSource(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if t.End > h.Start || !ReportedSource(text, t.Span, h.Span) {
		return false
	}
	return !slices.ContainsFunc(mentions, func(p doc.Mention) bool {
		return p.Type == "PROFESSION" && p.Start <= t.Start && t.End <= p.End && p.Span != t.Span
	})
}
