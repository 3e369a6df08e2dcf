package relation

import (
	"slices"
	"testing"

	"github.com/factgraph/factgraph/tokenize"
)

func TestDeathAliases(t *testing.T) {
	tests := []struct {
		name, text string
		mentions   [][2]string
		base       fixed
		want       []string
	}{
		{name: "each new word of death links to the nearest other one before it",
			text: "Умер писатель Юрий Бондарев. Писатель скончался в Москве. Он ушёл из жизни на 97-м году. О смерти сообщили родные.",
			mentions: [][2]string{{"Умер", "EVENT"}, {"Юрий Бондарев", "PERSON"}, {"скончался", "EVENT"},
				{"ушёл из жизни", "EVENT"}, {"смерти", "EVENT"}},
			want: []string{"Умер ALTERNATIVE_NAME скончался", "скончался ALTERNATIVE_NAME ушёл из жизни", "ушёл из жизни ALTERNATIVE_NAME смерти"}},
		{name: "a word repeated in another form is not linked again",
			text:     "Смерть актёра потрясла всех. Он умер во сне. О его смерти сообщил агент. Актёр умирал долго.",
			mentions: [][2]string{{"Смерть", "EVENT"}, {"умер", "EVENT"}, {"смерти", "EVENT"}, {"умирал", "EVENT"}},
			want:     []string{"Смерть ALTERNATIVE_NAME умер"}},
		{name: "the death of many is another event; «уйти» without «из жизни» is none",
			text:     "Скончался водитель автобуса. В аварии погибли пять человек. Спасатели ушли с места.",
			mentions: [][2]string{{"Скончался", "EVENT"}, {"аварии", "EVENT"}, {"погибли пять человек", "EVENT"}, {"ушли", "EVENT"}}},
		{name: "a mention the base gives a head keeps it",
			text:     "Мурси умер в зале суда. Экс-президент скончался от сердечного приступа.",
			mentions: [][2]string{{"Мурси", "PERSON"}, {"умер", "EVENT"}, {"скончался", "EVENT"}},
			base:     fixed{{Type: "ALTERNATIVE_NAME", Head: 0, Tail: 2}},
			want:     []string{"Мурси ALTERNATIVE_NAME скончался"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsIn(t, tt.text, tt.mentions...)
			got := facts(deathAliases(tokenize.Split(tt.text), ms, tt.base), ms)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
