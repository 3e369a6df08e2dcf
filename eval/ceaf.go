package eval

import "math"

// CEAFeSums returns the parts of the entity-based CEAF score (CEAF-e, Luo
// 2005, "On coreference resolution performance metrics", with the φ4
// similarity) of one document:
//
//	φ4(K, R)  = 2 |K ∩ R| / (|K| + |R|)
//	Φ         = max over one-to-one alignments g of key to response
//	            entities of Σ_K φ4(K, g(K))   (Kuhn–Munkres)
//	recall    = Φ / (number of key entities)
//	precision = Φ / (number of response entities)
//
// sim is Φ; nKey and nResp count the non-empty key and response clusters.
// As in the CoNLL reference scorer (Pradhan et al. 2014), mentions that
// one side lacks simply do not overlap; summing Φ and the counts over
// documents gives the micro average.
func CEAFeSums(key, response Clustering) (sim float64, nKey, nResp int) {
	key, response = nonEmpty(key), nonEmpty(response)
	nKey, nResp = len(key), len(response)
	if nKey == 0 || nResp == 0 {
		return 0, nKey, nResp
	}
	of := clusterIndex(response)
	w := make([][]float64, nKey)
	for i, k := range key {
		w[i] = make([]float64, nResp)
		overlap := map[int]int{}
		for _, m := range k {
			if j, ok := of[m]; ok {
				overlap[j]++
			}
		}
		for j, n := range overlap {
			w[i][j] = 2 * float64(n) / float64(len(k)+len(response[j]))
		}
	}
	for i, j := range maxAssignment(w) {
		if j >= 0 {
			sim += w[i][j]
		}
	}
	return sim, nKey, nResp
}

// nonEmpty returns c without its empty clusters.
func nonEmpty(c Clustering) Clustering {
	out := c[:0:0]
	for _, k := range c {
		if len(k) > 0 {
			out = append(out, k)
		}
	}
	return out
}

// maxAssignment solves the assignment problem on the n×m weight matrix w
// (Kuhn–Munkres, the O(n²m) shortest-augmenting-path form with
// potentials): it returns, for each row, the column assigned to it (or -1
// when there are more rows than columns), maximizing the total weight.
// Every row has length m.
func maxAssignment(w [][]float64) []int {
	n := len(w)
	if n == 0 {
		return nil
	}
	m := len(w[0])
	transposed := n > m
	if transposed {
		// the algorithm below assigns every row; make rows the smaller side
		t := make([][]float64, m)
		for j := range t {
			t[j] = make([]float64, n)
			for i := range w {
				t[j][i] = w[i][j]
			}
		}
		w, n, m = t, m, n
	}
	// Minimize the cost −w. Arrays are 1-based; column 0 is a sentinel.
	u := make([]float64, n+1)
	v := make([]float64, m+1)
	p := make([]int, m+1) // p[j]: row assigned to column j (0 = none)
	way := make([]int, m+1)
	minv := make([]float64, m+1)
	used := make([]bool, m+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j] = math.Inf(1)
			used[j] = false
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], math.Inf(1), 0
			for j := 1; j <= m; j++ {
				if used[j] {
					continue
				}
				if cur := -w[i0-1][j-1] - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= m; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	rowOf := make([]int, n)
	for i := range rowOf {
		rowOf[i] = -1
	}
	for j := 1; j <= m; j++ {
		if p[j] > 0 {
			rowOf[p[j]-1] = j - 1
		}
	}
	if !transposed {
		return rowOf
	}
	// rows of the transposed matrix are the original columns
	out := make([]int, m)
	for i := range out {
		out[i] = -1
	}
	for col, row := range rowOf {
		if row >= 0 {
			out[row] = col
		}
	}
	return out
}
