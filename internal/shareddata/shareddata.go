// Package shareddata finds, for tests and development tools, the public
// corpora that training and evaluation read: $FACTGRAPH_SHARED/data when
// that variable is set, else the folder shared/data beside the repository
// (../shared/data from the folder holding this module's go.mod). Users of
// factgraph do not have it; tests that need it skip with a message.
package shareddata

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const module = "module github.com/factgraph/factgraph\n"

// RepoRoot returns the repository root: the folder holding this module's
// go.mod, found by walking up from the working directory.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && strings.Contains(string(b), module) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("repository root (go.mod of github.com/factgraph/factgraph) not found")
		}
		dir = parent
	}
}

// Dir returns the shared data folder joined with sub, or an error saying
// where it was looked for when it does not exist.
func Dir(sub ...string) (string, error) {
	var data string
	if s := os.Getenv("FACTGRAPH_SHARED"); s != "" {
		data = filepath.Join(s, "data")
	} else {
		root, err := RepoRoot()
		if err != nil {
			return "", err
		}
		data = filepath.Join(root, "..", "shared", "data")
	}
	dir := filepath.Join(append([]string{data}, sub...)...)
	if _, err := os.Stat(dir); err != nil {
		return "", fmt.Errorf("shared data not found at %s (it lives in ../shared/data beside the checkout, or set FACTGRAPH_SHARED): %w", dir, err)
	}
	return dir, nil
}

// Require returns Dir(sub...) or skips the test, saying why.
func Require(t testing.TB, sub ...string) string {
	t.Helper()
	dir, err := Dir(sub...)
	if err != nil {
		t.Skipf("skipping: %v", err)
	}
	return dir
}
