package event

import (
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
