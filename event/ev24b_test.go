package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// ev24bCases are the cases of the twenty-fourth session's rules of helper
// ev24b, each with a guard it must not fire on.
var ev24bCases = []ruleCase{
	{name: "«сложил с себя полномочия» is a dismissal (powers.go)",
		text: "Мэр Иван Петров сложил с себя полномочия.",
		ents: []ent{{"Иван Петров", "PERSON", ""}, {"сложил с себя полномочия", "EVENT", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "AGENT", Tail: "E2"}},
		want: "DISMISSAL(сложил с себя полномочия) date= place= [agent=Иван Петров]"}, // (was OTHER)
	{name: "(guard) powers suspended end no office",
		text: "Суд приостановил полномочия мэра Ивана Петрова.",
		ents: []ent{{"приостановил полномочия", "EVENT", ""}, {"Ивана Петрова", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E2", Type: "PARTICIPANT_IN", Tail: "E1"}},
		want: "OTHER(приостановил полномочия) date= place= [participant=Ивана Петрова]"},
	{name: "an appointment noun of another person is another appointment (befallen)",
		text: "Путин назначил Андрея Белоусова министром обороны. Совет Федерации одобрил назначение Сергея Лаврова министром.",
		ents: []ent{{"Путин", "PERSON", ""}, {"назначил", "EVENT", ""}, {"Андрея Белоусова", "PERSON", ""}, {"Совет Федерации", "ORGANIZATION", ""}, {"назначение", "EVENT", ""}, {"Сергея Лаврова", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E6", Type: "PARTICIPANT_IN", Tail: "E5"}},
		want: "APPOINTMENT(назначил) date= place= [participant=Путин, participant=Андрея Белоусова]\nAPPOINTMENT(назначение) date= place= [participant=Сергея Лаврова]"}, // (the noun joined the first appointment)
	{name: "(guard) the noun of the appointment of the same person joins it",
		text: "Путин назначил Андрея Белоусова министром обороны. Совет Федерации одобрил назначение Андрея Белоусова.",
		ents: []ent{{"Путин", "PERSON", ""}, {"назначил", "EVENT", ""}, {"Андрея Белоусова", "PERSON", ""}, {"Совет Федерации", "ORGANIZATION", ""}, {"назначение", "EVENT", ""}, {"Андрея Белоусова", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E6", Type: "PARTICIPANT_IN", Tail: "E5"}},
		want: "APPOINTMENT(назначил) date= place= [participant=Путин, participant=Андрея Белоусова, participant=Андрея Белоусова]"},
	{name: "a court's sentence is a VERDICT (kinds.go)",
		text: "Суд приговорил Ивана Петрова к шести годам колонии.",
		ents: []ent{{"приговорил", "EVENT", ""}, {"Ивана Петрова", "PERSON", ""}},
		want: "VERDICT(приговорил) date= place= []"}, // (was OTHER)
	{name: "(guard) «осудил нападение» is no ruling",
		text: "Министр Иван Петров осудил нападение на журналистов.",
		ents: []ent{{"Иван Петров", "PERSON", ""}, {"осудил", "EVENT", ""}},
		want: "OTHER(осудил) date= place= []"},
	{name: "(guard) «признал себя виновным» is a plea, no ruling",
		text: "Иван Петров признал себя виновным.",
		ents: []ent{{"Иван Петров", "PERSON", ""}, {"признал себя виновным", "EVENT", ""}},
		want: "OTHER(признал себя виновным) date= place= []"},
	{name: "«одобрил назначение» is an appointment (approved.go)",
		text: "Совет Федерации одобрил назначение Сергея Лаврова.",
		ents: []ent{{"Совет Федерации", "ORGANIZATION", ""}, {"одобрил", "EVENT", ""}, {"Сергея Лаврова", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "AGENT", Tail: "E2"}},
		want: "APPOINTMENT(одобрил) date= place= [agent=Совет Федерации]"}, // (was OTHER)
	{name: "(guard) «одобрил законопроект» stays outside the taxonomy",
		text: "Совет Федерации одобрил законопроект о бюджете.",
		ents: []ent{{"Совет Федерации", "ORGANIZATION", ""}, {"одобрил", "EVENT", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "AGENT", Tail: "E2"}},
		want: "OTHER(одобрил) date= place= [agent=Совет Федерации]"},
	{name: "an agent of the sentence before is dropped beside the sentence's own (ownagent.go)",
		text: "Кая Каллас провела встречу с министрами. ЕС запретил импорт газа.",
		ents: []ent{{"Кая Каллас", "PERSON", ""}, {"встречу", "EVENT", ""}, {"ЕС", "ORGANIZATION", ""}, {"запретил", "EVENT", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "AGENT", Tail: "E2"}, {Head: "E1", Type: "AGENT", Tail: "E4"}, {Head: "E3", Type: "AGENT", Tail: "E4"}},
		want: "MEETING(встречу) date= place= [agent=Кая Каллас]\nBAN(запретил) date= place= [agent=ЕС]"}, // (was agent=Кая Каллас, agent=ЕС)
	{name: "(guard) with no agent of its own the sentence keeps the relation's",
		text: "Кая Каллас провела встречу с министрами. Затем запретили импорт газа.",
		ents: []ent{{"Кая Каллас", "PERSON", ""}, {"встречу", "EVENT", ""}, {"запретили", "EVENT", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "AGENT", Tail: "E2"}, {Head: "E1", Type: "AGENT", Tail: "E3"}},
		want: "MEETING(встречу) date= place= [agent=Кая Каллас]\nBAN(запретили) date= place= [agent=Кая Каллас]"},
}

// TestEv24b runs ev24bCases.
func TestEv24b(t *testing.T) { runRuleCases(t, ev24bCases) }

// TestParticipleDated: a past participle's date after a comma («выборов,
// прошедших 17 сентября») keeps the dateline dating the session told
// after it (it was 2026-09-17); a date of the sentence's own
// («Выборы прошли 17 сентября») moves the story to that day (guard). The
// tagger's features are set by hand (build tokenizes only).
func TestParticipleDated(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lead, feats, date string }{
		{"Комиссия подвела итоги выборов, прошедших 17 сентября.", "Case=Gen|Tense=Past|VerbForm=Part|Voice=Act", "2026-09-21"},
		{"Комиссия подвела итоги выборов, прошедших 17 сентября.", "Number=Plur|Tense=Past|VerbForm=Fin", "2026-09-17"},
	} {
		text := "МОСКВА, 21 сентября. /ТАСС/. " + c.lead + " Об этом на заседании комиссии сообщила Элла Памфилова."
		d := build(t, text, ent{"21 сентября", "DATE", "2026-09-21"}, ent{"выборов", "EVENT", ""}, ent{"17 сентября", "DATE", "2026-09-17"}, ent{"заседании", "EVENT", ""}, ent{"Элла Памфилова", "PERSON", ""})
		tagVerb(d, "прошедших", c.feats)
		tagVerb(d, "сообщила", "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Fin")
		want := "OTHER(выборов) date=2026-09-17 place= []\nSESSION(заседании) date=" + c.date + " place= [participant=Элла Памфилова]"
		if got := describe(d, x.Extract(d)); got != want {
			t.Errorf("%q (%s): got\n%s\nwant\n%s", c.lead, c.feats, got, want)
		}
	}
}
