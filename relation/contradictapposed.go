package relation

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
)

// genitiveApposition reports whether the post t stands after a dash that
// follows another post, in the genitive while that post does not open so,
// and the person h after it: «первый заместитель президента —
// председателя правления ВТБ Дмитрий Пьянов» — the second post agrees
// with «президента» inside the first (the one whose deputy h is), so it is
// not h's post. The person follows the post right after it, and the post
// does not open with «зам…» («замначальника Генштаба» reads as a
// genitive but is a nominative). NEREL v1.1 train and dev have eight such dashes between
// posts before a person; in none does the second post open in the
// genitive after a first one that does not, and the rule fires on none.
func genitiveApposition(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if h.Start < t.End || strings.TrimSpace(string(text[t.End:h.Start])) != "" || hasPrefix(t.Text, []string{"зам"}) ||
		!likelyGenitive(firstWord(t.Text)) || likelyGenitive(firstWord(h.Text)) {
		return false // (not «замначальника Генштаба», a nominative)
	}
	k := t.Start
	for k > 0 && unicode.IsSpace(text[k-1]) {
		k--
	}
	if k == 0 || !isDash(text[k-1]) {
		return false
	}
	k--
	for k > 0 && unicode.IsSpace(text[k-1]) {
		k--
	}
	for _, q := range mentions {
		if q.Type == "PROFESSION" && q.End == k && !likelyGenitive(firstWord(q.Text)) {
			return true
		}
	}
	return false
}

// isDash reports whether r is a dash or a hyphen standing for one.
func isDash(r rune) bool {
	return r == '—' || r == '–' || r == '-'
}
