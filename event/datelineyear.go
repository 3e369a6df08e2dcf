package event

import (
	"strconv"
	"strings"
)

// yearAfter reports whether text[from:to] is a year alone, perhaps with
// «года» or «г.»: the rest of a dateline's DATE past its day («АЛМАТЫ, 20
// марта 2026 — Казинформ.», «КАЗАНЬ, 12 марта 2026 г.»).
func yearAfter(text []rune, from, to int) bool {
	if from < 0 || to > len(text) || from >= to {
		return false
	}
	f := strings.Fields(string(text[from:to]))
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	if n, err := strconv.Atoi(f[0]); err != nil || n < 1900 || n > 2100 {
		return false
	}
	return len(f) == 1 || f[1] == "года" || f[1] == "г." || f[1] == "г"
}
