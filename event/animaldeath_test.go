package event

import "testing"

// ecologyCases are the cases of the twenty-fifth session's rule for news
// of ecology (helper eco25, animaldeath.go), as emergencyCases.
var ecologyCases = []ruleCase{
	{name: "the death of fish is no person's death",
		text: "Массовая гибель рыбы зафиксирована в реке Миасс.",
		ents: []ent{{"Массовая гибель", "EVENT", ""}},
		want: "OTHER(Массовая гибель) date= place= []"},
	{name: "an adjective between",
		text: "Экологи сообщили о гибели краснокнижных птиц на озере.",
		ents: []ent{{"гибели", "EVENT", ""}},
		want: "OTHER(гибели) date= place= []"},
	{name: "(guard) the death of people is a death",
		text: "Гибель людей при пожаре стала причиной проверки.",
		ents: []ent{{"Гибель", "EVENT", ""}},
		want: "DEATH(Гибель) date= place= []"},
	{name: "(guard) a death with no genitive after it",
		text: "Его гибель потрясла всех.",
		ents: []ent{{"гибель", "EVENT", ""}},
		want: "DEATH(гибель) date= place= []"},
	{name: "access to routes limited is no visit",
		text: "Национальный парк ограничит посещение туристических маршрутов.",
		ents: nil,
		want: ""},
	{name: "a ban on visiting a country is no visit",
		text: "Суд учел ее подпись под документом о запрете на посещение Израиля.",
		ents: nil,
		want: ""},
	{name: "(guard) a visit held is a visit",
		text: "Посещение завода президентом состоялось в пятницу.",
		ents: nil,
		want: "VISIT(Посещение) date= place= []"},
}

// TestEcologyEvents runs ecologyCases.
func TestEcologyEvents(t *testing.T) { runRuleCases(t, ecologyCases) }
