package refine

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
)

// kinPairs cuts a PERSON of two words right after a noun of kin
// (kinNouns) into two persons when its first word names another person of
// the document — a form of the last word of a name of two words or more
// (names, not the pair's own), or a one-word person named elsewhere — and
// its second word is a first name of the dictionary or a one-word person
// named elsewhere, and it opens no other person's name: «внучка Шаймиева Камиля» after «Минтимера Шаймиева» is
// «Шаймиева» and «Камиля», «сын Акихито Нарухито» after «Акихито» and
// «Нарухито» alone. The kin noun wants a genitive, the relative's name
// comes after it: NEREL v1.1 train tags every such pair as two persons
// («дочь президента Нурсултана Назарбаева Даригу», «Бывшая супруга
// Януковича Людмила», «сын Баффета Говард»); the recognizer joins the two
// when the first name, as «Камиля», also reads as a genitive.
func (r *Refiner) kinPairs(text []rune, sents []doc.Sentence, ms []doc.Mention, names map[string]bool) []doc.Mention {
	if !r.mayHave(kinNouns) {
		return ms // (the pair must follow a kin noun)
	}
	single := map[string]bool{}
	firsts := map[string][]string{} // first word of a longer name → the names
	for m, ws := range persons(ms) {
		if len(ws) == 1 && m.Text == ws[0] {
			single[ws[0]] = true
		} else if len(ws) > 1 {
			firsts[ws[0]] = append(firsts[ws[0]], m.Text)
		}
	}
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for m, ws := range persons(ms) {
		if len(ws) != 2 || !cyrillicName(ws[0]) || !cyrillicName(ws[1]) || r.firstName(ws[0]) || !r.firstName(ws[1]) && !single[ws[1]] {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 1 || last != first+1 || !anyIn(r.nounLemmas(toks[first-1].Text), kinNouns) {
			continue
		}
		if slices.ContainsFunc(firsts[ws[0]], func(n string) bool { return n != m.Text }) {
			continue // (a first name: «мужа Корасон Акино» after «Корасон Конхуангко»)
		}
		other := single[ws[0]]
		for name := range names {
			if !other && name != ws[1] && surnameForm(ws[0], surnameStems(map[string]bool{name: true})) {
				other = true
			}
		}
		if !other {
			continue
		}
		drop[m.Span] = true
		for _, t := range toks[first : last+1] {
			added = append(added, doc.Mention{Span: t.Span, Text: string(text[t.Start:t.End]), Type: "PERSON"})
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] && m.Type == "PERSON" })
}
