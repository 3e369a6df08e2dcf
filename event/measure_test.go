package event

import "testing"

// measureCases: a court's measure told by «избрать» or «объявить» is no
// election and no statement (courtMeasure).
var measureCases = []ruleCase{
	{name: "a measure of restraint chosen",
		text: "Суд избрал в отношении Хотина меру пресечения в виде заключения под стражу.",
		want: ""}, // before: ELECTION(избрал)
	{name: "put on the wanted list",
		text: "Бизнесмен объявлен в международный розыск.",
		want: ""}, // before: STATEMENT(объявлен)
	{name: "(guard) a chairman elected stays an election",
		text: "Совет директоров избрал председателем Ивана Петрова.",
		want: "ELECTION(избрал) date= place= []"},
	{name: "(guard) a statement stays",
		text: "Компания объявила о новых мерах поддержки.",
		want: "STATEMENT(объявила) date= place= []"},
}

func TestCourtMeasure(t *testing.T) { runRuleCases(t, measureCases) }
