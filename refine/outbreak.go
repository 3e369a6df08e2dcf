package refine

import (
	"github.com/factgraph/factgraph/doc"
)

// outbreakNouns are the lemmas of nouns of a disease's spread.
var outbreakNouns = map[string]bool{"эпидемия": true, "пандемия": true}

// outbreaks adds an EVENT over a noun of a disease's spread (outbreakNouns)
// and the DISEASE right after it, the longest one starting there:
// «эпидемией коронавируса SARS-CoV-2», «пандемию COVID-19». NEREL dev tags
// five of the six such phrases an EVENT (the recognizer finds none); train,
// which has no text on an epidemic, has one («эпидемии гриппа H1N1»,
// untagged).
func (r *Refiner) outbreaks(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "DISEASE" {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 1 || last < first || !anyIn(r.nounLemmas(toks[first-1].Text), outbreakNouns) {
			continue
		}
		sp := doc.Span{Start: toks[first-1].Start, End: m.End}
		if longestDiseaseAt(ms, m) && !startsOver(ms, sp, "") {
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
		}
	}
	return withAdded(ms, added)
}

// longestDiseaseAt reports whether no DISEASE of ms starts where m does
// and ends after it.
func longestDiseaseAt(ms []doc.Mention, m doc.Mention) bool {
	for _, o := range ms {
		if o.Type == "DISEASE" && o.Start == m.Start && o.End > m.End {
			return false
		}
	}
	return true
}
