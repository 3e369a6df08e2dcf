package refine

import "testing"

func TestPeriodDates(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		{"Во втором квартале компания увеличила выпуск стали.", [][2]string{{"втором", "ORDINAL"}},
			[]string{"DATE Во втором квартале"}, []string{"ORDINAL втором"}},
		{"Прибыль за первое полугодие 2025 года выросла.", [][2]string{{"первое", "ORDINAL"}, {"2025 года", "DATE"}},
			[]string{"DATE за первое полугодие 2025 года"}, []string{"ORDINAL первое", "DATE 2025 года"}},
		{"В III квартале прошлого года выручка упала.", nil, []string{"DATE В III квартале прошлого года"}, nil},
		{"За январь-март 15 июля комбинат выплавил 2 млн тонн.", [][2]string{{"январь-март", "CITY"}},
			[]string{"DATE За январь-март"}, []string{"CITY январь-март"}},
		{"В июле-сентябре и 3 августа цены росли.", nil, []string{"DATE В июле-сентябре"}, nil},
		// a DATE there already stays; a quarter of a town, not of a year
		{"В первом квартале 2026 года добыча выросла.", [][2]string{{"В первом квартале 2026 года", "DATE"}},
			[]string{"DATE В первом квартале 2026 года"}, []string{"DATE В первом квартале"}},
		{"Дом стоит в новом квартале города.", nil, nil, []string{"DATE в новом квартале"}},
		{"Во втором квартале Саранска открыли школу.", nil, nil, []string{"DATE Во втором квартале"}},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, r.periodDates)
	}
}
