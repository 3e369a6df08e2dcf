package tagger

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/nn"
	"github.com/factgraph/factgraph/wordvec"
)

// NeuralOptions controls the training of the neural candidate scorer
// (TrainOptions.Neural).
type NeuralOptions struct {
	Epochs  int     // passes over the training data (default 3)
	Batch   int     // sentences per update (default 16)
	LR      float32 // Adam learning rate (default 0.002)
	Dropout float32 // input dropout (default 0.2)
	// WordDropout is the rate at which a word is replaced by the unknown
	// word in training (default 0.05).
	WordDropout float32
	WordDim     int // word embedding size (default 32)
	FeatDim     int // feature embedding size (default 32)
	Hidden      int // LSTM size per direction (default 32)
	MinCount    int // words, features and parts seen fewer times are unknown (default 2)
	// HeldOut: every HeldOut-th distinct training sentence is held out of
	// the training of both the perceptron and the network, to choose the
	// mix of their scores on (default 20).
	HeldOut int
	// Mix, if positive, is the mix used, and nothing is held out.
	Mix float32
	// FeatsOnly makes the network choose only among the candidates of the
	// UPOS the perceptron prefers: the features, not the UPOS.
	FeatsOnly bool
	// Refit trains the perceptron again on all sentences, the held-out
	// ones included, once the mix is chosen (the network keeps what it
	// learned without them).
	Refit bool
}

func (o *NeuralOptions) defaults() {
	nn.Default(&o.Epochs, 3)
	nn.Default(&o.Batch, 16)
	nn.Default(&o.WordDim, 32)
	nn.Default(&o.FeatDim, 32)
	nn.Default(&o.Hidden, 32)
	nn.Default(&o.MinCount, 2)
	nn.Default(&o.HeldOut, 20)
	nn.Default(&o.LR, 0.002)
	nn.Default(&o.Dropout, 0.2)
	nn.Default(&o.WordDropout, 0.05)
}

func (o *NeuralOptions) String() string {
	return fmt.Sprintf("epochs %d, batch %d, lr %g, dropout %g, word dropout %g, word dim %d, feature dim %d, hidden %d, min count %d, held out 1/%d, features only %v, refit %v",
		o.Epochs, o.Batch, o.LR, o.Dropout, o.WordDropout, o.WordDim, o.FeatDim, o.Hidden, o.MinCount, o.HeldOut, o.FeatsOnly, o.Refit)
}

// trainWithNetwork is Train with a network: the perceptron and the
// network are trained on the sentences not held out, and the mix of
// their scores is the one that tags the held-out sentences best.
func trainWithNetwork(sents [][]Token, opt TrainOptions) (*Model, error) {
	no := *opt.Neural
	no.defaults()
	fit, fitDoms, held, heldDoms := sents, opt.Domains, [][]Token(nil), []string(nil)
	if no.Mix <= 0 {
		fit, fitDoms, held, heldDoms = holdOut(sents, opt.Domains, no.HeldOut)
	}
	o := opt
	o.Domains = fitDoms
	m, err := trainPerceptron(fit, o)
	if err != nil {
		return nil, err
	}
	n, err := trainNetwork(m, fit, fitDoms, no, opt.Seed, opt.Log)
	if err != nil {
		return nil, err
	}
	if no.FeatsOnly {
		m.Meta[metaNetScope] = netScopeFeats
		m.featsOnly = true // for chooseMixes
	}
	mixes := map[string]float32{"": no.Mix}
	if no.Mix <= 0 {
		mixes = chooseMixes(m, n, held, heldDoms, opt.Log)
	}
	if no.Refit && held != nil {
		if m, err = trainPerceptron(sents, opt); err != nil {
			return nil, err
		}
		if no.FeatsOnly {
			m.Meta[metaNetScope] = netScopeFeats
		}
	}
	m.setNetwork(n, mixes[""])
	for _, d := range m.Domains() {
		if x, ok := mixes[d]; ok {
			m.Meta[metaNetMix+d] = fmt.Sprint(x)
		}
	}
	m.Meta["neural"] = fmt.Sprintf("%v, mix %g", &no, mixes[""])
	return m, nil
}

// holdOut splits the sentences into those trained on and every every-th
// distinct one (a sentence repeated in the data, the same slice, counts
// once and goes wholly to one side), with their domains (nil if domains
// is nil).
func holdOut(sents [][]Token, domains []string, every int) (fit [][]Token, fitDoms []string, held [][]Token, heldDoms []string) {
	side := map[*Token]bool{} // first token of a distinct sentence → held out
	for i, s := range sents {
		if len(s) == 0 {
			continue
		}
		h, ok := side[&s[0]]
		if !ok {
			h = len(side)%every == every-1
			side[&s[0]] = h
			if h {
				held = append(held, s)
				if domains != nil {
					heldDoms = append(heldDoms, domains[i])
				}
			}
		}
		if !h {
			fit = append(fit, s)
			if domains != nil {
				fitDoms = append(fitDoms, domains[i])
			}
		}
	}
	return fit, fitDoms, held, heldDoms
}

// netTok is a token the network learns from: its position, the index of
// its gold candidate and the part rows of each candidate.
type netTok struct {
	i     int32
	gold  int32
	cands [][]int32
}

// netSent is a training sentence in the network's index form.
type netSent struct {
	in   netInput
	toks []netTok
}

// setDomain makes m tag as domain d, with the tag edits it learned (as
// trainPerceptron does per sentence).
func (m *Model) setDomain(d string, edits map[string]map[string][]tagEdit) error {
	m.domain, m.edits = domainHash(d), nil
	if d == "" {
		return nil
	}
	es, ok := edits[d]
	if !ok {
		var err error
		if es, err = parseTagEdits(m.Meta[metaTagEdits+d]); err != nil {
			return err
		}
		edits[d] = es
	}
	m.edits = es
	return nil
}

// trainNetwork trains the network on the sentences the perceptron of m
// was trained on, with the same candidates.
func trainNetwork(m *Model, sents [][]Token, domains []string, o NeuralOptions, seed uint64, log io.Writer) (*network, error) {
	start := time.Now()
	defer func() { m.domain, m.edits = 0, nil }()
	type rawTok struct {
		i, gold int32
		tags    []int32
		keys    [][]uint64 // candKeys of each candidate
	}
	type rawSent struct {
		words []uint64
		feats [][]uint64
		toks  []rawTok
	}
	wc, fc, pc := nn.FeatureCounts{}, nn.FeatureCounts{}, nn.FeatureCounts{}
	index := map[*Token]int{} // first token of a distinct sentence → its raw index
	order := make([]int, 0, len(sents))
	var raws []rawSent
	edits := map[string]map[string][]tagEdit{}
	var buf []morph.Parse
	var fs []uint64
	for si, s := range sents {
		if len(s) == 0 {
			continue
		}
		if k, ok := index[&s[0]]; ok {
			order = append(order, k)
			continue
		}
		d := ""
		if domains != nil {
			d = domains[si]
		}
		if err := m.setDomain(d, edits); err != nil {
			return nil, fmt.Errorf("train tagger network: %w", err)
		}
		words := make([]string, len(s))
		gold := make([]int32, len(s))
		for i, t := range s {
			words[i], gold[i] = t.Form, -1
			if t.UPOS != "" {
				gold[i] = m.intern(t.Tag())
			}
		}
		words = stripStress(words)
		var ss *sentence
		ss, buf = m.prepare(words, gold, buf)
		m.internCands(ss)
		r := rawSent{words: make([]uint64, len(s)), feats: make([][]uint64, len(s))}
		for i := range s {
			r.words[i] = wordvec.WordKey(ss.lowers[i])
			fs = m.netFeats(fs[:0], ss, i, m.domain)
			r.feats[i] = append([]uint64(nil), fs...)
			wc.Add(r.words[i : i+1])
			fc.Add(fs)
			cs := ss.cands[i]
			if gold[i] < 0 || len(cs) < 2 {
				continue
			}
			if _, ok := SocialToken(words, i); ok {
				continue
			}
			t := rawTok{i: int32(i), gold: -1}
			for k := range cs {
				c := &cs[k]
				if c.tag == gold[i] {
					t.gold = int32(k)
				}
				ps := tagParts(m.tags[c.tag])
				pc.Add(ps)
				ks := candKeys(nil, c, ps, ss.inDict[i], m.domain)
				pc.Add(ks)
				t.tags = append(t.tags, c.tag)
				t.keys = append(t.keys, ks)
			}
			if t.gold >= 0 {
				r.toks = append(r.toks, t)
			}
		}
		index[&s[0]] = len(raws)
		order = append(order, len(raws))
		raws = append(raws, r)
	}
	wk, _ := wc.Keep(o.MinCount)
	fk, _ := fc.Keep(o.MinCount)
	pk, _ := pc.Keep(o.MinCount)
	d := netDims{WordDim: o.WordDim, FeatDim: o.FeatDim, Hidden: o.Hidden}
	rng := rand.New(rand.NewPCG(seed, 0x7a66))
	n := newNetwork(d, nn.NewVocab(wk), nn.NewVocab(fk), nn.NewVocab(pk), rng)
	n.setTags(m.tags)
	ns := make([]netSent, len(raws))
	tokens := 0
	for k := range raws {
		r := &raws[k]
		x := &ns[k]
		x.in = netInput{words: make([]int32, len(r.words)), feats: make([][]int32, len(r.words))}
		for i, w := range r.words {
			x.in.words[i] = n.words.Row(w)
			x.in.feats[i] = n.feats.KnownRows(nil, r.feats[i])
		}
		for _, t := range r.toks {
			nt := netTok{i: t.i, gold: t.gold}
			for c, tag := range t.tags {
				rows := append([]int32(nil), n.tagRows[tag]...)
				nt.cands = append(nt.cands, n.parts.KnownRows(rows, t.keys[c]))
			}
			x.toks = append(x.toks, nt)
		}
		tokens += len(r.words)
		*r = rawSent{}
	}
	fmt.Fprintf(log, "tagger nn: %d distinct sentences, %d tokens, %d words, %d features, %d parts, dims %+v (%v)\n",
		len(ns), tokens, len(wk), len(fk), len(pk), d, time.Since(start).Round(time.Second))
	adam := nn.NewAdam(o.LR, n.params()...)
	var tp netTape
	for epoch := 1; epoch <= o.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var loss float64
		seen, inBatch := 0, 0
		for _, k := range order {
			x := &ns[k]
			if len(x.toks) == 0 {
				continue
			}
			loss += n.sentLoss(x, &tp, rng, o.Dropout, o.WordDropout)
			seen += len(x.toks)
			if inBatch++; inBatch == o.Batch {
				adam.Step(inBatch)
				inBatch = 0
			}
		}
		if inBatch > 0 {
			adam.Step(inBatch)
		}
		fmt.Fprintf(log, "tagger nn: epoch %d: loss/token %.4f over %d scored tokens (%v)\n",
			epoch, loss/float64(max(seen, 1)), seen, time.Since(start).Round(time.Second))
	}
	// the network as the model file keeps it (int8 tables), so that what
	// is measured after training is what is shipped
	q, err := decodeNetwork(nn.NewDecoder(n.append(nil)), n.header())
	if err != nil {
		return nil, fmt.Errorf("train tagger network: %w", err)
	}
	q.setTags(m.tags)
	return q, nil
}

// sentLoss runs the network over a sentence, adds the gradients of the
// softmax cross-entropy of each scored token's gold candidate, and
// returns the summed loss.
func (n *network) sentLoss(x *netSent, tp *netTape, rng *rand.Rand, dropout, wordDropout float32) float64 {
	n.encode(x.in, tp, rng, dropout, wordDropout)
	H := n.dims.Hidden
	H2 := 2 * H
	T := len(x.in.words)
	dH := make([]float32, T*H2)
	var loss float64
	var sc []float32
	for _, t := range x.toks {
		h := tp.h[int(t.i)*H2 : int(t.i+1)*H2]
		C := len(t.cands)
		tp.e = nn.Grow(tp.e, C*H2)
		sc = nn.Grow(sc, C)
		top := float32(math.Inf(-1))
		for k, rows := range t.cands {
			sc[k] = n.score(h, rows, tp.e[k*H2:(k+1)*H2])
			top = max(top, sc[k])
		}
		var sum float64
		for k := range sc {
			sum += math.Exp(float64(sc[k] - top))
		}
		loss += math.Log(sum) - float64(sc[t.gold]-top)
		dh := dH[int(t.i)*H2 : int(t.i+1)*H2]
		for k, rows := range t.cands {
			g := float32(math.Exp(float64(sc[k]-top)) / sum)
			if k == int(t.gold) {
				g--
			}
			e := tp.e[k*H2 : (k+1)*H2]
			for j := range dh {
				dh[j] += g * e[j]
			}
			for _, r := range rows {
				gr := n.part.GradRow(r)
				for j := range gr {
					gr[j] += g * h[j]
				}
				n.bias.GradRow(r)[0] += g
			}
		}
	}
	dF := make([]float32, T*H)
	dB := make([]float32, T*H)
	for i := range T {
		copy(dF[i*H:(i+1)*H], dH[i*H2:i*H2+H])
		copy(dB[i*H:(i+1)*H], dH[i*H2+H:(i+1)*H2])
	}
	nn.BackEmbed(n.fw, n.bw, &tp.fw, &tp.bw, dF, dB, tp.drop, n.word, n.feat, x.in.words, x.in.feats)
	return loss
}

// chooseMixes returns the mix of the network's scores with the
// perceptron's under which m tags held-out sentences best (whole-tag
// accuracy; the smaller mix among equals), trying 0 and powers of √2 from
// 1/64 to 1024, for each domain of the held-out sentences (tagged in it)
// and for none (key ""). The mix for none is chosen on the held-out
// sentences that have a domain, tagged with none, when there are any: they
// are in the conventions of the treebanks the model is measured on (the
// others, mostly OpenCorpora, would ask for a larger mix, which loses on
// them); else on all held-out sentences.
func chooseMixes(m *Model, n *network, held [][]Token, domains []string, log io.Writer) map[string]float32 {
	type heldSent struct {
		s    *sentence
		ns   [][]float32
		gold []string
	}
	edits := map[string]map[string][]tagEdit{}
	groups := map[string][]heldSent{}
	anyDomain := slices.ContainsFunc(domains, func(d string) bool { return d != "" })
	add := func(group, d string, s []Token) {
		if err := m.setDomain(d, edits); err != nil {
			return
		}
		words := make([]string, len(s))
		gold := make([]string, len(s))
		for i, t := range s {
			words[i] = t.Form
			if t.UPOS != "" {
				gold[i] = t.Tag()
			}
		}
		ss, _ := m.prepare(stripStress(words), nil, nil)
		groups[group] = append(groups[group], heldSent{s: ss, ns: n.sentenceScores(m, ss), gold: gold})
	}
	for si, s := range held {
		d := ""
		if domains != nil {
			d = domains[si]
		}
		if d != "" {
			add(d, d, s)
		}
		if !anyDomain || d != "" {
			add("", "", s)
		}
	}
	var ks []int
	acc := func(group string, mix float32) (int, int) {
		correct, total := 0, 0
		_ = m.setDomain(group, edits) // parsed above
		for _, h := range groups[group] {
			ks = m.choose(h.s, h.ns, mix, ks, nil)
			for i, k := range ks {
				if h.gold[i] == "" {
					continue
				}
				total++
				if k >= 0 && m.tagString(&h.s.cands[i][k]) == h.gold[i] {
					correct++
				}
			}
		}
		return correct, total
	}
	mixes := map[string]float32{}
	for _, g := range sortedKeys(groups) {
		best := float32(0)
		bestN, total := acc(g, 0)
		base := bestN
		for e := -12; e <= 20; e++ {
			mix := float32(math.Pow(2, float64(e)/2))
			if c, _ := acc(g, mix); c > bestN {
				best, bestN = mix, c
			}
		}
		mixes[g] = best
		fmt.Fprintf(log, "tagger nn: domain %q: mix %g on %d held-out sentences (%d tokens): tag accuracy %.2f%% (perceptron alone %.2f%%)\n",
			g, best, len(groups[g]), total, 100*float64(bestN)/float64(max(total, 1)), 100*float64(base)/float64(max(total, 1)))
	}
	m.domain, m.edits = 0, nil
	return mixes
}
