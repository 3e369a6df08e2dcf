package relation

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sort"
	"time"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/internal/hashtab"
	"github.com/factgraph/factgraph/nn"
)

// Example is one training or evaluation document: its text, sentences,
// entity mentions and the gold relations between them.
type Example struct {
	ID        string
	Text      []rune
	Sents     []doc.Sentence
	Mentions  []doc.Mention
	Relations []Gold
}

// Gold is one annotated relation: Head and Tail index Example.Mentions.
type Gold struct {
	Type       string
	Head, Tail int
}

// TrainOptions controls Train.
type TrainOptions struct {
	Epochs   int     // passes over the training data (default 10)
	MinCount int     // features seen fewer times are ignored (default 2)
	Seed     uint64  // shuffling seed
	Window   int     // sentences apart a pair's mentions may lie (default 0: same sentence)
	Prune    float64 // weights with |w| below Prune×max|w| are dropped (default 0.01)
	// Signatures restricts the relation types a pair of entity types may
	// take; nil means NEREL's annotation.conf. Only triples also seen in the
	// training data are kept.
	Signatures Signatures
	// Alias, when not empty, names the relation type (ALTERNATIVE_NAME in
	// NEREL) that may also link mentions of one type lying farther apart
	// than Window when they share a word.
	Alias string
	// Dev, if set, is scored after every epoch (micro-F1 over all its gold
	// relations, cross-sentence ones included). It is only reported: nothing
	// is tuned on it.
	Dev []Example
	// C, when positive, makes the updates passive-aggressive (PA-I, with
	// aggressiveness C) instead of perceptron updates: every candidate whose
	// gold label does not beat the best other label by a margin of 1 moves
	// the weights just enough to reach it, by at most C per feature.
	C float64
	// HoldOut, when at least 2, holds out every HoldOut-th training document
	// (in the given order) to tune the score offset of None: the model is
	// trained on the others, the offset that gives the best micro-F1 on the
	// held-out documents is kept, and, when Refit is set, the model is
	// trained again on all documents with that offset.
	HoldOut int
	Refit   bool
	// Neural, if set, trains a neural scorer of the same candidates beside
	// the linear model (on the same documents, after it); its label scores
	// are added to the linear model's with a weight tuned on the held-out
	// documents together with None's offset.
	Neural *NeuralOptions
	// Morph adds features read from the morphological dictionary (lemmas,
	// cases, governing prepositions); the model then needs morph.Default.
	Morph bool
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

func (o *TrainOptions) defaults() error {
	nn.Default(&o.Epochs, 10)
	nn.Default(&o.MinCount, 2)
	nn.Default(&o.Prune, 0.01)
	if o.Window < 0 || o.Window > 8 {
		return fmt.Errorf("window %d out of range 0..8", o.Window)
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	if o.Neural != nil {
		n := *o.Neural // a copy: Train sets its Mix
		n.defaults()
		o.Neural = &n
	}
	if o.Signatures == nil {
		s, err := NERELSignatures()
		if err != nil {
			return err
		}
		o.Signatures = s
	}
	return nil
}

// goldKey identifies a relation by its type-free arguments: Arg1 and Arg2
// span and entity type.
type goldKey struct {
	a, b   doc.Span
	ta, tb string
}

func keyOf(ms []doc.Mention, head, tail int) goldKey {
	return goldKey{ms[head].Span, ms[tail].Span, ms[head].Type, ms[tail].Type}
}

// instances is a set of candidate pairs in feature-row form.
type instances struct {
	off     []int32 // candidate k has features feats[off[k]:off[k+1]]
	feats   []int32
	gold    []uint8 // gold label, 0 for None
	allowed [][]uint8
	golds   int // gold relations of the documents, candidates or not
}

func (d *instances) len() int { return len(d.gold) }

// TrainStats describes the candidates Train built.
type TrainStats struct {
	Relations  int // gold relations (distinct by type, arguments)
	Covered    int // of which a candidate pair with an allowed label
	Candidates int
}

// Train fits a relation classifier on the examples.
func Train(train []Example, opt TrainOptions) (*Model, error) {
	if err := opt.defaults(); err != nil {
		return nil, fmt.Errorf("train relation: %w", err)
	}
	if len(train) == 0 {
		return nil, errors.New("train relation: no training examples")
	}
	// relation types, and the signatures seen in training that the table allows
	seen := Signatures{}
	labelSet := map[string]bool{}
	for _, ex := range train {
		for _, g := range ex.Relations {
			if g.Head < 0 || g.Tail < 0 || g.Head >= len(ex.Mentions) || g.Tail >= len(ex.Mentions) {
				return nil, fmt.Errorf("train relation: %s: relation %s refers to mention %d or %d of %d", ex.ID, g.Type, g.Head, g.Tail, len(ex.Mentions))
			}
			a, b := ex.Mentions[g.Head].Type, ex.Mentions[g.Tail].Type
			if opt.Signatures.Allows(g.Type, a, b) {
				seen.add(g.Type, a, b)
				labelSet[g.Type] = true
			}
		}
	}
	if len(labelSet) == 0 {
		return nil, errors.New("train relation: no gold relation fits the signatures")
	}
	if len(labelSet) > 254 {
		return nil, fmt.Errorf("train relation: %d relation types is more than the model supports (254)", len(labelSet))
	}
	m := &Model{labels: []string{None}, window: opt.Window, Meta: map[string]string{}}
	if opt.Morph {
		m.Meta[lexiconMeta] = "morph"
	}
	if err := m.attachLexicon(); err != nil {
		return nil, fmt.Errorf("train relation: %w", err)
	}
	for l := range labelSet {
		m.labels = append(m.labels, l)
	}
	sort.Strings(m.labels[1:])
	m.labelID = map[string]int{}
	for i, l := range m.labels {
		m.labelID[l] = i
	}
	m.sigs = map[typePair][]uint8{}
	for a, mm := range seen {
		for b, rs := range mm {
			var ls []uint8
			for _, r := range rs {
				ls = append(ls, uint8(m.labelID[r]))
			}
			slices.Sort(ls)
			m.sigs[typePair{a, b}] = ls
		}
	}
	if opt.Alias != "" {
		id, ok := m.labelID[opt.Alias]
		if !ok {
			return nil, fmt.Errorf("train relation: alias relation %q not in the training data", opt.Alias)
		}
		m.alias = []uint8{uint8(id)}
	}
	L := len(m.labels)
	fmt.Fprintf(opt.Log, "relation: %d documents, %d relation types, %d signatures (of %d allowed)\n",
		len(train), L-1, seen.Len(), opt.Signatures.Len())

	fitDocs, held := train, []Example(nil)
	if opt.HoldOut >= 2 {
		fitDocs = nil
		for i, ex := range train {
			if i%opt.HoldOut == opt.HoldOut-1 {
				held = append(held, ex)
			} else {
				fitDocs = append(fitDocs, ex)
			}
		}
	}
	f := m.fit(fitDocs, &opt)
	var nets []*network
	if opt.Neural != nil && len(held) == 0 {
		nets = m.fitNetworks(train, nil, nil, nil, &opt)
	}
	if len(held) > 0 {
		var hst TrainStats
		hd := m.build(held, f.index, &hst)
		lin := f.avg.scoreAll(hd)
		var hnet []float32
		if opt.Neural != nil {
			nets = m.fitNetworks(fitDocs, held, hd, lin, &opt)
			each, allowed, scored := m.netScores(nets, held)
			for k := 2; k <= len(nets); k++ {
				for _, probs := range []bool{false, true} {
					b, x, f1 := tune(hd, lin, meanScores(each[:k], allowed, scored, L, probs), L, opt.Neural.Mixes)
					fmt.Fprintf(opt.Log, "relation nn: held out, the first %d networks averaging probabilities %v: none bias %.2f, mix %g, micro-F1 %.4f\n", k, probs, b, x, f1)
				}
			}
			hnet = meanScores(each, allowed, scored, L, opt.Neural.Probs)
		}
		bias, mix, f1 := tune(hd, lin, hnet, L, opt.Neural.mixes())
		m.bias = bias
		fmt.Fprintf(opt.Log, "relation: none bias %.2f, network mix %g give micro-F1 %.4f on %d held-out training documents\n", bias, mix, f1, len(held))
		if opt.Neural != nil {
			_, _, lf1 := evalScores(hd, lin, nil, L, bias, 0)
			lb, _, lbest := tune(hd, lin, nil, L, nil)
			fmt.Fprintf(opt.Log, "relation: held out, the linear model alone: %.4f with that bias, %.4f with its own (%.2f)\n", lf1, lbest, lb)
			opt.Neural.Mix = mix
		}
		m.Meta["holdout"] = fmt.Sprint(opt.HoldOut)
		if opt.Refit {
			f = m.fit(train, &opt)
			m.Meta["refit"] = "true"
			if nets != nil && opt.Neural.Refit {
				nets = m.fitNetworks(train, nil, nil, nil, &opt)
				m.Meta["nn_refit"] = "true"
			}
		}
	}
	if nets != nil {
		m.nets, m.mix, m.probs = nets, opt.Neural.Mix, opt.Neural.Probs && len(nets) > 1
		m.Meta["neural"] = opt.Neural.String()
	}
	if f.dev != nil {
		lin := f.avg.scoreAll(f.dev)
		p, r, f1 := evalScores(f.dev, lin, nil, L, m.bias, 0)
		fmt.Fprintf(opt.Log, "relation: final dev, linear: micro P %.4f R %.4f F1 %.4f\n", p, r, f1)
		if nets != nil {
			each, allowed, scored := m.netScores(nets, opt.Dev)
			p, r, f1 := evalScores(f.dev, lin, meanScores(each, allowed, scored, L, m.probs), L, m.bias, m.mix)
			fmt.Fprintf(opt.Log, "relation: final dev, linear + %g × network: micro P %.4f R %.4f F1 %.4f\n", m.mix, p, r, f1)
		}
	}
	m.compact(f.avg, f.keys, opt.Prune)
	m.Meta["epochs"] = fmt.Sprint(opt.Epochs)
	m.Meta["seed"] = fmt.Sprint(opt.Seed)
	m.Meta["min_count"] = fmt.Sprint(opt.MinCount)
	if opt.C > 0 {
		m.Meta["pa_c"] = fmt.Sprint(opt.C)
	}
	return m, nil
}

// fitted is the outcome of one training run.
type fitted struct {
	avg   *perceptron      // averaged weights
	keys  []uint64         // feature hash of each weight row
	index map[uint64]int32 // feature hash → row
	dev   *instances       // opt.Dev in the rows of index; nil without it
}

// fit counts the features of train, builds its candidates and trains the
// weights over them for opt.Epochs epochs, reporting the dev score after
// each.
func (m *Model) fit(train []Example, opt *TrainOptions) fitted {
	counts := nn.FeatureCounts{}
	m.walk(train, true, func(_ *docContext, _, _, _ int, feats []uint64, _ int, _ []uint8) { counts.Add(feats) }, nil)
	keys, index := counts.Keep(opt.MinCount)
	var st TrainStats
	data := m.build(train, index, &st)
	fmt.Fprintf(opt.Log, "relation: %d documents, %d features, %d candidate pairs, %d gold relations, %d (%.1f%%) reachable as candidates\n",
		len(train), len(keys), st.Candidates, st.Relations, st.Covered, 100*float64(st.Covered)/float64(max(st.Relations, 1)))
	out := fitted{keys: keys, index: index}
	if len(opt.Dev) > 0 {
		var dst TrainStats
		out.dev = m.build(opt.Dev, index, &dst)
		fmt.Fprintf(opt.Log, "relation: dev: %d candidate pairs, %d gold relations, %d (%.1f%%) reachable\n",
			dst.Candidates, dst.Relations, dst.Covered, 100*float64(dst.Covered)/float64(max(dst.Relations, 1)))
		m.Meta["dev_reachable"] = fmt.Sprintf("%.4f", float64(dst.Covered)/float64(max(dst.Relations, 1)))
	}

	L := len(m.labels)
	p := newPerceptron(len(keys), L)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5e1a))
	order := make([]int, data.len())
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, L)
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, k := range order {
			f := data.feats[data.off[k]:data.off[k+1]]
			p.scores(f, scores)
			g := int(data.gold[k])
			if pred := argmax(scores, data.allowed[k], 0); pred != g {
				errs++
			}
			p.learn(f, scores, g, data.allowed[k], float32(opt.C))
			p.store.Tick()
		}
		line := fmt.Sprintf("relation: epoch %2d: train error %.4f", epoch, float64(errs)/float64(max(data.len(), 1)))
		if out.dev != nil {
			a := p.averaged()
			p, r, f1 := a.evaluate(out.dev, 0)
			line += fmt.Sprintf(", dev micro P %.4f R %.4f F1 %.4f", p, r, f1)
		}
		fmt.Fprintf(opt.Log, "%s (%v)\n", line, time.Since(start).Round(100*time.Millisecond))
	}
	out.avg = p.averaged()
	return out
}

// tune returns the offset of None's score, on a grid of quarters from −12
// to 6, and the weight of the network's scores, among mixes, that give the
// best micro-F1 on d with the scores lin + mix·net (see evalScores), and
// that F1.
func tune(d *instances, lin, net []float32, L int, mixes []float32) (bias, mix float32, f1 float64) {
	if net == nil {
		mixes = []float32{0}
	}
	f1 = -1
	for _, x := range mixes {
		for b := float32(-12); b <= 6.001; b += 0.25 {
			if _, _, f := evalScores(d, lin, net, L, b, x); f > f1 {
				bias, mix, f1 = b, x, f
			}
		}
	}
	return bias, mix, f1
}

// walk calls fn for every candidate pair (i, j) of the examples (indexes
// into c.ments, with the alias rank of a far pair, −1 for a near one), with
// its gold label, allowed labels and, when withFeats, its features; st may
// be nil.
func (m *Model) walk(exs []Example, withFeats bool, fn func(c *docContext, i, j, rank int, feats []uint64, gold int, allowed []uint8), st *TrainStats) {
	var feats []uint64
	for _, ex := range exs {
		c := newDocContext(ex.Text, ex.Sents, ex.Mentions, m.lex)
		gold := map[goldKey]int{}
		for _, g := range ex.Relations {
			if g.Head < 0 || g.Tail < 0 || g.Head >= len(ex.Mentions) || g.Tail >= len(ex.Mentions) {
				continue
			}
			k := keyOf(ex.Mentions, g.Head, g.Tail)
			if _, dup := gold[k]; dup {
				continue // a second type for the same pair: rare in NEREL, kept out
			}
			gold[k] = -1
			if id, ok := m.labelID[g.Type]; ok {
				gold[k] = id
			}
		}
		if st != nil {
			st.Relations += len(gold)
		}
		covered := map[goldKey]bool{}
		c.candidates(m.window, m.sigs, m.alias, func(i, j int, allowed []uint8, rank int) {
			k := keyOf(ex.Mentions, c.ments[i].idx, c.ments[j].idx)
			g, ok := gold[k]
			if ok && (g < 0 || !slices.Contains(allowed, uint8(g))) {
				return // a relation the pair's signature cannot take: not a negative
			}
			if ok && !covered[k] {
				covered[k] = true
				if st != nil {
					st.Covered++
				}
			}
			if st != nil {
				st.Candidates++
			}
			if withFeats {
				feats = c.features(feats[:0], i, j, rank)
			}
			fn(c, i, j, rank, feats, max(g, 0), allowed)
		})
	}
}

func (m *Model) build(exs []Example, index map[uint64]int32, st *TrainStats) *instances {
	d := &instances{off: []int32{0}}
	m.walk(exs, true, func(_ *docContext, _, _, _ int, feats []uint64, gold int, allowed []uint8) {
		for _, f := range feats {
			if r, ok := index[f]; ok {
				d.feats = append(d.feats, r)
			}
		}
		d.off = append(d.off, int32(len(d.feats)))
		d.gold = append(d.gold, uint8(gold))
		d.allowed = append(d.allowed, allowed)
	}, st)
	d.golds = st.Relations
	return d
}

// argmax returns the best of None and the allowed labels; bias is added to
// None's score.
func argmax(scores []float32, allowed []uint8, bias float32) int {
	best, top := 0, scores[0]+bias
	for _, l := range allowed {
		if scores[l] > top {
			best, top = int(l), scores[l]
		}
	}
	return best
}

// perceptron is a multiclass linear model with dense weights and their
// running average, trained by perceptron or PA-I updates (see learn); used
// only while training.
type perceptron struct {
	F, L  int
	store *nn.Weights[float32] // nil in an averaged snapshot
	w     []float32            // F×L
}

func newPerceptron(F, L int) *perceptron {
	s := nn.NewWeights[float32](F * L)
	return &perceptron{F: F, L: L, store: s, w: s.W}
}

func (p *perceptron) scores(feats []int32, out []float32) {
	nn.DenseScores(out, p.w, p.L, feats)
}

// learn updates the weights on one candidate with features feats, current
// scores and gold label gold. With c = 0 it is a perceptron update, made
// when the best of None and the allowed labels is not gold. With c > 0 it
// is a PA-I update: when gold does not beat the best other label by a
// margin of 1, both move by τ = min(c, loss / 2|feats|) per feature.
func (p *perceptron) learn(feats []int32, scores []float32, gold int, allowed []uint8, c float32) {
	rival, top := -1, float32(0)
	consider := func(l int) {
		if l != gold && (rival < 0 || scores[l] > top) {
			rival, top = l, scores[l]
		}
	}
	consider(0)
	for _, l := range allowed {
		consider(int(l))
	}
	if rival < 0 {
		return
	}
	step := float32(1)
	if c > 0 {
		loss := 1 - (scores[gold] - top)
		if loss <= 0 || len(feats) == 0 {
			return
		}
		step = min(c, loss/float32(2*len(feats)))
	} else if scores[gold] > top || (scores[gold] == top && gold < rival) {
		return // argmax keeps the first of equal scores
	}
	for _, r := range feats {
		i := int(r) * p.L
		p.store.Bump(i+gold, step)
		p.store.Bump(i+rival, -step)
	}
}

// averaged returns a perceptron holding the averaged weights, for
// prediction only.
func (p *perceptron) averaged() *perceptron {
	return &perceptron{F: p.F, L: p.L, w: p.store.Averaged()}
}

// scoreAll returns the scores of every candidate of d (N×L, a row each).
func (p *perceptron) scoreAll(d *instances) []float32 {
	L := p.L
	out := make([]float32, d.len()*L)
	for k := 0; k < d.len(); k++ {
		p.scores(d.feats[d.off[k]:d.off[k+1]], out[k*L:(k+1)*L])
	}
	return out
}

// evaluate returns micro precision, recall and F1 over the gold relations
// of d, with bias added to None's score.
func (p *perceptron) evaluate(d *instances, bias float32) (float64, float64, float64) {
	return evalScores(d, p.scoreAll(d), nil, p.L, bias, 0)
}

// evalScores returns micro precision, recall and F1 over the gold
// relations of d of the labels that win with the scores lin + mix·net (N×L
// each; nil counts as zeros) and bias added to None's.
func evalScores(d *instances, lin, net []float32, L int, bias, mix float32) (float64, float64, float64) {
	scores := make([]float32, L)
	tp, np := 0, 0
	for k := 0; k < d.len(); k++ {
		clear(scores)
		if lin != nil {
			copy(scores, lin[k*L:(k+1)*L])
		}
		if net != nil {
			addScaled(scores, net[k*L:(k+1)*L], mix)
		}
		pred := argmax(scores, d.allowed[k], bias)
		if pred == 0 {
			continue
		}
		np++
		if pred == int(d.gold[k]) {
			tp++
		}
	}
	return prf(tp, np, d.golds)
}

func prf(tp, np, ng int) (float64, float64, float64) {
	if tp == 0 {
		return 0, 0, 0
	}
	p, r := float64(tp)/float64(np), float64(tp)/float64(ng)
	return p, r, 2 * p * r / (p + r)
}

// compact drops the small averaged weights, quantizes the rest to int16 and
// stores them in m as sparse rows.
func (m *Model) compact(a *perceptron, keys []uint64, prune float64) {
	m.w = nn.Quantize(a.w, a.L, keys, prune)
	m.index = hashtab.New(m.w.Keys)
}
