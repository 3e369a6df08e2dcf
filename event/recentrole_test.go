package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// roleCases are the cases of the twenty-second session's role phrases in a
// verb's subject (helper ev22, recentrole.go).
var roleCases = []ruleCase{
	{name: "a bare post several hold names the one the sentence before named",
		text: "Министр обороны Иван Петров выступил на форуме. Министр финансов Петр Сидоров прибыл в Казань. Министр подписал соглашение.",
		ents: []ent{{"Министр обороны", "PROFESSION", ""}, {"Иван Петров", "PERSON", ""}, {"Министр финансов", "PROFESSION", ""}, {"Петр Сидоров", "PERSON", ""}},
		rels: []doc.Relation{{Type: "WORKS_AS", Head: "E2", Tail: "E1"}, {Type: "WORKS_AS", Head: "E4", Tail: "E3"}},
		want: "VISIT(прибыл) date= place= [agent=Петр Сидоров]\nSIGNING(подписал) date= place= [agent=Петр Сидоров]"},
	{name: "(guard) the sentence before names neither holder",
		text: "Министр обороны Иван Петров и министр финансов Петр Сидоров выступили на форуме. Делегаты обсудили бюджет. Министр подписал соглашение.",
		ents: []ent{{"Министр обороны", "PROFESSION", ""}, {"Иван Петров", "PERSON", ""}, {"министр финансов", "PROFESSION", ""}, {"Петр Сидоров", "PERSON", ""}},
		rels: []doc.Relation{{Type: "WORKS_AS", Head: "E2", Tail: "E1"}, {Type: "WORKS_AS", Head: "E4", Tail: "E3"}},
		want: "SIGNING(подписал) date= place= []"},
	{name: "a minister and the head of a republic by posts of other names",
		text: "Глава Минпромторга Антон Алиханов и президент Республики Татарстан Рустам Минниханов провели переговоры. Министр и глава республики подписали соглашение.",
		ents: []ent{{"Глава Минпромторга", "PROFESSION", ""}, {"Антон Алиханов", "PERSON", ""}, {"президент Республики Татарстан", "PROFESSION", ""}, {"Рустам Минниханов", "PERSON", ""}},
		rels: []doc.Relation{{Type: "WORKS_AS", Head: "E2", Tail: "E1"}, {Type: "WORKS_AS", Head: "E4", Tail: "E3"}},
		want: "MEETING(переговоры) date= place= [participant=Антон Алиханов, participant=Рустам Минниханов]\nSIGNING(подписали) date= place= [agent=Антон Алиханов, agent=Рустам Минниханов]"},
	{name: "(guard) the head of a city is not the president of a republic",
		text: "Президент Республики Татарстан Рустам Минниханов провел совещание. Глава города подписал соглашение.",
		ents: []ent{{"Президент Республики Татарстан", "PROFESSION", ""}, {"Рустам Минниханов", "PERSON", ""}},
		rels: []doc.Relation{{Type: "WORKS_AS", Head: "E2", Tail: "E1"}},
		want: "MEETING(совещание) date= place= [participant=Рустам Минниханов]\nSIGNING(подписал) date= place= []"},
}

// TestRoles22 runs roleCases.
func TestRoles22(t *testing.T) { runRuleCases(t, roleCases) }
