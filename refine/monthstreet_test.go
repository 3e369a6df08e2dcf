package refine

import "testing"

func TestMonthStreets(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		{"Мужчина напал на прохожих на проспекте Октября вечером в воскресенье.",
			[][2]string{{"Октября", "DATE"}, {"Октября вечером в воскресенье", "TIME"}},
			[]string{"TIME вечером в воскресенье"}, []string{"DATE Октября", "TIME Октября вечером в воскресенье"}},
		{"Пожар произошел на улице Марта.", [][2]string{{"Марта", "DATE"}}, nil, []string{"DATE Марта"}},
		// a date after a street of another name, and a month in lower case
		{"Авария на улице Ленина 3 октября.", [][2]string{{"3 октября", "DATE"}}, []string{"DATE 3 октября"}, nil},
		{"Ремонт площади начнут октября 5.", [][2]string{{"октября 5", "DATE"}}, []string{"DATE октября 5"}, nil},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, r.monthStreets)
	}
}
