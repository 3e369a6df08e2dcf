package refine

import "testing"

// TestSpace24 pins the twenty-fourth session's rule of helper space24
// (regionAdjectiveTowns; docs/ner.md, «Twenty-fourth session (helper
// space24)»), with guards.
func TestSpace24(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		ruleCase
	}{
		{"a surname-like town after a region's adjective is a CITY", ruleCase{
			"Стыковку контролировали специалисты в подмосковном Королеве.",
			[][2]string{{"подмосковном", "STATE_OR_PROVINCE"}, {"Королеве", "PERSON"}},
			[]string{"CITY Королеве", "STATE_OR_PROVINCE подмосковном"},
			[]string{"PERSON Королеве"}}},
		{"guard: a country's adjective before a person", ruleCase{
			"Матч выиграл российский Королев.",
			[][2]string{{"российский", "COUNTRY"}, {"Королев", "PERSON"}},
			[]string{"PERSON Королев"},
			[]string{"CITY Королев"}}},
		{"guard: a region's adjective that does not agree", ruleCase{
			"Об этом сообщил подмосковный губернатор Андрей Воробьев.",
			[][2]string{{"подмосковный", "STATE_OR_PROVINCE"}, {"Андрей Воробьев", "PERSON"}},
			[]string{"PERSON Андрей Воробьев"},
			[]string{"CITY Андрей Воробьев"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, r.regionAdjectiveTowns)
		})
	}
}
