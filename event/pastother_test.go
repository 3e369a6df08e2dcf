package event

import "testing"

// TestPastOther: an untyped event of a report's lead told by a past verb
// takes the dateline's day (pastTold); a charge told «По данным
// следствия» and an event named by a noun after no verb do not. The
// tagger's tense is set by hand (build tokenizes only).
func TestPastOther(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, lead, trigger, want string
	}{
		{"a verb trigger", "Банк России отозвал лицензию у банка «Заря».", "отозвал лицензию",
			"OTHER(отозвал лицензию) date=2026-03-12 place= []"}, // before: date=
		{"a noun right after a past verb", "Минфин США ввел санкции против банка «Заря».", "санкции",
			"OTHER(санкции) date=2026-03-12 place= []"}, // before: date=
		{"guard: a charge told as the investigators'", "По данным следствия, Петров похитил у банка 120 млн рублей.", "похитил",
			"OTHER(похитил) date= place= []"},
		{"guard: a noun alone", "В Москве вспоминают участников Сталинградской битвы.", "Сталинградской битвы",
			"OTHER(Сталинградской битвы) date= place= []"},
	} {
		text := "МОСКВА, 12 марта. /Интерфакс/. " + c.lead
		d := build(t, text, ent{"12 марта", "DATE", "2026-03-12"}, ent{c.trigger, "EVENT", ""})
		for _, v := range []string{"отозвал", "ввел", "похитил"} {
			tagVerb(d, v, "VerbForm=Fin|Tense=Past")
		}
		if got := describe(d, x.Extract(d)); got != c.want {
			t.Errorf("%s: got\n%s\nwant\n%s", c.name, got, c.want)
		}
	}
}
