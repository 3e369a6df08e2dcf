package relation

import "github.com/factgraph/factgraph/doc"

// farHolderPlace reports whether the WORKPLACE that Employers would infer
// from the person mentions[person], who holds the post mentions[post] by a
// WORKS_AS across sentences (an anaphoric post: «Обама призвал … .
// Президент США заявил: …»), to the place mentions[employer] named inside
// the post (a country, region or city) is one NEREL leaves out: it links
// the far post to its holder and the place to the post, not the place to
// the person of the other sentence (NEREL v1.1 train with gold entities:
// 7 right of 61 such relations; organizations named in the post are right
// in 53 of 133 and stay).
func farHolderPlace(c *patternContext, mentions []doc.Mention, person, post, employer int) bool {
	if mentions[employer].Type == "ORGANIZATION" {
		return false
	}
	a, b := c.tokenOf[person].sent, c.tokenOf[post].sent
	return a >= 0 && b >= 0 && a != b
}
