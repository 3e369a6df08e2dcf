package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// eachMention makes a rule of one mention and its sentence's tokens a rule
// of the document, for the table below.
func eachMention(fn func(text []rune, toks []doc.Token, m doc.Mention) doc.Mention) func([]rune, []doc.Sentence, []doc.Mention) []doc.Mention {
	return func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
		out := make([]doc.Mention, len(ms))
		for i, m := range ms {
			out[i] = fn(text, sentenceTokens(sents, m), m)
		}
		return out
	}
}

// alone makes a rule of one mention a rule of the document.
func alone(fn func(m doc.Mention) doc.Mention) func([]rune, []doc.Sentence, []doc.Mention) []doc.Mention {
	return eachMention(func(_ []rune, _ []doc.Token, m doc.Mention) doc.Mention { return fn(m) })
}

// TestAgricultureNews pins the twenty-third session's rules of
// agriculture news (poAdjectivesEnd, danglingPreposition, the
// headquarters of buildingType, rossAgency of agencyType; docs/ner.md,
// «Twenty-third session (helper agro23)»), each with a guard.
func TestAgricultureNews(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkNamedCases(t, []namedCase{
		{"a body's name cut after «и» between two adjectives runs on to the noun", eachMention(r.poAdjectivesEnd), ruleCase{
			"Федеральная служба по ветеринарному и фитосанитарному надзору ввела ограничения.",
			[][2]string{{"Федеральная служба по ветеринарному и", "ORGANIZATION"}},
			[]string{"ORGANIZATION Федеральная служба по ветеринарному и фитосанитарному надзору"}, nil}},
		{"a post cut after the first adjective", eachMention(r.poAdjectivesEnd), ruleCase{
			"Он стал спецпредставителем президента по международному энергетическому сотрудничеству.",
			[][2]string{{"спецпредставителем президента по международному", "PROFESSION"}},
			[]string{"PROFESSION спецпредставителем президента по международному энергетическому сотрудничеству"}, nil}},
		{"guard: a name that ends in its noun stays", eachMention(r.poAdjectivesEnd), ruleCase{
			"Комитет по науке и образованию провел заседание.",
			[][2]string{{"Комитет по науке", "ORGANIZATION"}},
			[]string{"ORGANIZATION Комитет по науке"}, nil}},
		{"guard: no noun in the dative after the adjectives", eachMention(r.poAdjectivesEnd), ruleCase{
			"Служба по ветеринарному и в Москве работает.",
			[][2]string{{"Служба по ветеринарному и", "ORGANIZATION"}},
			[]string{"ORGANIZATION Служба по ветеринарному и"}, nil}},
		{"a crime cut after «с» runs over its object", eachMention(r.danglingPreposition), ruleCase{
			"Его обвиняют в мошенничестве с субсидиями на 45 млн рублей.",
			[][2]string{{"мошенничестве с", "CRIME"}},
			[]string{"CRIME мошенничестве с субсидиями"}, nil}},
		{"with no object after it the preposition goes", eachMention(r.danglingPreposition), ruleCase{
			"Его обвиняют в мошенничестве с 2020 года.",
			[][2]string{{"мошенничестве с", "CRIME"}},
			[]string{"CRIME мошенничестве"}, nil}},
		{"guard: a post is left alone", eachMention(r.danglingPreposition), ruleCase{
			"Министр по делам молодежи приехал.",
			[][2]string{{"Министр по", "PROFESSION"}},
			[]string{"PROFESSION Министр по"}, nil}},
		{"a headquarters named by its owner is a building", alone(r.buildingType), ruleCase{
			"Штаб-квартира ЕвроХима расположена в Цуге.",
			[][2]string{{"Штаб-квартира ЕвроХима", "PROFESSION"}},
			[]string{"FACILITY Штаб-квартира ЕвроХима"}, nil}},
		{"guard: «штаб» alone is no headquarters", alone(r.buildingType), ruleCase{
			"Штаб обороны города работает.",
			[][2]string{{"Штаб обороны", "ORGANIZATION"}},
			[]string{"ORGANIZATION Штаб обороны"}, nil}},
		{"the statistics agency is an organization", alone(r.agencyType), ruleCase{
			"Это следует из данных Росстата.",
			[][2]string{{"Росстата", "CITY"}},
			[]string{"ORGANIZATION Росстата"}, nil}},
		{"guard: Россия stays", alone(r.agencyType), ruleCase{
			"Это следует из данных России.",
			[][2]string{{"России", "COUNTRY"}},
			[]string{"COUNTRY России"}, nil}},
	})
}
