package eval

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/factgraph/factgraph/corpus/conllu"
	"github.com/factgraph/factgraph/tagger"
)

// MorphScores are morphological tagging accuracies on gold tokenization,
// computed like the CoNLL 2018 shared task (conll18_ud_eval.py) does when
// the system's words are the gold words: every ratio is correct words /
// gold words.
type MorphScores struct {
	Name      string `json:"name,omitempty"`
	Sentences int    `json:"sentences"`
	Words     int    `json:"words"`
	// UPOS: the universal part of speech matches.
	UPOS float64 `json:"upos"`
	// UFeats: the universal features (tagger.UniversalFeatures; Variant,
	// NameType, ExtPos, … are ignored) match exactly, as a set.
	UFeats float64 `json:"ufeats"`
	// AllTags: UPOS and UFeats both match. Unlike CoNLL 2018, XPOS is not
	// compared (the tagger does not predict treebank-specific XPOS).
	AllTags float64 `json:"alltags"`
	// Lemma: the lemma matches exactly (case-sensitive); a gold lemma "_"
	// matches anything, as in conll18_ud_eval.py.
	Lemma float64 `json:"lemma"`
	// UFeatsNoLexical is UFeats with PronType, NumType and Poss left out:
	// lexical features that none of the training corpora mark (see
	// docs/tagger.md). Not a CoNLL 2018 metric; a diagnostic.
	UFeatsNoLexical float64 `json:"ufeats_no_lexical"`
}

// lexicalFeatures are left out of MorphScores.UFeatsNoLexical.
var lexicalFeatures = []string{"PronType=", "NumType=", "Poss="}

// Morph tags the gold words of each sentence with m and scores the result.
func Morph(gold []*conllu.Sentence, m *tagger.Model) MorphScores {
	return MorphTagged(gold, TagGold(gold, m))
}

// TagGold tags the gold words of each sentence with m: one analysis per
// word, nil for a sentence with no words.
func TagGold(gold []*conllu.Sentence, m *tagger.Model) [][]tagger.Analysis {
	pred := make([][]tagger.Analysis, len(gold))
	words := make([]string, 0, 64)
	for k, sent := range gold {
		if len(sent.Words) == 0 {
			continue
		}
		words = words[:0]
		for _, w := range sent.Words {
			words = append(words, w.Form)
		}
		pred[k] = m.TagWords(words)
	}
	return pred
}

// MorphTagged scores predicted analyses against the gold sentences:
// pred[k][i] is the analysis of word i of gold[k] (pooled, for instance,
// from the models of several cross-validation folds). A sentence whose
// prediction is missing or has the wrong length counts as all wrong.
func MorphTagged(gold []*conllu.Sentence, pred [][]tagger.Analysis) MorphScores {
	var s MorphScores
	var upos, feats, all, lemma, noLex int
	for k, sent := range gold {
		if len(sent.Words) == 0 {
			continue
		}
		s.Sentences++
		var ps []tagger.Analysis
		if k < len(pred) && len(pred[k]) == len(sent.Words) {
			ps = pred[k]
		} else {
			ps = make([]tagger.Analysis, len(sent.Words))
		}
		for i, w := range sent.Words {
			p := ps[i]
			s.Words++
			uOK := p.UPOS == w.UPOS
			gf := tagger.UniversalFeats(w.Feats)
			fOK := tagger.UniversalFeats(p.Feats) == gf
			if uOK {
				upos++
			}
			if fOK {
				feats++
			}
			if uOK && fOK {
				all++
			}
			if w.Lemma == "_" || p.Lemma == w.Lemma {
				lemma++
			}
			if dropLexical(tagger.UniversalFeats(p.Feats)) == dropLexical(gf) {
				noLex++
			}
		}
	}
	r := func(n int) float64 { return nerRatio(n, s.Words) }
	s.UPOS, s.UFeats, s.AllTags, s.Lemma, s.UFeatsNoLexical = r(upos), r(feats), r(all), r(lemma), r(noLex)
	return s
}

func dropLexical(feats string) string {
	if feats == "" {
		return ""
	}
	fs := strings.Split(feats, "|")
	out := fs[:0]
	for _, f := range fs {
		keep := true
		for _, p := range lexicalFeatures {
			if strings.HasPrefix(f, p) {
				keep = false
			}
		}
		if keep {
			out = append(out, f)
		}
	}
	return strings.Join(out, "|")
}

// WriteMorphTable writes one row per score set: words, UPOS, UFeats,
// AllTags, Lemma (percentages) and the no-lexical-features diagnostic.
func WriteMorphTable(w io.Writer, rows []MorphScores) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "set\twords\tUPOS\tUFeats\tAllTags\tLemma\tUFeats w/o PronType,NumType,Poss\t")
	for _, s := range rows {
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t\n", s.Name, s.Words,
			100*s.UPOS, 100*s.UFeats, 100*s.AllTags, 100*s.Lemma, 100*s.UFeatsNoLexical)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write morph table: %w", err)
	}
	return nil
}

// WriteMorphTokens writes one tab-separated line per word of gold: set,
// sentence index, word index, form, gold UPOS, universal features and
// lemma, then the predicted ones (pred[k][i] for word i of gold[k]).
func WriteMorphTokens(w io.Writer, set string, gold []*conllu.Sentence, pred [][]tagger.Analysis) error {
	bw := bufio.NewWriter(w)
	for k, s := range gold {
		for i, g := range s.Words {
			var p tagger.Analysis
			if k < len(pred) && i < len(pred[k]) {
				p = pred[k][i]
			}
			fmt.Fprintf(bw, "%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", set, k, i, g.Form,
				g.UPOS, tagger.UniversalFeats(g.Feats), g.Lemma, p.UPOS, p.Feats, p.Lemma)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write morph tokens: %w", err)
	}
	return nil
}
