package names

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/morph"
)

// finnishGenitive reports whether a person's name of two words or more
// ends in a word in -нена that the dictionary does not know: the genitive
// or accusative of a Finnish surname in -нен, so the name is read in no
// nominative. «Кими Райкконена» is Райкконен's, not a woman's Райкконена:
// a Finnish surname ends in -нен (-nen) for a man and a woman alike (a
// woman's does not decline: «Тарья Халонен»). The guesser reads a
// woman's nominative in it, which won over the genitive by the tie that
// favours the text as written. parses are the words' readings.
func finnishGenitive(words []string, parses [][]morph.Parse) bool {
	n := len(words)
	if n < 2 || len(parses) != n || parses[n-1] == nil {
		return false
	}
	return finnishStem(words[n-1]) &&
		!slices.ContainsFunc(parses[n-1], func(p morph.Parse) bool { return p.Method() == morph.MethodDictionary })
}

// finnishStem reports whether w ends in -нена after a stem of three
// letters or more: the oblique form of a Finnish surname in -нен, no
// foreign nominative in -а beside an indeclinable first name (person).
func finnishStem(w string) bool {
	stem, ok := strings.CutSuffix(strings.ToLower(w), "нена")
	return ok && utf8.RuneCountInString(stem) >= 3
}
