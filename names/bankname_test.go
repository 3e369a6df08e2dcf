package names

import "testing"

// TestBankNominative: a bank's name left in an oblique case is put in the
// nominative; guards: a genitive dependent, a word that is no compound.
func TestBankNominative(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Совкомбанка", "Совкомбанк"},     // before: as written
		{"Ак Барс Банка", "Ак Барс Банк"}, // before: as written
		{"Т-Банком", "Т-Банк"},
		{"Почта Банке", "Почта Банк"},
		{"Совкомбанк", "Совкомбанк"},
		{"Наблюдательный совет Россельхозбанка", "Наблюдательный совет Россельхозбанка"}, // (guard) the bank's board
		{"Всемирного банка", "Всемирного банка"},                                         // (guard) a lower-case «банк»
		{"Кубанке", "Кубанке"}, // (guard) no compound
	} {
		if got := bankNominative(c.in); got != c.want {
			t.Errorf("bankNominative(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
