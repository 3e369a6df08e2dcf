package refine

import (
	"sync"

	"github.com/factgraph/factgraph/doc"
)

// docView is what Refine learns of a document once, before its rules run,
// for the rules to read instead of asking the dictionary of every token
// again: a rule that looks for a word of a lexical class (a war's noun, a
// penalty's) skips a document none of whose words has a reading in it
// (mayHave), which most do.
type docView struct {
	// forms holds the facts of the tokens' forms, by their texts as
	// written.
	forms map[string]*formFacts
	// lemmas holds the lemmas (fold) of every reading of every token.
	lemmas map[string]bool
	// folded holds the tokens' forms folded (fold).
	folded map[string]bool
	// formList and foldedList hold the keys of forms and folded, for the
	// rules that walk them: a slice is walked at a fraction of the cost
	// of a map (the view's maps are pooled and cleared, and a walk visits
	// all their emptied groups).
	formList, foldedList []string
	// lastForm and lastFacts are the form facts last answered from forms
	// and its facts (nil: none yet), asked first: a rule often asks of the
	// same token twice in a row.
	lastForm  string
	lastFacts *formFacts
}

// newDocView reads the tokens of sents.
func (r *Refiner) newDocView(sents []doc.Sentence) *docView {
	n := 0
	for _, s := range sents {
		n += len(s.Tokens)
	}
	v, _ := viewPool.Get().(*docView)
	if v == nil {
		v = &docView{forms: make(map[string]*formFacts, n), lemmas: make(map[string]bool, n), folded: make(map[string]bool, n)}
	}
	for _, s := range sents {
		for _, t := range s.Tokens {
			if _, ok := v.forms[t.Text]; ok {
				continue
			}
			f := r.sharedFacts(t.Text)
			v.forms[t.Text] = f
			v.formList = append(v.formList, t.Text)
			had := len(v.folded)
			v.folded[f.folded] = true
			if len(v.folded) > had {
				v.foldedList = append(v.foldedList, f.folded)
			}
			for _, l := range f.lemmas {
				v.lemmas[l] = true
			}
		}
	}
	return v
}

// viewPool holds the views of documents done with, their maps cleared,
// for the next documents to fill.
var viewPool sync.Pool

// release gives r's view back to viewPool; r must not be used after.
func (r *Refiner) release() {
	clear(r.view.forms)
	clear(r.view.lemmas)
	clear(r.view.folded)
	clear(r.view.formList) // (no strings of the document kept alive in the pool)
	clear(r.view.foldedList)
	r.view.formList, r.view.foldedList = r.view.formList[:0], r.view.foldedList[:0]
	r.view.lastForm, r.view.lastFacts = "", nil
	viewPool.Put(r.view)
	r.view = nil
}

// forDocument returns a Refiner that holds the view of the document of
// sents, for the rules of one call of Refine: r itself is shared by the
// documents processed at once, and stays as it is.
func (r *Refiner) forDocument(sents []doc.Sentence) *Refiner {
	c := *r
	c.view = r.newDocView(sents)
	return &c
}

// mayHave reports whether some word of the document has a reading with a
// lemma in lemmas (folded: lower case, ё as е), or one of extra: false
// tells a rule that needs such a word that it has nothing to do. Without a
// view (a rule called outside Refine) it is always true.
func (r *Refiner) mayHave(lemmas map[string]bool, extra ...string) bool {
	return r.view == nil || anyKey(r.view.lemmas, lemmas, extra)
}

// mayHaveWord reports whether some token of the document, folded, is one
// of words or extra; always true without a view.
func (r *Refiner) mayHaveWord(words map[string]bool, extra ...string) bool {
	return r.view == nil || anyKey(r.view.folded, words, extra)
}

// mayHaveWordLike reports whether some token of the document, folded,
// is one that like reports true of (a compound: «облизбирком»,
// «Дептранс»); always true without a view.
func (r *Refiner) mayHaveWordLike(like func(folded string) bool) bool {
	if r.view == nil {
		return true
	}
	for _, w := range r.view.foldedList {
		if like(w) {
			return true
		}
	}
	return false
}

// mayHaveText reports whether some token of the document is written as
// one of texts or extra (case counts); always true without a view.
func (r *Refiner) mayHaveText(texts map[string]bool, extra ...string) bool {
	return r.view == nil || anyKey(r.view.forms, texts, extra)
}

// anyKey reports whether have holds a key of set or one of extra.
func anyKey[V any](have map[string]V, set map[string]bool, extra []string) bool {
	for w := range set {
		if _, ok := have[w]; ok {
			return true
		}
	}
	for _, w := range extra {
		if _, ok := have[w]; ok {
			return true
		}
	}
	return false
}
