package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// apposedPerson returns the person a post is in apposition to: the PERSON
// mention right before it with only a comma between («Валентина Матвиенко,
// председатель Совета Федерации»), or -1.
func apposedPerson(text []rune, post doc.Mention, mentions []doc.Mention) int {
	for i, m := range mentions {
		if m.Type == "PERSON" && m.End <= post.Start && strings.TrimSpace(string(text[m.End:post.Start])) == "," {
			return i
		}
	}
	return -1
}

// apposedToOther reports whether the post (or the post holding the
// organization) t is in apposition to a person other than h, who comes
// before that person, a finite verb between them: «С Ириной Яровой не
// согласилась Валентина Матвиенко, председатель Совета Федерации» gives
// Яровая neither the post nor its organization. A list («Иванов и Петров,
// депутаты Госдумы») may share the post, and a description may run on
// over another person («К. Фухимори - дочь экс-президента Перу А.
// Фухимори, депутат блока …»).
func apposedToOther(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	post := t
	if t.Type != "PROFESSION" {
		found := false
		for _, m := range mentions {
			if m.Type == "PROFESSION" && m.Start <= t.Start && t.End <= m.End && m.Start < t.Start {
				post, found = m, true
				break
			}
		}
		if !found {
			return false
		}
	}
	i := apposedPerson(text, post, mentions)
	if i < 0 {
		return false
	}
	p := mentions[i]
	if p.Span == h.Span || h.End > p.Start {
		return false
	}
	for _, w := range strings.FieldsFunc(string(text[h.End:p.Start]), func(r rune) bool { return !isWordRune(r) }) {
		if ps := readings(w); len(ps) > 0 && ps[0].Tag.POS() == morph.VERB {
			return true
		}
	}
	return false
}
