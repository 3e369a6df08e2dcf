package train

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/factgraph/factgraph/corpus/conllu"
	"github.com/factgraph/factgraph/eval"
	"github.com/factgraph/factgraph/tagger"
)

// TaggerCV measures the tagger trained on the UD dev sets by k-fold
// cross-validation: each dev set of TaggerDevFiles is split into k folds
// (DevFolds); for fold f, a model is trained on the corpora of
// TaggerTrainFiles and, opt.DevRepeat times per epoch, the other folds of
// both dev sets, and it tags fold f of each (in the dev set's domain when
// opt.Domains is set, and then also with none). The predictions of all folds are pooled and scored
// per dev set with eval.MorphTagged, so every dev word is tagged by a
// model that has not seen its document. opt.Out and opt.WithDev are
// ignored. Deterministic for given data and options.
func TaggerCV(opt TaggerOptions, k int, log io.Writer) ([]TaggerCVSet, error) {
	if log == nil {
		log = io.Discard
	}
	if k < 2 {
		return nil, fmt.Errorf("train tagger cv: %d folds, want at least 2", k)
	}
	opt.WithDev, opt.Dev = false, nil
	base, devs, err := taggerData(&opt, log)
	if err != nil {
		return nil, err
	}
	folds := make([][]int, len(devs))
	preds := make([][][]tagger.Analysis, len(devs))
	plain := make([][][]tagger.Analysis, len(devs)) // with domains: the same models tagging with none
	for d, ss := range devs {
		folds[d] = DevFolds(ss, k)
		preds[d] = make([][]tagger.Analysis, len(ss))
		plain[d] = make([][]tagger.Analysis, len(ss))
		fmt.Fprintf(log, "%s: folds of %v tokens\n", TaggerDevFiles[d], foldSizes(ss, folds[d], k))
	}
	if opt.Fold > k {
		return nil, fmt.Errorf("train tagger cv: fold %d of %d", opt.Fold, k)
	}
	for f := range k {
		if opt.Fold > 0 && f != opt.Fold-1 {
			continue
		}
		start := time.Now()
		var extra []devSentence
		for d, ss := range devs {
			extra = append(extra, devSentences(ss, d, folds[d], f, opt.Domains)...)
		}
		m, err := cvModel(opt, base, extra, f, log)
		if err != nil {
			return nil, fmt.Errorf("train tagger cv: fold %d: %w", f, err)
		}
		for d, ss := range devs {
			dm := m
			if opt.Domains {
				if dm, err = m.WithDomain(TaggerDomains[d]); err != nil {
					return nil, fmt.Errorf("train tagger cv: fold %d: %w", f, err)
				}
			}
			held := make([]*conllu.Sentence, 0, len(ss))
			var at []int
			for i, s := range ss {
				if folds[d][i] == f {
					held = append(held, s)
					at = append(at, i)
				}
			}
			for j, p := range eval.TagGold(held, dm) {
				preds[d][at[j]] = p
			}
			if opt.Domains {
				for j, p := range eval.TagGold(held, m) {
					plain[d][at[j]] = p
				}
			}
		}
		fmt.Fprintf(log, "fold %d of %d: trained on %d dev sentences ×%d, %s\n",
			f+1, k, len(extra), opt.DevRepeat, time.Since(start).Round(time.Second))
	}
	out := make([]TaggerCVSet, len(devs))
	for d, ss := range devs {
		if opt.Fold > 0 {
			ss, preds[d], plain[d] = heldFold(ss, folds[d], opt.Fold-1, preds[d], plain[d])
		}
		out[d] = TaggerCVSet{Gold: ss, Pred: preds[d], Scores: eval.MorphTagged(ss, preds[d])}
		out[d].Scores.Name = TaggerDevFiles[d]
		if opt.Domains {
			out[d].NoDomain = eval.MorphTagged(ss, plain[d])
			out[d].NoDomain.Name = TaggerDevFiles[d] + ", no domain"
		}
	}
	return out, nil
}

// cvModel trains the model of fold f, or reads it from opt.Models, where
// it writes a model it trained.
func cvModel(opt TaggerOptions, base [][]tagger.Token, extra []devSentence, f int, log io.Writer) (*tagger.Model, error) {
	path := ""
	if opt.Models != "" {
		path = filepath.Join(opt.Models, fmt.Sprintf("fold-%d.fgt", f+1))
		if fh, err := os.Open(path); err == nil {
			defer fh.Close()
			fmt.Fprintf(log, "fold %d: model read from %s\n", f+1, path)
			return tagger.Decode(fh)
		}
	}
	m, err := trainTaggerWith(opt, base, extra, log)
	if err != nil || path == "" {
		return m, err
	}
	if err := os.MkdirAll(opt.Models, 0o755); err != nil {
		return nil, err
	}
	return m, writeTagger(m, path)
}

// heldFold keeps the sentences of fold f and their predictions.
func heldFold(ss []*conllu.Sentence, folds []int, f int, pred, plain [][]tagger.Analysis) ([]*conllu.Sentence, [][]tagger.Analysis, [][]tagger.Analysis) {
	var gs []*conllu.Sentence
	var ps, qs [][]tagger.Analysis
	for i, s := range ss {
		if folds[i] == f {
			gs, ps, qs = append(gs, s), append(ps, pred[i]), append(qs, plain[i])
		}
	}
	return gs, ps, qs
}

// TaggerCVSet is the outcome of TaggerCV on one dev set: its sentences,
// the pooled predictions (Pred[k][i] for word i of Gold[k]) and their
// scores. With domains, NoDomain scores the same models tagging the held-out
// folds with no domain, as the product (tagger.Default) does.
type TaggerCVSet struct {
	Gold     []*conllu.Sentence
	Pred     [][]tagger.Analysis
	Scores   eval.MorphScores
	NoDomain eval.MorphScores
}

// DevFolds assigns each sentence of a dev set to one of k folds (0 … k−1)
// so that no document is split: if the file marks documents (a "newdoc"
// comment: "# newdoc", "# newdoc id = …"), each document, with the
// sentences before the first mark as one more, goes whole to the fold
// with the fewest words so far, largest documents first (ties: the earlier
// document, the lower fold); otherwise the file is cut into k contiguous
// blocks of about the same number of words, never inside a sentence.
// The result depends only on the sentences and k; a fold may be empty when
// there are fewer documents than folds.
func DevFolds(ss []*conllu.Sentence, k int) []int {
	out := make([]int, len(ss))
	if k < 1 || len(ss) == 0 {
		return out
	}
	docs := documents(ss)
	if len(docs) <= 1 {
		total := 0
		for _, s := range ss {
			total += len(s.Words)
		}
		before := 0
		for i, s := range ss {
			out[i] = min(before*k/max(total, 1), k-1)
			before += len(s.Words)
		}
		return out
	}
	type doc struct{ first, end, words int }
	ds := make([]doc, len(docs))
	for j, first := range docs {
		end := len(ss)
		if j+1 < len(docs) {
			end = docs[j+1]
		}
		ds[j] = doc{first: first, end: end}
		for _, s := range ss[first:end] {
			ds[j].words += len(s.Words)
		}
	}
	slices.SortStableFunc(ds, func(a, b doc) int { return cmp.Compare(b.words, a.words) })
	load := make([]int, k)
	for _, d := range ds {
		f := 0
		for g := range load {
			if load[g] < load[f] {
				f = g
			}
		}
		load[f] += d.words
		for i := d.first; i < d.end; i++ {
			out[i] = f
		}
	}
	return out
}

// documents returns the index of the first sentence of each document:
// 0, then every sentence with a "newdoc" comment after the first.
func documents(ss []*conllu.Sentence) []int {
	starts := []int{0}
	for i, s := range ss {
		if i == 0 {
			continue
		}
		for _, c := range s.Comments {
			if strings.HasPrefix(c.Key, "newdoc") {
				starts = append(starts, i)
				break
			}
		}
	}
	return starts
}

// foldSizes returns the number of words in each of k folds.
func foldSizes(ss []*conllu.Sentence, folds []int, k int) []int {
	n := make([]int, k)
	for i, s := range ss {
		n[folds[i]] += len(s.Words)
	}
	return n
}
