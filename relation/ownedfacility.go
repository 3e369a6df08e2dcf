package relation

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/tokenize"
)

// ownedFacility returns what a capitalized common noun opening sentence si
// right before the owning verb refers back to («Шахта принадлежит
// Сибирской угольной энергетической компании» after «на шахте
// „Талдинская-Западная“»): the facility or organization mention, within
// the sentence's three before, that the noun's stem (all of it but its last
// letter when it has five or more) stands right before or opens its name;
// the nearest one wins; -1 when the sentence opens otherwise or none
// qualifies. NEREL v1.1 train and dev hold no sentence opening with a noun
// before «принадлежит», so the rule finds none there.
func (c *patternContext) ownedFacility(si, ti int) int {
	toks := c.sents[si].Tokens
	k := skipAlso(toks, ti-1)
	if k != 0 || si == 0 || tokenize.StartsLower(toks[0].Text) || len(c.byStart[si][0]) > 0 {
		return -1
	}
	noun := strings.ToLower(toks[0].Text)
	if n := utf8.RuneCountInString(noun); n >= 5 {
		noun = string([]rune(noun)[:n-1])
	} else if n < 4 {
		return -1
	}
	for s := si - 1; s >= max(0, si-3); s-- {
		for _, i := range slices.Backward(c.bySent[s]) {
			m := c.ms[i]
			if m.Type != "FACILITY" && m.Type != "ORGANIZATION" {
				continue
			}
			if strings.HasPrefix(strings.ToLower(c.wordBeforeMention(i)), noun) || strings.HasPrefix(strings.ToLower(strings.TrimLeft(firstWord(m.Text), "«\"„“")), noun) {
				return i
			}
		}
	}
	return -1
}
