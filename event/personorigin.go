package event

import (
	"sort"
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// afterPersonFrom reports whether the organization m stands right after
// «из» that follows a person's name («химик Томас Мюллер из Мюнхенского
// технического университета», «профессор Иванов из МГУ»): the body the
// person comes from, no object of the verb the person is the subject of.
// sent holds the indexes into ms of the sentence's mentions.
func afterPersonFrom(toks []doc.Token, ms []mention, sent []int, m mention) bool {
	if m.Type != "ORGANIZATION" {
		return false
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.Start })
	if i < 2 || i >= len(toks) || toks[i].Start != m.Start || !strings.EqualFold(toks[i-1].Text, "из") {
		return false
	}
	for _, k := range sent {
		if ms[k].Type == "PERSON" && ms[k].End == toks[i-2].End {
			return true
		}
	}
	return false
}
