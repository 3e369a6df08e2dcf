package names

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/morph"
)

// manFirstName reports whether the dictionary reads ps's word as a first
// name, a man's only (Эдуардо, Жоао; not Саша nor Женя).
func manFirstName(ps []morph.Parse) bool {
	return firstName(ps) && !slices.ContainsFunc(ps, func(p morph.Parse) bool {
		return p.Tag.Is(morph.Name) && (p.Tag.Gender() != morph.Masc || p.Tag.Is(morph.MsF))
	})
}

// aSurnameEndings are the endings of the oblique cases of a noun in -а
// that a man's surname so ending shares (Перейрой, Перейру, Перейре,
// Перейры).
var aSurnameEndings = []string{"ой", "ою", "у", "е", "ы", "и"}

// manASurname reads the last word of a man's name (after a first name the
// dictionary knows as a man's only) that the dictionary lacks and its
// guesser reads as an oblique case of a feminine noun in -а as that case of
// a man's surname in -а: foreign men's surnames in -а decline as such
// nouns do («с Эдуардо Перейрой»: Эдуардо Перейра; «Жоао Силву»: Жоао
// Силва), and the scorer, reading the guess as a woman's, would keep the
// name as written. The readings' lemma is the nominative; nil when it
// does not apply.
func manASurname(w string, ps, first []morph.Parse) []morph.Parse {
	if !manFirstName(first) || len(ps) == 0 || !slices.ContainsFunc(aSurnameEndings, func(e string) bool { return strings.HasSuffix(w, e) }) {
		return nil
	}
	var out []morph.Parse
	for _, p := range ps {
		if p.Method() == morph.MethodDictionary {
			return nil
		}
		if p.Tag.POS() != morph.NOUN || p.Tag.Gender() != morph.Femn || !p.Tag.Is(morph.Sing) || p.Tag.Case() == morph.Nomn || !strings.HasSuffix(p.Normal, "а") {
			continue
		}
		if slices.ContainsFunc(out, func(q morph.Parse) bool { return q.Tag.Case() == p.Tag.Case() }) {
			continue
		}
		out = append(out, nameReadings("", p.Normal, "masc,Surn", []morph.Grammeme{p.Tag.Case()})...)
	}
	return out
}

// knownNominativeName reports whether every declining word of a
// person's name (parses[i] not nil) has readings of the dictionary's own
// and they make a nominativeName: «Анна Петрова», not «Эда Гонзалеса»,
// whose surname only the guesser reads as a woman's nominative.
func knownNominativeName(parses [][]morph.Parse) bool {
	known := make([][]morph.Parse, len(parses))
	for i, ps := range parses {
		for _, p := range ps {
			if p.Method() == morph.MethodDictionary {
				known[i] = append(known[i], p)
			}
		}
		if ps != nil && known[i] == nil {
			return false
		}
	}
	return nominativeName(known)
}
