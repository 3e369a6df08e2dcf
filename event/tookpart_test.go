package event

import "testing"

// tookPartCases are the cases of tookPartIn (tookpart.go; twenty-first
// session, helper ev21).
var tookPartCases = []ruleCase{
	{name: "«В нем приняли участие» gives the meeting before its parties",
		text: "В Казани прошло совещание. В нем приняли участие Иван Петров и представители компании «Ромашка».",
		ents: []ent{{"Казани", "CITY", ""}, {"Иван Петров", "PERSON", ""}, {"представители компании «Ромашка»", "PROFESSION", ""}, {"компании «Ромашка»", "ORGANIZATION", ""}},
		want: "MEETING(совещание) date= place=Казани [place=Казани, participant=Иван Петров, participant=компании «Ромашка»]"},
	{name: "«В них» points to a plural noun",
		text: "В Москве прошли переговоры. В них приняли участие Иван Петров и Петр Иванов.",
		ents: []ent{{"Москве", "CITY", ""}, {"Иван Петров", "PERSON", ""}, {"Петр Иванов", "PERSON", ""}},
		want: "MEETING(переговоры) date= place=Москве [place=Москве, participant=Иван Петров, participant=Петр Иванов]"},
	{name: "(guard) a pronoun that does not agree points to no event",
		text: "В Москве прошли переговоры. В нем приняли участие Иван Петров и Петр Иванов.",
		ents: []ent{{"Москве", "CITY", ""}, {"Иван Петров", "PERSON", ""}, {"Петр Иванов", "PERSON", ""}},
		want: "MEETING(переговоры) date= place=Москве [place=Москве]"},
	{name: "(guard) taking part in something else adds no party",
		text: "В Казани прошло совещание. Иван Петров принял участие в конкурсе.",
		ents: []ent{{"Казани", "CITY", ""}, {"Иван Петров", "PERSON", ""}},
		want: "MEETING(совещание) date= place=Казани [place=Казани]"},
}

func TestTookPart(t *testing.T) { runRuleCases(t, tookPartCases) }
