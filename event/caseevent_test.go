package event

import "testing"

// caseEventCases are the cases of caseUndated (eventobject.go;
// twenty-first session, helper ev21).
var caseEventCases = []ruleCase{
	{name: "the arrest a case is about takes no date the sentence names before it",
		text: "Путин уволил 13 июня 2019 года двух генералов, причастных к делу об аресте журналиста.",
		ents: []ent{{"Путин", "PERSON", ""}, {"13 июня 2019 года", "DATE", "2019-06-13"}, {"аресте", "EVENT", ""}},
		want: "DISMISSAL(уволил) date=2019-06-13 place= [agent=Путин, time=13 июня 2019 года]\n" +
			"ARREST(аресте) date= place= []"}, // before: ARREST date=2019-06-13
	{name: "(guard) a time named after it keeps its date",
		text: "Полиция задержала пять человек по делу о перестрелке, в результате которой 28 апреля погибли двое.",
		ents: []ent{{"Полиция", "ORGANIZATION", ""}, {"перестрелке", "EVENT", ""}, {"28 апреля", "DATE", "XXXX-04-28"}},
		// (the arrest's time from the relative clause is an error left)
		want: "ARREST(задержала) date=XXXX-04-28 place= [agent=Полиция, time=28 апреля]\n" +
			"ATTACK(перестрелке) date=XXXX-04-28 place= [time=28 апреля]\n" +
			"DEATH(погибли) date=XXXX-04-28 place= [time=28 апреля]"},
}

func TestCaseEvent(t *testing.T) { runRuleCases(t, caseEventCases) }
