package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// maxQuotedList bounds how many earlier quoted names quotedListHead reads
// back over.
const maxQuotedList = 6

// quotedListHead returns the index of the token that stands before the
// first of a list of quoted names when toks[k], the token right before a
// quoted name, closes the list's previous item: «станции „Нагатинский
// Затон“ и „Кленовый бульвар“», «клубы „Аль-Джазира“, „Генк“». The later
// names take their kind from the noun before the first (productType). A
// dash between that noun and the list is skipped when the noun is one of
// quotedKind's heads (станции — «Нагатинский Затон»). Otherwise it
// returns k.
func (r *Refiner) quotedListHead(text []rune, toks []doc.Token, k int) int {
	j := k
	for n := 0; n < maxQuotedList && j >= 2; n++ {
		switch toks[j].Text {
		case "и", "или", ",":
		default:
			n = maxQuotedList
			continue
		}
		c := []rune(toks[j-1].Text)
		if len(c) != 1 || !tokenize.IsClosingQuote(c[0]) {
			break
		}
		open := -1
		for i := j - 2; i >= 0 && i >= j-2-maxHeadDistance*3; i-- {
			t := []rune(toks[i].Text)
			if len(t) == 1 && tokenize.IsOpeningQuote(t[0]) {
				open = i
				break
			}
			if len(t) == 1 && (tokenize.IsClosingQuote(t[0]) || t[0] == '.') {
				break
			}
		}
		if open < 1 {
			break
		}
		j = open - 1
	}
	if j >= 1 && slices.Contains(dashTokens, toks[j].Text) && quotedKind(r.nounLemmas(toks[j-1].Text)) != "" {
		j--
	}
	return j
}

// dashTokens are the dashes that may stand between a noun and the quoted
// names it introduces.
var dashTokens = []string{"—", "–", "-"}

// housingComplex reports whether the tokens ending at toks[k], right before
// a quoted name, name a housing estate: «ЖК „Остафьево“», «жилого
// комплекса „Левел Причальный“». The quoted name is then a FACILITY, a
// group of buildings (NEREL v1.1 train has no quoted name so introduced;
// a «комплекс» without «жилой» stays as it was: ракетно-космического
// комплекса «Энергия», an organization).
func (r *Refiner) housingComplex(toks []doc.Token, k int) bool {
	if k < 0 {
		return false
	}
	if toks[k].Text == "ЖК" {
		return true
	}
	return k >= 1 && slices.Contains(r.nounLemmas(toks[k].Text), "комплекс") && strings.HasPrefix(fold(toks[k-1].Text), "жил") && r.adjectiveReadings(toks[k-1].Text) != 0
}

// wholeQuoted reports whether m ends where its quoted name does (a closing
// quote right after it or as its last letter): a listed name gives its
// kind only to the whole name, never to a person's name inside a title
// («Ученик» и «Иван Васильевич меняет профессию»).
func wholeQuoted(text []rune, m doc.Mention) bool {
	return m.End > 0 && (m.End < len(text) && tokenize.IsClosingQuote(text[m.End]) || tokenize.IsClosingQuote(text[m.End-1]))
}
