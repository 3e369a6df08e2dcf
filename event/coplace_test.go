package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestSeventeenth holds the cases of the seventeenth session's event rules.
func TestSeventeenth(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		d    func(t *testing.T) *doc.Document
		want string
	}{
		{"the lead's agent of the headline's attack is its agent", func(t *testing.T) *doc.Document {
			d := build(t, "Беспилотники атаковали Брянскую область\n\nВооруженные силы Украины в ночь на субботу атаковали беспилотниками Брянскую область.",
				[3]string{"атаковали", "EVENT", ""}, [3]string{"Брянскую область", "STATE_OR_PROVINCE", ""}, [3]string{"Вооруженные силы Украины", "ORGANIZATION", ""}, [3]string{"атаковали", "EVENT", ""})
			d.Relations = []doc.Relation{{Head: "E3", Type: "AGENT", Tail: "E4"}}
			return d
		}, "ATTACK(атаковали) date= place=Брянскую область [place=Брянскую область, agent=Вооруженные силы Украины]"},
		{"an imperfective told in a month of a named year is one event", func(t *testing.T) *doc.Document {
			return build(t, "Премьер посещал Китай в июле 2024 года.",
				[3]string{"Китай", "COUNTRY", ""}, [3]string{"в июле 2024 года", "DATE", "2024-07"})
		}, "VISIT(посещал) date=2024-07 place=Китай [time=в июле 2024 года, place=Китай]"},
		{"an imperfective of a habit, no time named, is none", func(t *testing.T) *doc.Document {
			return build(t, "В детстве он посещал музыкальную школу.")
		}, ""},
		{"the post an appointee is given names no other holder of the post", func(t *testing.T) *doc.Document {
			d := build(t, "Временно исполняющим обязанности губернатора Тверской области назначен Виталий Королев. Руденя встретился с губернатором Александром Бегловым.",
				[3]string{"Временно исполняющим обязанности губернатора Тверской области", "PROFESSION", ""}, [3]string{"назначен", "EVENT", ""},
				[3]string{"Виталий Королев", "PERSON", ""}, [3]string{"губернатором", "PROFESSION", ""}, [3]string{"Александром Бегловым", "PERSON", ""})
			d.Relations = []doc.Relation{{Head: "E3", Type: "PARTICIPANT_IN", Tail: "E2"}, {Head: "E3", Type: "WORKS_AS", Tail: "E1"}, {Head: "E5", Type: "WORKS_AS", Tail: "E4"}}
			return d
		}, "APPOINTMENT(назначен) date= place= [participant=Виталий Королев]\nMEETING(встретился) date= place= [participant=Александром Бегловым]"},
		{"the headline's death the lead tells again, undated, is of the story's day", func(t *testing.T) *doc.Document {
			return build(t, "Беспилотники атаковали Курскую область, погиб мужчина\n\nВ ночь на субботу беспилотники атаковали Курскую область. В результате удара погиб житель.",
				[3]string{"Курскую область", "STATE_OR_PROVINCE", ""}, [3]string{"В ночь на субботу", "TIME", "2026-01-10TNI"})
		}, "ATTACK(атаковали) date=2026-01-10 place=Курскую область [place=Курскую область]\nDEATH(погиб) date=2026-01-10 place= []"},
		{"places listed with the event's place are its places too", func(t *testing.T) *doc.Document {
			return build(t, "Во вторник в Берлине и Москве прошли конференции министров.",
				[3]string{"Во вторник", "DATE", "2025-11-18"}, [3]string{"Берлине", "CITY", ""}, [3]string{"Москве", "CITY", ""})
		}, "SESSION(конференции) date=2025-11-18 place=Берлине [time=Во вторник, place=Берлине, place=Москве]"},
		{"a larger place of another type after a comma is no member of the list", func(t *testing.T) *doc.Document {
			return build(t, "Совещание прошло в Ньюарке, Нью-Джерси.",
				[3]string{"Ньюарке", "CITY", ""}, [3]string{"Нью-Джерси", "STATE_OR_PROVINCE", ""})
		}, "MEETING(Совещание) date= place=Ньюарке [place=Ньюарке]"},
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
