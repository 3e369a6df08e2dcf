package train

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/corpus/conllu"
	"github.com/factgraph/factgraph/wordvec"
)

// WordvecOptions configures the learning of word clusters.
type WordvecOptions struct {
	Data string // the shared data folder
	Out  string // cluster table file to write; "" writes nothing
	// Lemma, if set, maps each word to the lemma the table is keyed by
	// (as ner.TrainOptions.ClusterLemmas reads it); nil keys by word.
	Lemma func(word string) string
	Sizes []int // clusters per level (default 64, 256, 1024)
	Iters int   // k-means rounds per level (default 15)
	wordvec.Options
}

// String describes the settings, for a model's metadata.
func (o WordvecOptions) String() string {
	key := "word"
	if o.Lemma != nil {
		key = "lemma"
	}
	return fmt.Sprintf("skip-gram over %ss of NEREL train and the morphology training corpora: dim %d, window %d, %d epochs, min count %d, seed %d; k-means %v",
		key, o.Dim, o.Window, o.Epochs, o.MinCount, o.Seed, o.Sizes)
}

// WordvecCorpus returns the unlabeled text word vectors learn from, as
// sentences of normalized words (lemmas when lemma is not nil): the texts of NEREL v1.1 train (segmented
// by seg) and the sentences of the morphology training corpora
// (TaggerTrainFiles). No dev or test text is read.
func WordvecCorpus(data string, seg Segmenter, lemma func(string) string) ([][]string, error) {
	key := wordvec.Normalize
	if lemma != nil {
		key = func(w string) string { return wordvec.Normalize(lemma(w)) }
	}
	docs, err := brat.ReadDir(filepath.Join(data, "nerel", "train"))
	if err != nil {
		return nil, fmt.Errorf("wordvec corpus: %w", err)
	}
	var out [][]string
	for _, d := range docs {
		for _, s := range seg.Split(d.Text) {
			ws := make([]string, len(s.Tokens))
			for i, t := range s.Tokens {
				ws[i] = key(t.Text)
			}
			out = append(out, ws)
		}
	}
	for _, f := range TaggerTrainFiles {
		ss, err := conllu.ReadFile(filepath.Join(data, "morph", f))
		if err != nil {
			return nil, fmt.Errorf("wordvec corpus: %w", err)
		}
		for _, s := range ss {
			ts := s.SurfaceTokens()
			ws := make([]string, len(ts))
			for i, t := range ts {
				ws[i] = key(t.Form)
			}
			out = append(out, ws)
		}
	}
	return out, nil
}

// Clusters learns word vectors from WordvecCorpus, clusters them at each of
// opt.Sizes and writes the table to opt.Out.
func Clusters(opt WordvecOptions, seg Segmenter, log io.Writer) (*wordvec.Clusters, error) {
	if len(opt.Sizes) == 0 {
		opt.Sizes = []int{64, 256, 1024}
	}
	if opt.Iters <= 0 {
		opt.Iters = 15
	}
	sents, err := WordvecCorpus(opt.Data, seg, opt.Lemma)
	if err != nil {
		return nil, err
	}
	o := opt.Options
	o.Log = log
	v, err := wordvec.Train(sents, o)
	if err != nil {
		return nil, err
	}
	assign := make([][]int32, len(opt.Sizes))
	for l, k := range opt.Sizes {
		assign[l] = v.KMeans(k, opt.Iters, opt.Seed+uint64(l))
		if log != nil {
			fmt.Fprintf(log, "wordvec: %d clusters; %s\n", k, sample(v.Words, assign[l]))
		}
	}
	c, err := wordvec.NewClusters(v.Words, opt.Sizes, assign)
	if err != nil {
		return nil, err
	}
	if opt.Out != "" {
		if err := writeFileAtomic(opt.Out, c.Encode); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// probes are the words whose clusters the training log shows.
var probes = []string{"москва", "путин", "президент", "компания", "января", "футбол"}

// sample shows, for each probe word in the vocabulary, up to 8 of the most
// frequent words of its cluster.
func sample(words []string, assign []int32) string {
	var b strings.Builder
	for _, p := range probes {
		i := slices.Index(words, p)
		if i < 0 {
			continue
		}
		var same []string
		for j, x := range words {
			if assign[j] == assign[i] && len(same) < 8 {
				same = append(same, x)
			}
		}
		fmt.Fprintf(&b, "%s: [%s] ", p, strings.Join(same, " "))
	}
	return b.String()
}
