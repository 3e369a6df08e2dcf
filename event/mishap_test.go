package event

import "testing"

// emergencyCases are the cases of the twenty-first session's accident
// typing (helper emerg21, mishap.go), as twentiethCases. (The dateline's
// day that a typed accident takes: TestNewsS21emerg21, pipeline.)
var emergencyCases = []ruleCase{
	{name: "a collision of vehicles is an accident",
		text: "В Котельниковском районе произошло столкновение поезда с грузовиком.",
		ents: []ent{{"столкновение поезда с грузовиком", "EVENT", ""}},
		want: "ACCIDENT(столкновение поезда с грузовиком) date= place= []"},
	{name: "(guard) a clash with the police is none",
		text: "В городе произошли столкновения демонстрантов с полицией.",
		ents: []ent{{"столкновения демонстрантов с полицией", "EVENT", ""}},
		want: "OTHER(столкновения демонстрантов с полицией) date= place= []"},
	{name: "a train off the rails",
		text: "Пассажирский поезд сошел с рельсов.",
		ents: []ent{{"сошел с рельсов", "EVENT", ""}},
		want: "ACCIDENT(сошел с рельсов) date= place= []"},
	{name: "(guard) «сойти» of no rails",
		text: "Пассажиры сошли на станции.",
		ents: []ent{{"сошли", "EVENT", ""}},
		want: "OTHER(сошли) date= place= []"},
	{name: "an explosion of gas is an accident, and so is the explosion told again",
		text: "Три человека погибли при взрыве газа в жилом доме. Взрыв прогремел утром.",
		ents: []ent{{"взрыве", "EVENT", ""}, {"Взрыв", "EVENT", ""}},
		want: "DEATH(погибли) date= place= []\nACCIDENT(взрыве) date= place= []"},
	{name: "(guard) an explosion of a bomb is an attack",
		text: "В результате взрыва бомбы погибли три человека.",
		ents: []ent{{"взрыва", "EVENT", ""}},
		want: "ATTACK(взрыва) date= place= []\nDEATH(погибли) date= place= []"},
	{name: "an emergency landing",
		text: "Самолет совершил экстренную посадку в Новосибирске.",
		ents: []ent{{"экстренную посадку", "EVENT", ""}},
		want: "ACCIDENT(экстренную посадку) date= place= []"},
	{name: "a ship sunk",
		text: "Рыболовецкое судно затонуло в Охотском море.",
		ents: []ent{{"затонуло", "EVENT", ""}},
		want: "ACCIDENT(затонуло) date= place= []"},
}

// TestEmergency runs emergencyCases.
func TestEmergency(t *testing.T) { runRuleCases(t, emergencyCases) }
