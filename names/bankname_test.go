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

// TestBankKey: «Банк „X“» takes the key «X Банк»; the bare «X» of two
// words or more (or its genitive in -а) is the bank's own name. Guards: a
// name of one word, another bank, a quote inside the quoted name.
func TestBankKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`банк "ак барс"`, "ак барс банк"},
		{"ак барс банк", "ак барс банк"},
		{`банк "а" и "б"`, `банк "а" и "б"`}, // (guard)
		{"банк россии", "банк россии"},       // (guard) no quotes
	} {
		if got := bankKey(c.in); got != c.want {
			t.Errorf("bankKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		na, nb string
		want   bool
	}{
		{"ак барс", "ак барс банк", true},
		{"ак барса", `банк "ак барс"`, true},
		{"почта", "почта банк", false},       // (guard) one word: quotedNorm's
		{"ак барс", "зенит банк", false},     // (guard)
		{"ак барс", "ак барс казань", false}, // (guard) no bank
	} {
		if got := bankOwnName(c.na, c.nb); got != c.want {
			t.Errorf("bankOwnName(%q, %q) = %v, want %v", c.na, c.nb, got, c.want)
		}
	}
}
