package refine

import (
	"github.com/factgraph/factgraph/doc"
)

// stateForms are the acronyms of the legal form of a state or non-profit
// body that open its quoted name as legalForms open a company's («ФГУП
// „Главный радиочастотный центр“»).
var stateForms = map[string]bool{"ФГУП": true, "ГУП": true, "МУП": true, "ФГБУ": true, "ГБУ": true, "АНО": true}

// legalFormNames runs an ORGANIZATION that is a legal form's acronym alone
// («ООО») over the quoted name right after it, and drops the name's own
// ORGANIZATION: «в нефтедобывающей компании ООО "МНКТ"» → ORGANIZATION
// «ООО "МНКТ"». NEREL never tags the acronym alone; where the recognizer
// took it alone, gold has the form with its name whole (train «экс-глава
// ООО "Газэкспорт"», dev «ООО "МНКТ"»). Where the recognizer found the
// name alone it stays: train nests the name alone inside a post («президента
// ОАО «Российские железные дороги»»: 11 names alone, 1 whole).
func (r *Refiner) legalFormNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveText(legalForms) && !r.mayHaveText(stateForms) {
		return ms
	}
	var added []doc.Mention
	parts := map[doc.Span]bool{}
	eachQuote(sents, 1, func(toks []doc.Token, i, j int) {
		form := toks[i-1]
		if !legalForms[form.Text] && !stateForms[form.Text] {
			return
		}
		whole := doc.Span{Start: form.Start, End: toks[j].End}
		for _, m := range ms {
			if m.Type == "ORGANIZATION" && m.Start == whole.Start && m.End >= whole.End {
				return // (it has the name whole, or a longer body opens at the form)
			}
		}
		formSpan := doc.Span{Start: form.Start, End: form.End}
		if !hasType(ms, formSpan, "ORGANIZATION") {
			return
		}
		parts[formSpan] = true
		parts[doc.Span{Start: toks[i+1].Start, End: toks[j-1].End}] = true
		parts[doc.Span{Start: toks[i].Start, End: toks[j].End}] = true
		added = append(added, doc.Mention{Span: whole, Text: string(text[whole.Start:whole.End]), Type: "ORGANIZATION"})
	})
	return withReplaced(ms, added, func(m doc.Mention) bool { return m.Type == "ORGANIZATION" && parts[m.Span] })
}
