package relation

import (
	"slices"
	"testing"

	"github.com/factgraph/factgraph/tokenize"
)

func TestCapitals(t *testing.T) {
	text := "Россия поддерживает официальный Минск, а белорусы живут в Минске, столице Белоруссии. Ижевск — город в России, Гродно — в Польше. Испанская королева посетила Кишинёв, молдавская столица."
	ms := mentionsIn(t, text, [2]string{"Россия", "COUNTRY"}, [2]string{"Минск", "CITY"}, [2]string{"Минске", "CITY"},
		[2]string{"Белоруссии", "COUNTRY"}, [2]string{"Ижевск", "CITY"}, [2]string{"России", "COUNTRY"}, [2]string{"Гродно", "CITY"}, [2]string{"Польше", "COUNTRY"},
		[2]string{"Испанская", "COUNTRY"}, [2]string{"Кишинёв", "CITY"}, [2]string{"молдавская", "COUNTRY"})
	base := fixed{
		{Type: "LOCATED_IN", Head: 1, Tail: 0},  // Минск in Россия: dropped
		{Type: "LOCATED_IN", Head: 2, Tail: 3},  // Минске in Белоруссии
		{Type: "LOCATED_IN", Head: 4, Tail: 5},  // Ижевск is no capital
		{Type: "LOCATED_IN", Head: 6, Tail: 7},  // Гродно is no capital
		{Type: "WORKPLACE", Head: 1, Tail: 0},   // other types stay
		{Type: "LOCATED_IN", Head: 9, Tail: 8},  // Кишинёв in Испания (an adjective of another country): dropped
		{Type: "LOCATED_IN", Head: 9, Tail: 10}, // Кишинёв in молдавская (its own country's adjective)
	}
	got := facts(Capitals{Base: base}.Extract([]rune(text), tokenize.Split(text), ms), ms)
	want := []string{"Ижевск LOCATED_IN России", "Гродно LOCATED_IN Польше", "Минск WORKPLACE Россия", "Минске LOCATED_IN Белоруссии", "Кишинёв LOCATED_IN молдавская"}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
