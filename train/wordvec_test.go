package train

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/wordvec"
)

// writeWordvecFixture lays out a data folder with one NEREL train text and
// one sentence in each morphology training file.
func writeWordvecFixture(t *testing.T) string {
	dir := t.TempDir()
	nerel := filepath.Join(dir, "nerel", "train")
	if err := os.MkdirAll(nerel, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(nerel, "a.txt"), []byte("Ёжик в Москве"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(nerel, "a.ann"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "morph"), 0o755); err != nil {
		t.Fatal(err)
	}
	conll := "# text = В 2024 году\n1\tВ\tв\tADP\t_\t_\t_\t_\t_\t_\n2\t2024\t2024\tNUM\t_\t_\t_\t_\t_\t_\n3\tгоду\tгод\tNOUN\t_\t_\t_\t_\t_\t_\n\n"
	for _, f := range TaggerTrainFiles {
		out, err := os.Create(filepath.Join(dir, "morph", f))
		if err != nil {
			t.Fatal(err)
		}
		z := gzip.NewWriter(out)
		if _, err := z.Write([]byte(conll)); err != nil {
			t.Fatal(err)
		}
		if err := z.Close(); err != nil {
			t.Fatal(err)
		}
		if err := out.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// fieldsSplit segments a text as one sentence of space-separated words.
var fieldsSplit = splitFunc(func(text string) []doc.Sentence {
	var s doc.Sentence
	for _, w := range strings.Fields(text) {
		s.Tokens = append(s.Tokens, doc.Token{Text: w})
	}
	return []doc.Sentence{s}
})

func TestWordvecCorpus(t *testing.T) {
	dir := writeWordvecFixture(t)
	tests := []struct {
		name  string
		lemma func(string) string
		first []string
	}{
		{"words", nil, []string{"ежик", "в", "москве"}},
		{"lemmas", func(w string) string { return strings.TrimSuffix(w, "е") }, []string{"ежик", "в", "москв"}},
	}
	for _, tt := range tests {
		sents, err := WordvecCorpus(dir, fieldsSplit, tt.lemma)
		if err != nil {
			t.Fatal(err)
		}
		if len(sents) != 1+len(TaggerTrainFiles) {
			t.Fatalf("%s: %d sentences, want %d", tt.name, len(sents), 1+len(TaggerTrainFiles))
		}
		if got := strings.Join(sents[0], " "); got != strings.Join(tt.first, " ") {
			t.Errorf("%s: first sentence %q, want %q", tt.name, got, strings.Join(tt.first, " "))
		}
		if got := strings.Join(sents[1], " "); got != "в 0000 году" {
			t.Errorf("%s: conllu sentence %q", tt.name, got)
		}
	}
	if _, err := WordvecCorpus(t.TempDir(), fieldsSplit, nil); err == nil {
		t.Error("no error for a folder without the corpora")
	}
}

func TestClustersWritesTable(t *testing.T) {
	dir := writeWordvecFixture(t)
	out := filepath.Join(t.TempDir(), "c.fgc")
	c, err := Clusters(WordvecOptions{Data: dir, Out: out, Sizes: []int{2, 3},
		Options: wordvec.Options{Dim: 8, MinCount: 1, Epochs: 2, Seed: 1}}, fieldsSplit, nil)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := wordvec.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != 5 || c.Len() != 5 || d.Levels() != 2 {
		t.Fatalf("table of %d words (%d written), %d levels; want 5 words (ежик в москве 0000 году), 2 levels", c.Len(), d.Len(), d.Levels())
	}
	if got := d.Lookup("году"); len(got) != 2 || got[0] >= 2 || got[1] >= 3 {
		t.Errorf("Lookup(году) = %v", got)
	}
}
