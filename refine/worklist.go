package refine

import (
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// listedWorks adds a WORK_OF_ART for each name in «guillemets» that no
// mention overlaps when it is listed, joined by commas or «и», with a
// quoted name that is a WORK_OF_ART: «такие популярные в своё время, как
// „Печки-лавочки“, „Странные люди“ и „Ваш сын и брат“» → + «Ваш сын и
// брат»; «в сериалах „Каменская“, „Граница. Таежный роман“, „Марш
// Турецкого“». quotedLists does so after a kind noun; here the list needs
// none, the work beside it telling the kind. A name opens with a capital
// or a digit («„Тимченко клевета“ и „законопроект клевета“» are queries). NEREL train has such a name
// as a WORK_OF_ART in all its 4 cases, dev in 1 of 1; a name some mention
// overlaps (an organization's among works) is left to the other rules.
func listedWorks(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	works := spansOf(ms, "WORK_OF_ART")
	if len(works) == 0 {
		return ms
	}
	var added []doc.Mention
	seen := map[int]bool{} // starts of the names already read in a list
	eachQuote(sents, 0, func(toks []doc.Token, i, j int) {
		first := doc.Span{Start: toks[i+1].Start, End: toks[j-1].End}
		if seen[first.Start] {
			return
		}
		list := []doc.Span{first}
		eachListedAfter(toks, j, func(sp doc.Span) { list = append(list, sp) })
		if len(list) < 2 {
			return
		}
		work := false
		for _, sp := range list {
			seen[sp.Start] = true
			work = work || works[sp]
		}
		if !work {
			return
		}
		for _, sp := range list {
			if c := text[sp.Start]; (tokenize.IsUpper(c) || unicode.IsDigit(c)) && !overlapsAny(ms, doc.Span{Start: sp.Start - 1, End: sp.End + 1}) {
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "WORK_OF_ART"})
			}
		}
	})
	return withAdded(ms, added)
}
