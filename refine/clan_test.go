package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestClanOrganizations pins clanOrganizations and syndicateNames through the whole Refine.
func TestClanOrganizations(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// the names of syndicates and the posts in them
		{"Судья распорядился освободить одного из боссов «Коза Ностры», который входил в окружение боссов Ндрангеты.",
			[][2]string{{"Коза Ностры", "WORK_OF_ART"}, {"боссов Ндрангеты", "PERSON"}},
			[]string{"ORGANIZATION Коза Ностры", "ORGANIZATION Ндрангеты", "PROFESSION боссов «Коза Ностры»", "PROFESSION боссов Ндрангеты"},
			[]string{"WORK_OF_ART Коза Ностры", "PERSON боссов Ндрангеты"}},
		// the clans of the mafia listed after «кланов —»
		{"Мафию в Нью-Йорке контролируют пять кланов — Бонанно, Гамбино, Дженовезе, Коломбо и Луккезе.",
			[][2]string{{"Бонанно", "PERSON"}, {"Гамбино", "PERSON"}, {"Коломбо", "CITY"}},
			[]string{"ORGANIZATION Бонанно", "ORGANIZATION Гамбино", "ORGANIZATION Коломбо", "ORGANIZATION Луккезе"},
			[]string{"PERSON Бонанно", "CITY Коломбо"}},
		// one clan after the singular noun; the post keeps its extent
		{"Кали по прозвищу Фрэнки Бой был главарем клана Гамбино, одной из семей мафии.",
			[][2]string{{"главарем клана Гамбино", "PROFESSION"}, {"клана Гамбино", "PERSON"}},
			[]string{"ORGANIZATION Гамбино", "PROFESSION главарем клана Гамбино"}, []string{"PERSON клана Гамбино"}},
		// (guard) a place whose clans they are; a family with a plural surname
		{"Он был одним из мафиозных кланов Нью-Йорка, а клан Шаймиевых расширяет бизнес.",
			[][2]string{{"Нью-Йорка", "CITY"}},
			[]string{"CITY Нью-Йорка"}, []string{"ORGANIZATION Нью-Йорка", "ORGANIZATION Шаймиевых"}},
		// (guard) not in a text about the mafia: a clan is a family
		{"Клан Кеннеди собрался в Массачусетсе, сообщили члены клана Кеннеди.",
			nil, nil, []string{"ORGANIZATION Кеннеди"}},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
