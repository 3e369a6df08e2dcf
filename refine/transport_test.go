package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestTransportRules pins riverNames, quotedRoads, metroLines,
// aircraftModels and adjectiveTowns (twenty-second session, helper transport22), each rule
// run alone over the recognizer's mentions.
func TestTransportRules(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	rivers := func(_ []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention { return r.riverNames(sents, ms) }
	cases := []struct {
		ruleCase
		rule func([]rune, []doc.Sentence, []doc.Mention) []doc.Mention
	}{
		// a river's name after «река», read as a person
		{ruleCase{"Строители возведут мост через реку Лену к 2028 году.",
			[][2]string{{"Лену", "PERSON"}},
			[]string{"LOCATION Лену"}, []string{"PERSON Лену"}}, rivers},
		// a bridge across a river, read as a town
		{ruleCase{"Ранее компания построила мост через Обь в Новосибирске.",
			[][2]string{{"Обь", "CITY"}, {"Новосибирске", "CITY"}},
			[]string{"LOCATION Обь", "CITY Новосибирске"}, []string{"CITY Обь"}}, rivers},
		// (guard) a person after another noun, a town after «через» with no bridge
		{ruleCase{"Дорога через Тверь построена по проекту Лены Ивановой.",
			[][2]string{{"Тверь", "CITY"}, {"Лены Ивановой", "PERSON"}},
			[]string{"CITY Тверь", "PERSON Лены Ивановой"}, []string{"LOCATION Тверь"}}, rivers},
		// quoted roads' names after a road noun, one left out, two mistyped
		{ruleCase{"Мост соединит трассу «Лена» с трассами «Колыма» и «Вилюй».",
			[][2]string{{"Колыма", "ORGANIZATION"}, {"Вилюй", "WORK_OF_ART"}},
			[]string{"FACILITY Лена", "FACILITY Колыма", "FACILITY Вилюй"}, []string{"ORGANIZATION Колыма"}}, r.quotedRoads},
		// (guard) a quoted name after another noun stays
		{ruleCase{"Контракт получила компания «Автодор» в марте.",
			[][2]string{{"Автодор", "ORGANIZATION"}},
			[]string{"ORGANIZATION Автодор"}, []string{"FACILITY Автодор"}}, r.quotedRoads},
		// a metro line's adjective read as a town and a person
		{ruleCase{"Собянин открыл три станции метро на Троицкой линии.",
			[][2]string{{"Собянин", "PERSON"}, {"Троицкой", "CITY"}},
			[]string{"FACILITY Троицкой линии", "PERSON Собянин"}, []string{"CITY Троицкой"}}, r.metroLines},
		// (guard) a longer name of a line stays
		{ruleCase{"Станция метро Большой кольцевой линии открылась.",
			[][2]string{{"Большой кольцевой линии", "FACILITY"}},
			[]string{"FACILITY Большой кольцевой линии"}, []string{"FACILITY кольцевой линии"}}, r.metroLines},
		// an airliner's maker and number read as a number alone
		{ruleCase{"Посадку Superjet отложили. Самолет Boeing 737 и лайнер Sukhoi Superjet 100 прибыли в Сочи.",
			[][2]string{{"737", "NUMBER"}, {"Sukhoi Superjet", "ORGANIZATION"}, {"100", "NUMBER"}, {"Superjet", "ORGANIZATION"}},
			[]string{"PRODUCT Boeing 737", "PRODUCT Sukhoi Superjet 100", "PRODUCT Superjet"}, []string{"NUMBER 737", "ORGANIZATION Sukhoi Superjet"}}, r.aircraftModels},
		// (guard) a maker with no number stays an organization
		{ruleCase{"Компания Boeing отчиталась о 500 заказах.",
			[][2]string{{"Boeing", "ORGANIZATION"}, {"500", "NUMBER"}},
			[]string{"ORGANIZATION Boeing", "NUMBER 500"}, []string{"PRODUCT Boeing"}}, r.aircraftModels},
		// a town of an adjective and a noun read as a company
		{ruleCase{"Новые составы изготовлены на заводе в Верхней Пышме.",
			[][2]string{{"Верхней Пышме", "ORGANIZATION"}},
			[]string{"CITY Верхней Пышме"}, []string{"ORGANIZATION Верхней Пышме"}}, r.adjectiveTowns},
		// (guard) a party's name, a quoted company's
		{ruleCase{"Депутат «Единой России» приехал на завод «Нижний Тагил».",
			[][2]string{{"Единой России", "ORGANIZATION"}, {"Нижний Тагил", "ORGANIZATION"}},
			[]string{"ORGANIZATION Единой России", "ORGANIZATION Нижний Тагил"}, []string{"CITY Единой России"}}, r.adjectiveTowns},
	}
	for _, tt := range cases {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, tt.rule)
	}
}
