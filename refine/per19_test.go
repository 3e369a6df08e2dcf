package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestPer19 pins the rules of persons and families (personAdjectives, familyOf, hanGlosses, placeNamedPersons)
// through the whole Refine.
func TestPer19(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// a one-word PERSON that is an oblique case of a one-word place of the text
		{"Движение за освобождение Азавада провозгласило независимое государство Азавад.",
			[][2]string{{"Азавада", "PERSON"}, {"Азавад", "STATE_OR_PROVINCE"}},
			[]string{"STATE_OR_PROVINCE Азавада"}, []string{"PERSON Азавада"}},
		// (guard) not the surname of a person the text names in full
		{"Памятник Джорджу Вашингтону стоит в городе Вашингтон. Биограф Вашингтона приехал в город.",
			[][2]string{{"Джорджу Вашингтону", "PERSON"}, {"Вашингтон", "CITY"}, {"Вашингтона", "PERSON"}},
			[]string{"PERSON Вашингтона"}, nil},
		// a name in Chinese or Japanese characters in brackets after a person
		{"Колонки писала выпускница факультета литературы Ма Лин (马凌), а рекорд принадлежит Мисао Окаве (大川 ミサヲ).",
			[][2]string{{"Ма Лин", "PERSON"}, {"Мисао Окаве", "PERSON"}},
			[]string{"PERSON 马凌", "PERSON 大川 ミサヲ"}, nil},
		// (guard) not after a mention of another type
		{"Его обвиняли в связях с триадой Луэн (聯字頭).",
			[][2]string{{"Луэн", "ORGANIZATION"}},
			nil, []string{"PERSON 聯字頭"}},
		// a noun of a family, a post at most, and a person's name in the genitive
		{"Семья президента Обамы также владеет домом в Чикаго. В Татарстане клан Шаймиевых расширяет семейный бизнес.",
			[][2]string{{"президента", "PROFESSION"}, {"Обамы", "PERSON"}, {"Татарстане", "STATE_OR_PROVINCE"}, {"Шаймиевых", "PERSON"}},
			[]string{"FAMILY Семья президента Обамы", "FAMILY клан Шаймиевых", "PERSON Обамы"}, nil},
		// (guard) not the relatives a text addresses, nor a plural surname after «семья», nor past an honorific
		{"Соболезнования семье Мубарака выразил премьер. Семья Щесных уехала в Аргентину. Об этом говорили члены семьи господина Лесина.",
			[][2]string{{"Мубарака", "PERSON"}, {"премьер", "PROFESSION"}, {"Щесных", "PERSON"}, {"Аргентину", "COUNTRY"}, {"Лесина", "PERSON"}},
			nil, []string{"FAMILY семье Мубарака", "FAMILY Семья Щесных", "FAMILY семьи господина Лесина"}},
		// an adjective in -ский of the surname of a person the text names
		{"В Барнауле открылись «Шукшинские дни на Алтае», посвящённые Василию Шукшину.",
			[][2]string{{"Шукшинские дни на Алтае", "EVENT"}, {"Василию Шукшину", "PERSON"}},
			[]string{"PERSON Шукшинские", "EVENT Шукшинские дни на Алтае"}, nil},
		{"Историк сравнил реформы Петра со Сталиным: цена сталинского прорыва была слишком высока.",
			[][2]string{{"Петра", "PERSON"}, {"Сталиным", "PERSON"}},
			[]string{"PERSON сталинского"}, nil},
		// (guard) not of a person the text lacks, nor within a country, nor a word of the dictionary's common noun
		{"Наследный принц Мухаммед ибн Сауд посетил Саудовскую Аравию. Иоанн Богослов проведёт богословскую конференцию. Он жил при сталинском режиме.",
			[][2]string{{"Мухаммед ибн Сауд", "PERSON"}, {"Саудовскую Аравию", "COUNTRY"}, {"Иоанн Богослов", "PERSON"}},
			nil, []string{"PERSON Саудовскую", "PERSON богословскую", "PERSON сталинском"}},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
