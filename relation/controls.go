package relation

import (
	"strings"
)

// controlVerbs are the active forms of «контролировать» that tell an owner
// of a company: «Группа „Эталон“ контролирует девелопера „Бизнес-Центр“».
var controlVerbs = []string{"контролирует", "контролируют", "контролировал", "контролировала", "контролировали"}

// controls: «X контролирует Y»: OWNER_OF from the subject X (an
// organization or a person) to the organization Y named right after the
// verb, or after its kind noun with adjectives before it («контролирует
// финансово-промышленную группу „Нафта Москва“»); nothing for any other
// object («партия контролирует большинство мест в парламенте», «не
// контролирует остров»). NEREL v1.1 train: gold has OWNER_OF for the
// company after «Контролирует …» (which opens its sentence: no subject,
// no firing) and none for the parliament after «большинство мест»; the
// rule fires nowhere on train or dev.
func (c *patternContext) controls(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	owned := -1
	for k := ti + 1; k < len(toks) && k <= ti+4; k++ {
		if i := c.startingAt(si, k, "ORGANIZATION"); i >= 0 {
			prev := strings.ToLower(toks[k-1].Text)
			if k == ti+1 || strings.ContainsAny(prev, "«\"„“") && (k-1 == ti+1 || orgKind(strings.ToLower(toks[k-2].Text)) != "" || tradeNoun(toks[k-2].Text) != "") ||
				orgKind(prev) != "" || tradeNoun(prev) != "" {
				owned = i
			}
			break
		}
		if !isLowerWord(toks[k].Text) && !strings.ContainsAny(toks[k].Text, "«\"„“") {
			break
		}
	}
	if owned < 0 {
		return out
	}
	owner := c.subject(si, ti)
	if p := c.leftOf(si, ti, "PERSON", 4); owner < 0 || p >= 0 && c.tokenOf[p].last > c.tokenOf[owner].last {
		owner = p
	}
	if owner < 0 || c.ms[owner] == c.ms[owned] {
		return out
	}
	return append(out, c.found("OWNER_OF", owner, owned))
}
