package relation

import (
	"bytes"
	_ "embed" // for the embedded model
	"fmt"
	"os"
	"sync"
)

// The model trained on NEREL v1.1 train (gold entities) by
// `factgraph train re`.
//
//go:embed model/ru-nerel.fgr
var defaultModel []byte

// Default returns the embedded Russian model trained on NEREL, decoding it
// on first use. The model is shared: do not modify it.
func Default() (*Model, error) { return loadDefault() }

var loadDefault = sync.OnceValues(decodeDefault)

func decodeDefault() (*Model, error) { return Decode(bytes.NewReader(defaultModel)) }

// Load reads a model file written by Encode.
func Load(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load relation model: %w", err)
	}
	defer f.Close()
	m, err := Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}
