package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// nounEndedPersons ends a PERSON before a lower-case common noun it ran
// over (commonNounOnly): «Джонсон неделю провел в больнице» → «Джонсон».
// NEREL's persons end at the name; a lower-case word inside a name is a
// particle or a name's prefix («аль-Багдади», «младшего»), which the
// dictionary does not read as a common noun alone. A nickname of an
// adjective and a noun stays whole («Железная леди», «Солнечный клоун»).
func (r *Refiner) nounEndedPersons(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "PERSON" {
			continue
		}
		toks := sentenceTokens(sents, m)
		i, j := mentionTokens(toks, m)
		if i < 0 || j <= i || tokenize.StartsUpper(toks[j].Text) || !r.commonNounOnly(toks[j].Text) || r.adjectiveReadings(toks[j-1].Text) != 0 {
			continue
		}
		drop[m.Span] = true
		rest := doc.Span{Start: m.Start, End: toks[j-1].End}
		added = append(added, doc.Mention{Span: rest, Text: string(text[rest.Start:rest.End]), Type: "PERSON"})
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] && m.Type == "PERSON" })
}
