package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// splitCities makes a one-word place mention and the capitalized word
// right after or before it one CITY when the two make the name of a city of
// two words (multiwordCities): «в Великом Новгороде», which the recognizer
// read as a COUNTRY «Великом» and a CITY «Новгороде», or «Великий
// Новгород», a CITY «Новгород» alone. A place or person mention of either
// word goes («Луки» read as a man in «Великие Луки»). cityType retypes such
// a name when one mention spans it already; this finds it cut in two.
func splitCities(text []rune, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if !isPlaceType(m.Type) || m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		for _, pair := range [2][2]doc.Span{{m.Span, wordAfter(text, m.End)}, {wordBefore(text, m.Start), m.Span}} {
			a, b := pair[0], pair[1]
			if a.Start == a.End || b.Start == b.End || !cityKeys[stemKey([]string{string(text[a.Start:a.End]), string(text[b.Start:b.End])})] {
				continue
			}
			sp := doc.Span{Start: a.Start, End: b.End}
			if drop[a] && drop[b] {
				break // (both words were mentions: the pair is added already)
			}
			drop[a], drop[b] = true, true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "CITY"})
			break
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		return drop[m.Span] && (isPlaceType(m.Type) || m.Type == "PERSON")
	})
}

// wordAfter returns the span of the capitalized word of letters that
// starts one space after end, or an empty span.
func wordAfter(text []rune, end int) doc.Span {
	if end < 0 || end+1 >= len(text) || text[end] != ' ' || !tokenize.IsUpper(text[end+1]) {
		return doc.Span{}
	}
	i := end + 1
	for i < len(text) && tokenize.IsLetter(text[i]) {
		i++
	}
	return doc.Span{Start: end + 1, End: i}
}

// wordBefore returns the span of the capitalized word of letters that ends
// one space before start, or an empty span.
func wordBefore(text []rune, start int) doc.Span {
	if start < 2 || start > len(text) || text[start-1] != ' ' || !tokenize.IsLetter(text[start-2]) {
		return doc.Span{}
	}
	i := start - 2
	for i > 0 && tokenize.IsLetter(text[i-1]) {
		i--
	}
	if !tokenize.IsUpper(text[i]) {
		return doc.Span{}
	}
	return doc.Span{Start: i, End: start - 1}
}
