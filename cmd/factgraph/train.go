package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/ner"
	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/tagger"
	"github.com/factgraph/factgraph/tokenize"
	"github.com/factgraph/factgraph/train"
	"github.com/factgraph/factgraph/wordvec"
)

// defaultData is where the public corpora live in a development checkout.
const defaultData = "../shared/data"

func runTrain(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: factgraph train ner|re|tagger|wordvec [flags]")
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
	case "wordvec":
		return trainWordvec(args[1:], stdout, stderr)
	case "tagger":
		fl := newFlags("train tagger", "", stderr)
		data := fl.String("data", defaultData, "folder holding the public corpora (morph/)")
		out := fl.String("out", "tagger/model/ru.fgt", "model file to write")
		epochs := fl.Int("epochs", 8, "passes over the training data")
		seed := fl.Uint64("seed", 1, "shuffling seed")
		withDev := fl.Bool("with-dev", false, "also train on all of both UD dev sets (the shipped model; no held-out dev score then: see eval morph --cv)")
		devRepeat := fl.Int("dev-repeat", 4, "with --with-dev: times per epoch the dev sets are seen")
		domains := fl.Bool("domains", false, "with --with-dev: the dev sentences carry their treebank's domain (gsd, taiga)")
		neural := taggerNeuralFlags(fl)
		if err := parseFlags(fl, args[1:]); err != nil {
			return err
		}
		start := time.Now()
		_, err := train.Tagger(train.TaggerOptions{Data: *data, Out: *out, Repeat: 2, WithDev: *withDev, DevRepeat: *devRepeat, Domains: *domains,
			TrainOptions: tagger.TrainOptions{Epochs: *epochs, Bits: 22, Seed: *seed, Neural: neural()}}, stderr)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(stdout, "wrote %s in %v\n", *out, time.Since(start).Round(time.Second))
		return err
	default:
		fmt.Fprintf(stderr, "factgraph train: unknown model %q (want ner, re, tagger or wordvec)\n", args[0])
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
	clusters := fl.String("clusters", "learn", `word clusters: "learn" (the shipped model: learned in this run from the unlabeled text, as train wordvec does; see docs/ner.md), "" for none (--clusters=), or a file written by train wordvec (with the same --cluster-key)`)
	nnEpochs := fl.Int("nn-epochs", 12, "train the neural tagger for this many epochs after the perceptron (0: none, the perceptron alone)")
	nnHidden := fl.Int("nn-hidden", 64, "LSTM size of the neural tagger, per direction")
	nnWordDim := fl.Int("nn-word-dim", 128, "word embedding size of the neural tagger")
	nnFeatDim := fl.Int("nn-feat-dim", 128, "feature embedding size of the neural tagger")
	nnDecay := fl.Float64("nn-decay", 0.1, "learning-rate decay of the neural tagger: the rate of epoch e is 0.002/(1+decay·(e−1))")
	mix := fl.Float64("mix", 0.2, "weight of the perceptron's scores added to the neural tagger's (0: the network alone; 0.2 was best on held-out NEREL train documents, docs/ner.md)")
	wv := wordvecFlags(fl)
	clusterKey := fl.Lookup("cluster-key").Value // a --clusters file must have been made with the same key
	if err := parseFlags(fl, args[1:]); err != nil {
		return err
	}
	start := time.Now()
	seg := pipeline.SegmenterFunc(tokenize.Split)
	var clus *wordvec.Clusters
	from := "file " + *clusters
	switch *clusters {
	case "":
	case "learn":
		o, err := wv()
		if err != nil {
			return err
		}
		o.Data = *data
		if clus, err = train.Clusters(o, seg, stderr); err != nil {
			return err
		}
		from = o.String()
	default:
		f, err := os.Open(*clusters)
		if err != nil {
			return err
		}
		clus, err = wordvec.Decode(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", *clusters, err)
		}
	}
	var lex ner.Lexicon
	if *dict {
		a, err := morph.Default()
		if err != nil {
			return err
		}
		lex = ner.MorphLexicon{A: a}
	}
	opt := train.NEROptions{Data: *data, Out: *out, ClustersFrom: from, TrainOptions: ner.TrainOptions{
		Epochs: *epochs, Layers: *layers, Seed: *seed, MinCount: *minCount, Lexicon: lex, Folds: *folds, Clusters: clus, ClusterLemmas: clus != nil && clusterKey.String() == "lemma",
	}}
	if *nnEpochs > 0 {
		opt.Neural = &ner.NeuralOptions{Epochs: *nnEpochs, Hidden: *nnHidden, WordDim: *nnWordDim, FeatDim: *nnFeatDim, Decay: float32(*nnDecay), Seed: *seed}
		opt.Mix = float32(*mix)
	}
	if _, err := train.NER(opt, seg, stderr); err != nil {
		return err
	}
	_, err := fmt.Fprintf(stdout, "wrote %s in %v\n", *out, time.Since(start).Round(time.Second))
	return err
}

func trainWordvec(args []string, stdout, stderr io.Writer) error {
	fl := newFlags("train wordvec", "", stderr)
	data := fl.String("data", defaultData, "folder holding the public corpora (nerel/train, morph/)")
	out := fl.String("out", "", "cluster table file to write")
	opt := wordvecFlags(fl)
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("train wordvec: --out is required")
	}
	start := time.Now()
	o, err := opt()
	if err != nil {
		return err
	}
	o.Data, o.Out = *data, *out
	c, err := train.Clusters(o, pipeline.SegmenterFunc(tokenize.Split), stderr)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "wrote %s (%d words) in %v\n", *out, c.Len(), time.Since(start).Round(time.Second))
	return err
}

// wordvecFlags declares the flags of word-cluster learning on fl and
// returns a function reading them.
func wordvecFlags(fl *flag.FlagSet) func() (train.WordvecOptions, error) {
	dim := fl.Int("dim", 100, "word vector size")
	window := fl.Int("window", 5, "context window")
	epochs := fl.Int("wv-epochs", 10, "passes over the unlabeled corpus")
	minCount := fl.Int("wv-min-count", 3, "words seen fewer times get no cluster")
	sizes := fl.String("sizes", "64,256,1024", "clusters per level, comma-separated")
	seed := fl.Uint64("wv-seed", 1, "word vector and k-means seed")
	key := fl.String("cluster-key", "lemma", "what the clusters group: lemma (of the likeliest OpenCorpora parse) or word (lower-cased form)")
	return func() (train.WordvecOptions, error) {
		var ks []int
		for _, f := range strings.Split(*sizes, ",") {
			if k, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && k > 0 {
				ks = append(ks, k)
			}
		}
		o := train.WordvecOptions{Sizes: ks, Options: wordvec.Options{
			Dim: *dim, Window: *window, Epochs: *epochs, MinCount: *minCount, Seed: *seed}}
		switch *key {
		case "word":
		case "lemma":
			a, err := morph.Default()
			if err != nil {
				return o, err
			}
			o.Lemma = ner.MorphLexicon{A: a}.Lemma
		default:
			return o, fmt.Errorf("unknown --cluster-key %q (want word or lemma)", *key)
		}
		return o, nil
	}
}

// taggerNeuralFlags defines the flags of the tagger's neural candidate
// scorer and returns a function giving its options after parsing (nil
// without --nn).
func taggerNeuralFlags(fl *flag.FlagSet) func() *tagger.NeuralOptions {
	on := fl.Bool("nn", false, "also train the neural candidate scorer (a BiLSTM whose scores are added to the perceptron's)")
	var o tagger.NeuralOptions
	fl.IntVar(&o.Epochs, "nn-epochs", 3, "with --nn: passes over the training data")
	fl.IntVar(&o.Hidden, "nn-hidden", 32, "with --nn: LSTM size per direction")
	fl.IntVar(&o.WordDim, "nn-word-dim", 32, "with --nn: word embedding size")
	fl.IntVar(&o.FeatDim, "nn-feat-dim", 32, "with --nn: feature embedding size")
	fl.BoolVar(&o.FeatsOnly, "nn-feats-only", false, "with --nn: the network chooses the features only, among the candidates of the UPOS the perceptron prefers")
	fl.BoolVar(&o.Refit, "nn-refit", false, "with --nn: once the mix is chosen, train the perceptron again on all sentences, the held-out ones included")
	fl.Func("nn-dropout", "with --nn: input dropout (default 0.2)", floatFlag(&o.Dropout))
	fl.Func("nn-word-dropout", "with --nn: rate of replacing a word by the unknown word in training (default 0.05)", floatFlag(&o.WordDropout))
	return func() *tagger.NeuralOptions {
		if !*on {
			return nil
		}
		return &o
	}
}

// floatFlag returns a flag.Func setter of a float32.
func floatFlag(v *float32) func(string) error {
	return func(s string) error {
		x, err := strconv.ParseFloat(s, 32)
		if err != nil {
			return err
		}
		*v = float32(x)
		return nil
	}
}
