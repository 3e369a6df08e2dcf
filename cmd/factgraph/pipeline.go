package main

import (
	"flag"

	"github.com/factgraph/factgraph/ner"
	"github.com/factgraph/factgraph/pipeline"
)

// fastFlag defines --fast, which newPipeline reads.
func fastFlag(fl *flag.FlagSet) *bool {
	return fl.Bool("fast", false, "recognize entities with the perceptron taggers alone, without the neural tagger: NER about 1.7× faster, about 1 F1 point lower (docs/ner.md)")
}

// newRecognizer returns pipeline.NewRecognizer, with the perceptron-only
// recognizer when fast is set: what bench --stages ner measures.
func newRecognizer(fast bool) (*pipeline.Pipeline, error) {
	p, err := pipeline.NewRecognizer()
	if err != nil {
		return nil, err
	}
	if err := useFast(p, fast); err != nil {
		return nil, err
	}
	return p, nil
}

// newPipeline returns the default pipeline, with the perceptron-only
// recognizer when fast is set.
func newPipeline(fast bool) (*pipeline.Pipeline, error) {
	p, err := pipeline.New()
	if err != nil {
		return nil, err
	}
	if err := useFast(p, fast); err != nil {
		return nil, err
	}
	return p, nil
}

// useFast gives p the perceptron-only recognizer when fast is set.
func useFast(p *pipeline.Pipeline, fast bool) error {
	if !fast {
		return nil
	}
	m, err := ner.Default()
	if err != nil {
		return err
	}
	p.Recognizer = m.Perceptron()
	return nil
}
