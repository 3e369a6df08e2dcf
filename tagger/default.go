package tagger

import (
	"bytes"
	_ "embed" // for the embedded model
	"sync"
)

// The model trained by `factgraph train tagger` (train.Tagger) on
// OpenCorpora, MorphoRuEval 2017 and GramEval 2020 gold morphology.
//
//go:embed model/ru.fgt
var defaultModel []byte

var defaultOnce = sync.OnceValues(func() (*Model, error) {
	return Decode(bytes.NewReader(defaultModel))
})

// Default returns the embedded Russian model, decoding it on first use
// (with morph.Default as its dictionary). The model is shared and safe for
// concurrent use.
func Default() (*Model, error) { return defaultOnce() }
