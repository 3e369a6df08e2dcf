package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// ev23Cases are the cases of the twenty-third session's rules of helper
// ev23, each with a guard it must not fire on.
var ev23Cases = []ruleCase{
	{name: "the lead's day replaces the headline's year (yeardated.go)",
		text: "Белоусов вручил награды на форуме «Армия-2024»\n\nМинистр обороны Андрей Белоусов во вторник вручил награды конструкторам.",
		ents: []ent{{"вручил награды", "EVENT", ""}, {"2024", "DATE", "2024"}, {"Андрей Белоусов", "PERSON", ""}, {"во вторник", "DATE", "2024-08-13"}},
		rels: []doc.Relation{{Head: "E1", Type: "POINT_IN_TIME", Tail: "E2"}},
		want: "AWARD(вручил награды) date=2024-08-13 place= [time=во вторник]"}, // (was date=2024, time=2024)
	{name: "(guard) a day of another year is another event",
		text: "Белоусов вручил награды на форуме «Армия-2024»\n\nМинистр обороны Андрей Белоусов во вторник вручил награды конструкторам.",
		ents: []ent{{"вручил награды", "EVENT", ""}, {"2024", "DATE", "2024"}, {"Андрей Белоусов", "PERSON", ""}, {"во вторник", "DATE", "2025-08-12"}},
		rels: []doc.Relation{{Head: "E1", Type: "POINT_IN_TIME", Tail: "E2"}},
		want: "AWARD(вручил награды) date=2024 place= [time=2024]"},
	{name: "an event retold by an ALTERNATIVE_NAME of its mention is one (altname.go)",
		text: "Оппозиция провела протесты в Минске. Полиция разогнала акции протеста.",
		ents: []ent{{"протесты", "EVENT", ""}, {"Минске", "CITY", ""}, {"акции протеста", "EVENT", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "ALTERNATIVE_NAME", Tail: "E3"}},
		want: "PROTEST(протесты) date= place=Минске [place=Минске]"}, // (was a second PROTEST «акции протеста»)
	{name: "a verb and a noun named one event by the relations",
		text: "Бывший министр Алексей Петров уволился из компании. Уход Петрова из компании стал неожиданностью.",
		ents: []ent{{"Алексей Петров", "PERSON", ""}, {"уволился", "EVENT", ""}, {"Уход Петрова из компании", "EVENT", ""}},
		rels: []doc.Relation{{Head: "E2", Type: "ALTERNATIVE_NAME", Tail: "E3"}},
		want: "OTHER(уволился) date= place= []"},
	{name: "(guard) «также» tells another act of the kind",
		text: "Оппозиция провела протесты в Минске. Полиция также разогнала акции протеста.",
		ents: []ent{{"протесты", "EVENT", ""}, {"Минске", "CITY", ""}, {"акции протеста", "EVENT", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "ALTERNATIVE_NAME", Tail: "E3"}},
		want: "PROTEST(протесты) date= place=Минске [place=Минске]\nPROTEST(акции протеста) date= place= []"},
	{name: "(guard) another person's death is another event",
		text: "В Москве умер писатель Юрий Бондарев. Ранее скончался писатель Иван Петров.",
		ents: []ent{{"умер", "EVENT", ""}, {"Юрий Бондарев", "PERSON", ""}, {"скончался", "EVENT", ""}, {"Иван Петров", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "ALTERNATIVE_NAME", Tail: "E3"}},
		want: "DEATH(умер) date= place= [participant=Юрий Бондарев]\nDEATH(скончался) date= place= [participant=Иван Петров]"},
	{name: "(guard) another day is another event",
		text: "Протесты прошли 20 мая 1989 года. Через несколько недель, 4 июня 1989 года, военные подавили акции протеста.",
		ents: []ent{{"Протесты", "EVENT", ""}, {"20 мая 1989 года", "DATE", "1989-05-20"}, {"4 июня 1989 года", "DATE", "1989-06-04"}, {"акции протеста", "EVENT", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "ALTERNATIVE_NAME", Tail: "E4"}},
		want: "PROTEST(Протесты) date=1989-05-20 place= [time=20 мая 1989 года]\nPROTEST(акции протеста) date=1989-06-04 place= []"},
	{name: "the signers of a paper resumed with «подписанный» sign the signing before (signedby.go)",
		text: "Правительство области и компания подписали соглашение. Соглашение, подписанное Глебом Никитиным и Андреем Ивановым в Казани, предусматривает инвестиции.",
		ents: []ent{{"Глебом Никитиным", "PERSON", ""}, {"Андреем Ивановым", "PERSON", ""}, {"Казани", "CITY", ""}},
		want: "SIGNING(подписали) date= place=Казани [agent=Глебом Никитиным, agent=Андреем Ивановым, place=Казани]"}, // (was no signers, no place)
	{name: "(guard) a paper signed long before signs no signing told",
		text: "Правительство области и компания подписали соглашение. Стороны обсудили сроки. Инвесторы ждут решения. Договор, подписанный Глебом Никитиным в 2019 году, истек.",
		ents: []ent{{"Глебом Никитиным", "PERSON", ""}},
		want: "SIGNING(подписали) date= place= []"},
	{name: "«накануне» after an opening place dates the day before (placedbefore.go)",
		text: "Губернатор 21 октября 2024 года подписал указ. В Дзержинске накануне умер Виктор Соколов.",
		ents: []ent{{"21 октября 2024 года", "DATE", "2024-10-21"}, {"Дзержинске", "CITY", ""}, {"Виктор Соколов", "PERSON", ""}},
		want: "SIGNING(подписал) date=2024-10-21 place= [time=21 октября 2024 года]\nDEATH(умер) date=2024-10-20 place=Дзержинске [agent=Виктор Соколов, place=Дзержинске]"}, // (was undated)
	{name: "(guard) «накануне выборов» is no day",
		text: "Губернатор 21 октября 2024 года подписал указ. В Дзержинске накануне выборов умер Виктор Соколов.",
		ents: []ent{{"21 октября 2024 года", "DATE", "2024-10-21"}, {"Дзержинске", "CITY", ""}, {"Виктор Соколов", "PERSON", ""}},
		want: "SIGNING(подписал) date=2024-10-21 place= [time=21 октября 2024 года]\nDEATH(умер) date= place=Дзержинске [agent=Виктор Соколов, place=Дзержинске]"},
}

// TestEv23 runs ev23Cases.
func TestEv23(t *testing.T) { runRuleCases(t, ev23Cases) }
