package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestEntities25b pins the rules of the twenty-fifth session's helper
// ner25b (docs/ner.md, «Twenty-fifth session (helper ner25b)»), each with
// a guard.
func TestEntities25b(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	bare := func(_ []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
		return r.bareAcronymOpenings(sents, ms)
	}
	tests := []namedCase{
		{"an institution's full name spelling an acronym held only by a post", bare, ruleCase{
			"Агентство стратегических инициатив представило рейтинг. Глава АСИ Светлана Чупшева отметила рост.",
			[][2]string{{"Глава АСИ", "PROFESSION"}, {"Светлана Чупшева", "PERSON"}},
			[]string{"ORGANIZATION Агентство стратегических инициатив", "ORGANIZATION АСИ", "PROFESSION Глава АСИ"},
			nil}},
		{"an acronym in no mention", bare, ruleCase{
			"Фонд развития территорий одобрил заявку. Средства ФРТ поступят в регион.",
			nil,
			[]string{"ORGANIZATION Фонд развития территорий", "ORGANIZATION ФРТ"},
			nil}},
		{"guard: a run opened by no institution's noun", bare, ruleCase{
			"Правила дорожного движения изменят. Нарушения ПДД участились.",
			nil,
			nil,
			[]string{"ORGANIZATION Правила дорожного движения", "ORGANIZATION ПДД"}}},
		{"guard: an acronym typed a place", bare, ruleCase{
			"Фонд развития территорий одобрил заявку. В ФРТ приехали гости.",
			[][2]string{{"ФРТ", "COUNTRY"}},
			[]string{"COUNTRY ФРТ"},
			[]string{"ORGANIZATION Фонд развития территорий"}}},
	}
	checkNamedCases(t, tests)
}
