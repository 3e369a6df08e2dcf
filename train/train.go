// Package train turns public corpora into training sets for factgraph's
// models and runs the training of each model, so that every shipped model
// is reproduced by one command (`factgraph train MODEL`).
package train

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/ner"
)

// Segmenter splits text into sentences of tokens.
type Segmenter interface {
	Split(text string) []doc.Sentence
}

// AlignStats counts how gold mentions fitted the segmentation.
type AlignStats struct {
	Mentions int // gold mentions seen
	Inexact  int // bounds widened to whole tokens
	Lost     int // crossing a sentence boundary, or covering no token
}

// NERExamples segments brat documents and aligns their entities to tokens,
// one example per sentence. Discontinuous entities count by their extent.
func NERExamples(docs []*brat.Document, seg Segmenter) ([]ner.Example, AlignStats) {
	var out []ner.Example
	var st AlignStats
	for _, d := range docs {
		sents := seg.Split(d.Text)
		mentions := GoldMentions(d)
		st.Mentions += len(mentions)
		// assign each mention to the sentence holding its start
		bySent := make([][]doc.Mention, len(sents))
		si := 0
		for _, m := range mentions {
			for si > 0 && sents[si].Start > m.Start {
				si--
			}
			for si+1 < len(sents) && sents[si+1].Start <= m.Start {
				si++
			}
			if len(sents) == 0 {
				st.Lost++
				continue
			}
			bySent[si] = append(bySent[si], m)
		}
		for i, s := range sents {
			spans, inexact, lost := ner.Align(s, bySent[i])
			st.Inexact += inexact
			st.Lost += lost
			words := make([]string, len(s.Tokens))
			for j, t := range s.Tokens {
				words[j] = t.Text
			}
			out = append(out, ner.Example{Words: words, Spans: spans})
		}
	}
	return out, st
}

// GoldMentions returns the entities of a brat document as mentions over
// their extents, sorted by start.
func GoldMentions(d *brat.Document) []doc.Mention {
	runes := []rune(d.Text)
	out := make([]doc.Mention, 0, len(d.Entities))
	for _, e := range d.Entities {
		x := e.Extent()
		out = append(out, doc.Mention{Span: x, Type: e.Type, Text: string(runes[x.Start:x.End])})
	}
	sortMentions(out)
	return out
}

func sortMentions(ms []doc.Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// NEROptions configures NER training.
type NEROptions struct {
	Data string // the shared data folder (holds nerel/train and nerel/dev)
	Out  string // model file to write
	// ClustersFrom describes where TrainOptions.Clusters came from, for
	// the model's metadata.
	ClustersFrom string
	ner.TrainOptions
	// Neural, if set, trains the neural tagger after the perceptron, and
	// Mix weighs the perceptron's scores added to it (0: the network alone).
	Neural *ner.NeuralOptions
	Mix    float32
}

// NER trains the NEREL model and writes it to opt.Out.
func NER(opt NEROptions, seg Segmenter, log io.Writer) (*ner.Model, error) {
	trainDocs, err := brat.ReadDir(filepath.Join(opt.Data, "nerel", "train"))
	if err != nil {
		return nil, fmt.Errorf("train ner: %w", err)
	}
	devDocs, err := brat.ReadDir(filepath.Join(opt.Data, "nerel", "dev"))
	if err != nil {
		return nil, fmt.Errorf("train ner: %w", err)
	}
	tr, st := NERExamples(trainDocs, seg)
	fmt.Fprintf(log, "train: %d docs, %d sentences, %d mentions (%d widened to token bounds, %d lost at sentence bounds)\n",
		len(trainDocs), len(tr), st.Mentions, st.Inexact, st.Lost)
	dev, st := NERExamples(devDocs, seg)
	fmt.Fprintf(log, "dev: %d docs, %d sentences, %d mentions (%d widened, %d lost)\n",
		len(devDocs), len(dev), st.Mentions, st.Inexact, st.Lost)
	o := opt.TrainOptions
	o.Dev = dev
	o.Log = log
	m, err := ner.Train(tr, o)
	if err != nil {
		return nil, err
	}
	m.Meta["corpus"] = "NEREL v1.1 train"
	if opt.Clusters != nil {
		m.Meta["clusters"] = fmt.Sprintf("%d entries; %s", opt.Clusters.Len(), opt.ClustersFrom)
	}
	p, r, f := m.NestedF1(dev)
	fmt.Fprintf(log, "dev (all layers, predicted lower layers, token spans): P %.4f R %.4f F1 %.4f\n", p, r, f)
	if opt.Neural != nil {
		no := *opt.Neural
		no.Dev, no.Log = dev, log
		if err := ner.TrainNeural(m, tr, no); err != nil {
			return nil, err
		}
		m.SetMix(opt.Mix)
		m.Meta["neural"] = fmt.Sprintf("epochs %d, hidden %d, word dim %d, feature dim %d, decay %g, mix %g", no.Epochs, no.Hidden, no.WordDim, no.FeatDim, no.Decay, opt.Mix)
		p, r, f := m.NestedF1(dev)
		fmt.Fprintf(log, "dev with the neural tagger (mix %g): P %.4f R %.4f F1 %.4f\n", opt.Mix, p, r, f)
	}
	if opt.Out != "" {
		if err := writeFileAtomic(opt.Out, m.Encode); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// writeFileAtomic writes through a temporary file renamed into place, so a
// failed run never leaves a half-written model.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
