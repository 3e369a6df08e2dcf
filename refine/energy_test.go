package refine

import (
	"slices"
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestEnergyNames runs the rules of the twenty-second session's energy
// helper (powerPlants, quotedTails) on their own.
func TestEnergyNames(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	type rule = func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention
	tests := []struct {
		name string
		rule rule
		text string
		in   [][2]string // mentions: text, type
		want []string    // "TYPE text" of all mentions out
	}{
		{"a power station's acronym with its number after a region's adjective", r.powerPlants,
			"Курская АЭС-2 строится рядом с городом.", [][2]string{{"Курская АЭС-2", "STATE_OR_PROVINCE"}},
			[]string{"FACILITY Курская АЭС-2"}},
		{"the recognizer's split name gives way, the place of the adjective stays", r.powerPlants,
			"Ее эксплуатирует Якутская ГРЭС-2.", [][2]string{{"Якутская", "CITY"}, {"ГРЭС-2", "PRODUCT"}},
			[]string{"FACILITY Якутская ГРЭС-2", "CITY Якутская"}},
		{"a power station written in full", r.powerPlants,
			"Газ пойдет для Белорусской атомной электростанции.", nil,
			[]string{"FACILITY Белорусской атомной электростанции"}},
		{"a compound adjective", r.powerPlants,
			"Саяно-Шушенская ГЭС работает.", [][2]string{{"Саяно-Шушенская", "LOCATION"}},
			[]string{"FACILITY Саяно-Шушенская ГЭС", "LOCATION Саяно-Шушенская"}},
		{"(guard) an organization stays one, as factRuEval tags power stations; its part goes", r.powerPlants,
			"Рабочие Белоярской АЭС провели учения.", [][2]string{{"Белоярской АЭС", "ORGANIZATION"}, {"АЭС", "ORGANIZATION"}},
			[]string{"ORGANIZATION Белоярской АЭС"}},
		{"(guard) a common adjective opening a sentence names no station", r.powerPlants,
			"Новая АЭС заработает в 2030 году.", nil,
			nil},
		{"(guard) nor does a common noun before the kind", r.powerPlants,
			"Строительство АЭС началось.", nil,
			nil},
		{"a refinery so named is an organization", r.powerPlants,
			"Антипинский НПЗ принадлежит группе.", [][2]string{{"Антипинский НПЗ", "FACILITY"}},
			[]string{"ORGANIZATION Антипинский НПЗ"}},
		{"(guard) a word with a dash and letters after the kind is none", r.powerPlants,
			"Курская АЭС-Плюс строится.", nil,
			nil},
		{"a quoted company's name whose last word the recognizer left out", r.quotedTails,
			"«Газпром нефть» приобрела долю.", [][2]string{{"Газпром", "ORGANIZATION"}},
			[]string{"ORGANIZATION Газпром нефть"}},
		{"the shorter name nested in the whole goes", r.quotedTails,
			"Компания «Газпром нефть» приобрела долю.", [][2]string{{"Газпром нефть", "ORGANIZATION"}, {"Газпром", "ORGANIZATION"}},
			[]string{"ORGANIZATION Газпром нефть"}},
		{"(guard) nor a common noun's quoted phrase", r.quotedTails,
			"«Аневризма аорты» — написано в заключении.", [][2]string{{"Аневризма", "ORGANIZATION"}},
			[]string{"ORGANIZATION Аневризма"}},
		{"(guard) a slogan's verb and adverb are no part of a name", r.quotedTails,
			"Они кричали «Исламское государство останется навсегда».", [][2]string{{"Исламское государство", "ORGANIZATION"}},
			[]string{"ORGANIZATION Исламское государство"}},
	}
	for _, tt := range tests {
		if got := ruleOutput(t, tt.rule, tt.text, tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q: got %q, want %q", tt.name, tt.text, got, tt.want)
		}
	}
}
