package event

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// leftPost returns the span of a dismissal told by the EVENT mention of
// the one finite verb at toks[k] that the recognizer tagged alone, a verb
// of leaving (leaving) with «пост» or «должность» within two words of it
// (postNear): «Вместе с ним свой пост покинула глава службы новостей» (the
// mention «покинула», typed Other) is the dismissal «свой пост покинула»,
// as an uncovered verb with its post already is. ok is false for any
// other mention, an infinitive («решил покинуть пост», an intention) among
// them.
func (x *Extractor) leftPost(toks []doc.Token, k int) (span doc.Span, ok bool) {
	if k < 0 {
		return doc.Span{}, false
	}
	if l, pos := x.lemma(toks[k].Text); !leaving[l] || pos != morph.VERB {
		return doc.Span{}, false
	}
	p := x.postNear(toks, k)
	if p < 0 {
		return doc.Span{}, false
	}
	return doc.Span{Start: toks[min(k, p)].Start, End: toks[max(k, p)].End}, true
}
