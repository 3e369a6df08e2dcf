// Package relation extracts typed, directed relations between the entity
// mentions of a document: NEREL's 49 relation types (WORKS_AS, WORKPLACE,
// PART_OF, HEADQUARTERED_IN, …) from an argument Arg1 (the head) to an
// argument Arg2 (the tail).
//
// Candidates are ordered pairs of mentions in the same sentence (or, when the
// model was trained with a window, in nearby sentences) whose entity types
// admit at least one relation type under the model's signature table: the
// signatures of NEREL's annotation.conf that occur in the training data. Each
// candidate is classified by a multiclass linear model, trained by averaged
// passive-aggressive updates, over hashed sparse features (the entity types,
// the words between and around the mentions and their lemmas, the head words
// with their cases and governing prepositions, the mentions in between,
// nesting, distance and punctuation) into one of the relation types the
// pair's signature allows, or none. A model may also hold a neural scorer
// of the pairs of one sentence (a bidirectional LSTM over the sentence's
// words, features and entity tags, and a hidden layer over the pair's
// mentions and the words between them), whose label scores are added to
// the linear model's with a weight tuned on held-out training documents;
// Linear returns the model without it.
//
// A Model is safe for concurrent use. The model trained on NEREL v1.1 is
// embedded in the binary and returned by Default.
package relation

import (
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/internal/hashtab"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/nn"
)

// None is the label of a candidate pair that holds no relation.
const None = "NONE"

// Found is one relation predicted between two mentions.
type Found struct {
	// Type is a NEREL relation type.
	Type string
	// Head and Tail index the mentions given to Extract: the relation runs
	// from Arg1 = mentions[Head] to Arg2 = mentions[Tail].
	Head, Tail int
	// Score is the model's confidence in Type, in (0, 1]: a softmax over the
	// scores of the labels the pair's signature allows, NONE included. It
	// ranks predictions; it is not a calibrated probability.
	Score float32
	// Evidence is the sentence holding both mentions (the run of sentences
	// from the first to the last when they lie in different sentences).
	Evidence doc.Span
}

// indexes reports whether f's Head and Tail both index a list of n
// mentions.
func (f Found) indexes(n int) bool {
	return f.Head >= 0 && f.Head < n && f.Tail >= 0 && f.Tail < n
}

// Model is a trained relation classifier.
type Model struct {
	labels  []string       // label 0 is None
	labelID map[string]int // label name → index
	sigs    map[typePair][]uint8
	window  int     // how many sentences apart a pair's mentions may lie
	alias   []uint8 // the labels of far alias candidates; nil: none
	bias    float32
	w       *nn.Sparse      // weights: feature hash × label
	index   hashtab.Table   // feature hash → row of w
	lex     *morph.Analyzer // lemmas and grammemes for the features; nil: none
	// nets is the neural scorer: networks trained alike with different
	// seeds, whose label scores are averaged (see ensembleScorer); nil: none.
	nets []*network
	// probs averages the networks' probabilities (the log of their mean)
	// rather than their scores.
	probs bool
	mix   float32 // weight of the networks' scores added to the linear ones
	// Meta describes how the model was made (corpus, epochs, seed, scores).
	Meta map[string]string
}

type typePair struct{ a, b string }

// lexiconMeta is the Meta key naming the dictionary the features read:
// "morph" (morph.Default) or absent.
const lexiconMeta = "lexicon"

// attachLexicon connects the dictionary named in the model's metadata.
func (m *Model) attachLexicon() error {
	switch name := m.Meta[lexiconMeta]; name {
	case "":
		m.lex = nil
	case "morph":
		a, err := morph.Default()
		if err != nil {
			return err
		}
		m.lex = a
	default:
		return fmt.Errorf("unknown lexicon %q", name)
	}
	return nil
}

// Labels returns the relation types the model predicts, None first.
func (m *Model) Labels() []string { return slices.Clone(m.labels) }

// Window reports how many sentences apart the two mentions of a candidate
// pair may be: 0 for the same sentence only.
func (m *Model) Window() int { return m.window }

// Weights reports the number of non-zero weights the model holds.
func (m *Model) Weights() int { return m.w.NNZ() }

// Allowed returns the relation types the model may predict from a mention of
// entity type arg1 to one of type arg2, sorted; nil when the pair is never a
// candidate.
func (m *Model) Allowed(arg1, arg2 string) []string {
	var out []string
	for _, l := range m.sigs[typePair{arg1, arg2}] {
		out = append(out, m.labels[l])
	}
	sort.Strings(out)
	return out
}

// Extract predicts the relations between the mentions of one document.
// text is the document's text as code points; sents are its sentences with
// their tokens, in order; mentions are entity mentions with their types and
// spans in code points, in any order. Mentions outside every sentence, and
// spans out of range, are ignored. The result is sorted by Head, then Tail,
// then Type.
func (m *Model) Extract(text []rune, sents []doc.Sentence, mentions []doc.Mention) []Found {
	return m.extractPairs(text, sents, mentions, nil)
}

// extractPairs is Extract over the candidate pairs keep accepts (by the
// indexes into mentions of head and tail; nil accepts all): it returns
// what Extract returns between those pairs, a pair's decision depending on
// its own scores only, and scores no other pair, so that a pass that reads
// only the relations of a few mentions (the stand-in pronouns of
// Pronouns) pays for theirs alone.
func (m *Model) extractPairs(text []rune, sents []doc.Sentence, mentions []doc.Mention, keep func(head, tail int) bool) []Found {
	var out []Found
	m.each(text, sents, mentions, keep, func(c *docContext, i, j int, allowed []uint8, rank int, scores []float32) {
		best, score := m.decide(scores, allowed)
		if best == 0 {
			return
		}
		out = append(out, Found{
			Type: m.labels[best], Head: c.ments[i].idx, Tail: c.ments[j].idx,
			Score: score, Evidence: c.evidence(i, j),
		})
	})
	sortFound(out)
	return out
}

// Classify types the pairs of mentions of one sentence as relation
// classification does: for every ordered pair of mentions in one sentence
// whose entity types admit a relation, the allowed relation type the model
// scores highest, NONE left out, as if the pair were known to hold a
// relation. This is the setting of the published NEREL baselines (OpenNRE
// classifies a marked pair), not extraction: most such pairs hold none.
// The arguments are those of Extract; Score is the type's softmax over the
// allowed types. The result is sorted by Head, then Tail.
func (m *Model) Classify(text []rune, sents []doc.Sentence, mentions []doc.Mention) []Found {
	var out []Found
	masked := make([]float32, len(m.labels))
	m.each(text, sents, mentions, nil, func(c *docContext, i, j int, allowed []uint8, rank int, scores []float32) {
		if rank >= 0 || c.ments[i].sent != c.ments[j].sent {
			return
		}
		copy(masked, scores)
		masked[0] = float32(math.Inf(-1))
		best, score := m.decide(masked, allowed)
		out = append(out, Found{
			Type: m.labels[best], Head: c.ments[i].idx, Tail: c.ments[j].idx,
			Score: score, Evidence: c.evidence(i, j),
		})
	})
	sortFound(out)
	return out
}

// each scores every candidate pair of mentions of one document (see
// Extract for the arguments) and calls fn with the pair (indexes into
// c.ments), the labels its signature allows, its alias rank (-1 for a pair
// within the model's window) and the score of every label, the neural
// scorer's added. scores is reused between calls. A pair keep rejects (by
// the indexes into mentions; nil rejects none) is neither scored nor
// passed to fn.
func (m *Model) each(text []rune, sents []doc.Sentence, mentions []doc.Mention, keep func(head, tail int) bool, fn func(c *docContext, i, j int, allowed []uint8, rank int, scores []float32)) {
	c := newDocContext(text, sents, mentions, m.lex)
	var feats []uint64
	L := len(m.labels)
	acc := make([]int32, L)
	scores := make([]float32, L)
	var ns *ensembleScorer
	var netOut []float32
	if len(m.nets) > 0 && m.mix != 0 {
		ns = m.scorer(c)
		defer ns.release()
		netOut = make([]float32, L)
	}
	c.candidates(m.window, m.sigs, m.alias, func(i, j int, allowed []uint8, rank int) {
		if keep != nil && !keep(c.ments[i].idx, c.ments[j].idx) {
			return
		}
		feats = c.features(feats[:0], i, j, rank)
		m.score(feats, acc, scores)
		if ns != nil && rank < 0 && ns.scores(i, j, allowed, netOut) {
			addScaled(scores, netOut, m.mix)
		}
		fn(c, i, j, allowed, rank, scores)
	})
}

// sortFound sorts relations by Head, then Tail, then Type.
func sortFound(out []Found) {
	sort.Slice(out, func(a, b int) bool {
		x, y := out[a], out[b]
		if x.Head != y.Head {
			return x.Head < y.Head
		}
		if x.Tail != y.Tail {
			return x.Tail < y.Tail
		}
		return x.Type < y.Type
	})
}

// score writes the raw score of every label for the features into out.
func (m *Model) score(feats []uint64, acc []int32, out []float32) {
	clear(acc)
	for _, f := range feats {
		if r := m.index.Get(f); r >= 0 {
			m.w.AddRow(acc, int(r))
		}
	}
	for i, a := range acc {
		out[i] = float32(a) * m.w.Scale
	}
	out[0] += m.bias
}

// addScaled adds mix·x to scores.
func addScaled(scores, x []float32, mix float32) {
	for l, v := range x {
		scores[l] += mix * v
	}
}

// Linear returns the model without its neural scorer (the model itself when
// it has none): the linear classifier alone.
func (m *Model) Linear() *Model {
	if m.nets == nil {
		return m
	}
	c := *m
	c.nets, c.mix = nil, 0
	return &c
}

// Mix reports the weight of the neural scorer's label scores added to the
// linear model's (0 when there is no network).
func (m *Model) Mix() float32 { return m.mix }

// decide returns the best label among None and the allowed ones, and its
// softmax score over the same labels.
func (m *Model) decide(scores []float32, allowed []uint8) (int, float32) {
	best := 0
	top := scores[0]
	for _, l := range allowed {
		if scores[l] > top {
			best, top = int(l), scores[l]
		}
	}
	// softmax with a temperature of one weight-scale unit per 1.0 score
	sum := math.Exp(float64(scores[0] - top))
	for _, l := range allowed {
		sum += math.Exp(float64(scores[l] - top))
	}
	return best, float32(1 / sum)
}
