package event

import "testing"

// transportCases are the cases of the twenty-second session's transport
// news (helper transport22), as twentiethCases.
var transportCases = []ruleCase{
	{name: "a carrier's extra trains are no appointment",
		text: "Перевозчик с 1 апреля назначит четыре дополнительных поезда между Москвой и Казанью.",
		ents: []ent{{"Перевозчик", "PROFESSION", ""}, {"назначит", "EVENT", ""}},
		want: "OTHER(назначит) date= place= []"},
	{name: "(guard) a minister appointed is one",
		text: "Президент назначил Андрея Никитина министром транспорта.",
		ents: []ent{{"назначил", "EVENT", ""}, {"Андрея Никитина", "PERSON", ""}},
		want: "APPOINTMENT(назначил) date= place= [participant=Андрея Никитина]"},
}

// TestTransport runs transportCases.
func TestTransport(t *testing.T) { runRuleCases(t, transportCases) }
