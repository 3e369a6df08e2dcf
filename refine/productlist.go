package refine

import "github.com/factgraph/factgraph/doc"

// listedAfterCode reports whether the tokens before a quoted name, ending
// at toks[last], are a product noun, a model code and «и», «или» or a
// comma: «выпускаются вертолеты Ми-38 и «Ансат»» lists the quoted name with
// the coded model under the one product noun, so it is a product too (the
// noun directly before the quotes makes a product in NEREL v1.1 train 12
// times of 13, see productType; the listed form is not in train).
func (r *Refiner) listedAfterCode(toks []doc.Token, last int) bool {
	if last < 2 {
		return false
	}
	switch toks[last].Text {
	case "и", "или", ",":
	default:
		return false
	}
	return modelCode(toks[last-1].Text) && r.productHead(toks[last-2].Text)
}
