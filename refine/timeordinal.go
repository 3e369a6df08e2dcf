package refine

import (
	"sort"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// placeOrdinalTimes cuts a DATE or TIME that runs on over «на» and an
// ordinal in digits whose noun stands after the mention: «около 6:30 утра
// в субботу на 512-м» of «… на 512-м километре трассы» is «около 6:30
// утра в субботу» — the ordinal counts the kilometre (or floor, place) of
// the road, not the time. The mention ends before «на»; the cut one is
// dropped when a mention of its type and span is there already. NEREL
// v1.1 train and dev: no change (the recognizer runs so over the news of
// road accidents, «на 512-м километре трассы»).
func placeOrdinalTimes(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	cut := map[doc.Mention]bool{}
	for _, m := range ms {
		if m.Type != "DATE" && m.Type != "TIME" || !strings.Contains(m.Text, " на ") {
			continue
		}
		toks := sentenceTokens(sents, m)
		k := sort.Search(len(toks), func(i int) bool { return toks[i].End >= m.End })
		if k < 2 || k+1 >= len(toks) || toks[k].End != m.End || toks[k-1].Start <= m.Start || lowerCase(toks[k-1].Text) != "на" ||
			!digitOrdinal.MatchString(toks[k].Text) || !tokenize.IsLetter(firstRune(toks[k+1].Text)) {
			continue
		}
		cut[m] = true
		c := m
		c.End = toks[k-2].End
		c.Text = string(text[c.Start:c.End])
		if !hasType(ms, c.Span, c.Type) {
			added = append(added, c)
		}
	}
	return swapped(ms, cut, added)
}
