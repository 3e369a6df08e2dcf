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
	heads := func(_ []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
		return r.actionNounHeads(sents, ms)
	}
	event := perMention(func(_ []rune, toks []doc.Token, m doc.Mention) doc.Mention { return r.eventName(toks, m) })
	cut := func(_ []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
		return r.adjectiveCutEvents(sents, ms)
	}
	tests := []namedCase{
		{"a verb's EVENT cut inside a forum's name keeps the verb", cut, ruleCase{
			"Президент открыл Петербургский международный экономический форум пленарным заседанием.",
			[][2]string{{"открыл Петербургский международный", "EVENT"}, {"Петербургский международный экономический форум", "EVENT"}},
			[]string{"EVENT открыл", "EVENT Петербургский международный экономический форум"},
			[]string{"EVENT открыл Петербургский международный"}}},
		{"guard: a verb's EVENT over its object's noun stays", cut, ruleCase{
			"Президент подписал указ о награждении спасателей.",
			[][2]string{{"подписал указ", "EVENT"}, {"указ о награждении", "LAW"}},
			[]string{"EVENT подписал указ", "LAW указ о награждении"},
			[]string{"EVENT подписал"}}},
		{"a body's name cut after its action noun goes", heads, ruleCase{
			"Средства поступят через Фонд развития территорий в июне.",
			[][2]string{{"Фонд развития территорий", "ORGANIZATION"}, {"Фонд развития", "ORGANIZATION"}},
			[]string{"ORGANIZATION Фонд развития территорий"},
			[]string{"ORGANIZATION Фонд развития"}}},
		{"guard: a body nested before a place stays", heads, ruleCase{
			"Департамент жилищно-коммунального хозяйства и благоустройства столицы сообщил.",
			[][2]string{{"Департамент жилищно-коммунального хозяйства и благоустройства столицы", "ORGANIZATION"},
				{"Департамент жилищно-коммунального хозяйства и благоустройства", "ORGANIZATION"}},
			[]string{"ORGANIZATION Департамент жилищно-коммунального хозяйства и благоустройства"},
			nil}},
		{"a forum's name opened by an ordinal is an EVENT", event, ruleCase{
			"Участники 12-го Международного экономического форума подписали соглашения.",
			[][2]string{{"12-го Международного экономического форума", "ORGANIZATION"}},
			[]string{"EVENT 12-го Международного экономического форума"},
			[]string{"ORGANIZATION 12-го Международного экономического форума"}}},
		{"guard: a noun before the forum's noun keeps the ORGANIZATION", event, ruleCase{
			"Оргкомитет Международного экономического форума сообщил.",
			[][2]string{{"Оргкомитет Международного экономического форума", "ORGANIZATION"}},
			[]string{"ORGANIZATION Оргкомитет Международного экономического форума"},
			nil}},
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
