package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestEcologyNews runs the cases of the twenty-fifth session's rules for
// news of ecology, weather and natural disasters (helper eco25).
func TestEcologyNews(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	nature := func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
		return r.naturePlaces(text, sents, ms)
	}
	storms := func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
		return r.stormNames(text, sents, ms)
	}
	whole := func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
		return r.Refine(text, sents, ms)
	}
	checkNamedCases(t, []namedCase{
		{"a bay named by an adjective", nature, ruleCase{"Пятно нефтепродуктов обнаружено в акватории Цемесской бухты.",
			[][2]string{{"Цемесской бухты", "FACILITY"}}, []string{"LOCATION Цемесской бухты"}, []string{"FACILITY Цемесской бухты"}}},
		{"a reserve's adjective read as a person takes in the noun", nature, ruleCase{"Девять очагов действуют на территории Сохондинского заповедника.",
			[][2]string{{"Сохондинского", "PERSON"}}, []string{"LOCATION Сохондинского заповедника"}, []string{"PERSON Сохондинского"}}},
		{"(guard) a reservoir is a facility", nature, ruleCase{"Теплоход затонул в акватории Куйбышевского водохранилища.",
			[][2]string{{"Куйбышевского водохранилища", "FACILITY"}}, []string{"FACILITY Куйбышевского водохранилища"}, nil}},
		{"(guard) a town's adjective nested in a name stays", nature, ruleCase{"Рыбаки вышли на лед Рыбинского моря.",
			[][2]string{{"Рыбинского", "CITY"}}, []string{"CITY Рыбинского"}, []string{"LOCATION Рыбинского моря"}}},
		{"(guard) a surname before a lower-case word", nature, ruleCase{"Министр Козлов заповедник посетил.",
			[][2]string{{"Козлов", "PERSON"}}, []string{"PERSON Козлов"}, nil}},
		{"a typhoon's name", storms, ruleCase{"Тайфун «Хайшень» обрушился на Приморье в ночь на среду.",
			[][2]string{{"Хайшень", "ORGANIZATION"}, {"Приморье", "STATE_OR_PROVINCE"}}, []string{"EVENT Тайфун «Хайшень»", "STATE_OR_PROVINCE Приморье"}, []string{"ORGANIZATION Хайшень"}}},
		{"a hurricane's name of two words", storms, ruleCase{"Ураган «Эль Ниньо» достиг побережья.",
			nil, []string{"EVENT Ураган «Эль Ниньо»"}, nil}},
		{"(guard) a company's quoted name", storms, ruleCase{"Компания «Хайшень» построит порт.",
			[][2]string{{"Хайшень", "ORGANIZATION"}}, []string{"ORGANIZATION Хайшень"}, []string{"EVENT Компания «Хайшень»"}}},
		{"(guard) a rocket system in no quotes", storms, ruleCase{"Реактивная система «Ураган» поступила в войска.",
			[][2]string{{"Ураган", "PRODUCT"}}, []string{"PRODUCT Ураган"}, nil}},
		{"an emergency's acronym is no organization", whole, ruleCase{"Губернатор ввел в регионе режим ЧС регионального характера.",
			[][2]string{{"ЧС", "ORGANIZATION"}}, nil, []string{"ORGANIZATION ЧС"}}},
		{"(guard) the emergencies ministry stays", whole, ruleCase{"Об этом сообщили в МЧС России.",
			[][2]string{{"МЧС России", "ORGANIZATION"}}, []string{"ORGANIZATION МЧС России"}, nil}},
		{"a tanker's quoted name is a product", whole, ruleCase{"Утечка произошла при перекачке топлива с танкера «Марина» на причале.",
			[][2]string{{"Марина", "PERSON"}}, []string{"PRODUCT Марина"}, []string{"PERSON Марина"}}},
		{"a dry-cargo ship's quoted name", whole, ruleCase{"Сухогруз «Волго-Дон 5» сел на мель.",
			[][2]string{{"Волго-Дон 5", "ORGANIZATION"}}, []string{"PRODUCT Волго-Дон 5"}, nil}},
	})
}
