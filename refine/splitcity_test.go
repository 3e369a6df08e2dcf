package refine

import (
	"slices"
	"testing"

	"github.com/factgraph/factgraph/doc"
)

func TestSplitCities(t *testing.T) {
	tests := []struct {
		text string
		in   [][2]string // mentions: text, type
		want []string    // "TYPE text" of all mentions out
	}{
		{"В Великом Новгороде открыли музей.", [][2]string{{"Великом", "COUNTRY"}, {"Новгороде", "CITY"}}, []string{"CITY Великом Новгороде"}},
		{"Великий Новгород принял гостей.", [][2]string{{"Новгород", "CITY"}}, []string{"CITY Великий Новгород"}},
		{"Поезд в Великие Луки ушел.", [][2]string{{"Великие", "LOCATION"}, {"Луки", "PERSON"}}, []string{"CITY Великие Луки"}},
		{"В Новгороде и Москве.", [][2]string{{"Новгороде", "CITY"}, {"Москве", "CITY"}}, []string{"CITY Новгороде", "CITY Москве"}},
	}
	for _, tt := range tests {
		var ms []doc.Mention
		for _, m := range tt.in {
			ms = append(ms, mentionOf(t, tt.text, m[0], m[1]))
		}
		var got []string
		for _, m := range splitCities([]rune(tt.text), ms) {
			got = append(got, m.Type+" "+m.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
