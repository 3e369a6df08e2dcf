package relation

import "math"

// ensembleScorer scores the candidate pairs of one document with each
// network of a model and averages their label scores (see addNet and
// meanNet): one network's scores are its own.
type ensembleScorer struct {
	s     []*netScorer
	probs bool
	x     []float32
}

func (m *Model) scorer(c *docContext) *ensembleScorer {
	e := &ensembleScorer{probs: m.probs}
	for _, n := range m.nets {
		e.s = append(e.s, n.scorer(c))
	}
	if len(m.nets) > 1 {
		e.x = make([]float32, len(m.labels))
	}
	return e
}

// release returns the scorers' buffers to their networks.
func (e *ensembleScorer) release() {
	for _, s := range e.s {
		s.release()
	}
}

// scores writes the mean scores of None and the allowed labels of the pair
// (i, j) of mentions into out, zeros for the other labels, and reports
// true, or reports false when the networks do not score the pair (see
// netScorer.scores).
func (e *ensembleScorer) scores(i, j int, allowed []uint8, out []float32) bool {
	if len(e.s) == 1 {
		return e.s[0].scores(i, j, allowed, out)
	}
	clear(out)
	for _, s := range e.s {
		if !s.scores(i, j, allowed, e.x) {
			return false
		}
		addNet(out, e.x, allowed, e.probs)
	}
	meanNet(out, allowed, len(e.s), e.probs)
	return true
}

// minLogProb bounds the log of a mean probability from below, so that a
// network's scores scaled by a mix of 0 stay finite.
const minLogProb = -60

// addNet adds a network's scores x of None and the allowed labels to sum:
// the scores themselves, or with probs their softmax over those labels.
func addNet(sum, x []float32, allowed []uint8, probs bool) {
	if !probs {
		sum[0] += x[0]
		for _, l := range allowed {
			sum[l] += x[l]
		}
		return
	}
	top := x[0]
	for _, l := range allowed {
		top = max(top, x[l])
	}
	z := math.Exp(float64(x[0] - top))
	for _, l := range allowed {
		z += math.Exp(float64(x[l] - top))
	}
	sum[0] += float32(math.Exp(float64(x[0]-top)) / z)
	for _, l := range allowed {
		sum[l] += float32(math.Exp(float64(x[l]-top)) / z)
	}
}

// meanNet turns the sum addNet made of k networks' scores into their mean,
// or with probs into the log of their mean probability.
func meanNet(sum []float32, allowed []uint8, k int, probs bool) {
	f := func(v float32) float32 {
		if !probs {
			return v / float32(k)
		}
		return float32(max(math.Log(float64(v)/float64(k)), minLogProb))
	}
	sum[0] = f(sum[0])
	for _, l := range allowed {
		sum[l] = f(sum[l])
	}
}

// netScores returns the label scores of every candidate of exs by each of
// the networks (N×L each, in the order of build; zeros for the pairs they
// do not score), with the allowed labels of each candidate and whether the
// networks score it.
func (m *Model) netScores(nets []*network, exs []Example) (each [][]float32, allowed [][]uint8, scored []bool) {
	L := len(m.labels)
	each = make([][]float32, len(nets))
	var cur *docContext
	ns := make([]*netScorer, len(nets))
	release := func() {
		for _, s := range ns {
			if s != nil {
				s.release()
			}
		}
	}
	m.walk(exs, false, func(c *docContext, i, j, rank int, _ []uint64, _ int, al []uint8) {
		if c != cur {
			release()
			cur = c
			for k, n := range nets {
				ns[k] = n.scorer(c)
			}
		}
		allowed = append(allowed, al)
		ok := false
		for k := range nets {
			at := len(each[k])
			each[k] = append(each[k], make([]float32, L)...)
			if rank < 0 {
				ok = ns[k].scores(i, j, al, each[k][at:at+L])
			}
		}
		scored = append(scored, ok)
	}, nil)
	release()
	return each, allowed, scored
}

// meanScores returns the scores of the ensemble of the networks whose
// scores netScores gave (each), averaged as ensembleScorer does.
func meanScores(each [][]float32, allowed [][]uint8, scored []bool, L int, probs bool) []float32 {
	if len(each) == 1 {
		return each[0]
	}
	out := make([]float32, len(each[0]))
	for k, al := range allowed {
		if !scored[k] {
			continue
		}
		sum := out[k*L : (k+1)*L]
		for _, x := range each {
			addNet(sum, x[k*L:(k+1)*L], al, probs)
		}
		meanNet(sum, al, len(each), probs)
	}
	return out
}
