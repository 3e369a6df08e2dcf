package eval

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/internal/shareddata"

	"github.com/factgraph/factgraph/corpus/conllu"
	"github.com/factgraph/factgraph/tagger"
)

// morphDataDir returns shared/data/morph next to the repository root (the
// directory holding this module's go.mod), skipping the test when absent.
func morphDataDir(t *testing.T) string {
	t.Helper()
	return shareddata.Require(t, "morph")
}

func TestScoreMorph(t *testing.T) {
	gold := []*conllu.Sentence{{Words: []conllu.Word{
		{ID: 1, Form: "Мама", Lemma: "мама", UPOS: "NOUN", Feats: "Animacy=Anim|Case=Nom|Gender=Fem|Number=Sing"},
		{ID: 2, Form: "мыла", Lemma: "_", UPOS: "VERB", Feats: "Aspect=Imp|Gender=Fem|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act|Variant=Long"},
		{ID: 3, Form: "раму", Lemma: "рама", UPOS: "NOUN", Feats: "Animacy=Inan|Case=Acc|Gender=Fem|Number=Sing"},
		{ID: 4, Form: ".", Lemma: ".", UPOS: "PUNCT", Feats: "_"},
	}}}
	m, err := tagger.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := Morph(gold, m)
	if s.Words != 4 || s.UPOS != 1 || s.UFeats != 1 || s.Lemma != 1 || s.AllTags != 1 {
		t.Errorf("got %+v, want all 1 on 4 words", s)
	}
}

// TestMorphDev scores the embedded tagger on UD Russian GSD and Taiga dev
// (gold tokenization) and fails if a score drops below its floor. Run it
// with
//
//	go test ./eval -run TestMorphDev -v
func TestMorphDev(t *testing.T) {
	dir := morphDataDir(t)
	m, err := tagger.Default()
	if err != nil {
		t.Fatal(err)
	}
	floors := map[string]MorphScores{
		"ud-gsd-dev.conllu.gz":   {UPOS: 0.94, UFeats: 0.815, Lemma: 0.95},
		"ud-taiga-dev.conllu.gz": {UPOS: 0.96, UFeats: 0.91, Lemma: 0.96},
	}
	var rows []MorphScores
	for _, f := range []string{"ud-gsd-dev.conllu.gz", "ud-taiga-dev.conllu.gz"} {
		gold, err := conllu.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		s := Morph(gold, m)
		s.Name = f
		rows = append(rows, s)
		fl := floors[f]
		if s.UPOS < fl.UPOS || s.UFeats < fl.UFeats || s.Lemma < fl.Lemma {
			t.Errorf("%s: UPOS %.4f UFeats %.4f Lemma %.4f below floors %.3f %.3f %.3f",
				f, s.UPOS, s.UFeats, s.Lemma, fl.UPOS, fl.UFeats, fl.Lemma)
		}
	}
	var b strings.Builder
	if err := WriteMorphTable(&b, rows); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
}
