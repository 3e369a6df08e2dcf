package morph

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/factgraph/factgraph/internal/embedmem"
)

// embeddedDict is the OpenCorpora dictionary converted by
// `go run ./morph/internal/mkdict` (see docs/morph.md).
//
//go:embed dict/ru.bin
var embeddedDict []byte

var defaultAnalyzer = sync.OnceValues(func() (*Analyzer, error) {
	a, err := Load(bytes.NewReader(embeddedDict))
	// The Analyzer holds copies of what it needs: the file's pages go back
	// to the kernel (embedmem).
	embedmem.Release(embeddedDict)
	if err != nil {
		return nil, fmt.Errorf("morph: embedded dictionary: %w", err)
	}
	return a, nil
})

// Default returns the shared Analyzer over the embedded OpenCorpora
// dictionary, loading it on first use (about 60 ms). The embedded file is
// checked by the tests, so an error here means a broken build.
func Default() (*Analyzer, error) { return defaultAnalyzer() }
