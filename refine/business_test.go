package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// TestBusinessNews pins the twentieth session's rules of business news
// (organizationRepeats, codeDateTails, retailChains; docs/ner.md,
// «Twentieth session (helper biz20)»), each with a guard.
func TestBusinessNews(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []namedCase{
		{"a name found in another case comes again at a sentence's start", r.organizationRepeats, ruleCase{
			"Бузаков назначен директором Адмиралтейских верфей. Адмиралтейские верфи строят ледоколы.",
			[][2]string{{"Адмиралтейских верфей", "ORGANIZATION"}},
			[]string{"ORGANIZATION Адмиралтейские верфи"}, nil}},
		{"an abbreviation and a code found once come again", r.organizationRepeats, ruleCase{
			"Президент ОСК и X5 заявили. Верфи, входящие в ОСК, работают, а X5 растет.",
			[][2]string{{"ОСК", "ORGANIZATION"}, {"X5", "ORGANIZATION"}},
			[]string{"ORGANIZATION ОСК", "ORGANIZATION X5"}, nil}},
		{"a capitalized Latin name comes again at a sentence's start", r.organizationRepeats, ruleCase{
			"Завод турецкой компании Arcelik открылся. Arcelik принадлежит холдингу Koç Holding.",
			[][2]string{{"Arcelik", "ORGANIZATION"}},
			[]string{"ORGANIZATION Arcelik"}, nil}},
		{"guard: a Latin word in a longer foreign name", r.organizationRepeats, ruleCase{
			"Проект назван Art in Art. Галерея Art открыта.",
			[][2]string{{"Art", "ORGANIZATION"}},
			nil, []string{"ORGANIZATION Art in Art"}}},
		{"guard: a Latin word in capitals, a lower-case word", r.organizationRepeats, ruleCase{
			"Проект ART представили в Калуге. Галерея ART открыта, а калуга приняла гостей.",
			[][2]string{{"ART", "ORGANIZATION"}, {"Калуге", "ORGANIZATION"}},
			nil, []string{"ORGANIZATION калуга"}}},
		{"a date ends before a company's code", codeDateTails, ruleCase{
			"В феврале X5 завершила поглощение сети «Дикси».",
			[][2]string{{"В феврале X5", "DATE"}},
			[]string{"DATE В феврале"}, []string{"DATE В феврале X5"}}},
		{"guard: a year with its abbreviation", codeDateTails, ruleCase{
			"Он родился в мае 1980г в Москве.",
			[][2]string{{"в мае 1980г", "DATE"}},
			[]string{"DATE в мае 1980г"}, nil}},
		{"chains named after «сеть» and a noun of shops", r.retailChains, ruleCase{
			"Ритейлер купил сеть магазинов «Красный яр». X5 управляет сетями «Пятерочка», «Перекресток» и «Чижик».",
			[][2]string{{"Красный яр", "WORK_OF_ART"}, {"Пятерочка", "WORK_OF_ART"}, {"Перекресток", "WORK_OF_ART"}},
			[]string{"ORGANIZATION Красный яр", "ORGANIZATION Пятерочка", "ORGANIZATION Перекресток", "ORGANIZATION Чижик"}, nil}},
		{"guard: «сеть» after an adjective or a preposition", r.retailChains, ruleCase{
			"Документ размещен в информационно-телекоммуникационной сети «Интернет» и в сети «Интернет».",
			[][2]string{{"Интернет", "PRODUCT"}},
			[]string{"PRODUCT Интернет"}, []string{"ORGANIZATION Интернет"}}},
	}
	checkNamedCases(t, tests)
	// the repeats are added where the recognizer missed them, once each;
	// none inside a longer Latin name
	for _, c := range []struct {
		text, name string
		n          int
	}{
		{"Президент ОСК заявил. Верфи, входящие в ОСК, работают.", "ОСК", 2},
		{"Галерея Art открыта. Проект назван Art in Art.", "Art", 1},
		{"Компания Arcelik выросла. Arcelik растет.", "Arcelik", 2},
	} {
		ms := r.organizationRepeats([]rune(c.text), tokenize.Split(c.text), []doc.Mention{mentionOf(t, c.text, c.name, "ORGANIZATION")})
		if len(ms) != c.n {
			t.Errorf("%q: %d mentions, want %d: %v", c.text, len(ms), c.n, ms)
		}
	}
}
