package refine

import "github.com/factgraph/factgraph/doc"

// docView is what Refine learns of a document once, before its rules run,
// for the rules to read instead of asking the dictionary of every token
// again: a rule that looks for a word of a lexical class (a war's noun, a
// penalty's) skips a document none of whose words has a reading in it
// (mayHave), which most do.
type docView struct {
	// texts holds the tokens' texts as written.
	texts map[string]bool
	// lemmas holds the lemmas (fold) of every reading of every token.
	lemmas map[string]bool
	// words holds every token's text, folded (made at the first
	// mayHaveWord).
	words map[string]bool
}

// newDocView reads the tokens of sents.
func (r *Refiner) newDocView(sents []doc.Sentence) *docView {
	n := 0
	for _, s := range sents {
		n += len(s.Tokens)
	}
	v := &docView{texts: make(map[string]bool, n), lemmas: make(map[string]bool, 2*n)}
	for _, s := range sents {
		for _, t := range s.Tokens {
			if v.texts[t.Text] {
				continue
			}
			v.texts[t.Text] = true
			for _, p := range r.parse(t.Text) {
				v.lemmas[fold(p.Normal)] = true
			}
		}
	}
	return v
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
	return r.view == nil || r.view.any(r.view.lemmas, lemmas, extra)
}

// mayHaveWord reports whether some token of the document, folded, is one
// of words or extra; always true without a view.
func (r *Refiner) mayHaveWord(words map[string]bool, extra ...string) bool {
	if r.view == nil {
		return true
	}
	if r.view.words == nil {
		r.view.words = make(map[string]bool, len(r.view.texts))
		for w := range r.view.texts {
			r.view.words[fold(w)] = true
		}
	}
	return r.view.any(r.view.words, words, extra)
}

// mayHaveText reports whether some token of the document is written as
// one of texts or extra (case counts); always true without a view.
func (r *Refiner) mayHaveText(texts map[string]bool, extra ...string) bool {
	return r.view == nil || r.view.any(r.view.texts, texts, extra)
}

// any reports whether have holds a key of set or one of extra.
func (v *docView) any(have, set map[string]bool, extra []string) bool {
	for w := range set {
		if have[w] {
			return true
		}
	}
	for _, w := range extra {
		if have[w] {
			return true
		}
	}
	return false
}
