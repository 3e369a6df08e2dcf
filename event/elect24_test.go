package event

import "testing"

// elect24Cases are the cases of the twenty-fourth session's rules of
// helper elect24 (election news), each with a guard it must not fire on.
var elect24Cases = []ruleCase{
	{name: "topping a party's list is no appointment (topped.go)",
		text: "Федеральную часть списка возглавили министр Сергей Шойгу и глава МИД Сергей Лавров.",
		ents: []ent{{"Сергей Шойгу", "PERSON", ""}, {"Сергей Лавров", "PERSON", ""}},
		want: ""}, // (was APPOINTMENT(возглавили) agent=Сергей Шойгу agent=Сергей Лавров)
	{name: "topping a chart, an EVENT mention, is no appointment (topped.go)",
		text: "Сингл возглавил британский чарт.",
		ents: []ent{{"возглавил", "EVENT", ""}},
		want: "OTHER(возглавил) date= place= []"}, // (was APPOINTMENT)
	{name: "(guard) heading a ministry is",
		text: "Министерство возглавил Сергей Лавров.",
		ents: []ent{{"Министерство", "ORGANIZATION", ""}, {"Сергей Лавров", "PERSON", ""}},
		want: "APPOINTMENT(возглавил) date= place= [agent=Министерство, object=Сергей Лавров]"}, // (roles without the relations of the pipeline)
}

// TestElect24 runs elect24Cases.
func TestElect24(t *testing.T) { runRuleCases(t, elect24Cases) }
