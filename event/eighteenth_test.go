package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// eighteenthCases are the cases of the eighteenth session's event rules
// (helper ev18), in the form of seventeenthCases.
var eighteenthCases = []struct {
	name, text string
	ents       []ent
	rels       []doc.Relation
	want       string
}{
	{name: "an arrested attacker is the attack's attacker, whom a later sentence names",
		text: "В Хьюстоне произошла стрельба. Полиция задержала стрелка через час. Им оказался Джейсон Миллер.",
		ents: []ent{{"Хьюстоне", "CITY", ""}, {"стрельба", "EVENT", ""}, {"задержала стрелка", "EVENT", ""}, {"Джейсон Миллер", "PERSON", ""}},
		want: "ATTACK(стрельба) date= place=Хьюстоне [place=Хьюстоне, agent=Джейсон Миллер]\nARREST(задержала стрелка) date= place= [participant=Джейсон Миллер]"},
	{name: "the one named right after the attacker's noun is arrested",
		text: "Полиция задержала стрелка, 17-летнего школьника Димитриоса Пагуртзиса.",
		ents: []ent{{"задержала", "EVENT", ""}, {"Димитриоса Пагуртзиса", "PERSON", ""}},
		want: "ARREST(задержала) date= place= [participant=Димитриоса Пагуртзиса]"},
	{name: "a visit noun in «с» before its verb is the verb's visit, the place put first visited",
		text: "Казань с рабочим визитом посетил президент Казахстана Касым-Жомарт Токаев.",
		ents: []ent{{"Казань", "CITY", ""}, {"визитом", "EVENT", ""}, {"посетил", "EVENT", ""}, {"Касым-Жомарт Токаев", "PERSON", ""}},
		want: "VISIT(посетил) date= place=Казань [participant=Касым-Жомарт Токаев, place=Казань]"},
	{name: "«прибыл с рабочим визитом»: one visit though «рабочим» reads likeliest as a noun",
		text: "Виктор Хренин прибыл с рабочим визитом в Москву.",
		ents: []ent{{"Виктор Хренин", "PERSON", ""}, {"визитом", "EVENT", ""}, {"Москву", "CITY", ""}},
		want: "VISIT(прибыл) date= place=Москву [agent=Виктор Хренин, place=Москву]"},
	{name: "a place of a person's post, set off by commas, is not where he died",
		text: "Его брат, генерал, замначальника штаба ВМС в Южно-Китайском море, умер в 2014 году.",
		ents: []ent{{"замначальника штаба ВМС", "PROFESSION", ""}, {"Южно-Китайском море", "LOCATION", ""}, {"умер", "EVENT", ""}, {"в 2014 году", "DATE", "2014"}},
		rels: []doc.Relation{{Head: "E3", Type: "TAKES_PLACE_IN", Tail: "E2"}},
		want: "DEATH(умер) date=2014 place= [time=в 2014 году]"},
	{name: "a place after the post, the trigger with no comma between, stays",
		text: "Посол России в Турции умер в Анкаре.",
		ents: []ent{{"Посол России", "PROFESSION", ""}, {"Турции", "COUNTRY", ""}, {"умер", "EVENT", ""}, {"Анкаре", "CITY", ""}},
		rels: []doc.Relation{{Head: "E3", Type: "TAKES_PLACE_IN", Tail: "E4"}},
		want: "DEATH(умер) date= place=Анкаре [place=Анкаре]"},
}

// TestEighteenth runs eighteenthCases.
func TestEighteenth(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range eighteenthCases {
		d := build(t, c.text, c.ents...)
		d.Relations = c.rels
		if got := describe(d, x.Extract(d)); got != c.want {
			t.Errorf("%s: got\n%s\nwant\n%s", c.name, got, c.want)
		}
	}
}

// TestYearAfter checks the year that may end a dateline's DATE («АЛМАТЫ,
// 20 марта 2026 — Казинформ.»).
func TestYearAfter(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{" 2026", true},
		{" 2026 года", true},
		{" 2026 г.", true},
		{" в 10:00", false},
		{" 12", false},
		{"", false},
	} {
		r := []rune(c.text)
		if got := yearAfter(r, 0, len(r)); got != c.want {
			t.Errorf("yearAfter(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
