package tagger

import (
	_ "embed" // for the embedded model
	"fmt"
	"sync"

	"github.com/factgraph/factgraph/morph"
)

// The model trained by `factgraph train tagger` (train.Tagger) on
// OpenCorpora, MorphoRuEval 2017 and GramEval 2020 gold morphology.
//
//go:embed model/ru.fgt
var defaultModel []byte

var defaultOnce = sync.OnceValues(func() (*Model, error) {
	a, err := morph.Default()
	if err != nil {
		return nil, fmt.Errorf("read tagger model: %w", err)
	}
	return decodeBytes(defaultModel, a)
})

// Default returns the embedded Russian model, decoding it on first use
// (with morph.Default as its dictionary). The model is shared and safe for
// concurrent use.
func Default() (*Model, error) { return defaultOnce() }
