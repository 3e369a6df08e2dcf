package names

import "testing"

// TestUniversityAcronyms pins the two-acronym names of universities
// (quotedAcronym; docs/names.md, «Twenty-third session (helper edu23)»):
// the first acronym spells the words before the quote, the second is the
// quoted name or spells it.
func TestUniversityAcronyms(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"НИУ ВШЭ", `Национальный исследовательский университет "Высшая школа экономики"`, true},
		{"НИТУ МИСИС", "Национальный исследовательский технологический университет «МИСИС»", true},
		{"НИУ МЭИ", `Национальный исследовательский университет "МЭИ"`, true},
		// guards: another quoted name, another kind of school
		{"НИУ МЭИ", `Национальный исследовательский университет "Высшая школа экономики"`, false},
		{"МГУ ВШЭ", `Национальный исследовательский университет "Высшая школа экономики"`, false},
	}
	for _, tt := range tests {
		if got := partOf("ORGANIZATION", tt.a, tt.b); got != tt.want {
			t.Errorf("partOf(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestFixedMinistry pins the ministries' short names of «Мин» and a
// genitive, which stay as written (fixedMinistry), against those that
// decline.
func TestFixedMinistry(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"Минобрнауки", true}, {"Минприроды", true}, {"Минпросвещения", true}, {"Минэнерго", true}, {"Минобороны", true},
		// guards: a short name that declines, a word of «Мин»
		{"Минздрава", false}, {"Минфина", false}, {"Минуты", false}, {"Минск", false},
	}
	for _, tt := range tests {
		if got := fixedMinistry(tt.w); got != tt.want {
			t.Errorf("fixedMinistry(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestFixedMinistryAlias pins the merging of a fixedMinistry with the
// ministry's full name, by the stumps of its stem.
func TestFixedMinistryAlias(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Минцифры", "Министерство цифрового развития, связи и массовых коммуникаций РФ", true},
		{"Минобрнауки", "Министерство образования и науки", true},
		{"Минпросвещения", "Министерство просвещения РФ", true},
		{"Минцифры", "Министерство просвещения РФ", false}, // guard
	}
	for _, tt := range tests {
		if got := partOf("ORGANIZATION", tt.a, tt.b); got != tt.want {
			t.Errorf("partOf(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
