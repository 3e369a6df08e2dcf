package event

import "testing"

// escortCases are the cases of accompanied (escort.go; twenty-first
// session, helper ev21).
var escortCases = []ruleCase{
	{name: "those who accompany the guest take part in the visit",
		text: "Министр Иван Петров посетил завод «Купол». Министра сопровождали губернатор Петр Иванов и директор Олег Сидоров.",
		ents: []ent{{"Иван Петров", "PERSON", ""}, {"Купол", "ORGANIZATION", ""}, {"Петр Иванов", "PERSON", ""}, {"Олег Сидоров", "PERSON", ""}},
		want: "VISIT(посетил) date= place=Купол [agent=Иван Петров, place=Купол, participant=Петр Иванов, participant=Олег Сидоров]"},
	{name: "so do those who accompany «его»",
		text: "Министр Иван Петров посетил завод «Купол». Его сопровождал губернатор Петр Иванов.",
		ents: []ent{{"Иван Петров", "PERSON", ""}, {"Купол", "ORGANIZATION", ""}, {"Петр Иванов", "PERSON", ""}},
		want: "VISIT(посетил) date= place=Купол [agent=Иван Петров, place=Купол, participant=Петр Иванов]"},
	{name: "(guard) a possessive «его» after the verb names no one accompanied",
		text: "Министр Иван Петров посетил завод «Купол». В поездках сопровождал его сын Петр Иванов.",
		ents: []ent{{"Иван Петров", "PERSON", ""}, {"Купол", "ORGANIZATION", ""}, {"Петр Иванов", "PERSON", ""}},
		want: "VISIT(посетил) date= place=Купол [agent=Иван Петров, place=Купол]"},
}

func TestEscort(t *testing.T) { runRuleCases(t, escortCases) }
