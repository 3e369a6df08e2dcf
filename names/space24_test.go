package names

import (
	"testing"

	"github.com/factgraph/factgraph/morph"
)

// TestSpace24 pins the twenty-fourth session's rule of helper space24: of
// the readings of a word of a place's name, a surname's the dictionary
// knows is preferred to an animate common noun's (townsurname.go; the
// whole phrase: TestNewsFacts (helper space24's cases), «в подмосковном Королеве»), with guards.
func TestSpace24(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	reading := func(word, lemma string, is ...morph.Grammeme) morph.Parse {
		for _, p := range c.A.Parse(word) {
			ok := Normalize(p.Normal) == Normalize(lemma)
			for _, g := range is {
				ok = ok && p.Tag.Is(g)
			}
			if ok {
				return p
			}
		}
		t.Fatalf("no reading %s of %s", lemma, word)
		return morph.Parse{}
	}
	surname := reading("Королеве", "королёв", morph.Surn, morph.Loct)
	queen := reading("Королеве", "королева", morph.Loct)
	if !preferred(surname, queen, Hint{}) || preferred(queen, surname, Hint{}) {
		t.Errorf("«Королеве»: the surname's reading is not preferred to «королева»")
	}
	// (guard) a place's reading still wins over an animate noun's
	if city, bird := reading("Орле", "орёл", morph.Geox), reading("Орле", "орёл", morph.Anim); preferred(bird, city, Hint{}) && !bird.Tag.Is(morph.Geox) {
		t.Errorf("«Орле»: the bird is preferred to the town")
	}
}
