package event

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
)

// decreeNouns are the lemmas of the nouns of a decree's content whose
// genitive names the person it befalls: «подписал указ об освобождении
// Олега Петрова от должности», «распоряжение о назначении Анны Смирновой».
var decreeNouns = map[string]bool{"освобождение": true, "назначение": true, "увольнение": true, "отставка": true, "отстранение": true}

// decreeObject reports whether the sentence (inSent: indexes of ms) names
// the person id right after a word of decreeNouns, in a mention that is
// a PERSON's: the one the dismissal or appointment befalls, its object,
// not a participant beside the one who signs («Губернатор … подписал указ
// об освобождении Олега Петрова от должности»: Олег Петров the object,
// the governor the agent). The noun is not the trigger's (span): «об
// отставке Радия Хабирова», the event told by the noun itself, keeps its
// participant (NEREL train: 12 such events moved, one of them lost).
func (x *Extractor) decreeObject(d *doc.Document, ms []mention, inSent []int, span doc.Span, id string) bool {
	return slices.ContainsFunc(inSent, func(mi int) bool {
		m := ms[mi]
		if m.entity != id || m.Type != "PERSON" {
			return false
		}
		toks := d.Sentences[m.sent].Tokens
		i := tokenAt(toks, m.Start)
		if i <= 0 {
			return false
		}
		if toks[i-1].Span.Overlaps(span) {
			return false
		}
		l, _ := x.lemma(toks[i-1].Text)
		return decreeNouns[l]
	})
}
