package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestBoardOwners pins boardOwners through the whole Refine.
func TestBoardOwners(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// a board the recognizer tagged without its company (before: no «Банка России»)
		{"Совет директоров Банка России снизил ключевую ставку.",
			[][2]string{{"Совет директоров Банка России", "ORGANIZATION"}, {"России", "COUNTRY"}},
			[]string{"ORGANIZATION Банка России", "ORGANIZATION Совет директоров Банка России"}, nil},
		// a legal form and quotes aside
		{"Наблюдательный совет ПАО «Ростелеком» одобрил сделку.",
			[][2]string{{"Наблюдательный совет ПАО «Ростелеком»", "ORGANIZATION"}},
			[]string{"ORGANIZATION Ростелеком"}, nil},
		// (guard) a company already there stays one mention
		{"Правление ВТБ одобрило сделку.",
			[][2]string{{"Правление ВТБ", "ORGANIZATION"}, {"ВТБ", "ORGANIZATION"}},
			[]string{"ORGANIZATION ВТБ"}, nil},
		// (guard) a board of no named company
		{"Совет директоров компании одобрил сделку.",
			[][2]string{{"Совет директоров компании", "ORGANIZATION"}},
			nil, []string{"ORGANIZATION компании"}},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
