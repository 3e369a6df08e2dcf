package main

import (
	"flag"
	"fmt"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/ner"
	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/refine"
	"github.com/factgraph/factgraph/tokenize"
	"github.com/factgraph/factgraph/truecase"
)

// fastFlag defines --fast, which newPipeline reads.
func fastFlag(fl *flag.FlagSet) *bool {
	return fl.Bool("fast", false, "recognize entities with the perceptron taggers alone, without the neural tagger: NER about 3× faster, about 1 F1 point lower (docs/ner.md)")
}

// newRecognizer returns a pipeline that stops after entity recognition:
// tokenization, the truecaser, the recognizer (perceptron-only when fast is
// set) and the refine rules, and nothing else loaded. It groups no mentions
// into entities; bench --stages ner measures it.
func newRecognizer(fast bool) (*pipeline.Pipeline, error) {
	m, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("load ner model: %w", err)
	}
	var r pipeline.Recognizer = m
	if fast {
		r = m.Perceptron()
	}
	tc, err := truecase.New()
	if err != nil {
		return nil, fmt.Errorf("load dictionary: %w", err)
	}
	rf, err := refine.New()
	if err != nil {
		return nil, fmt.Errorf("load dictionary: %w", err)
	}
	return &pipeline.Pipeline{
		Segmenter:  pipeline.SegmenterFunc(tokenize.Split),
		Recognizer: r,
		Truecaser:  tc,
		Refiner:    rf,
		Linker:     noLinker{},
		MaxBytes:   pipeline.DefaultMaxBytes,
	}, nil
}

// noLinker stands in for the linker in newRecognizer: it groups nothing.
type noLinker struct{}

// Link returns no entities.
func (noLinker) Link([]rune, []doc.Sentence, []doc.Mention) []doc.Entity { return nil }

// newPipeline returns the default pipeline, with the perceptron-only
// recognizer when fast is set.
func newPipeline(fast bool) (*pipeline.Pipeline, error) {
	p, err := pipeline.New()
	if err != nil {
		return nil, err
	}
	if fast {
		m, err := ner.Default()
		if err != nil {
			return nil, err
		}
		p.Recognizer = m.Perceptron()
	}
	return p, nil
}
