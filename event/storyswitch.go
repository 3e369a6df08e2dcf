package event

import (
	"math"
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// switchesStory reports whether a sentence opens with words turning the
// news to another story told the same day: «Тем временем», «Между тем»
// («… выиграл Кубок Гагарина в 2022 и 2023 годах. … Между тем
// футбольный клуб „Спартак“ объявил …»: the announcement is not of 2022).
func switchesStory(toks []doc.Token) bool {
	if len(toks) < 2 {
		return false
	}
	a, b := strings.ToLower(toks[0].Text), strings.ToLower(toks[1].Text)
	return a == "тем" && b == "временем" || a == "между" && b == "тем"
}

// demandVerbs are the lemmas of the verbs of demanding, whose object is
// what is asked for.
var demandVerbs = map[string]bool{"требовать": true, "потребовать": true, "призывать": true, "призвать": true}

// demandAt returns the start of the first verb of demanding at or after
// from in toks, or math.MaxInt: who is named after it is what a protest
// asks for, no party to it («Участники пикета у здания суда требовали
// отставки губернатора Александра Беглова»).
func (x *Extractor) demandAt(toks []doc.Token, from int) int {
	for _, tk := range toks {
		if tk.Start < from {
			continue
		}
		if l, _ := x.lemma(tk.Text); demandVerbs[l] {
			return tk.Start
		}
	}
	return math.MaxInt
}
