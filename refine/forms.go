package refine

import (
	"slices"
	"sync"
	"unsafe"

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
	if v := r.view; v != nil {
		// (the same token asked again, by the same string: about one
		// call in six)
		if v.lastFacts != nil && len(w) == len(v.lastForm) && unsafe.StringData(w) == unsafe.StringData(v.lastForm) {
			return v.lastFacts
		}
		if f := v.forms[w]; f != nil {
			v.lastForm, v.lastFacts = w, f
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
