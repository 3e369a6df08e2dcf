package names

import "testing"

func TestLikelierStem(t *testing.T) {
	tests := []struct {
		name  string
		names []string // the canonical names of a group's mentions
		want  string
	}{
		{"one mention's genitive read as a name gives way to the others' name",
			[]string{"Росатом", "Росатом", "Росатома", "Росатом"}, "Росатом"},
		{"so in NEREL train («КОГУП „Кировлес“»)",
			[]string{"Кировлеса", "Кировлеса", "Кировлес", "Кировлес", "Кировлес"}, "Кировлес"},
		{"(guard) a name in -а more mentions give stays",
			[]string{"Тройка", "Тройка", "Тройк"}, "Тройка"},
		{"(guard) a name of two words stays",
			[]string{"Газпром нефть", "Газпром нефть"}, "Газпром нефть"},
		{"(guard) a short stem is no name's",
			[]string{"ВТБ", "Ума", "Ум", "Ум"}, "Ума"},
	}
	for _, tt := range []struct {
		names []string
		want  string
	}{
		{[]string{"Сент-Луис", "Сент-Луис", "Сент-Луис", "Сент-Луиса"}, "Сент-Луис"}, // names22b: a place too (NEREL train); was Сент-Луиса
		{[]string{"Гавана", "Гавана", "Гаван"}, "Гавана"},                            // (guard) a name in -а more mentions give stays
	} {
		g := &group{typ: "CITY", names: tt.names}
		if got := g.name(); got != tt.want {
			t.Errorf("CITY %q: name() = %q, want %q", tt.names, got, tt.want)
		}
	}
	for _, tt := range tests {
		g := &group{typ: "ORGANIZATION", names: tt.names}
		if got := g.name(); got != tt.want {
			t.Errorf("%s: %q: name() = %q, want %q", tt.name, tt.names, got, tt.want)
		}
		best := ""
		for _, n := range tt.names {
			if better(n, best) {
				best = n
			}
		}
		if got := g.likelierStem(best); got != tt.want {
			t.Errorf("%s: %q: got %q, want %q", tt.name, tt.names, got, tt.want)
		}
	}
}
