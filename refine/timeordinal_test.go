package refine

import "testing"

func TestPlaceOrdinalTimes(t *testing.T) {
	tests := []ruleCase{
		{"Авария произошла около 6:30 утра в субботу на 512-м километре трассы.",
			[][2]string{{"около 6:30 утра в субботу на 512-м", "TIME"}, {"512-м", "ORDINAL"}},
			[]string{"TIME около 6:30 утра в субботу", "ORDINAL 512-м"}, []string{"TIME около 6:30 утра в субботу на 512-м"}},
		{"Пожар начался ночью на 5-м этаже.", [][2]string{{"ночью на 5-м", "TIME"}, {"ночью", "TIME"}},
			[]string{"TIME ночью"}, []string{"TIME ночью на 5-м"}},
		// a time of its own ends in the ordinal's noun; a date without «на» stays
		{"Гол забит на 90-й минуте.", [][2]string{{"на 90-й минуте", "TIME"}}, []string{"TIME на 90-й минуте"}, nil},
		{"Выставка откроется 5 мая в 12-м зале.", [][2]string{{"5 мая", "DATE"}}, []string{"DATE 5 мая"}, nil},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, placeOrdinalTimes)
	}
}
