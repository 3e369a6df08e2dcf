package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestEntities25 pins the twenty-fifth session's rules of entity types
// (quotedOrganizations's products and facilities read as numbers, works or
// facilities, productRepeats; docs/ner.md, «Twenty-fifth session (helper
// ner25)»), each with a guard.
func TestEntities25(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	nature := func(_ []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
		return r.natureWordPlaces(sents, ms)
	}
	acronyms := func(_ []rune, _ []doc.Sentence, ms []doc.Mention) []doc.Mention { return eventAcronyms(ms) }
	tests := []namedCase{
		{"a rocket's quoted code is a PRODUCT, not a NUMBER", r.quotedOrganizations, ruleCase{
			"Ракета-носитель «Ангара-А5» стартовала с космодрома.",
			[][2]string{{"Ангара-А5", "NUMBER"}},
			[]string{"PRODUCT Ангара-А5"},
			[]string{"NUMBER Ангара-А5"}}},
		{"a rocket's quoted name is a PRODUCT, not a FACILITY", r.quotedOrganizations, ruleCase{
			"Ракета-носитель «Ангара» стартовала с космодрома.",
			[][2]string{{"Ангара", "FACILITY"}},
			[]string{"PRODUCT Ангара"},
			[]string{"FACILITY Ангара"}}},
		{"a station's name is a FACILITY, not a WORK_OF_ART", r.quotedOrganizations, ruleCase{
			"Вход на станцию метро «Наука» закрыли.",
			[][2]string{{"Наука", "WORK_OF_ART"}},
			[]string{"FACILITY Наука"},
			[]string{"WORK_OF_ART Наука"}}},
		{"guard: a film's title stays a WORK_OF_ART", r.quotedOrganizations, ruleCase{
			"Он показал фильм «Наука» на фестивале.",
			[][2]string{{"Наука", "WORK_OF_ART"}},
			[]string{"WORK_OF_ART Наука"},
			[]string{"FACILITY Наука"}}},
		{"guard: a quoted number after no kind noun stays", r.quotedOrganizations, ruleCase{
			"Он назвал сумму «100» в интервью.",
			[][2]string{{"100", "NUMBER"}},
			[]string{"NUMBER 100"}, nil}},
		{"a quoted repeat of a product's name is a PRODUCT", r.productRepeats, ruleCase{
			"Ракета «Ангара-А5» стартовала с Восточного. Это третий пуск «Ангары» в году, а «Протона» — первый.",
			[][2]string{{"Ангара-А5", "PRODUCT"}, {"Ангары", "FACILITY"}, {"Протона", "ORGANIZATION"}},
			[]string{"PRODUCT Ангары", "ORGANIZATION Протона"},
			[]string{"FACILITY Ангары"}}},
		{"guard: a product named by its maker and a plain word is no model", r.productRepeats, ruleCase{
			"Модель доступна в браузере «Яндекс Браузер», сообщили в «Яндексе».",
			[][2]string{{"Яндекс Браузер", "PRODUCT"}, {"Яндексе", "ORGANIZATION"}},
			[]string{"ORGANIZATION Яндексе"},
			[]string{"PRODUCT Яндексе"}}},
		{"guard: an unquoted word and a name after its own kind noun stay", r.productRepeats, ruleCase{
			"Завод «Москвич» на берегу Ангары выпускал автомобиль «Москвич-412».",
			[][2]string{{"Москвич-412", "PRODUCT"}, {"Москвич", "ORGANIZATION"}, {"Ангары", "LOCATION"}},
			[]string{"ORGANIZATION Москвич", "LOCATION Ангары"},
			[]string{"PRODUCT Москвич"}}},
		{"a people's word after a natural place's noun is a LOCATION", nature, ruleCase{
			"Форум проходит на острове Русский. Кампус на Русском открыли в 2012 году.",
			[][2]string{{"Русский", "LANGUAGE"}, {"Русском", "NATIONALITY"}},
			[]string{"LOCATION Русский", "LOCATION Русском"},
			[]string{"LANGUAGE Русский", "NATIONALITY Русском"}}},
		{"guard: a language opening a sentence and one with no such noun stay", nature, ruleCase{
			"Русский язык изучают в Китае. Он говорит на Русском.",
			[][2]string{{"Русский", "LANGUAGE"}, {"Русском", "LANGUAGE"}},
			[]string{"LANGUAGE Русский", "LANGUAGE Русском"}, nil}},
		{"an acronym spelling an event's name is an EVENT", acronyms, ruleCase{
			"Путин открыл Петербургский международный экономический форум. В ПМЭФ участвуют 130 стран.",
			[][2]string{{"Петербургский международный экономический форум", "EVENT"}, {"ПМЭФ", "ORGANIZATION"}},
			[]string{"EVENT ПМЭФ"},
			[]string{"ORGANIZATION ПМЭФ"}}},
		{"guard: an acronym spelling no event stays", acronyms, ruleCase{
			"Путин открыл Петербургский международный экономический форум. В МЭР сообщили о росте.",
			[][2]string{{"Петербургский международный экономический форум", "EVENT"}, {"МЭР", "ORGANIZATION"}},
			[]string{"ORGANIZATION МЭР"}, nil}},
	}
	checkNamedCases(t, tests)
}

// TestLanguageAdjectivePlace pins nameAdjectivePlaces's guard (ner25): the
// adjective of a language opening a sentence gets no place mention of the
// island «Русский» the text names.
func TestLanguageAdjectivePlace(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Кампус стоит на острове Русский.\n\nРусский язык изучают 300 студентов."
	rule := func(_ []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
		return r.nameAdjectivePlaces(sents, ms)
	}
	got := ruleOutput(t, rule, text, [][2]string{{"Русский", "LOCATION"}, {"Русский язык", "LANGUAGE"}})
	n := 0
	for _, g := range got {
		if g == "LOCATION Русский" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%q: %d LOCATION «Русский» in %q, want 1 (the island's)", text, n, got)
	}
}
