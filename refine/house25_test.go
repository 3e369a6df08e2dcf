package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestHouse25 runs the cases of the twenty-fifth session's rules for
// housing and construction news (helper house25: bareMinistry,
// companyAcronyms, inspections, domainNames, unnamedCommittees,
// fieldAcronyms, residentNationality) through the whole Refine.
func TestHouse25(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// a ministry's noun alone runs over what it deals with
		{"Министерство строительства и жилищно-коммунального хозяйства предложило изменить ставку.",
			[][2]string{{"Министерство", "ORGANIZATION"}},
			[]string{"ORGANIZATION Министерство строительства и жилищно-коммунального хозяйства"}, []string{"ORGANIZATION Министерство"}},
		// (guard) a verb after the noun is no phrase of what it deals with
		{"Министерство предложило изменить ставку.",
			[][2]string{{"Министерство", "ORGANIZATION"}},
			[]string{"ORGANIZATION Министерство"}, nil},
		// an acronym after a company's noun, and its other mentions
		{"Группа ЛСР купила участок. Конкурент ЛСР объявил о проекте.",
			[][2]string{{"ЛСР", "COUNTRY"}},
			[]string{"ORGANIZATION ЛСР"}, []string{"COUNTRY ЛСР"}},
		// (guard) a country's acronym after a company's noun stays
		{"Компания США выиграла тендер.",
			[][2]string{{"США", "COUNTRY"}},
			[]string{"COUNTRY США"}, []string{"ORGANIZATION США"}},
		// a state inspection, with its region and without
		{"Государственная жилищная инспекция Республики Татарстан провела проверку.",
			[][2]string{{"Республики Татарстан", "STATE_OR_PROVINCE"}},
			[]string{"ORGANIZATION Государственная жилищная инспекция Республики Татарстан", "ORGANIZATION Государственная жилищная инспекция"}, nil},
		{"Госжилинспекция области выдала предписание.",
			[][2]string{{"Госжилинспекция области", "STATE_OR_PROVINCE"}},
			[]string{"ORGANIZATION Госжилинспекция области"}, []string{"STATE_OR_PROVINCE Госжилинспекция области"}},
		// the noun after a post is the body, no event
		{"Руководитель инспекции отметил рост жалоб.",
			[][2]string{{"инспекции", "EVENT"}},
			nil, []string{"EVENT инспекции"}},
		// (guard) an inspection held, after a lower-case adjective
		{"Комиссия провела плановую инспекцию объекта.",
			[][2]string{{"плановую инспекцию объекта", "EVENT"}},
			[]string{"EVENT плановую инспекцию объекта"}, []string{"ORGANIZATION плановую инспекцию"}},
		// a name written as a domain
		{"Генеральный директор ДОМ.РФ Виталий Мутко выступил.",
			[][2]string{{"Генеральный директор ДОМ.РФ", "PROFESSION"}, {"ДОМ", "FACILITY"}},
			[]string{"ORGANIZATION ДОМ.РФ"}, []string{"FACILITY ДОМ"}},
		// (guard) a domain in lower case is a site
		{"Подробности на сайте кремль.рф сегодня.",
			nil, nil, []string{"ORGANIZATION кремль.рф"}},
		// a committee of a city
		{"Комитет по строительству Санкт-Петербурга выдал разрешение.",
			[][2]string{{"Санкт-Петербурга", "CITY"}},
			[]string{"ORGANIZATION Комитет по строительству Санкт-Петербурга", "ORGANIZATION Комитет по строительству"}, nil},
		{"Комитет по градостроительству и архитектуре согласовал проект.",
			nil, []string{"ORGANIZATION Комитет по градостроительству и архитектуре"}, nil},
		// (guard) a lower-case committee's noun is no name
		{"Он возглавил комитет по строительству в прошлом году.",
			nil, nil, []string{"ORGANIZATION комитет по строительству"}},
		// a branch's acronym listed in a body's name
		{"Председатель комитета Госдумы по строительству и ЖКХ Сергей Пахомов заявил.",
			[][2]string{{"комитета Госдумы по строительству", "ORGANIZATION"}, {"Госдумы", "ORGANIZATION"}},
			[]string{"ORGANIZATION комитета Госдумы по строительству и ЖКХ"}, []string{"ORGANIZATION комитета Госдумы по строительству"}},
		// (guard) another acronym after «и» is another name
		{"Комитет Госдумы по обороне и МВД провели встречу.",
			[][2]string{{"Комитет Госдумы по обороне", "ORGANIZATION"}, {"МВД", "ORGANIZATION"}},
			[]string{"ORGANIZATION Комитет Госдумы по обороне", "ORGANIZATION МВД"}, nil},
		// residents are no people
		{"Жильцам дома выплатят помощь.",
			[][2]string{{"Жильцам", "NATIONALITY"}},
			nil, []string{"NATIONALITY Жильцам"}},
		// (guard) a people stays
		{"Татары отметили праздник.",
			[][2]string{{"Татары", "NATIONALITY"}},
			[]string{"NATIONALITY Татары"}, nil},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
