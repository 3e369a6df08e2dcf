package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// personTitles are the lemmas of titles that NEREL leaves out of the
// person they open, each with whether the title is a PROFESSION of its
// own: «Император Акихито», «Кронпринц Нарухито» (a monarch's rank, a
// post), «Мадам Трули-Пулли» (an address, none). Not «эмир», «шейх» and
// «принц», which open names too (NEREL v1.1 train: «Эмир Кустурица»,
// «Шейх Музафар Шукор», «принца Астурийского» are whole persons), nor
// «миссис» (dev has «миссис Обама» whole).
var personTitles = map[string]bool{"император": true, "императрица": true, "кронпринц": true, "кронпринцесса": true, "мадам": false}

// titledPersons starts a PERSON of two words or more that opens with a
// title (personTitles) after it, and makes the title a PROFESSION when
// it is a rank. The recognizer ran the title into the name four times in
// NEREL dev and never in train (none of its persons so opening).
func (r *Refiner) titledPersons(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "PERSON" || !strings.Contains(m.Text, " ") {
			continue
		}
		first, _, _ := strings.Cut(m.Text, " ")
		post, title := false, false
		for _, l := range r.nounLemmas(first) {
			if p, ok := personTitles[l]; ok {
				post, title = p, true
			}
		}
		toks := sentenceTokens(sents, m)
		i, j := mentionTokens(toks, m)
		if !title || i < 0 || j <= i || toks[i].Text != first {
			continue
		}
		drop[m.Span] = true
		rest := doc.Span{Start: toks[i+1].Start, End: toks[j].End}
		added = append(added, doc.Mention{Span: rest, Text: string(text[rest.Start:rest.End]), Type: "PERSON"})
		if t := (doc.Mention{Span: toks[i].Span, Text: toks[i].Text, Type: "PROFESSION"}); post && !slices.Contains(ms, t) {
			added = append(added, t)
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] && m.Type == "PERSON" })
}
