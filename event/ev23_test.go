package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// ev23Cases are the cases of the twenty-third session's rules of helper
// ev23, each with a guard it must not fire on.
var ev23Cases = []ruleCase{
	{name: "the lead's day replaces the headline's year (yeardated.go)",
		text: "Белоусов вручил награды на форуме «Армия-2024»\n\nМинистр обороны Андрей Белоусов во вторник вручил награды конструкторам.",
		ents: []ent{{"вручил награды", "EVENT", ""}, {"2024", "DATE", "2024"}, {"Андрей Белоусов", "PERSON", ""}, {"во вторник", "DATE", "2024-08-13"}},
		rels: []doc.Relation{{Head: "E1", Type: "POINT_IN_TIME", Tail: "E2"}},
		want: "AWARD(вручил награды) date=2024-08-13 place= [time=во вторник]"}, // (was date=2024, time=2024)
	{name: "(guard) a day of another year is another event",
		text: "Белоусов вручил награды на форуме «Армия-2024»\n\nМинистр обороны Андрей Белоусов во вторник вручил награды конструкторам.",
		ents: []ent{{"вручил награды", "EVENT", ""}, {"2024", "DATE", "2024"}, {"Андрей Белоусов", "PERSON", ""}, {"во вторник", "DATE", "2025-08-12"}},
		rels: []doc.Relation{{Head: "E1", Type: "POINT_IN_TIME", Tail: "E2"}},
		want: "AWARD(вручил награды) date=2024 place= [time=2024]"},
}

// TestEv23 runs ev23Cases.
func TestEv23(t *testing.T) { runRuleCases(t, ev23Cases) }
