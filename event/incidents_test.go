package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestTwentiethCrime runs the cases of the twentieth session's event rules
// of helper crime20 (news of crime and incidents): a date that opens a
// span dates no later sentence, a part of the day gives its date as the
// time, and the verbs that only type an event.
func TestTwentiethCrime(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		doc  func() *doc.Document
		want string
	}{
		{"a date opening a span («с осени») dates its own sentence, not the later ones", func() *doc.Document {
			d := build(t, "12 октября 2024 года прошел саммит. С осени 2023 года злоумышленники похитили 15 машин. Лидеры подписали соглашение.",
				ent{"12 октября 2024 года", "DATE", "2024-10-12"}, ent{"С осени 2023 года", "DATE", "2023-FA"}, ent{"похитили", "EVENT", ""})
			d.Entities[1].ValueMod = "ON_OR_AFTER"
			return d
		}, "SESSION(саммит) date=2024-10-12 place= [time=12 октября 2024 года]\nOTHER(похитили) date=2023-FA place= []\nSIGNING(подписали) date=2024-10-12 place= []"},
		{"guard: a point of time carries over", func() *doc.Document {
			return build(t, "12 октября 2024 года прошел саммит. Осенью 2023 года злоумышленники похитили 15 машин. Лидеры подписали соглашение.",
				ent{"12 октября 2024 года", "DATE", "2024-10-12"}, ent{"Осенью 2023 года", "DATE", "2023-FA"}, ent{"похитили", "EVENT", ""})
		}, "SESSION(саммит) date=2024-10-12 place= [time=12 октября 2024 года]\nOTHER(похитили) date=2023-FA place= []\nSIGNING(подписали) date=2023-FA place= []"},
		{"a time opening with a part of the day gives its date as the time argument", func() *doc.Document {
			d := build(t, "Днем 26 февраля на МКАД произошла авария.",
				ent{"Днем 26 февраля", "TIME", "XXXX-02-26TAF"}, ent{"26 февраля", "DATE", "XXXX-02-26"}, ent{"авария", "EVENT", ""})
			d.Relations = []doc.Relation{{Head: "E3", Type: "POINT_IN_TIME", Tail: "E1"}, {Head: "E3", Type: "POINT_IN_TIME", Tail: "E2"}}
			return d
		}, "ACCIDENT(авария) date=XXXX-02-26 place= [time=26 февраля]"},
		{"«напал» and «перевернулся» type the events the recognizer found; alone they are none", func() *doc.Document {
			return build(t, "Мужчина напал с ножом на прохожих. Во время сплава перевернулся катамаран. Волк напал на овец.",
				ent{"напал с ножом", "EVENT", ""}, ent{"перевернулся катамаран", "EVENT", ""})
		}, "ATTACK(напал с ножом) date= place= []\nACCIDENT(перевернулся катамаран) date= place= []"},
	} {
		d := c.doc()
		if got := describe(d, x.Extract(d)); got != c.want {
			t.Errorf("%s: got\n%s\nwant\n%s", c.name, got, c.want)
		}
	}
}
