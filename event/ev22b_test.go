package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// ev22bCases are the cases of the twenty-second session's rules of helper
// ev22b (concluded.go, signer.go, pronoun.go, award.go, recentrole.go),
// each with a guard it must not fire on.
var ev22bCases = []ruleCase{
	{name: "«заключили контракт» is a signing",
		text: "«Ростех» и «Аэрофлот» заключили контракт на поставку самолетов.",
		ents: []ent{{"Ростех", "ORGANIZATION", ""}, {"Аэрофлот", "ORGANIZATION", ""}},
		want: "SIGNING(заключили контракт) date= place= [agent=Ростех, agent=Аэрофлот]"},
	{name: "(guard) custody and deals are no signing",
		text: "Подозреваемого заключили под стражу. Компания заключила сделку с банком.",
		want: ""},
	{name: "(guard) a player's contract in a story of sport is no signing",
		text: "Нападающий провел в клубе 300 матчей. Форвард заключил контракт с «Зенитом».",
		ents: []ent{{"Зенитом", "ORGANIZATION", ""}},
		want: ""},
	{name: "the term of what the paper is about dates no signing",
		text: "Компании заключили контракт на поставку нефти в 2026 году.",
		ents: []ent{{"в 2026 году", "DATE", "2026"}},
		want: "SIGNING(заключили контракт) date= place= []"},
	{name: "(guard) a signing's own day dates it",
		text: "Компании заключили контракт на поставку нефти 5 марта 2026 года.",
		ents: []ent{{"5 марта 2026 года", "DATE", "2026-03-05"}},
		want: "SIGNING(заключили контракт) date=2026-03-05 place= [time=5 марта 2026 года]"},
	{name: "a vehicle's «столкнулся» is an accident",
		text: "Рейсовый автобус столкнулся с грузовиком.",
		want: "ACCIDENT(столкнулся) date= place= []"},
	{name: "(guard) «столкнулись с проблемой» is none",
		text: "Компании столкнулись с проблемой нехватки кадров.",
		want: ""},
	{name: "(guard) a collision retold after the accident is no new one",
		text: "Водитель рассказал об аварии. Я ехал по проспекту и столкнулся с автомобилями.",
		ents: []ent{{"аварии", "EVENT", ""}},
		want: "ACCIDENT(аварии) date= place= []"},
	{name: "the signer after an active «подписать» is its agent",
		text: "Приказ подписала министр Татьяна Савинова.",
		ents: []ent{{"подписала", "EVENT", ""}, {"Татьяна Савинова", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E2", Type: "PARTICIPANT_IN", Tail: "E1"}},
		want: "SIGNING(подписала) date= place= [agent=Татьяна Савинова]"},
	{name: "(guard) a name in another clause after the verb stays a participant",
		text: "Путин подписал указ, согласно которому Андрей Воробьев назначен губернатором.",
		ents: []ent{{"подписал", "EVENT", ""}, {"Андрей Воробьев", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E2", Type: "PARTICIPANT_IN", Tail: "E1"}},
		want: "SIGNING(подписал) date= place= [participant=Андрей Воробьев]\nAPPOINTMENT(назначен) date= place= []"},
	{name: "the laureate after «вручил» takes part",
		text: "Президент России Владимир Путин вручил орден Мужества летчику Ивану Громову. Медаль «За отвагу» глава государства вручил также спасателю Сергею Лаптеву.",
		ents: []ent{{"Президент России", "PROFESSION", ""}, {"Владимир Путин", "PERSON", ""}, {"Ивану Громову", "PERSON", ""},
			{"глава государства", "PROFESSION", ""}, {"Сергею Лаптеву", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E2", Type: "WORKS_AS", Tail: "E1"}},
		want: "AWARD(вручил) date= place= [agent=Владимир Путин, participant=Ивану Громову, participant=Сергею Лаптеву]"}, // (Лаптев was missing: an object joins no award)
	{name: "«глава государства» is the president the story named",
		text: "Президент России Владимир Путин выступил в Кремле. Медаль «За отвагу» глава государства вручил спасателю Сергею Лаптеву.",
		ents: []ent{{"Президент России", "PROFESSION", ""}, {"Владимир Путин", "PERSON", ""}, {"глава государства", "PROFESSION", ""}, {"Сергею Лаптеву", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E2", Type: "WORKS_AS", Tail: "E1"}},
		want: "AWARD(вручил) date= place= [participant=Сергею Лаптеву, agent=Владимир Путин]"},
	{name: "(guard) «глава государства» with two presidents named is no one",
		text: "Президент России Владимир Путин и президент Казахстана Касым-Жомарт Токаев выступили в Кремле. Медаль «За отвагу» глава государства вручил спасателю Сергею Лаптеву.",
		ents: []ent{{"Президент России", "PROFESSION", ""}, {"Владимир Путин", "PERSON", ""}, {"президент Казахстана", "PROFESSION", ""}, {"Касым-Жомарт Токаев", "PERSON", ""},
			{"глава государства", "PROFESSION", ""}, {"Сергею Лаптеву", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E2", Type: "WORKS_AS", Tail: "E1"}, {Head: "E4", Type: "WORKS_AS", Tail: "E3"}},
		want: "AWARD(вручил) date= place= [participant=Сергею Лаптеву]"},
	{name: "(guard) a person in a prize's name is no laureate",
		text: "Актрису наградили орденом Святого Андрея Первозванного.",
		ents: []ent{{"Андрея Первозванного", "PERSON", ""}},
		want: "AWARD(наградили) date= place= [object=Андрея Первозванного]"},
	{name: "an honorary title conferred is an award",
		text: "Звание «Заслуженный врач» присвоено хирургу Елене Ковалевой.",
		ents: []ent{{"Елене Ковалевой", "PERSON", ""}},
		want: "AWARD(присвоено) date= place= [participant=Елене Ковалевой]"},
	{name: "(guard) a military rank is no award",
		text: "Офицеру Ивану Петрову присвоено звание генерал-полковника.",
		ents: []ent{{"Ивану Петрову", "PERSON", ""}},
		want: ""},
}

// TestEv22b runs ev22bCases.
func TestEv22b(t *testing.T) { runRuleCases(t, ev22bCases) }

// TestPronounOpening22 checks pronounSubject after an opener
// (pronounOpening): «Об этом он заявил» is the person of the sentence
// before; a pronoun deep in its sentence is not.
func TestPronounOpening22(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"Министр Михаил Мурашко поручил ускорить закупки. Об этом он заявил на совещании.",
			"STATEMENT(заявил) date= place= [agent=Михаил Мурашко]\nMEETING(совещании) date= place= []"},
		{"Министр Михаил Мурашко поручил ускорить закупки. Кроме того, он заявил о проблемах.",
			"STATEMENT(заявил) date= place= [agent=Михаил Мурашко]"},
		// (guard) a pronoun after a subordinate opening is not the subject's
		{"Министр Михаил Мурашко поручил ускорить закупки. Рассказали, что он заявил о проблемах.",
			"STATEMENT(заявил) date= place= []"},
	} {
		d := build(t, c.text, ent{"Михаил Мурашко", "PERSON", ""})
		for i, tok := range d.Sentences[1].Tokens {
			if tok.Text == "заявил" {
				d.Sentences[1].Tokens[i].POS, d.Sentences[1].Tokens[i].Feats = "VERB", "Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin"
			}
		}
		if got := describe(d, x.Extract(d)); got != c.want {
			t.Errorf("%s: got\n%s\nwant\n%s", c.text, got, c.want)
		}
	}
}
