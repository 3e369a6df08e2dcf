package event

import "testing"

// caseEventCases are the cases of caseUndated (eventobject.go) and
// nounsClause (event.go; twenty-first session, helper ev21).
var caseEventCases = []ruleCase{
	{name: "the arrest a case is about takes no date the sentence names before it",
		text: "Путин уволил 13 июня 2019 года двух генералов, причастных к делу об аресте журналиста.",
		ents: []ent{{"Путин", "PERSON", ""}, {"13 июня 2019 года", "DATE", "2019-06-13"}, {"аресте", "EVENT", ""}},
		want: "DISMISSAL(уволил) date=2019-06-13 place= [agent=Путин, time=13 июня 2019 года]\n" +
			"ARREST(аресте) date= place= []"}, // before: ARREST date=2019-06-13
	{name: "(guard) a time named after it keeps its date",
		text: "Полиция задержала пять человек по делу о перестрелке, в результате которой 28 апреля погибли двое.",
		ents: []ent{{"Полиция", "ORGANIZATION", ""}, {"перестрелке", "EVENT", ""}, {"28 апреля", "DATE", "XXXX-04-28"}},
		// (before nounsClause: ARREST date=XXXX-04-28 with time=28 апреля, the
		// relative clause's of the shootout)
		want: "ARREST(задержала) date= place= [agent=Полиция]\n" +
			"ATTACK(перестрелке) date=XXXX-04-28 place= [time=28 апреля]\n" +
			"DEATH(погибли) date=XXXX-04-28 place= [time=28 апреля]"},
	{name: "(guard) a relative clause of a noun that is no event stays the verb's",
		text: "Полиция задержала пять человек в Гаваре, в центре которого 28 апреля прошла перестрелка.",
		ents: []ent{{"Полиция", "ORGANIZATION", ""}, {"Гаваре", "CITY", ""}, {"28 апреля", "DATE", "XXXX-04-28"}, {"перестрелка", "EVENT", ""}},
		// (as before: nounsClause cuts the clause only at an event noun's relative)
		want: "ARREST(задержала) date=XXXX-04-28 place=Гаваре [agent=Полиция, time=28 апреля, place=Гаваре]\n" +
			"ATTACK(перестрелка) date=XXXX-04-28 place= [time=28 апреля]"},
}

func TestCaseEvent(t *testing.T) { runRuleCases(t, caseEventCases) }
