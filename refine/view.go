package refine

import "github.com/factgraph/factgraph/doc"

// docView is what Refine learns of a document once, before its rules run,
// for the rules to read instead of asking the dictionary of every token
// again: a rule that looks for a word of a lexical class (a war's noun, a
// penalty's) skips a document none of whose words has a reading in it
// (mayHave), which most do.
type docView struct {
	// lemmas holds the lemmas (fold) of every reading of every token.
	lemmas map[string]bool
	// words holds every token's text, folded.
	words map[string]bool
}

// newDocView reads the tokens of sents.
func (r *Refiner) newDocView(sents []doc.Sentence) *docView {
	n := 0
	for _, s := range sents {
		n += len(s.Tokens)
	}
	v := &docView{lemmas: make(map[string]bool, n), words: make(map[string]bool, n)}
	seen := make(map[string]bool, n)
	for _, s := range sents {
		for _, t := range s.Tokens {
			if seen[t.Text] {
				continue
			}
			seen[t.Text] = true
			v.words[fold(t.Text)] = true
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
// lemma in lemmas (folded: lower case, ё as е), or some of extra: false
// tells a rule that needs such a word that it has nothing to do. Without a
// view (a rule called outside Refine) it is always true.
func (r *Refiner) mayHave(lemmas map[string]bool, extra ...string) bool {
	if r.view == nil {
		return true
	}
	for l := range lemmas {
		if r.view.lemmas[l] {
			return true
		}
	}
	for _, l := range extra {
		if r.view.lemmas[l] {
			return true
		}
	}
	return false
}

// mayHaveWord reports whether some token of the document, folded, is one
// of words; always true without a view.
func (r *Refiner) mayHaveWord(words map[string]bool) bool {
	if r.view == nil {
		return true
	}
	for w := range words {
		if r.view.words[w] {
			return true
		}
	}
	return false
}
