package event

import "testing"

// delayCases: «задержать» of a flight, a train or a payment is a delay, no
// arrest (delayed).
var delayCases = []ruleCase{
	{name: "a flight delayed, the verb a recognizer's mention",
		text: "Рейс Москва – Сочи задержали на три часа.",
		ents: []ent{{"Москва", "CITY", ""}, {"Сочи", "CITY", ""}, {"задержали", "EVENT", ""}},
		want: "OTHER(задержали) date= place= []"}, // before: ARREST
	{name: "departures delayed, the verb alone",
		text: "В аэропорту задержали вылет 12 рейсов.",
		want: ""}, // before: ARREST(задержали)
	{name: "a train delayed",
		text: "Поезд задержали из-за снегопада.",
		want: ""},
	{name: "a driver detained stays an arrest",
		text: "Полиция задержала водителя автобуса.",
		want: "ARREST(задержала) date= place= []"},
	{name: "a man detained on a train stays an arrest",
		text: "В поезде задержали мужчину с оружием.",
		want: "ARREST(задержали) date= place= []"},
}

func TestDelay(t *testing.T) { runRuleCases(t, delayCases) }
