package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestDefense22 pins the rules of the defence-industry news of the
// twenty-second session (deviceStation, exhibitSubject, the listed name in
// codeAfterProduct, the town after «подмосковный» in lowerAdjectiveStart,
// townAdjectiveOpenings, weaponKinds, procurements, initialsSurname, eventStems, the research institutes' acronyms of institutions and extendComplements) through the whole Refine.
func TestDefense22(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// a radar or sonar station's quoted name is a product
		{"Институт испытал радиолокационную станцию «Ниобий-М» и гидроакустическую станцию «Минотавр».",
			[][2]string{{"Ниобий-М", "FACILITY"}, {"Минотавр", "FACILITY"}},
			[]string{"PRODUCT Ниобий-М", "PRODUCT Минотавр"}, nil},
		// (guard) a station of another kind stays a facility
		{"Поезд остановился у станции «Водный стадион», а космонавты вернулись с орбитальной станции «Мир».",
			[][2]string{{"Водный стадион", "FACILITY"}, {"Мир", "FACILITY"}},
			[]string{"FACILITY Водный стадион", "FACILITY Мир"}, nil},
		// a Latin name after an exhibition of arms is the exhibition's
		{"Компания покажет технику на выставке вооружений IDEX-2025 и на салоне вооружений и военной техники ADEX-2024.",
			[][2]string{{"IDEX-2025", "PRODUCT"}, {"ADEX-2024", "ORGANIZATION"}},
			[]string{"EVENT IDEX-2025", "EVENT ADEX-2024"}, nil},
		// (guard) the maker of arms named after them is no exhibition
		{"Спрос на поставки вооружений Lockheed Martin вырос.",
			[][2]string{{"Lockheed Martin", "ORGANIZATION"}},
			[]string{"ORGANIZATION Lockheed Martin"}, nil},
		// a name listed after a model code under a product noun
		{"Министр осмотрел производство вертолетов Ми-8АМТШ и Ансат.",
			[][2]string{{"Ми-8АМТШ", "PRODUCT"}, {"Ансат", "ORGANIZATION"}},
			[]string{"PRODUCT Ансат"}, nil},
		// (guard) with no product noun before the code it stays
		{"Контракт заключили Су-35 и Ростех.",
			[][2]string{{"Ростех", "ORGANIZATION"}},
			[]string{"ORGANIZATION Ростех"}, nil},
		// the town after «подмосковный», read with it as a region
		{"Форум прошел в подмосковной Кубинке.",
			[][2]string{{"подмосковной Кубинке", "STATE_OR_PROVINCE"}},
			[]string{"CITY Кубинке"}, []string{"STATE_OR_PROVINCE Кубинке"}},
		// (guard) a region after another adjective stays a region
		{"Завод построят в соседней Калужской области.",
			[][2]string{{"соседней Калужской области", "STATE_OR_PROVINCE"}},
			[]string{"STATE_OR_PROVINCE Калужской области"}, nil},
		// a town's adjective that opens a plant's name is the town
		{"Ульяновский механический завод нарастил выпуск.",
			[][2]string{{"Ульяновский механический завод", "ORGANIZATION"}, {"Ульяновский", "STATE_OR_PROVINCE"}},
			[]string{"CITY Ульяновский"}, nil},
		// (guard) a region's body keeps its region
		{"Депутаты Брянской областной думы собрались.",
			[][2]string{{"Брянской областной думы", "ORGANIZATION"}, {"Брянской", "STATE_OR_PROVINCE"}},
			[]string{"STATE_OR_PROVINCE Брянской"}, nil},
		// (guard) a region's adjective stays a region
		{"Татарский нефтяной институт открылся.",
			[][2]string{{"Татарский нефтяной институт", "ORGANIZATION"}, {"Татарский", "STATE_OR_PROVINCE"}},
			[]string{"STATE_OR_PROVINCE Татарский"}, nil},
		// a kind of weapon's acronym alone is no organization
		{"Институт испытал новую РЛС и показал ЗРК.",
			[][2]string{{"РЛС", "ORGANIZATION"}, {"ЗРК", "ORGANIZATION"}},
			nil, []string{"ORGANIZATION РЛС", "ORGANIZATION ЗРК"}},
		// (guard) an organization's acronym stays
		{"Институт входит в КТРВ.",
			[][2]string{{"КТРВ", "ORGANIZATION"}},
			[]string{"ORGANIZATION КТРВ"}, nil},
		// a research institute's acronym runs over its genitive phrases after
		// its place's adjective and at a sentence's start
		{"Новосибирский НИИ измерительных приборов испытал станцию. ЦНИИ точного машиностроения разработал автомат.",
			[][2]string{{"Новосибирский НИИ", "ORGANIZATION"}, {"Новосибирский", "CITY"}, {"ЦНИИ", "ORGANIZATION"}},
			[]string{"ORGANIZATION Новосибирский НИИ измерительных приборов", "ORGANIZATION ЦНИИ точного машиностроения"},
			[]string{"ORGANIZATION Новосибирский НИИ", "ORGANIZATION ЦНИИ"}},
		// (guard) an acronym of another kind stays as it is
		{"МВД крупных городов отчиталось.",
			[][2]string{{"МВД", "ORGANIZATION"}},
			[]string{"ORGANIZATION МВД"}, []string{"ORGANIZATION МВД крупных городов"}},
		// a state's order of arms is no event
		{"Министр проверил выполнение гособоронзаказа.",
			[][2]string{{"гособоронзаказа", "EVENT"}},
			nil, []string{"EVENT гособоронзаказа"}},
		// (guard) a meeting on it is
		{"Министр провел совещание по гособоронзаказу.",
			[][2]string{{"совещание", "EVENT"}},
			[]string{"EVENT совещание"}, nil},
		// initials alone run over the surname after them, a common noun too
		{"Бюро имени А.Я. Березняка выпускает ракеты.",
			[][2]string{{"А.Я.", "PERSON"}},
			[]string{"PERSON А.Я. Березняка"}, []string{"PERSON А.Я."}},
		// (guard) not over a word in Latin letters nor an acronym
		{"Письмо подписал А.Я. NASA ответило.",
			[][2]string{{"А.Я.", "PERSON"}},
			[]string{"PERSON А.Я."}, nil},
		// a recurring event's name without the year of the edition named
		{"Авиасалон МАКС-2025 пройдет в Жуковском. Предыдущий МАКС прошел в 2021 году.",
			[][2]string{{"МАКС-2025", "EVENT"}, {"Жуковском", "CITY"}, {"МАКС", "ORGANIZATION"}},
			[]string{"EVENT МАКС"}, []string{"ORGANIZATION МАКС"}},
		// (guard) with no such edition it stays
		{"Предыдущий МАКС прошел в 2021 году, а «Ростех-2030» стал стратегией.",
			[][2]string{{"МАКС", "ORGANIZATION"}, {"Ростех-2030", "PRODUCT"}},
			[]string{"ORGANIZATION МАКС"}, nil},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
