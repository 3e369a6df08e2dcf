package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// ev25bCases are the cases of the twenty-fifth session's event rules of
// helper ev25b (docs/event.md): a collapse with no EVENT mention
// (mishap.go, fellIn), a place near a city («под Хабаровском»,
// undercity.go) and whom a decree befalls (decreeobject.go).
var ev25bCases = []ruleCase{
	{name: "a building part that fell in, with no EVENT mention, is an accident",
		text: "Часть перекрытия обрушилась в жилом доме в Воронеже.",
		ents: []ent{{"Воронеже", "CITY", ""}},
		want: "ACCIDENT(обрушилась) date= place=Воронеже [place=Воронеже]"},
	{name: "(guard) a fall of shares is no accident",
		text: "Акции компании обрушились на шесть процентов.",
		ents: []ent{{"компании", "ORGANIZATION", ""}},
		want: ""},
	{name: "a collision near a city is placed by it",
		text: "Под Хабаровском столкнулись два грузовика.",
		ents: []ent{{"Хабаровском", "CITY", ""}},
		want: "ACCIDENT(столкнулись) date= place=Хабаровском [place=Хабаровском]"},
	{name: "(guard) a statement is not placed near a city",
		text: "Адвокат родственников расстрелянных под Катынью военнопленных заявил о решении.",
		ents: []ent{{"Адвокат", "PROFESSION", ""}, {"Катынью", "CITY", ""}},
		want: "STATEMENT(заявил) date= place= []"},
	{name: "(guard) a LOCATION «Под Алма-Атой» of its own places the accident, not its city",
		text: "Под Алма-Атой разбился пассажирский самолет.",
		ents: []ent{{"Под Алма-Атой", "LOCATION", ""}, {"Алма-Атой", "CITY", ""}, {"разбился пассажирский самолет", "EVENT", ""}},
		rels: []doc.Relation{{Head: "E3", Type: "TAKES_PLACE_IN", Tail: "E1"}},
		want: "ACCIDENT(разбился пассажирский самолет) date= place=Под Алма-Атой [place=Под Алма-Атой]"},
	{name: "whom a decree of dismissal names is its object, the signer its agent",
		text: "Губернатор Дмитрий Демешин подписал указ об освобождении Олега Петрова от должности.",
		ents: []ent{{"Дмитрий Демешин", "PERSON", ""}, {"подписал указ", "EVENT", ""}, {"Олега Петрова", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "AGENT", Tail: "E2"}, {Head: "E3", Type: "PARTICIPANT_IN", Tail: "E2"}},
		want: "DISMISSAL(подписал указ) date= place= [agent=Дмитрий Демешин, object=Олега Петрова]"},
	{name: "(guard) a participant not named by the decree's noun stays a participant",
		text: "Губернатор Дмитрий Демешин уволил министра Олега Петрова.",
		ents: []ent{{"Дмитрий Демешин", "PERSON", ""}, {"уволил", "EVENT", ""}, {"Олега Петрова", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "AGENT", Tail: "E2"}, {Head: "E3", Type: "PARTICIPANT_IN", Tail: "E2"}},
		want: "DISMISSAL(уволил) date= place= [agent=Дмитрий Демешин, participant=Олега Петрова]"},
}

// TestEv25b runs ev25bCases.
func TestEv25b(t *testing.T) { runRuleCases(t, ev25bCases) }

// TestSourceClauseEnd: an opening «Как пишет …,» or «По данным …,» clause
// is skipped by happenedOn.
func TestSourceClauseEnd(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Как пишет газета The Guardian, решение было принято в воскресенье.", true},
		{"Как сообщили в ГУ МЧС по Саратовской области, возгорание произошло ночью в четверг.", true},
		{"По данным агентства, авария произошла в субботу.", true},
		{"Как отмечают многие эксперты и аналитики рынка жилья в крупных городах страны, решение было принято в воскресенье.", false}, // a clause too long to be a source's
		{"Как пишет газета, в воскресенье совет провел заседание, решение было принято.", false},
	} {
		if got := happenedOn(tokenize.Tokens(c.text)); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}
