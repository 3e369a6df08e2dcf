package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRepoRoot(t *testing.T) {
	root, err := RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "cmd", "factgraph")); err != nil {
		t.Errorf("root %s does not hold cmd/factgraph", root)
	}
}

func TestDirFromEnv(t *testing.T) {
	tmp := t.TempDir()
	if err := os.MkdirAll(filepath.Join(tmp, "data", "nerel"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("FACTGRAPH_SHARED", tmp)
	if got, err := Dir("nerel"); err != nil || got != filepath.Join(tmp, "data", "nerel") {
		t.Errorf("Dir = %q, %v", got, err)
	}
	if _, err := Dir("missing"); err == nil {
		t.Error("Dir found a missing folder")
	}
}
