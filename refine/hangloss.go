package refine

import (
	"slices"
	"unicode"

	"github.com/factgraph/factgraph/doc"
)

// hanGlosses adds a PERSON over a name written in Chinese or Japanese
// characters in brackets right after a PERSON: «Ма Лин (马凌)», «Мисао
// Окава (大川 ミサヲ)». NEREL marks the name in its own script a PERSON as
// well (train: «Дзироэмон Кимура (木村 次郎右衛門)»); the recognizer,
// trained on few such characters, misses some.
func hanGlosses(text []rune, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "PERSON" {
			continue
		}
		i := m.End
		if i < len(text) && text[i] == ' ' {
			i++
		}
		if i >= len(text) || text[i] != '(' {
			continue
		}
		j := i + 1
		for j < len(text) && (hanLetter(text[j]) || text[j] == ' ' && j+1 < len(text) && hanLetter(text[j+1])) {
			j++
		}
		if j == i+1 || j >= len(text) || text[j] != ')' {
			continue
		}
		sp := doc.Span{Start: i + 1, End: j}
		if !slices.ContainsFunc(ms, func(o doc.Mention) bool { return o.Overlaps(sp) }) {
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PERSON"})
		}
	}
	return withAdded(ms, added)
}

// hanLetter reports whether c is a Chinese character or a Japanese kana.
func hanLetter(c rune) bool {
	return unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana)
}
