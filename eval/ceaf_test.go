package eval

import (
	"math/rand"
	"testing"
)

// TestCEAFe checks CEAF-e on examples computed by hand.
func TestCEAFe(t *testing.T) {
	tests := []struct {
		name          string
		key, response Clustering
		sim           float64
		nKey, nResp   int
	}{
		// Pradhan, Luo, Recasens, Hovy, Ng, Strube (2014), "Scoring
		// coreference partitions of predicted mentions: a reference
		// implementation", figure 1: key {a b c} {d e f g}, response
		// {a b} {c d} {f g h i}. φ4: K1–R1 4/5, K1–R2 2/5, K2–R2 2/6,
		// K2–R3 4/8; the best alignment K1–R1, K2–R3 gives Φ = 1.3,
		// R = 1.3/2 = 65.00 %, P = 1.3/3 = 43.33 %, F1 = 52.00 % (the
		// paper's figures).
		{"pradhan-2014",
			Clustering{{"a", "b", "c"}, {"d", "e", "f", "g"}},
			Clustering{{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}},
			1.3, 2, 3},
		// Identity: every entity aligned with itself, φ4 = 1 each.
		{"same", Clustering{{"A", "B"}, {"C"}}, Clustering{{"C"}, {"A", "B"}}, 2, 2, 2},
		// Vilain's split: {A B C D} against {A B} {C D}: one alignment,
		// φ4 = 2·2/(4+2) = 2/3; R = 2/3, P = 1/3.
		{"split", Clustering{{"A", "B", "C", "D"}}, Clustering{{"A", "B"}, {"C", "D"}}, 2.0 / 3, 1, 2},
		// Over-merge: {A B} {C} against {A B C}: K1 φ4 = 4/5 beats K2 2/4.
		{"merge", Clustering{{"A", "B"}, {"C"}}, Clustering{{"A", "B", "C"}}, 0.8, 2, 1},
		// K1 = {A B}, K2 = {C D E} against R1 = {A B C}, R2 = {D E}:
		// K1–R1 4/5 + K2–R2 4/5 = 1.6 (K2–R1 would be only 2/6).
		{"assignment", Clustering{{"A", "B"}, {"C", "D", "E"}}, Clustering{{"A", "B", "C"}, {"D", "E"}}, 1.6, 2, 2},
		// A key entity that the response lacks entirely scores 0 but counts.
		{"missing", Clustering{{"A", "B"}, {"C"}}, Clustering{{"A", "B"}}, 1, 2, 1},
		{"empty clusters skipped", Clustering{{"A"}, {}}, Clustering{{}, {"A"}}, 1, 1, 1},
		{"empty", nil, nil, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sim, nk, nr := CEAFeSums(tt.key, tt.response)
			if !near(sim, tt.sim) || nk != tt.nKey || nr != tt.nResp {
				t.Errorf("CEAFeSums = %v, %d, %d; want %v, %d, %d", sim, nk, nr, tt.sim, tt.nKey, tt.nResp)
			}
		})
	}
	s := ScoreCoref("x", []CorefDoc{{Key: tests[0].key, Response: tests[0].response}})
	if !near(s.CEAFe.Recall, 0.65) || !near(s.CEAFe.Precision, 1.3/3) || !near(s.CEAFe.F1, 0.52) {
		t.Errorf("CEAF-e = %+v, want R 0.65, P 0.4333, F1 0.52", s.CEAFe)
	}
	// The same example's MUC is R = P = 0.4 in the paper.
	if !near(s.MUC.Recall, 0.4) || !near(s.MUC.Precision, 0.4) {
		t.Errorf("MUC = %+v, want R = P = 0.4", s.MUC)
	}
	if !near(s.CoNLL, (s.MUC.F1+s.B3.F1+s.CEAFe.F1)/3) {
		t.Errorf("CoNLL = %v", s.CoNLL)
	}
}

// TestMaxAssignmentBruteForce compares the Kuhn–Munkres assignment with
// trying every assignment on small random matrices, square and not.
func TestMaxAssignmentBruteForce(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 500; trial++ {
		n, m := 1+rng.Intn(5), 1+rng.Intn(5)
		w := make([][]float64, n)
		for i := range w {
			w[i] = make([]float64, m)
			for j := range w[i] {
				if rng.Intn(3) > 0 {
					w[i][j] = float64(rng.Intn(10)) / 7
				}
			}
		}
		got := maxAssignment(w)
		seen := map[int]bool{}
		total := 0.0
		for i, j := range got {
			if j < 0 {
				continue
			}
			if seen[j] {
				t.Fatalf("%v: column %d assigned twice in %v", w, j, got)
			}
			seen[j] = true
			total += w[i][j]
		}
		if want := bestBrute(w, 0, map[int]bool{}); !near(total, want) {
			t.Fatalf("%v: assignment %v totals %v, best is %v", w, got, total, want)
		}
	}
}

// bestBrute returns the best total weight of assigning rows i.. to distinct
// unused columns (a row may stay unassigned).
func bestBrute(w [][]float64, i int, used map[int]bool) float64 {
	if i == len(w) {
		return 0
	}
	best := bestBrute(w, i+1, used)
	for j := range w[i] {
		if used[j] {
			continue
		}
		used[j] = true
		best = max(best, w[i][j]+bestBrute(w, i+1, used))
		used[j] = false
	}
	return best
}
