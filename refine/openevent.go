package refine

import (
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// openTournaments adds the EVENT of a Latin «Open» after a capitalized
// Latin word, the name of an open tennis championship: «в финале U.S.
// Open», «Australian Open» (NEREL train tags all 8 such names an EVENT,
// the country inside a COUNTRY; the recognizer missed «U.S. Open», whose
// dots split the tokens, 3 times). «Open» opening a name («Open Library»,
// a PRODUCT) is not after such a word.
func openTournaments(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	have := spansOf(ms, "EVENT")
	var added []doc.Mention
	for _, s := range sents {
		for _, t := range s.Tokens {
			if t.Text != "Open" || t.Start < 3 || text[t.Start-1] != ' ' {
				continue
			}
			start := t.Start - 1
			for start > 0 && (text[start-1] == '.' || text[start-1] < unicode.MaxASCII && tokenize.IsLetter(text[start-1])) {
				start--
			}
			if start == t.Start-1 || !tokenize.IsUpper(text[start]) {
				continue
			}
			sp := doc.Span{Start: start, End: t.End}
			if have[sp] {
				continue
			}
			have[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
		}
	}
	return withAdded(ms, added)
}
