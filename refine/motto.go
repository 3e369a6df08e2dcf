package refine

import (
	"github.com/factgraph/factgraph/doc"
)

// mottoHeads are the lemmas of the nouns after which a name is a motto.
var mottoHeads = map[string]bool{"девиз": true, "лозунг": true, "слоган": true}

// mottoes drops the ORGANIZATION mentions of a name that follows a noun of
// a motto (mottoHeads), at once or in quotes, and of the same words
// elsewhere in the document: «проводит под девизом The Right Move»,
// «… страница The Right Move» (the recognizer reads a Latin phrase as a
// company). NEREL v1.1 train tags no motto («под лозунгами „Остановить
// вторжение“»).
func (r *Refiner) mottoes(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var mottos map[string]bool
	for _, m := range ms {
		if m.Type != "ORGANIZATION" {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, _ := mentionTokens(toks, m)
		if first > 0 && (toks[first-1].Text == "«" || toks[first-1].Text == "\"") {
			first-- // (the quote mark)
		}
		if first < 1 || !anyIn(r.nounLemmas(toks[first-1].Text), mottoHeads) {
			continue
		}
		if mottos == nil {
			mottos = map[string]bool{}
		}
		mottos[m.Text] = true
	}
	if mottos == nil {
		return ms
	}
	return without(ms, "ORGANIZATION", func(m doc.Mention) bool { return mottos[m.Text] })
}
