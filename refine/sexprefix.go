package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// sexNouns are the lemmas of the nouns of a person's sex or age that open
// a hyphenated word of a post: «женщина-президент», «девушка-балерина».
var sexNouns = map[string]bool{"женщина": true, "мужчина": true, "девушка": true, "парень": true, "девочка": true, "мальчик": true, "юноша": true}

// sexPrefix starts a PROFESSION that opens with a hyphenated word whose
// first part is a noun of sex or age (sexNouns) after the hyphen:
// «женщина-президент Чили» → «президент Чили», «женщиной-руководителем» →
// «руководителем», «женщин-полицейских» → «полицейских». The first part
// says who holds the post, not the post: NEREL v1.1 train starts all 9
// such posts after the hyphen («первая женщина-генпрокурор США»,
// «Женщина-пилот афганских ВВС», «девушка-балерина»), which the
// recognizer, reading the word whole, never did.
func (r *Refiner) sexPrefix(text []rune, m doc.Mention) doc.Mention {
	if m.Type != "PROFESSION" {
		return m
	}
	word, _, _ := strings.Cut(m.Text, " ")
	head, tail, ok := strings.Cut(word, "-")
	if !ok || tail == "" || !anyIn(r.nounLemmas(head), sexNouns) {
		return m
	}
	m.Start += len([]rune(head)) + 1
	m.Text = string(text[m.Start:m.End])
	return m
}
