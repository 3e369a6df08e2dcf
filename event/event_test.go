package event

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// build makes a document from text and entities given as (text, type,
// value) in order of appearance; each entity has one mention.
func build(t *testing.T, text string, ents ...[3]string) *doc.Document {
	t.Helper()
	d := &doc.Document{Text: text, Sentences: tokenize.Split(text)}
	runes := []rune(text)
	from := 0
	for i, e := range ents {
		at := strings.Index(string(runes[from:]), e[0])
		if at < 0 {
			t.Fatalf("%q not found after %d", e[0], from)
		}
		start := from + len([]rune(string(runes[from:])[:at]))
		end := start + len([]rune(e[0]))
		d.Entities = append(d.Entities, doc.Entity{
			ID: fmt.Sprintf("E%d", i+1), Type: e[1], Name: e[0], Value: e[2],
			Mentions: []doc.Mention{{Span: doc.Span{Start: start, End: end}, Text: e[0], Type: e[1]}},
		})
		from = start
	}
	return d
}

func describe(d *doc.Document, evs []doc.Event) string {
	name := map[string]string{}
	for _, e := range d.Entities {
		name[e.ID] = e.Name
	}
	var out []string
	for _, v := range evs {
		var args []string
		for _, a := range v.Arguments {
			args = append(args, a.Role+"="+name[a.Entity])
		}
		out = append(out, fmt.Sprintf("%s(%s) date=%s place=%s [%s]", v.Type, v.Trigger.Text, v.Date, name[v.Place], strings.Join(args, ", ")))
	}
	return strings.Join(out, "\n")
}

func TestExtract(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		d    func(t *testing.T) *doc.Document
		want string
	}{
		{"session with date, place and chairs in one sentence", func(t *testing.T) *doc.Document {
			return build(t, "В октябре 2024 года в российском городе Ижевске было организовано 24-е заседание комиссии под председательством Дмитрия Шугаева и Дмитрия Пантуса.",
				[3]string{"В октябре 2024 года", "DATE", "2024-10"}, [3]string{"российском", "COUNTRY", ""}, [3]string{"Ижевске", "CITY", ""},
				[3]string{"24-е заседание", "EVENT", ""}, [3]string{"Дмитрия Шугаева", "PERSON", ""}, [3]string{"Дмитрия Пантуса", "PERSON", ""})
		}, "SESSION(24-е заседание) date=2024-10 place=Ижевске [time=В октябре 2024 года, participant=Дмитрия Шугаева, participant=Дмитрия Пантуса, place=Ижевске]"},
		{"a later mention adds people to the event told before", func(t *testing.T) *doc.Document {
			return build(t, "Состоялась встреча Александра Бречалова с Дмитрием Шугаевым. На встрече присутствовал Фанил Зиятдинов.",
				[3]string{"встреча", "EVENT", ""}, [3]string{"Александра Бречалова", "PERSON", ""}, [3]string{"Дмитрием Шугаевым", "PERSON", ""},
				[3]string{"встрече", "EVENT", ""}, [3]string{"Фанил Зиятдинов", "PERSON", ""})
		}, "MEETING(встреча) date= place= [participant=Александра Бречалова, participant=Дмитрием Шугаевым, participant=Фанил Зиятдинов]"},
		{"a verb of visiting: agents before, the visited organization as place", func(t *testing.T) *doc.Document {
			return build(t, "Дмитрий Шугаев и Дмитрий Пантус посетили ИЭМЗ «Купол».",
				[3]string{"Дмитрий Шугаев", "PERSON", ""}, [3]string{"Дмитрий Пантус", "PERSON", ""}, [3]string{"ИЭМЗ «Купол»", "ORGANIZATION", ""})
		}, "VISIT(посетили) date= place=ИЭМЗ «Купол» [agent=Дмитрий Шугаев, agent=Дмитрий Пантус, place=ИЭМЗ «Купол»]"},
		{"the date carries over to later events of the story", func(t *testing.T) *doc.Document {
			return build(t, "12 октября 2024 года прошел саммит. Затем лидеры подписали соглашение.",
				[3]string{"12 октября 2024 года", "DATE", "2024-10-12"})
		}, "SESSION(саммит) date=2024-10-12 place= [time=12 октября 2024 года]\nSIGNING(подписали) date=2024-10-12 place= []"},
		{"a new meeting brought about by a verb is not the earlier one", func(t *testing.T) *doc.Document {
			return build(t, "Состоялась встреча министров. Потом провели встречу с руководством «Калашникова».",
				[3]string{"«Калашникова»", "ORGANIZATION", ""})
		}, "MEETING(встреча) date= place= []\nMEETING(встречу) date= place= [participant=«Калашникова»]"},
		{"relations name the arguments", func(t *testing.T) *doc.Document {
			d := build(t, "Ночью в Минске прошел митинг сторонников Ивана Петрова.",
				[3]string{"Ночью", "TIME", ""}, [3]string{"Минске", "CITY", ""}, [3]string{"митинг", "EVENT", ""}, [3]string{"Ивана Петрова", "PERSON", ""})
			d.Relations = []doc.Relation{{Type: "TAKES_PLACE_IN", Head: "E3", Tail: "E2"}, {Type: "AGENT", Head: "E4", Tail: "E3"}}
			return d
		}, "PROTEST(митинг) date= place=Минске [place=Минске, agent=Ивана Петрова]"},
		{"no events in an empty document", func(t *testing.T) *doc.Document { return build(t, "") }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.d(t)
			if got := describe(d, x.Extract(d)); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
