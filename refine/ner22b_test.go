package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestNer22b pins the rules of the twenty-second session's helper ner22b
// (islandRegion, museumName, brandProduct, plusName, continentAdjectiveStates,
// listedNames, the month adjective's DATE in organizationRepeats) through
// the whole Refine.
func TestNer22b(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// an island that is a region, and its adjective, read as towns
		{"Губернатор посетил Сахалин. Угрозы нет, заявили в Сахалинском центре цунами.",
			[][2]string{{"Сахалин", "CITY"}, {"Сахалинском центре цунами", "ORGANIZATION"}, {"Сахалинском", "CITY"}},
			[]string{"STATE_OR_PROVINCE Сахалин", "STATE_OR_PROVINCE Сахалинском"}, []string{"CITY Сахалин", "CITY Сахалинском"}},
		// (guard) a town stays a town, the island after «остров» a LOCATION
		{"Губернатор посетил Корсаков и остров Сахалин.",
			[][2]string{{"Корсаков", "CITY"}, {"Сахалин", "CITY"}},
			[]string{"CITY Корсаков", "LOCATION Сахалин"}, nil},
		// a museum read as a town
		{"Выставка открылась в Эрмитаже.",
			[][2]string{{"Эрмитаже", "CITY"}},
			[]string{"ORGANIZATION Эрмитаже"}, []string{"CITY Эрмитаже"}},
		// (guard) a town of another name
		{"Выставка открылась в Ереване.",
			[][2]string{{"Ереване", "CITY"}},
			[]string{"CITY Ереване"}, nil},
		// a brand after «марки» with the thing before it is a product
		{"Цена нефти марки Brent выросла.",
			[][2]string{{"Brent", "ORGANIZATION"}},
			[]string{"PRODUCT Brent"}, []string{"ORGANIZATION Brent"}},
		// a benchmark grade of crude oil with no «марки», or after it in
		// another case than the genitive
		{"Российская нефть Urals подорожала, фьючерсы на нефть марки Brent тоже.",
			[][2]string{{"Urals", "ORGANIZATION"}, {"Brent", "ORGANIZATION"}},
			[]string{"PRODUCT Urals", "PRODUCT Brent"}, nil},
		// (guard) the face of a brand is the company's
		{"Она стала лицом марки Dior.",
			[][2]string{{"Dior", "ORGANIZATION"}},
			[]string{"ORGANIZATION Dior"}, nil},
		// a «+» written right after an organization's name is the name's
		{"Страны ОПЕК+ договорились о добыче.",
			[][2]string{{"ОПЕК", "ORGANIZATION"}},
			[]string{"ORGANIZATION ОПЕК+"}, []string{"ORGANIZATION ОПЕК"}},
		// (guard) not a «+» between two words
		{"Соглашение ОПЕК+Россия продлено.",
			[][2]string{{"ОПЕК", "ORGANIZATION"}},
			[]string{"ORGANIZATION ОПЕК"}, nil},
		// the states of the Americas are no США, and their organization's
		// full name is found
		{"Наблюдатели Организации американских государств не зафиксировали нарушений.",
			[][2]string{{"американских", "COUNTRY"}},
			[]string{"ORGANIZATION Организации американских государств"}, []string{"COUNTRY американских"}},
		// (guard) American troops are the United States'
		{"Колонна американских военных вошла в город.",
			[][2]string{{"американских", "COUNTRY"}},
			[]string{"COUNTRY американских"}, nil},
		// a city of two words the recognizer left out
		{"Рейсы в Сочи и Минеральные Воды отменены. Аэропорт Минеральных Вод закрыт.",
			[][2]string{{"Сочи", "CITY"}},
			[]string{"CITY Минеральные Воды", "CITY Минеральных Вод"}, nil},
		// (guard) the same words in lower case are no city
		{"Минеральные воды Кавказа известны давно.",
			[][2]string{{"Кавказа", "LOCATION"}},
			nil, []string{"CITY Минеральные воды"}},
		// a month's adjective opening a sentence, read as a date, where the
		// document names the organization elsewhere
		{"Октябрьская железная дорога сообщила о задержках. Начальник Октябрьской железной дороги прибыл на место.",
			[][2]string{{"Октябрьская", "DATE"}, {"Октябрьской железной дороги", "ORGANIZATION"}},
			[]string{"ORGANIZATION Октябрьская железная дорога"}, []string{"DATE Октябрьская"}},
		// (guard) a revolution's month stays a date
		{"Участники Октябрьской революции эмигрировали. Октябрьская революция изменила страну.",
			[][2]string{{"Октябрьской", "DATE"}, {"Октябрьская", "DATE"}},
			[]string{"DATE Октябрьская"}, nil},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}

// TestMonthDatesInNames pins monthDatesInNames.
func TestMonthDatesInNames(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	rule := func(_ []rune, _ []doc.Sentence, ms []doc.Mention) []doc.Mention { return r.monthDatesInNames(ms) }
	cases := []ruleCase{
		// a month's adjective nested at the start of a railway's name
		{"Об этом сообщила пресс-служба Октябрьской железной дороги.",
			[][2]string{{"Октябрьской железной дороги", "ORGANIZATION"}, {"Октябрьской", "DATE"}},
			[]string{"ORGANIZATION Октябрьской железной дороги"}, []string{"DATE Октябрьской"}},
		// (guard) in a revolution's name it stays
		{"Это было после Октябрьской революции.",
			[][2]string{{"Октябрьской революции", "EVENT"}, {"Октябрьской", "DATE"}},
			[]string{"DATE Октябрьской"}, nil},
	}
	for _, tt := range cases {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, rule)
	}
}
