package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

func TestRepublicAdjectives(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		{"Пострадавших доставили в Республиканскую клиническую больницу имени Куватова.",
			[][2]string{{"Республиканскую клиническую больницу имени Куватова", "ORGANIZATION"}, {"Республиканскую", "IDEOLOGY"}},
			[]string{"ORGANIZATION Республиканскую клиническую больницу имени Куватова"}, []string{"IDEOLOGY Республиканскую"}},
		{"Средства выделят из республиканского бюджета.", [][2]string{{"республиканского", "IDEOLOGY"}}, nil, []string{"IDEOLOGY республиканского"}},
		// the party and its people stay
		{"Сенатор от Республиканской партии выступил против.", [][2]string{{"Республиканской партии", "ORGANIZATION"}, {"Республиканской", "IDEOLOGY"}},
			[]string{"IDEOLOGY Республиканской"}, nil},
		{"Республиканские сенаторы заблокировали закон.", [][2]string{{"Республиканские", "IDEOLOGY"}}, []string{"IDEOLOGY Республиканские"}, nil},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(_ []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.republicAdjectives(sents, ms)
		})
	}
}
