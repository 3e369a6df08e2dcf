package nn

import "math"

// SoftmaxLoss returns the cross-entropy −log p(gold) of a softmax over the
// scores of the given labels only (the others take no part), and writes its
// gradient with respect to those scores into d (d[l] = p(l) − [l = gold] for
// each label l listed; the other entries of d are left alone). gold must be
// one of labels.
func SoftmaxLoss(scores []float32, labels []uint8, gold uint8, d []float32) float64 {
	top := float32(math.Inf(-1))
	for _, l := range labels {
		top = max(top, scores[l])
	}
	var sum float64
	for _, l := range labels {
		e := math.Exp(float64(scores[l] - top))
		d[l] = float32(e)
		sum += e
	}
	for _, l := range labels {
		d[l] = float32(float64(d[l]) / sum)
	}
	d[gold]--
	return math.Log(sum) - float64(scores[gold]-top)
}

// NumGrad estimates ∂loss/∂w[i] by central differences, for the gradient
// checks of hand-written backward passes.
func NumGrad(w []float32, i int, loss func() float64) float64 {
	const h = 1e-2
	old := w[i]
	w[i] = old + h
	a := loss()
	w[i] = old - h
	b := loss()
	w[i] = old
	return (a - b) / (2 * h)
}
