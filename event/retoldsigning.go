package event

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// signedPapers are the lemmas of nouns that resume, at the head of a
// sentence, the paper a signing just told signed: «Документ подписали
// министры», «Соглашение подписали …».
var signedPapers = map[string]bool{
	"документ": true, "соглашение": true, "договор": true, "меморандум": true,
	"контракт": true, "протокол": true, "декларация": true, "договоренность": true,
}

// retoldSigning joins a signing told again into the one before it: a
// SIGNING of a verb whose sentence opens with one of signedPapers (the
// paper, named again ahead of the verb) right after a sentence (one at
// most between) that told a SIGNING is that signing, its signers named:
// «По итогам переговоров стороны подписали соглашение … . Документ
// подписали министр энергетики России Сергей Цивилев и министр энергетики
// Узбекистана Журабек Мирзамахмудов» → one SIGNING, the ministers among its
// parties (was a second SIGNING, undated). outSent gives each event's
// sentence; it returns out and outSent without the joined events.
func (x *Extractor) retoldSigning(d *doc.Document, out []doc.Event, outSent []int) ([]doc.Event, []int) {
	drop := map[int]bool{}
	for i := range out {
		si := outSent[i]
		toks := d.Sentences[si].Tokens
		if out[i].Type != Signing || len(toks) < 3 || toks[0].End > out[i].Trigger.Span.Start {
			continue
		}
		if l, pos := x.lemma(toks[0].Text); !signedPapers[l] || pos != morph.NOUN {
			continue
		}
		if verbs[x.eventLemma(out[i].Trigger.Text)] != Signing || tokenAt(toks, out[i].Trigger.Span.Start) != 1 {
			continue // «Документ подписали»: the verb right after the paper
		}
		for k := i - 1; k >= 0; k-- {
			if drop[k] || outSent[k] >= si {
				continue
			}
			if outSent[k] < si-2 {
				break
			}
			if out[k].Type == Signing {
				join(&out[k], out[i])
				drop[i] = true
				break
			}
		}
	}
	if len(drop) == 0 {
		return out, outSent
	}
	var keep []doc.Event
	var keepSent []int
	for i := range out {
		if !drop[i] {
			keep = append(keep, out[i])
			keepSent = append(keepSent, outSent[i])
		}
	}
	return keep, keepSent
}
