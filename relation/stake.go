package relation

import (
	"strings"
)

// stakeNouns are the forms of «доля», a holder's share in a company.
var stakeNouns = []string{"доля", "доли", "долю", "долей", "долями", "доле"}

// maxStakeHolderGap bounds the words between «доля» and the holder's name
// («доля французской TotalEnergies»).
const maxStakeHolderGap = 2

// stake: «доля X в Y» — the holder X, an organization or a person named
// right after «доля» (adjectives between), owns a part of the company Y
// named right after «в» (its opening quote between): «Доля французской
// TotalEnergies в „Новатэке“ составляет 19,4%» → TotalEnergies OWNER_OF
// Новатэк. A share of a market or of exports («доля России в мировом
// экспорте») is none: the holder is no organization or person, or no
// company follows «в».
func (c *patternContext) stake(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	holder := c.partyRight(si, ti)
	if holder < 0 || c.tokenOf[holder].first > ti+1+maxStakeHolderGap {
		return out
	}
	for k := ti + 1; k < c.tokenOf[holder].first; k++ {
		if !adjective(toks[k].Text) && toks[k].Text != "«" {
			return out
		}
	}
	k := c.tokenOf[holder].last + 1
	if k < len(toks) && toks[k].Text == "»" {
		k++
	}
	if k+1 >= len(toks) || !strings.EqualFold(toks[k].Text, "в") {
		return out
	}
	j := k + 1
	if toks[j].Text == "«" {
		j++
	}
	owned := c.startingAt(si, j, "ORGANIZATION")
	if owned < 0 || c.ms[owned] == c.ms[holder] {
		return out
	}
	return append(out, c.found("OWNER_OF", holder, owned))
}
