package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// creatorNouns are the lemmas of the posts of a work's author that may
// stand between the kind of work and the author's name («фильм режиссера
// Андрея Звягинцева „Минотавр“»).
var creatorNouns = map[string]bool{
	"режиссер": true, "писатель": true, "автор": true, "композитор": true, "художник": true, "поэт": true,
	"драматург": true, "певец": true, "певица": true, "рэпер": true, "музыкант": true, "группа": true,
}

// maxAuthorWords bounds the words of an author's name between a kind of
// work and its quoted title.
const maxAuthorWords = 3

// title is a span authoredWorks returns: whether it holds the quotes, and
// the span of the title with them when it does not, without them when it
// does.
type title struct {
	quoted bool
	other  doc.Span
}

// authoredWorks returns the spans of the quoted titles (without and with
// the quotes) that follow a kind of work and its author's name: a noun of
// workHeads, optionally a noun of creatorNouns, and one to maxAuthorWords
// capitalized words, right before «…» («фильм режиссера Андрея Звягинцева
// „Минотавр“», «роман Виктора Пелевина „Generation П“»). On NEREL train
// the title is a WORK_OF_ART in 15 of 17 cases (a CRIME in 2).
func (r *Refiner) authoredWorks(sents []doc.Sentence) map[doc.Span]title {
	var out map[doc.Span]title
	r.eachAuthoredQuote(sents, func(toks []doc.Token, i, j int) {
		if out == nil {
			out = map[doc.Span]title{}
		}
		name := doc.Span{Start: toks[i+1].Start, End: toks[j-1].End}
		quoted := doc.Span{Start: toks[i].Start, End: toks[j].End}
		out[name] = title{other: quoted}
		out[quoted] = title{quoted: true, other: name}
	})
	return out
}

// eachAuthoredQuote calls fn for each quoted title that follows a kind of
// work and its author's name (authoredWorks' test), with the tokens of its
// sentence and the indexes of its quote marks.
func (r *Refiner) eachAuthoredQuote(sents []doc.Sentence, fn func(toks []doc.Token, i, j int)) {
	eachQuote(sents, 2, func(toks []doc.Token, i, j int) {
		k := i - 1
		for k >= 0 && i-1-k < maxAuthorWords && tokenize.StartsUpper(toks[k].Text) && !r.workOrCreator(toks[k].Text) {
			k--
		}
		if k == i-1 || k < 0 {
			return
		}
		if anyIn(r.nounLemmas(toks[k].Text), creatorNouns) {
			k--
		}
		if k < 0 || !anyIn(r.nounLemmas(toks[k].Text), workHeads) {
			return
		}
		fn(toks, i, j)
	})
}

// workOrCreator reports whether w is a form of a noun of workHeads or
// creatorNouns («Роман» opening a sentence is no author's name).
func (r *Refiner) workOrCreator(w string) bool {
	lemmas := r.nounLemmas(w)
	return anyIn(lemmas, workHeads) || anyIn(lemmas, creatorNouns)
}
