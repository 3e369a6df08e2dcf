package relation

import "github.com/factgraph/factgraph/tokenize"

// beingParticiples are the forms of «являющийся» and «являвшийся» that open
// a participle clause of a person's post («Владимир Соловьев, являющийся
// генеральным конструктором РКК „Энергия“, …»).
var beingParticiples = []string{"являющийся", "являющаяся", "являющегося", "являющейся", "являющемуся", "являющимся",
	"являвшийся", "являвшаяся", "являвшегося", "являвшейся", "являвшемуся", "являвшимся"}

// participlePost finds WORKS_AS from the person named right before the
// comma that opens a clause of «являющийся» at ti to the post that
// starts right after the participle, the longest («Тимура Кулибаева,
// являющегося руководителем государственной компании „Самрук-Казына“»),
// and WORKPLACE to an organization named right after the post.
// NEREL v1.1 train: 2 such persons, each with WORKS_AS to the longest post
// in gold (the post inside it has none); dev: none.
func (c *patternContext) participlePost(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	if ti < 2 || toks[ti-1].Text != "," || ti+1 >= len(toks) {
		return out
	}
	person := c.leftOf(si, ti-1, "PERSON", 1)
	post := c.startingAt(si, ti+1, "PROFESSION")
	if person < 0 || post < 0 {
		return out
	}
	out = append(out, c.found("WORKS_AS", person, post))
	k := c.tokenOf[post].last + 1
	if k+1 < len(toks) && tokenize.IsAcronym(toks[k].Text) && c.startingAt(si, k, "ORGANIZATION") < 0 {
		k++ // «РКК „Энергия“», the form outside the name
	}
	if k < len(toks) && toks[k].Text == "«" {
		k++
	}
	if org := c.startingAt(si, k, "ORGANIZATION"); org >= 0 {
		// «являющийся генеральным конструктором РКК „Энергия“»: the
		// organization right after the post employs the person
		out = append(out, c.found("WORKPLACE", person, org))
	}
	return out
}
