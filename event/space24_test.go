package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// space24Cases are the cases of the twenty-fourth session's rules of
// helper space24: an accident told by its context (mishap.go) placed by
// the sentence's locative place over a destination the relations gave,
// and a FACILITY in apposition to a noun in the locative.
var space24Cases = []ruleCase{
	{name: "a landing placed where it happened, not at the flight's destination",
		text: "Самолет, выполнявший рейс из Новосибирска в Москву, совершил экстренную посадку в Самаре.",
		ents: []ent{{"Новосибирска", "CITY", ""}, {"Москву", "CITY", ""}, {"экстренную посадку", "EVENT", ""}, {"Самаре", "CITY", ""}},
		rels: []doc.Relation{{Head: "E3", Type: "TAKES_PLACE_IN", Tail: "E2"}},
		want: "ACCIDENT(экстренную посадку) date= place=Самаре [place=Самаре]"},
	{name: "an airport in apposition to «аэропорту»",
		text: "Самолет, выполнявший рейс из Новосибирска в Москву, совершил экстренную посадку в аэропорту Толмачево.",
		ents: []ent{{"Новосибирска", "CITY", ""}, {"Москву", "CITY", ""}, {"экстренную посадку", "EVENT", ""}, {"Толмачево", "FACILITY", ""}},
		rels: []doc.Relation{{Head: "E3", Type: "TAKES_PLACE_IN", Tail: "E2"}},
		want: "ACCIDENT(экстренную посадку) date= place=Толмачево [place=Толмачево]"},
	{name: "(guard) the relations' place the sentence names after «в» stays",
		text: "Самолет совершил экстренную посадку в Самаре после вылета из Москвы.",
		ents: []ent{{"экстренную посадку", "EVENT", ""}, {"Самаре", "CITY", ""}, {"Москвы", "CITY", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "TAKES_PLACE_IN", Tail: "E2"}},
		want: "ACCIDENT(экстренную посадку) date= place=Самаре [place=Самаре]"},
}

// TestSpace24 runs space24Cases.
func TestSpace24(t *testing.T) { runRuleCases(t, space24Cases) }
