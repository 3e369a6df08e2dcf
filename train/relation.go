package train

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/relation"
	"github.com/factgraph/factgraph/tokenize"
)

// REOptions configures relation extraction training.
type REOptions struct {
	Data string // the shared data folder (holds nerel/train and nerel/dev)
	Out  string // model file to write; empty writes none
	relation.TrainOptions
	// Segmenter splits documents into sentences; nil means tokenize.Split.
	Segmenter Segmenter
	neural    func() *relation.NeuralOptions // TrainOptions.Neural from REFlags' flags once parsed
}

// REExamples turns brat documents into relation examples with gold
// mentions (entity extents) and gold relations between entities. Relations
// whose arguments are not text-bound entities are skipped and counted.
func REExamples(docs []*brat.Document, seg Segmenter) ([]relation.Example, int) {
	out := make([]relation.Example, 0, len(docs))
	skipped := 0
	for _, d := range docs {
		runes := []rune(d.Text)
		ex := relation.Example{ID: d.ID, Text: runes, Sents: seg.Split(d.Text)}
		var at map[string]int
		ex.Mentions, at = d.Mentions(runes)
		for _, r := range d.Relations {
			h, ok1 := at[r.Arg1]
			t, ok2 := at[r.Arg2]
			if !ok1 || !ok2 {
				skipped++
				continue
			}
			ex.Relations = append(ex.Relations, relation.Gold{Type: r.Type, Head: h, Tail: t})
		}
		out = append(out, ex)
	}
	return out, skipped
}

// RE trains the NEREL relation model on nerel/train with gold entities,
// scoring nerel/dev after every epoch, and writes it to opt.Out atomically.
func RE(opt REOptions, log io.Writer) (*relation.Model, error) {
	if opt.Segmenter == nil {
		opt.Segmenter = splitFunc(tokenize.Split)
	}
	trainDocs, err := brat.ReadDir(filepath.Join(opt.Data, "nerel", "train"))
	if err != nil {
		return nil, fmt.Errorf("train relation: %w", err)
	}
	devDocs, err := brat.ReadDir(filepath.Join(opt.Data, "nerel", "dev"))
	if err != nil {
		return nil, fmt.Errorf("train relation: %w", err)
	}
	tr, skipped := REExamples(trainDocs, opt.Segmenter)
	dev, devSkipped := REExamples(devDocs, opt.Segmenter)
	fmt.Fprintf(log, "train: %d docs (%d relations skipped: arguments not entities); dev: %d docs (%d skipped)\n",
		len(tr), skipped, len(dev), devSkipped)
	o := opt.TrainOptions
	o.Dev = dev
	o.Log = log
	m, err := relation.Train(tr, o)
	if err != nil {
		return nil, err
	}
	m.Meta["corpus"] = "NEREL v1.1 train, gold entities"
	if opt.Out != "" {
		if err := writeFileAtomic(opt.Out, m.Encode); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// splitFunc adapts a function to Segmenter.
type splitFunc func(text string) []doc.Sentence

func (f splitFunc) Split(text string) []doc.Sentence { return f(text) }

// REFlags registers the flags of `factgraph train re` on fs, with data as
// the default data folder, and returns the options they fill. The defaults
// reproduce the shipped model.
func REFlags(fs *flag.FlagSet, data string) *REOptions {
	o := &REOptions{}
	fs.StringVar(&o.Data, "data", data, "folder holding the public corpora (nerel/train, nerel/dev)")
	fs.StringVar(&o.Out, "out", "relation/model/ru-nerel.fgr", "model file to write")
	fs.IntVar(&o.Epochs, "epochs", 8, "passes over the training data")
	fs.IntVar(&o.MinCount, "min-count", 2, "ignore features seen fewer times")
	fs.IntVar(&o.Window, "window", 0, "sentences apart a candidate pair's mentions may lie")
	fs.Uint64Var(&o.Seed, "seed", 1, "shuffling seed")
	fs.StringVar(&o.Alias, "alias", "ALTERNATIVE_NAME", "relation type also tried between far mentions of one type sharing a word (empty: none)")
	fs.IntVar(&o.HoldOut, "holdout", 5, "tune the score offset of NONE on every n-th training document, held out (0: no offset)")
	fs.BoolVar(&o.Refit, "refit", true, "after tuning the offset, train again on all training documents")
	fs.Float64Var(&o.Prune, "prune", 0.01, "drop averaged weights below this fraction of the largest")
	fs.BoolVar(&o.Morph, "morph", true, "add features from the morphological dictionary (lemmas, cases, prepositions)")
	fs.Float64Var(&o.C, "pa", 1, "passive-aggressive (PA-I) updates with this aggressiveness; 0: perceptron updates")
	n := &relation.NeuralOptions{}
	fs.IntVar(&n.Epochs, "nn-epochs", 5, "train the neural scorer for this many epochs beside the linear model (0: none, the linear model alone)")
	fs.IntVar(&n.Hidden, "nn-hidden", 64, "LSTM size of the neural scorer, per direction")
	fs.IntVar(&n.WordDim, "nn-word-dim", 64, "word embedding size of the neural scorer")
	fs.IntVar(&n.FeatDim, "nn-feat-dim", 64, "feature embedding size of the neural scorer")
	fs.IntVar(&n.PairDim, "nn-pair-dim", 128, "size of the neural scorer's hidden layer over a pair")
	dropout := fs.Float64("nn-dropout", 0.25, "input dropout of the neural scorer")
	pairDropout := fs.Float64("nn-pair-dropout", 0.2, "dropout of the neural scorer's hidden layer over a pair")
	lr := fs.Float64("nn-lr", 0.002, "Adam learning rate of the neural scorer")
	decay := fs.Float64("nn-decay", 0.1, "learning-rate decay of the neural scorer: the rate of epoch e is lr/(1+decay·(e−1))")
	fs.BoolVar(&n.Pool, "nn-pool", true, "add to a pair's hidden layer the max-pool of the LSTM states between its arguments")
	fs.IntVar(&n.Seeds, "nn-seeds", 1, "train this many networks alike, seeded with seed, seed+1, …, and average their scores")
	fs.BoolVar(&n.Probs, "nn-probs", false, "with -nn-seeds above 1: average the networks' probabilities (the log of their mean) rather than their scores")
	fs.BoolVar(&n.Refit, "nn-refit", true, "after choosing the mix, train the network again on all training documents")
	o.neural = func() *relation.NeuralOptions {
		if n.Epochs <= 0 {
			return nil
		}
		n.Decay, n.Dropout, n.PairDropout, n.LR = float32(*decay), float32(*dropout), float32(*pairDropout), float32(*lr)
		return n
	}
	return o
}

// RECommand runs `factgraph train re` with the options REFlags filled:
// progress goes to stderr, a summary line to stdout.
func RECommand(o REOptions, stdout, stderr io.Writer) error {
	start := time.Now()
	if o.neural != nil {
		o.Neural = o.neural()
	}
	m, err := RE(o, stderr)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "wrote %s in %v (%d relation types, %d weights)\n",
		o.Out, time.Since(start).Round(time.Second), len(m.Labels())-1, m.Weights())
	return err
}
