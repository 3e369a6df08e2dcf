package names

import (
	"slices"

	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// foreignRegionKinds are the nouns of kinds of foreign regions that a region's
// name follows in apposition («провинции Ганьсу», «штата Айова»).
var foreignRegionKinds = map[string]bool{
	"провинция": true, "штат": true, "префектура": true, "кантон": true, "графство": true,
	"воеводство": true, "эмират": true, "уезд": true, "аймак": true,
}

// regionKindName reports whether a one-word place after a noun of a kind
// of foreign region (prev, foreignRegionKinds) is a name the dictionary does not
// know at all: such a name stands as written, in the nominative, whatever
// the kind noun's case («в пустынной части провинции Ганьсу»: not the
// guesser's dative of «Ганьс»). A name the dictionary knows is left to
// the phrase («штата Калифорния», «штате Калифорнии»).
func (c *Canonicalizer) regionKindName(words []string, prev string) bool {
	if len(words) != 1 || !cyrillicWord(words[0]) || !tokenize.StartsUpper(words[0]) || len(c.kindCases(prev, foreignRegionKinds)) == 0 {
		return false
	}
	return !slices.ContainsFunc(c.A.Parse(words[0]), func(p morph.Parse) bool { return p.Method() == morph.MethodDictionary })
}
