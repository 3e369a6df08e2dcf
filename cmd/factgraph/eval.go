package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/corpus/conllu"
	"github.com/factgraph/factgraph/eval"
	"github.com/factgraph/factgraph/ner"
	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/sqlite"
	"github.com/factgraph/factgraph/store"
	"github.com/factgraph/factgraph/tagger"
	"github.com/factgraph/factgraph/tokenize"
	"github.com/factgraph/factgraph/train"
)

func runEval(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: factgraph eval ner|re|events|names|identity|morph|tokenize [flags]")
		return errUsage
	}
	switch args[0] {
	case "ner":
		return evalNER(args[1:], stdout, stderr)
	case "tokenize":
		return evalTokenize(args[1:], stdout, stderr)
	case "morph":
		return evalMorph(args[1:], stdout, stderr)
	case "identity":
		fl := newFlags("eval identity", "", stderr)
		opt := eval.IdentityFlags(fl, defaultData)
		if err := parseFlags(fl, args[1:]); err != nil {
			return err
		}
		opt.Processor = func() (eval.Processor, error) { return pipeline.New() }
		opt.OpenStore = func(path string) (store.Store, error) { return sqlite.Open(path) }
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		defer stop()
		return eval.IdentityCommand(ctx, *opt, stdout)
	case "names":
		fl := newFlags("eval names", "", stderr)
		opt := eval.NamesFlags(fl, defaultData)
		if err := parseFlags(fl, args[1:]); err != nil {
			return err
		}
		opt.Processor = func() (eval.Processor, error) { return pipeline.New() }
		tm, err := tagger.Default()
		if err != nil {
			return err
		}
		opt.Tag = tm.Tag
		return eval.NamesCommand(*opt, stdout)
	case "events":
		fl := newFlags("eval events", "", stderr)
		opt := eval.EventsFlags(fl, defaultData)
		if err := parseFlags(fl, args[1:]); err != nil {
			return err
		}
		opt.Processor = func() (eval.Processor, error) { return pipeline.New() }
		return eval.EventsCommand(*opt, stdout)
	case "re":
		fl := newFlags("eval re", "", stderr)
		opt := eval.REFlags(fl, defaultData)
		if err := parseFlags(fl, args[1:]); err != nil {
			return err
		}
		opt.Processor = func() (eval.Processor, error) { return pipeline.New() }
		return eval.RECommand(*opt, stdout)
	}
	fmt.Fprintf(stderr, "factgraph eval: unknown model %q (want ner, re, events, names, identity, morph or tokenize)\n", args[0])
	return errUsage
}

func evalNER(args []string, stdout, stderr io.Writer) error {
	fl := newFlags("eval ner", "", stderr)
	data := fl.String("data", defaultData, "folder holding the public corpora")
	corpus := fl.String("corpus", "all", "nerel (NEREL v1.1 dev), factru (factRuEval-2016 dev) or all")
	asJSON := fl.Bool("json", false, "print the scores as JSON")
	textCase := fl.String("case", "", "robustness check: read the texts all in capitals (upper) or in lower case (lower)")
	modelFile := fl.String("model", "", "NER model file to score instead of the embedded one (as written by train ner)")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if *corpus != "nerel" && *corpus != "factru" && *corpus != "all" {
		return fmt.Errorf("unknown corpus %q (want nerel, factru or all)", *corpus)
	}
	pl, err := pipeline.New()
	if err != nil {
		return err
	}
	if *modelFile != "" {
		m, err := readNERModel(*modelFile)
		if err != nil {
			return err
		}
		pl.Recognizer = m
	}
	var p eval.Processor = pl
	switch *textCase {
	case "":
	case "upper", "lower":
		p = eval.Recased{P: pl, Upper: *textCase == "upper"}
	default:
		return fmt.Errorf("unknown -case %q (want upper or lower)", *textCase)
	}
	report := map[string]any{}
	if *corpus == "nerel" || *corpus == "all" {
		docs, err := brat.ReadDir(filepath.Join(*data, "nerel", "dev"))
		if err != nil {
			return err
		}
		s, err := eval.NEREL(docs, p)
		if err != nil {
			return err
		}
		report["nerel_dev"] = s
		if !*asJSON {
			fmt.Fprintln(stdout, "NEREL v1.1 dev: exact span and type, nested entities counted")
			if err := s.WriteTable(stdout); err != nil {
				return err
			}
			fmt.Fprintln(stdout)
		}
	}
	if *corpus == "factru" || *corpus == "all" {
		s, err := eval.FactRuEvalDir(filepath.Join(*data, "factruEval", "devset"), p, tokenize.Tokens)
		if err != nil {
			return err
		}
		report["factru_dev"] = s
		if !*asJSON {
			fmt.Fprintln(stdout, "factRuEval-2016 dev: naeval token-level metric (PER/LOC/ORG)")
			if err := s.WriteTable(stdout); err != nil {
				return err
			}
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(report)
	}
	return nil
}

func evalTokenize(args []string, stdout, stderr io.Writer) error {
	fl := newFlags("eval tokenize", "", stderr)
	data := fl.String("data", defaultData, "folder holding the public corpora")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	for _, name := range []string{"ud-gsd-dev", "ud-taiga-dev"} {
		gold, err := conllu.ReadFile(filepath.Join(*data, "morph", name+".conllu.gz"))
		if err != nil {
			return err
		}
		s := eval.Segmentation(gold, tokenize.Split)
		fmt.Fprintf(stdout, "%s: tokens and sentences, exact span match (CoNLL 2018 style)\n", name)
		if err := s.WriteTable(stdout); err != nil {
			return err
		}
		fmt.Fprintln(stdout)
	}
	return nil
}

func evalMorph(args []string, stdout, stderr io.Writer) error {
	fl := newFlags("eval morph", "", stderr)
	data := fl.String("data", defaultData, "folder holding the public corpora")
	cv := fl.Int("cv", 0, "k-fold cross-validation on the dev sets: train k models (each on the usual corpora and the other folds of both dev sets) and score the pooled predictions; 0 scores the embedded model")
	domains := fl.Bool("domains", false, "tag each dev set in its treebank's domain (gsd, taiga); with --cv, also train with domains")
	devRepeat := fl.Int("dev-repeat", 4, "with --cv: times per epoch the dev folds trained on are seen")
	epochs := fl.Int("epochs", 8, "with --cv: passes over the training data")
	seed := fl.Uint64("seed", 1, "with --cv: shuffling seed")
	fold := fl.Int("fold", 0, "with --cv: train and score this fold only (1-based): a quick single-fold figure, not the cross-validated one")
	models := fl.String("models", "", "with --cv: folder keeping each fold's model (fold-N.fgt), read instead of trained when there (for measuring changes of decoding only)")
	dump := fl.String("dump", "", "with --cv: write every dev word, gold and cross-validated prediction, as TSV to this file")
	neural := taggerNeuralFlags(fl)
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if *cv != 0 {
		start := time.Now()
		sets, err := train.TaggerCV(train.TaggerOptions{Data: *data, Repeat: 2, DevRepeat: *devRepeat, Domains: *domains, Fold: *fold, Models: *models,
			TrainOptions: tagger.TrainOptions{Epochs: *epochs, Bits: 22, Seed: *seed, Neural: neural()}}, *cv, stderr)
		if err != nil {
			return err
		}
		dom := "no domain"
		if *domains {
			dom = "trained with domains; each dev set tagged in its domain, then (rows \"no domain\") with none, as the product tags"
		}
		fmt.Fprintf(stdout, "morphology on gold tokens, %d-fold cross-validated on the dev sets (each fold tagged by a model trained on the usual corpora and the other folds of both dev sets ×%d, %s; %v)\n",
			*cv, *devRepeat, dom, time.Since(start).Round(time.Second))
		var rows []eval.MorphScores
		for _, set := range sets {
			rows = append(rows, set.Scores)
		}
		if *domains {
			for _, set := range sets {
				rows = append(rows, set.NoDomain)
			}
		}
		if err := eval.WriteMorphTable(stdout, rows); err != nil {
			return err
		}
		if *dump != "" {
			return dumpCV(*dump, sets)
		}
		return nil
	}
	m, err := tagger.Default()
	if err != nil {
		return err
	}
	var rows []eval.MorphScores
	for d, f := range train.TaggerDevFiles {
		gold, err := conllu.ReadFile(filepath.Join(*data, "morph", f))
		if err != nil {
			return err
		}
		dm := m
		if *domains {
			if dm, err = m.WithDomain(train.TaggerDomains[d]); err != nil {
				return err
			}
		}
		s := eval.Morph(gold, dm)
		s.Name = f
		rows = append(rows, s)
	}
	if trained := m.Meta["dev_trained"]; trained != "" {
		for i := range rows {
			rows[i].Name += " (trained on)"
		}
		fmt.Fprintf(stdout, "morphology on gold tokens of the dev sets THE MODEL WAS TRAINED ON (%s): scores on training data, not held-out figures; the held-out measure is factgraph eval morph --cv 5 --domains\n", trained)
	} else {
		fmt.Fprintln(stdout, "morphology on gold tokens (CoNLL 2018 style: UPOS, UFeats, AllTags, Lemma accuracy)")
	}
	return eval.WriteMorphTable(stdout, rows)
}

// dumpCV writes the cross-validated predictions of every dev word.
func dumpCV(path string, sets []train.TaggerCVSet) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	for d, set := range sets {
		if err := eval.WriteMorphTokens(f, train.TaggerDomains[d], set.Gold, set.Pred); err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return f.Close()
}

// readNERModel reads a NER model file.
func readNERModel(path string) (*ner.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := ner.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}
