package event

import "testing"

// relativeLedCases: «, которое возглавят …» of a meeting or a delegation
// is no appointment (relativeLed); a person so told still is appointed.
var relativeLedCases = []ruleCase{
	{name: "a session a relative clause tells who will chair",
		text: "В мае пройдет заседание подкомиссии по сельскому хозяйству, которое возглавят министры.",
		want: "SESSION(заседание) date= place= []"}, // before: and APPOINTMENT(возглавят)
	{name: "a delegation led",
		text: "Российская делегация, которую возглавит министр энергетики, вылетела в Доху.",
		want: ""}, // before: APPOINTMENT(возглавит)
	{name: "guard: a person who will head a ministry is appointed",
		text: "Глава района Петров, который возглавит министерство, уехал.",
		want: "APPOINTMENT(возглавит) date= place= []"},
}

func TestRelativeLed(t *testing.T) { runRuleCases(t, relativeLedCases) }
