package refine

import "testing"

// TestClubNames pins placeQuotedNames and federationNames (twenty-first
// session, helper sport21), each rule run alone over the recognizer's
// mentions.
func TestClubNames(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	quoted := []ruleCase{
		// a club after its town's adjective, and its quoted repeat in a headline
		{"«Авангард» обыграл СКА. Омский «Авангард» победил в овертайме.",
			[][2]string{{"Авангард", "EVENT"}, {"Омский", "CITY"}},
			[]string{"ORGANIZATION Авангард", "CITY Омский"}, []string{"EVENT Авангард"}},
		{"Гол забил форвард мадридского «Реала».",
			[][2]string{{"мадридского", "CITY"}, {"Реала", "WORK_OF_ART"}},
			[]string{"ORGANIZATION Реала"}, []string{"WORK_OF_ART Реала"}},
		// (guard) a lower-case word in quotes is no name
		{"Аризонский «стрелок» предстал перед судом.",
			[][2]string{{"Аризонский", "STATE_OR_PROVINCE"}},
			nil, []string{"ORGANIZATION стрелок"}},
		// (guard) no place's adjective before the quotes; a product stays
		{"Советский «Буран» совершил полёт.",
			[][2]string{{"Советский", "COUNTRY"}, {"Буран", "PRODUCT"}},
			[]string{"PRODUCT Буран"}, []string{"ORGANIZATION Буран"}},
		{"Новый «Буран» показали на выставке.",
			[][2]string{{"Буран", "EVENT"}},
			[]string{"EVENT Буран"}, []string{"ORGANIZATION Буран"}},
	}
	for _, tt := range quoted {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, r.placeQuotedNames)
	}
	federations := []ruleCase{
		// a sport named by an event noun, read as an event
		{"Елена Вяльбе переизбрана президентом Федерации лыжных гонок России.",
			[][2]string{{"Федерации", "COUNTRY"}, {"гонок России", "EVENT"}, {"гонок", "EVENT"}, {"России", "COUNTRY"}},
			[]string{"ORGANIZATION Федерации лыжных гонок России", "COUNTRY России"}, []string{"EVENT гонок России", "EVENT гонок", "COUNTRY Федерации"}},
		{"Федерация фигурного катания на коньках России опубликовала состав.",
			[][2]string{{"Федерация фигурного катания", "ORGANIZATION"}, {"России", "COUNTRY"}},
			[]string{"ORGANIZATION Федерация фигурного катания на коньках России"}, []string{"ORGANIZATION Федерация фигурного катания"}},
		// (guard) the country, with no sport after it; a verb after «Федерации»
		{"Президент Российской Федерации подписал указ. Совет Федерации одобрил закон России.",
			[][2]string{{"Российской Федерации", "COUNTRY"}, {"Совет Федерации", "ORGANIZATION"}, {"России", "COUNTRY"}},
			[]string{"COUNTRY Российской Федерации", "ORGANIZATION Совет Федерации"}, []string{"ORGANIZATION Федерации одобрил закон России"}},
	}
	for _, tt := range federations {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, r.federationNames)
	}
}
