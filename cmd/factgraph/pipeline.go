package main

import (
	"flag"

	"github.com/factgraph/factgraph/internal/charset"
	"github.com/factgraph/factgraph/ner"
	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/relation"
)

// fastFlag defines --fast, which newPipeline reads.
func fastFlag(fl *flag.FlagSet) *bool {
	return fl.Bool("fast", false, "recognize entities with the perceptron taggers alone, without the neural tagger (NER about 1.7× faster, about 1 F1 point lower; docs/ner.md), give canonical names from the dictionary alone, without the contextual morphological tagger, and find relations with the linear model alone, without its neural scorer")
}

// encodingFlag registers --encoding, the encoding of plain text inputs.
func encodingFlag(fl *flag.FlagSet) *string {
	return fl.String("encoding", "utf-8", "encoding of the input texts: "+charset.Names+" (guessed for each text)")
}

// checkEncoding returns an error naming the encodings when name is none of
// them.
func checkEncoding(name string) error {
	_, err := charset.Canonical(name, nil)
	return err
}

// newPipeline returns the default pipeline, or its fast variant (see
// loadPipeline) when fast is set.
func newPipeline(fast bool) (*pipeline.Pipeline, error) { return loadPipeline(pipeline.New, fast) }

// loadPipeline returns the pipeline load builds (pipeline.New, or
// pipeline.NewRecognizer for bench --stages ner), with the perceptron-only
// recognizer, no morphological tagger and the linear relation model alone
// when fast is set.
func loadPipeline(load func() (*pipeline.Pipeline, error), fast bool) (*pipeline.Pipeline, error) {
	p, err := load()
	if err != nil || !fast {
		return p, err
	}
	m, err := ner.Default()
	if err != nil {
		return nil, err
	}
	p.Recognizer = m.Perceptron()
	p.Tagger = nil
	if p.Relations != nil {
		rm, err := relation.Default()
		if err != nil {
			return nil, err
		}
		p.Relations = relation.WithRules(rm.Linear())
	}
	return p, nil
}
