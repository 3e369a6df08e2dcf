package brat

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/factgraph/factgraph/internal/corpusfile"
)

// ReadFile reads the document whose text is txtPath (X.txt) and whose
// annotations are the .ann file beside it (X.ann). The text is kept exactly
// as stored: no byte order mark or carriage return is removed, since brat
// offsets count them.
func ReadFile(txtPath string) (*Document, error) {
	text, err := os.ReadFile(txtPath)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", txtPath, err)
	}
	annPath := strings.TrimSuffix(txtPath, filepath.Ext(txtPath)) + ".ann"
	f, err := os.Open(annPath)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", annPath, err)
	}
	defer f.Close()
	return Parse(f, annPath, string(text))
}

// ReadDir reads every document of dir, one per .ann file with its .txt
// beside it, sorted by ID. It stops at the first error.
func ReadDir(dir string) ([]*Document, error) {
	return corpusfile.ReadDir(dir, ".ann",
		func(base string) (*Document, error) { return ReadFile(base + ".txt") },
		func(d *Document) string { return d.ID })
}
