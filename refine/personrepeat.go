package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// repeatedSurnames cuts a PERSON whose last two words are the same surname
// («28-летний Максим Дадашев Дадашев дебютировал», a caption run into the
// sentence after it) into the name and the surname's own mention. NEREL
// v1.1 train has no person whose last two words repeat (its repeats open
// the name: «Жа Жа Габор», «Би Би Кинг»).
func repeatedSurnames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "PERSON" || !strings.Contains(m.Text, " ") {
			continue
		}
		ws := fields(m.Text)
		n := len(ws)
		if n < 3 || ws[n-1] != ws[n-2] || !cyrillicName(ws[n-1]) {
			continue
		}
		toks := sentenceTokens(sents, m)
		i, j := mentionTokens(toks, m)
		if i < 0 || j < i+2 {
			continue
		}
		drop[m.Span] = true
		name := doc.Span{Start: toks[i].Start, End: toks[j-1].End}
		added = append(added, doc.Mention{Span: name, Text: string(text[name.Start:name.End]), Type: "PERSON"},
			doc.Mention{Span: toks[j].Span, Text: string(text[toks[j].Start:toks[j].End]), Type: "PERSON"})
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] && m.Type == "PERSON" })
}
