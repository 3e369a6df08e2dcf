package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// lifeAfter reports whether «жизни» is one of the first three of toks
// («на 97-м году жизни», «на 97-м году ушёл из жизни»).
func lifeAfter(toks []doc.Token) bool {
	for j, t := range toks {
		if j == 3 {
			break
		}
		if t.Text == "жизни" {
			return true
		}
	}
	return false
}

// lifeYearDates splits a DATE that runs on over a year of life («Сегодня
// на 97-м году ушёл из жизни писатель», read as one DATE «Сегодня на
// 97-м году») into the DATE before «на» and the AGE «на 97-м году»: NEREL
// tags the year of life an AGE (train all 25 «на N-м году жизни», 15 of
// them with «на»; the digits may go without an ending, «на 85 году»), and the word of time before it a DATE of its own.
func (r *Refiner) lifeYearDates(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveText(nil, "жизни") {
		return ms
	}
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "DATE" {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last < first+3 || toks[last].Text != "году" || !lifeAfter(toks[last+1:]) {
			continue
		}
		if !strings.EqualFold(toks[last-2].Text, "на") || !numberOrdinal(toks[last-1].Text) || !wordToken(toks[last-3].Text) {
			continue
		}
		drop[m.Span] = true
		date := doc.Mention{Span: doc.Span{Start: m.Start, End: toks[last-3].End}, Type: "DATE"}
		age := doc.Mention{Span: doc.Span{Start: toks[last-2].Start, End: m.End}, Type: "AGE"}
		for _, n := range []doc.Mention{date, age} {
			n.Text = string(text[n.Start:n.End])
			added = append(added, n)
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return m.Type == "DATE" && drop[m.Span] })
}
