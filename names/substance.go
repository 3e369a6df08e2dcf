package names

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// substanceEndings are the endings of a masculine noun in -ий: the oblique
// ones (мельдоний: мельдония, мельдонию, мельдонием, мельдонии)
// and the nominative itself, kept as written (the guesser reads
// «мельдоний» as the plural genitive of «мельдонья»: «мельдоньи»).
var substanceEndings = []string{"ий", "ием", "ия", "ию", "ии"}

// substance names a PRODUCT written as one lower-case word the dictionary
// does not know, in an oblique ending of a noun in -ий: the name of a drug
// or a chemical substance («употребление мельдония», «лечился
// мельдонием»: мельдоний), which the guesser reads as a feminine in -ия
// or a neuter in -ие. "" for another word, and for one the dictionary
// knows («пневмонии», «терапию»).
func (c *Canonicalizer) substance(w string) string {
	if !tokenize.StartsLower(w) || !cyrillicWord(w) || strings.Contains(w, "-") {
		return ""
	}
	for _, end := range substanceEndings {
		stem, ok := strings.CutSuffix(w, end)
		if !ok || utf8.RuneCountInString(stem) < 4 {
			continue
		}
		for _, p := range c.A.Parse(w) {
			if p.Method() == morph.MethodDictionary {
				return ""
			}
		}
		return stem + "ий"
	}
	return ""
}
