package refine

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// initialPairs splits a PERSON that runs from initials and a surname on
// into the next name: «старший сын А.Лукашенко Виктор», «из окружения
// В.Шеймана А.Кулешов» name two persons, the kin or the circle of the
// first and then the second, since a Russian name written with initials
// ends at the surname. NEREL tags the two apart every time the text has
// them so (v1.1 train: «Т.Донилона Майкл», «А. П. Чехова Наталья», «Н. П.
// Акимова Татьяна»); the second part, when capitalized, becomes a PERSON
// of its own.
func initialPairs(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	changed := false
	for _, m := range ms {
		out = append(out, m)
		if m.Type != "PERSON" {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last < 0 || !isInitial(toks[first].Text) {
			continue
		}
		s := first
		for s < last && isInitial(toks[s].Text) {
			s++
		}
		if s >= last || !tokenize.StartsUpper(toks[s].Text) || !tokenize.StartsUpper(toks[s+1].Text) ||
			strings.ContainsRune(string(text[toks[s].End:toks[s+1].Start]), '\n') {
			continue
		}
		changed = true
		out[len(out)-1].End = toks[s].End
		out[len(out)-1].Text = string(text[m.Start:toks[s].End])
		second := doc.Mention{Span: doc.Span{Start: toks[s+1].Start, End: m.End}, Type: "PERSON", Text: string(text[toks[s+1].Start:m.End])}
		if !slices.Contains(ms, second) {
			out = append(out, second)
		}
	}
	if !changed {
		return ms
	}
	return out
}

// isInitial reports whether w is one capital letter with its dot («А.»).
func isInitial(w string) bool {
	r := []rune(w)
	return len(r) == 2 && r[1] == '.' && unicode.IsUpper(r[0])
}
