package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// ev25Cases are the cases of the twenty-fifth session's event rules of
// helper ev25 (docs/event.md): a post left told by the verb alone
// (leftpost.go), a crash landing and a derailment as accidents and
// another accident after «Кроме того» (mishap.go), a launch told twice
// (families), a post's employer no agent of the dismissal (postorg.go).
var ev25Cases = []ruleCase{
	{name: "a post left, the verb the recognizer tagged alone, is a dismissal",
		text: "Вместе с ним свой пост покинула глава службы новостей Дебора Тернесс.",
		ents: []ent{{"покинула", "EVENT", ""}, {"Дебора Тернесс", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E2", Type: "PARTICIPANT_IN", Tail: "E1"}},
		want: "DISMISSAL(пост покинула) date= place= [participant=Дебора Тернесс]"},
	{name: "(guard) an intention to leave stays Other",
		text: "Тернесс решила покинуть пост.",
		ents: []ent{{"Тернесс", "PERSON", ""}, {"покинуть", "EVENT", ""}},
		want: "OTHER(покинуть) date= place= []"},
	{name: "(guard) a verb of leaving with no post stays Other",
		text: "Тернесс покинула здание телецентра.",
		ents: []ent{{"Тернесс", "PERSON", ""}, {"покинула", "EVENT", ""}},
		want: "OTHER(покинула) date= place= []"},
	{name: "a crash landing is an accident, placed by its sentence with no relations",
		text: "Вертолет Ми-8 совершил жесткую посадку в Хабаровском крае.",
		ents: []ent{{"жесткую посадку", "EVENT", ""}, {"Хабаровском крае", "STATE_OR_PROVINCE", ""}},
		want: "ACCIDENT(жесткую посадку) date= place=Хабаровском крае [place=Хабаровском крае]"},
	{name: "(guard) a landing is no accident",
		text: "Самолет совершил посадку в аэропорту Хабаровска.",
		ents: []ent{{"посадку", "EVENT", ""}, {"Хабаровска", "CITY", ""}},
		want: "OTHER(посадку) date= place= []"},
	{name: "a derailment with no EVENT mention is an accident, placed by its sentence",
		text: "В Амурской области с рельсов сошли восемь вагонов грузового поезда.",
		ents: []ent{{"Амурской области", "STATE_OR_PROVINCE", ""}},
		want: "ACCIDENT(сошли) date= place=Амурской области [place=Амурской области]"},
	{name: "(guard) stepping down from a ladder is no accident",
		text: "Пассажир сошел с трапа самолета в Хабаровске.",
		ents: []ent{{"Хабаровске", "CITY", ""}},
		want: ""},
	{name: "another accident after «Кроме того»",
		text: "Вертолет совершил жесткую посадку. Кроме того, столкнулись два грузовика.",
		ents: []ent{{"жесткую посадку", "EVENT", ""}},
		want: "ACCIDENT(жесткую посадку) date= place= []\nACCIDENT(столкнулись) date= place= []"},
	{name: "(guard) a collision after the accident told, with no opening, tells it again",
		text: "Вертолет совершил жесткую посадку. По данным МЧС, два грузовика столкнулись.",
		ents: []ent{{"жесткую посадку", "EVENT", ""}},
		want: "ACCIDENT(жесткую посадку) date= place= []"},
	{name: "a launch told again by «Пуск» is one event",
		text: "Ракета стартовала с космодрома Плесецк. Пуск состоялся в 12:05 по московскому времени.",
		ents: []ent{{"стартовала", "EVENT", ""}, {"Плесецк", "FACILITY", ""}, {"Пуск", "EVENT", ""}},
		want: "OTHER(стартовала) date= place= []"},
	{name: "(guard) a launch of another year is another",
		text: "Ракета стартовала 5 декабря 2026 года с космодрома Плесецк. В 2019 году запуск был отменен.",
		ents: []ent{{"стартовала", "EVENT", ""}, {"5 декабря 2026 года", "DATE", "2026-12-05"}, {"Плесецк", "FACILITY", ""}, {"2019 году", "DATE", "2019"}, {"запуск", "EVENT", ""}},
		want: "OTHER(стартовала) date=2026-12-05 place= []\nOTHER(запуск) date=2019 place= []"},
	{name: "the lead's attack places the headline's",
		text: "При стрельбе в синагоге погиб один человек\n\nВ ходе стрельбы в Пауэе погиб один человек.",
		ents: []ent{{"стрельбе", "EVENT", ""}, {"стрельбы", "EVENT", ""}, {"Пауэе", "CITY", ""}},
		rels: []doc.Relation{{Head: "E2", Type: "TAKES_PLACE_IN", Tail: "E3"}},
		want: "ATTACK(стрельбе) date= place=Пауэе [place=Пауэе]\nDEATH(погиб) date= place= []"},
	{name: "(guard) an attack intended places none",
		text: "Подросток планировал взрыв\n\nВ Италии подросток хотел устроить взрыв в Милане.",
		ents: []ent{{"взрыв", "EVENT", ""}, {"Италии", "COUNTRY", ""}, {"взрыв", "EVENT", ""}, {"Милане", "CITY", ""}},
		rels: []doc.Relation{{Head: "E3", Type: "TAKES_PLACE_IN", Tail: "E4"}},
		want: "ATTACK(взрыв) date= place= []"},
	{name: "the employer of the post is no agent of the resignation",
		text: "Генеральный директор Би-би-си ушел в отставку.",
		ents: []ent{{"Генеральный директор Би-би-си", "PROFESSION", ""}, {"Би-би-си", "ORGANIZATION", ""}, {"ушел в отставку", "EVENT", ""}},
		rels: []doc.Relation{{Head: "E2", Type: "AGENT", Tail: "E3"}},
		want: "DISMISSAL(ушел в отставку) date= place= [participant=Би-би-си]"},
	{name: "(guard) an organization named on its own stays the agent",
		text: "Би-би-си уволила ведущего.",
		ents: []ent{{"Би-би-си", "ORGANIZATION", ""}, {"уволила", "EVENT", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "AGENT", Tail: "E2"}},
		want: "DISMISSAL(уволила) date= place= [agent=Би-би-си]"},
}

// TestEv25 runs ev25Cases.
func TestEv25(t *testing.T) { runRuleCases(t, ev25Cases) }

// TestWithinWeek checks the days of the last week before a dateline.
func TestWithinWeek(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"2026-02-05", "2026-02-06", true},
		{"2026-01-31", "2026-02-06", true},
		{"2026-01-30", "2026-02-06", false}, // a week or more: background
		{"2026-02-06", "2026-02-06", false},
		{"2026", "2026-02-06", false},
	} {
		if got := withinWeek(c.a, c.b); got != c.want {
			t.Errorf("withinWeek(%s, %s) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestRelativeDated checks that a date right after «, который» dates the
// relative clause only (participleDated), not one after «который» with no
// comma.
func TestRelativeDated(t *testing.T) {
	for _, c := range []struct {
		text, date string
		want       bool
	}{
		{"Расследование инцидента с самолетом, который 16 февраля совершил посадку.", "16 февраля", true},
		{"Самолет 16 февраля совершил посадку.", "16 февраля", false},
	} {
		toks := tokenize.Split(c.text)[0].Tokens
		var sp doc.Span
		for _, tk := range toks {
			if tk.Text == "16" {
				sp = doc.Span{Start: tk.Start, End: tk.Start + len([]rune(c.date))}
			}
		}
		if got := participleDated(toks, sp); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}
