package relation

import "github.com/factgraph/factgraph/doc"

// representedBy reports whether the employer k inside the post follows
// «от» in it: the region or the party the holder was elected or nominated
// by, not whom he works for («член Совета Федерации от Республики Алтай»,
// «сенатор от Техаса», «кандидат от Республиканской партии»). Employers
// gives neither the post nor its holder WORKPLACE to it: NEREL v1.1 links
// none of the 11 such pairs it made on train and dev with gold entities
// (the post keeps the organization it is held in: «Совета Федерации»).
func representedBy(text []rune, post, k doc.Mention) bool {
	return k.Start > post.Start && wordBefore(text, k.Start) == "от"
}
