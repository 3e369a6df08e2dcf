package refine

import (
	"slices"
	"sync"

	"github.com/factgraph/factgraph/morph"
)

// formFacts is what the rules ask of a word form's readings, worked out
// once when the form is first seen and then only read (the Refiner's
// cache is shared by the documents processed at once).
type formFacts struct {
	// parses are the analyses (parse).
	parses []morph.Parse
	// lemmas are the distinct lemmas of the readings (fold), for the
	// document's view.
	lemmas []string
	// nouns are the lemmas of the noun readings (nounLemmas).
	nouns []string
	// folded is the form itself folded (fold), for the document's view.
	folded string
	// wordType is the type lexicalMentions gives the word alone (wordType).
	wordType string
	// towns is townKeys, worked out at the first call (most forms are
	// never asked).
	towns     []string
	townsOnce sync.Once
}

// facts returns the facts of w. A token of the document is answered from
// its view, a small table that stays in the processor's caches (a look-up
// in the Refiner's cache of tens of thousands of forms costs about twice
// as much); other strings from the Refiner's cache.
func (r *Refiner) facts(w string) *formFacts {
	if r.view != nil {
		if f := r.view.forms[w]; f != nil {
			return f
		}
	}
	return r.sharedFacts(w)
}

// sharedFacts returns the facts of w from the Refiner's cache, working
// them out for a form it lacks.
func (r *Refiner) sharedFacts(w string) *formFacts {
	if f, ok := r.forms.Get(w); ok {
		return f
	}
	f := &formFacts{parses: slices.Clip(r.A.Parse(w)), folded: fold(w)}
	for _, p := range f.parses {
		l := fold(p.Normal)
		if !slices.Contains(f.lemmas, l) {
			f.lemmas = append(f.lemmas, l)
		}
		if p.Tag.POS() == morph.NOUN {
			f.nouns = append(f.nouns, l)
		}
	}
	f.lemmas, f.nouns = slices.Clip(f.lemmas), slices.Clip(f.nouns)
	f.wordType = wordTypeOf(f.parses)
	r.forms.Put(w, f)
	return f
}
