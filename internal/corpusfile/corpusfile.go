// Package corpusfile holds what the annotated-corpus readers (corpus/brat,
// corpus/factru) share: the error naming the file and line of a problem,
// and the reading of a folder of documents.
package corpusfile

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ParseError reports a problem at a line of a corpus file. Line is 1-based;
// 0 means the problem concerns the file as a whole.
type ParseError struct {
	File string
	Line int
	Err  error
}

// Error formats the error as "file:line: message".
func (e *ParseError) Error() string {
	if e.Line <= 0 {
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// ReadDir reads one document for every file of dir (not a folder) named
// with extension ext (".ann"): read gets the file's path without the
// extension. The documents are returned sorted by id; ReadDir stops at the
// first error, which it returns as read gave it.
func ReadDir[D any](dir, ext string, read func(base string) (D, error), id func(D) string) ([]D, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", dir, err)
	}
	var docs []D
	for _, e := range entries {
		if e.IsDir() || filepath.Ext(e.Name()) != ext {
			continue
		}
		d, err := read(filepath.Join(dir, strings.TrimSuffix(e.Name(), ext)))
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	sort.Slice(docs, func(i, j int) bool { return id(docs[i]) < id(docs[j]) })
	return docs, nil
}
