package ner

import (
	"bytes"
	_ "embed" // for the embedded model
	"sync"
)

// The model trained on NEREL v1.1 train by `factgraph train ner`.
//
//go:embed model/ru-nerel.fgm
var defaultModel []byte

// Default returns the embedded Russian model trained on NEREL, decoding it
// on first use. The model is shared: do not modify it.
func Default() (*Model, error) { return loadDefault() }

var loadDefault = sync.OnceValues(decodeDefault)

func decodeDefault() (*Model, error) { return Decode(bytes.NewReader(defaultModel)) }
