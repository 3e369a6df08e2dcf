package relation

import "strings"

// enterpriseWords are the forms of «предприятие» that may open the
// enterprises of a holding (enterprises).
var enterpriseWords = []string{"предприятие", "предприятия", "предприятий", "предприятиями"}

// enterprises finds OWNER_OF from a holding to its enterprises: «Крупнейшие
// предприятия холдинга — Лебединский и Михайловский горно-обогатительные
// комбинаты, предприятия „Уральская сталь“ и „УралМетКом“» (each listed
// after the dash), «Лебединский ГОК, крупнейшее предприятие холдинга» (the
// organization before the comma). The holding is the organization named
// after the kind noun («предприятия холдинга „Металлоинвест“») or the one
// it refers back to (antecedent), which may have been defined by it
// («„Металлоинвест“ — один из крупнейших горно-металлургических
// холдингов», definedAs).
func (c *patternContext) enterprises(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	k := ti + 1
	if k >= len(toks) || !hasPrefix(toks[k].Text, []string{"холдинг", "компани", "концерн", "корпорац", "госкорпорац", "групп"}) {
		return out
	}
	owner, end := -1, k
	at := k + 1
	if at < len(toks) && toks[at].Text == "«" {
		at++
	}
	if o := c.startingAt(si, at, "ORGANIZATION"); o >= 0 {
		owner, end = o, c.tokenOf[o].last
		if end+1 < len(toks) && toks[end+1].Text == "»" {
			end++
		}
	} else {
		owner = c.antecedent(si, toks[ti].Start, toks[k].Text)
	}
	if owner < 0 {
		return out
	}
	rel := func(x int) Found { return c.found("OWNER_OF", owner, x) }
	if end+1 < len(toks) && (toks[end+1].Text == "—" || toks[end+1].Text == "–") {
		return c.list(out, si, end+1, "ORGANIZATION", 3, rel)
	}
	j := ti - 1
	for j >= 0 && j >= ti-3 && toks[j].Text != "," {
		j-- // «, одно из крупнейших предприятий», «, крупнейшее предприятие»
	}
	if j >= 1 && toks[j].Text == "," {
		if x := c.leftOf(si, j, "ORGANIZATION", 2); x >= 0 && x != owner {
			return append(out, rel(x))
		}
	}
	return out
}

// definedAs reports whether organization mention i is defined, right after
// it, by a dash and a noun phrase of kind within four words: «„Металлоинвест“
// — один из крупнейших горно-металлургических холдингов».
func (c *patternContext) definedAs(i int, kind string) bool {
	mt := c.tokenOf[i]
	toks := c.sents[mt.sent].Tokens
	k := mt.last + 1
	if k < len(toks) && toks[k].Text == "»" {
		k++
	}
	if k >= len(toks) || toks[k].Text != "—" && toks[k].Text != "–" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if strings.HasPrefix(strings.ToLower(toks[j].Text), kind) {
			return true
		}
		if toks[j].Text == "," || toks[j].Text == "." {
			return false
		}
	}
	return false
}
