package relation

import (
	"slices"
	"testing"

	"github.com/factgraph/factgraph/tokenize"
)

// TestEnergyPatterns runs the patterns of the twenty-second session's
// energy helper: stake («доля X в Y») and the subjects of «входит в»
// that subject does not find (unitSubject).
func TestEnergyPatterns(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions [][2]string
		want     []string
	}{
		{"a holder's share in a company: the holder owns it",
			"Доля французской TotalEnergies в «Новатэке» составляет 19,4%.",
			[][2]string{{"TotalEnergies", "ORGANIZATION"}, {"Новатэке", "ORGANIZATION"}},
			[]string{"TotalEnergies OWNER_OF Новатэке"}},
		{"guard: a share of a market is none",
			"Доля России в мировом экспорте выросла.",
			[][2]string{{"России", "COUNTRY"}},
			nil},
		{"guard: nor is a share with no holder named",
			"Компания увеличила долю в «Новатэке».",
			[][2]string{{"Новатэке", "ORGANIZATION"}},
			nil},
		{"a facility before «входит в» is part of the organization",
			"Курская АЭС входит в концерн «Росэнергоатом».",
			[][2]string{{"Курская АЭС", "FACILITY"}, {"Росэнергоатом", "ORGANIZATION"}},
			[]string{"Курская АЭС PART_OF Росэнергоатом"}},
		{"so is the facility a relative clause follows",
			"Блок строится рядом с Курской атомной электростанцией, которая входит в концерн «Росэнергоатом».",
			[][2]string{{"Курской атомной электростанцией", "FACILITY"}, {"Росэнергоатом", "ORGANIZATION"}},
			[]string{"Курской атомной электростанцией PART_OF Росэнергоатом"}},
		{"guard: a person a relative clause follows is none",
			"Его поддержал Иван Петров, который входит в совет «Роснефти».",
			[][2]string{{"Иван Петров", "PERSON"}, {"Роснефти", "ORGANIZATION"}},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsIn(t, tt.text, tt.mentions...)
			got := facts(Patterns{}.Extract([]rune(tt.text), tokenize.Split(tt.text), ms), ms)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
