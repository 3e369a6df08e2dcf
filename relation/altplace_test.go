package relation

import (
	"slices"
	"testing"

	"github.com/factgraph/factgraph/tokenize"
)

// TestFarPlaceName: AltNames links a country's or city's new name to one at
// most placeNameSentences sentences before it.
func TestFarPlaceName(t *testing.T) {
	tests := []struct {
		name, text string
		mentions   [][2]string
		want       []string
	}{
		{name: "a country's short name three sentences on (guard)",
			text:     "Власти России заявили об этом. Решение принято. Оно вступит в силу. В РФ такие случаи редки.",
			mentions: [][2]string{{"России", "COUNTRY"}, {"РФ", "COUNTRY"}},
			want:     []string{"России ALTERNATIVE_NAME РФ"}},
		{name: "a country's short name five sentences on",
			text:     "Власти России заявили об этом. Решение принято. Оно вступит в силу. Его обсудят. Спор утих. В РФ такие случаи редки.",
			mentions: [][2]string{{"России", "COUNTRY"}, {"РФ", "COUNTRY"}}},
		{name: "a person's surname five sentences on (guard)",
			text:     "Нельсон Мандела умер в декабре. Решение принято. Оно вступит в силу. Его обсудят. Спор утих. Семье Манделы соболезнуют.",
			mentions: [][2]string{{"Нельсон Мандела", "PERSON"}, {"Манделы", "PERSON"}},
			want:     []string{"Нельсон Мандела ALTERNATIVE_NAME Манделы"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsIn(t, tt.text, tt.mentions...)
			got := facts(AltNames{Base: fixed{}}.Extract([]rune(tt.text), tokenize.Split(tt.text), ms), ms)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
