package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// pronounOpeners are the words a sentence may open with before its
// subject pronoun and verb that tie it to the sentence before: «Об этом
// он заявил …», «Затем она посетила …», «Позднее он сообщил …».
var pronounOpeners = map[string]bool{"об этом": true, "затем": true, "потом": true, "позднее": true, "позже": true,
	"после этого": true, "при этом": true, "кроме того": true}

// pronounOpening returns the index of the word of toks that a subject
// pronoun would stand at: 0, or the word after an opener of
// pronounOpeners and its comma («Об этом он заявил»: 2; «Кроме того, он
// заявил»: 3).
func pronounOpening(toks []doc.Token) int {
	p := 0
	switch {
	case len(toks) > 2 && pronounOpeners[strings.ToLower(toks[0].Text+" "+toks[1].Text)]:
		p = 2
	case len(toks) > 1 && pronounOpeners[strings.ToLower(toks[0].Text)]:
		p = 1
	}
	if p > 0 && p < len(toks)-1 && toks[p].Text == "," {
		p++ // «Кроме того, он заявил»
	}
	return p
}
