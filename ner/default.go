package ner

import (
	_ "embed" // for the embedded model
	"sync"

	"github.com/factgraph/factgraph/internal/embedmem"
)

// The model trained on NEREL v1.1 train by `factgraph train ner`.
//
//go:embed model/ru-nerel.fgm
var defaultModel []byte

// Default returns the embedded Russian model trained on NEREL, decoding it
// on first use. The model is shared: do not modify it.
func Default() (*Model, error) { return loadDefault() }

var loadDefault = sync.OnceValues(decodeDefault)

// decodeDefault decodes the embedded model, then gives its pages back to the
// kernel: the Model holds copies of what it needs (embedmem).
func decodeDefault() (*Model, error) {
	m, err := decodeBytes(defaultModel)
	embedmem.Release(defaultModel)
	return m, err
}
