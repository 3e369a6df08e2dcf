package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// politicsCases are the cases of the twentieth session's politics helper
// (pol20), as nineteenthCases.
var politicsCases = []struct {
	name, text string
	ents       []ent
	rels       []doc.Relation
	want       string
}{
	{name: "who proposed a dismissal takes no part in it",
		text: "Президент Армении Ваагн Хачатурян по представлению премьер-министра Никола Пашиняна освободил от должности министра обороны Сурена Папикяна.",
		ents: []ent{{"Ваагн Хачатурян", "PERSON", ""}, {"премьер-министра", "PROFESSION", ""}, {"Никола Пашиняна", "PERSON", ""}, {"освободил от должности", "EVENT", ""}, {"Сурена Папикяна", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E3", Type: "WORKS_AS", Tail: "E2"}, {Head: "E5", Type: "PARTICIPANT_IN", Tail: "E4"}},
		// (before: participant=Никола Пашиняна too, the post's holder)
		want: "DISMISSAL(освободил от должности) date= place= [participant=Сурена Папикяна]"},
	{name: "(guard) a post's holder as the subject stays",
		text: "Премьер-министр Никол Пашинян освободил от должности министра обороны Сурена Папикяна.",
		ents: []ent{{"Премьер-министр", "PROFESSION", ""}, {"Никол Пашинян", "PERSON", ""}, {"освободил от должности", "EVENT", ""}, {"Сурена Папикяна", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E2", Type: "WORKS_AS", Tail: "E1"}, {Head: "E4", Type: "PARTICIPANT_IN", Tail: "E3"}},
		want: "DISMISSAL(освободил от должности) date= place= [participant=Сурена Папикяна, participant=Никол Пашинян]"},
	{name: "leaving a post is a dismissal",
		text: "Лидер оппозиции Хан Дон Хун объявил об уходе с поста председателя партии.",
		ents: []ent{{"Хан Дон Хун", "PERSON", ""}, {"уходе с поста", "EVENT", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "AGENT", Tail: "E2"}},
		// (before: APPOINTMENT, «пост» without a verb of leaving)
		want: "STATEMENT(объявил) date= place= [agent=Хан Дон Хун]\nDISMISSAL(уходе с поста) date= place= [agent=Хан Дон Хун]"},
}

// TestPoliticsNews checks politicsCases.
func TestPoliticsNews(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range politicsCases {
		d := build(t, c.text, c.ents...)
		d.Relations = c.rels
		if got := describe(d, x.Extract(d)); got != c.want {
			t.Errorf("%s: got\n%s\nwant\n%s", c.name, got, c.want)
		}
	}
}
