package refine

import (
	"github.com/factgraph/factgraph/doc"
)

// quotedRepeats adds an ORGANIZATION for each name in «guillemets» that no
// mention overlaps and that is, as written, the whole quoted name of an
// organization found elsewhere in the document («ПАО „Т Плюс“» … «„Т
// Плюс“ входит в группу»): the recognizer misses a name it found once
// when the words around it differ. In NEREL v1.1 train a quoted text that
// is elsewhere in its document a quoted ORGANIZATION is one itself 719
// times in 728 (a city, an award, a product or a facility the other 9).
func quotedRepeats(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	names := map[string]bool{}
	eachQuote(sents, 0, func(toks []doc.Token, i, j int) {
		sp := doc.Span{Start: toks[i+1].Start, End: toks[j-1].End}
		for _, m := range ms {
			if m.Type == "ORGANIZATION" && m.Span == sp {
				names[m.Text] = true
			}
		}
	})
	if len(names) == 0 {
		return ms
	}
	var added []doc.Mention
	eachQuote(sents, 0, func(toks []doc.Token, i, j int) {
		sp := doc.Span{Start: toks[i+1].Start, End: toks[j-1].End}
		name := string(text[sp.Start:sp.End])
		if !names[name] || overlapsAny(ms, sp) {
			return
		}
		added = append(added, doc.Mention{Span: sp, Text: name, Type: "ORGANIZATION"})
	})
	return withAdded(ms, added)
}
