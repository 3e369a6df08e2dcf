package morph

import "testing"

// TestInCategory checks inCategory, which reads a table of each
// category's members, against the loop over the grammemes, for every tag
// of one or two grammemes and every category.
func TestInCategory(t *testing.T) {
	for cat := Grammeme(0); int(cat) < numGrammemes; cat++ {
		for a := 0; a < numGrammemes; a++ {
			for b := a; b < numGrammemes; b++ {
				var tag Tag
				tag.set = tag.set.with(Grammeme(a)).with(Grammeme(b))
				if got, want := tag.inCategory(cat), tag.inCategorySlow(cat); got != want {
					t.Fatalf("inCategory(%v) of {%v %v} = %v, want %v", cat, Grammeme(a), Grammeme(b), got, want)
				}
			}
		}
	}
}
