package main

import (
	"fmt"
	"io"
	"time"

	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/ner"
	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/tagger"
	"github.com/factgraph/factgraph/tokenize"
	"github.com/factgraph/factgraph/train"
)

// defaultData is where the public corpora live in a development checkout.
const defaultData = "../shared/data"

func runTrain(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: factgraph train ner|re|tagger [flags]")
		return errUsage
	}
	switch args[0] {
	case "ner":
	case "re":
		fl := newFlags("train re", "", stderr)
		opt := train.REFlags(fl, defaultData)
		if err := parseFlags(fl, args[1:]); err != nil {
			return err
		}
		return train.RECommand(*opt, stdout, stderr)
	case "tagger":
		fl := newFlags("train tagger", "", stderr)
		data := fl.String("data", defaultData, "folder holding the public corpora (morph/)")
		out := fl.String("out", "tagger/model/ru.fgt", "model file to write")
		epochs := fl.Int("epochs", 8, "passes over the training data")
		seed := fl.Uint64("seed", 1, "shuffling seed")
		if err := parseFlags(fl, args[1:]); err != nil {
			return err
		}
		start := time.Now()
		_, err := train.Tagger(train.TaggerOptions{Data: *data, Out: *out, Repeat: 2,
			TrainOptions: tagger.TrainOptions{Epochs: *epochs, Bits: 22, Seed: *seed}}, stderr)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(stdout, "wrote %s in %v\n", *out, time.Since(start).Round(time.Second))
		return err
	default:
		fmt.Fprintf(stderr, "factgraph train: unknown model %q (want ner, re or tagger)\n", args[0])
		return errUsage
	}
	fl := newFlags("train ner", "", stderr)
	data := fl.String("data", defaultData, "folder holding the public corpora (nerel/train, nerel/dev)")
	out := fl.String("out", "ner/model/ru-nerel.fgm", "model file to write")
	epochs := fl.Int("epochs", 10, "passes over the training data per layer")
	layers := fl.Int("layers", 4, "nesting layers")
	seed := fl.Uint64("seed", 1, "shuffling seed")
	minCount := fl.Int("min-count", 2, "ignore features seen fewer times")
	dict := fl.Bool("dict", true, "use the OpenCorpora dictionary (package morph) for word features")
	folds := fl.Int("folds", 0, "train upper layers on lower layers predicted by models of the other folds (0: on gold)")
	if err := parseFlags(fl, args[1:]); err != nil {
		return err
	}
	var lex ner.Lexicon
	if *dict {
		a, err := morph.Default()
		if err != nil {
			return err
		}
		lex = ner.MorphLexicon{A: a}
	}
	start := time.Now()
	opt := train.NEROptions{Data: *data, Out: *out, TrainOptions: ner.TrainOptions{
		Epochs: *epochs, Layers: *layers, Seed: *seed, MinCount: *minCount, Lexicon: lex, Folds: *folds,
	}}
	if _, err := train.NER(opt, pipeline.SegmenterFunc(tokenize.Split), stderr); err != nil {
		return err
	}
	_, err := fmt.Fprintf(stdout, "wrote %s in %v\n", *out, time.Since(start).Round(time.Second))
	return err
}
