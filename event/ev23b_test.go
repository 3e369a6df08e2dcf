package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// ev23bCases are the cases of the twenty-third session's rules of helper
// ev23b, each with a guard it must not fire on.
var ev23bCases = []ruleCase{
	{name: "a person a street is named for takes no part (placename.go)",
		text: "Пожар произошел в доме на улице Генерала Тюленева.",
		ents: []ent{{"Пожар", "EVENT", ""}, {"улице Генерала Тюленева", "FACILITY", ""}, {"Тюленева", "PERSON", ""}},
		want: "ACCIDENT(Пожар) date= place= []"}, // (was participant=Тюленева)
	{name: "(guard) a person beside the street takes part",
		text: "На улице Генерала Тюленева задержан Иван Петров.",
		ents: []ent{{"улице Генерала Тюленева", "FACILITY", ""}, {"Тюленева", "PERSON", ""}, {"Иван Петров", "PERSON", ""}},
		want: "ARREST(задержан) date= place= [participant=Иван Петров]"},
	{name: "a quotation's date does not date the statement (quoteddate.go)",
		text: "Министр 3 сентября 2025 года посетила Курск. «Мы рассчитываем, что в 2026 году урожай вырастет», — заявила министр Оксана Лут.",
		ents: []ent{{"3 сентября 2025 года", "DATE", "2025-09-03"}, {"Курск", "CITY", ""}, {"в 2026 году", "DATE", "2026"}, {"Оксана Лут", "PERSON", ""}},
		want: "VISIT(посетила) date=2025-09-03 place=Курск [time=3 сентября 2025 года, place=Курск]\nSTATEMENT(заявила) date=2025-09-03 place= [agent=Оксана Лут]"}, // (was date=2026)
	{name: "(guard) a date after the quotation dates the statement",
		text: "Министр 3 сентября 2025 года посетила Курск. «Урожай вырастет», — заявила министр Оксана Лут 4 сентября 2025 года.",
		ents: []ent{{"3 сентября 2025 года", "DATE", "2025-09-03"}, {"Курск", "CITY", ""}, {"Оксана Лут", "PERSON", ""}, {"4 сентября 2025 года", "DATE", "2025-09-04"}},
		want: "VISIT(посетила) date=2025-09-03 place=Курск [time=3 сентября 2025 года, place=Курск]\nSTATEMENT(заявила) date=2025-09-04 place= [agent=Оксана Лут, time=4 сентября 2025 года]"},
	{name: "the first day of an exhibition told before (dayofevent.go)",
		text: "Выставка прошла с 7 по 10 июля 2025 года. Во второй день выставки стороны подписали соглашение.",
		ents: []ent{{"Выставка", "EVENT", ""}, {"с 7 по 10 июля 2025 года", "DATE", "2025-07-07/2025-07-10"}, {"Во второй день", "DATE", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "POINT_IN_TIME", Tail: "E2"}},
		want: "OTHER(Выставка) date=2025-07-07 place= [time=с 7 по 10 июля 2025 года]\nSIGNING(подписали) date=2025-07-08 place= [time=Во второй день]"}, // (was undated)
	{name: "(guard) the day of another event is unknown",
		text: "Выставка прошла с 7 по 10 июля 2025 года. Во второй день форума стороны подписали соглашение.",
		ents: []ent{{"Выставка", "EVENT", ""}, {"с 7 по 10 июля 2025 года", "DATE", "2025-07-07/2025-07-10"}, {"Во второй день", "DATE", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "POINT_IN_TIME", Tail: "E2"}},
		want: "OTHER(Выставка) date=2025-07-07 place= [time=с 7 по 10 июля 2025 года]\nSIGNING(подписали) date= place= [time=Во второй день]"},
}

// TestEv23b runs ev23bCases.
func TestEv23b(t *testing.T) { runRuleCases(t, ev23bCases) }
