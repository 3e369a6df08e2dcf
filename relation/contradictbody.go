package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// territoryNouns are the lemmas of the common nouns of a territory whose
// head a post can name: «глава республики», «президент страны».
var territoryNouns = map[string]bool{
	"республика": true, "область": true, "край": true, "регион": true, "страна": true,
	"государство": true, "город": true, "район": true, "губерния": true, "округ": true,
}

// territorysPost reports whether the post m is two words, a noun of a post
// and a territory noun in the genitive after it, with no name inside:
// «глава республики», «президента страны».
func territorysPost(m doc.Mention, mentions []doc.Mention) bool {
	words := strings.Fields(m.Text)
	if len(words) != 2 || nestsType(m, mentions, "") {
		return false
	}
	for _, p := range readings(strings.ToLower(words[1])) {
		if territoryNouns[p.Normal] && (p.Tag.Case() == morph.Gent || p.Tag.Case() == morph.Gen1) {
			return true
		}
	}
	return false
}

// nestsType reports whether a mention of type typ (of any type when typ
// is empty) lies inside m.
func nestsType(m doc.Mention, mentions []doc.Mention, typ string) bool {
	for _, o := range mentions {
		if o.Start >= m.Start && o.End <= m.End && o.Span != m.Span && (typ == "" || o.Type == typ) {
			return true
		}
	}
	return false
}

// otherBodysPost reports whether one of the posts h and t holds a named
// organization and the other the head of a territory: «глава Минпромторга
// России» and «глава республики» are two persons' posts, no
// ALTERNATIVE_NAME. NEREL v1.1 train links such a pair once in 242
// («главы военного ведомства Венесуэлы» — «министром обороны страны», a
// body between the post and the territory, which the two-word form leaves
// out).
func otherBodysPost(h, t doc.Mention, mentions []doc.Mention) bool {
	return nestsType(h, mentions, "ORGANIZATION") && territorysPost(t, mentions) ||
		nestsType(t, mentions, "ORGANIZATION") && territorysPost(h, mentions)
}
