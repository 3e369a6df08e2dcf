package event

import (
	"testing"

	"github.com/factgraph/factgraph/tokenize"
)

// TestLeadHappenedOn: the lead's event undated by the dateline, as a later
// sentence names an earlier day, takes that day when the sentence restates
// the lead by a noun and a verb of happening («Решение было принято в
// среду»); a sentence of another event («Задержание произошло …») leaves
// it undated. The tagger's tense is set by hand (build tokenizes only).
func TestLeadHappenedOn(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ noun, date string }{{"Решение было принято", "2026-01-28"}, {"Задержание произошло", ""}} {
		text := "ЕКАТЕРИНБУРГ, 30 января. /Интерфакс/. Алексей Беспрозванных назначен генеральным директором ТМК. " + c.noun + " в среду."
		d := build(t, text, ent{"30 января", "DATE", "2026-01-30"}, ent{"Алексей Беспрозванных", "PERSON", ""}, ent{"в среду", "DATE", "2026-01-28"})
		tagVerb(d, "назначен", "VerbForm=Part|Tense=Past|Voice=Pass")
		want := "APPOINTMENT(назначен) date=" + c.date + " place= [participant=Алексей Беспрозванных]"
		if got := describe(d, x.Extract(d)); got != want {
			t.Errorf("%q: got\n%s\nwant\n%s", c.noun, got, want)
		}
	}
}

// TestHappenedOn: a noun of a lead's event and a verb of happening open
// the sentence.
func TestHappenedOn(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Авария произошла в субботу около 06:40.", true},
		{"Инцидент случился в ночь на вторник.", true},
		{"Решение было принято на заседании в среду.", true},
		{"Задержание произошло вечером в субботу.", false}, // another event of the story
		{"Это произошло в субботу.", false},
		{"В субботу на шахте произошла авария.", false}, // the verb before the noun
	} {
		if got := happenedOn(tokenize.Tokens(c.text)); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestBoundAfter: a date after «после» bounds a rule, no day of the lead.
func TestBoundAfter(t *testing.T) {
	for _, c := range []struct {
		text string
		at   int
		want bool
	}{
		{"металлы, выпущенные после 13 апреля", len([]rune("металлы, выпущенные после ")), true},
		{"запрет после 13 апреля", len([]rune("запрет ")), true},
		{"авария произошла 13 апреля", len([]rune("авария произошла ")), false},
	} {
		if got := boundAfter([]rune(c.text), c.at); got != c.want {
			t.Errorf("%q at %d: got %v, want %v", c.text, c.at, got, c.want)
		}
	}
}
