package event

import "testing"

// goodsCases: «прибыть» of goods is a shipment, no visit (goodsArrive).
var goodsCases = []ruleCase{
	{name: "goods before the verb",
		text: "Груз прибыл из Японии.",
		ents: []ent{{"Японии", "COUNTRY", ""}},
		want: ""}, // before: VISIT(прибыл) place=Япония
	{name: "goods after the verb",
		text: "В порт прибыла партия зерна.",
		want: ""},
	{name: "a delegation arriving stays a visit",
		text: "Делегация прибыла в Токио.",
		ents: []ent{{"Токио", "CITY", ""}},
		want: "VISIT(прибыла) date= place=Токио [place=Токио]"},
}

func TestGoods(t *testing.T) { runRuleCases(t, goodsCases) }
