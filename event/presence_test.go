package event

import "testing"

// presenceCases are the cases of the witness and prepared-visit rules
// (presence.go; twentieth session, helper ev20c).
var presenceCases = []ruleCase{
	{name: "one in whose presence a paper is signed is no signer",
		text: "Документ подписали Иван Петров и Ли Вэй в присутствии премьер-министра Китая Чжан Мина.",
		ents: []ent{{"Иван Петров", "PERSON", ""}, {"Ли Вэй", "PERSON", ""}, {"Чжан Мина", "PERSON", ""}},
		want: "SIGNING(подписали) date= place= [agent=Иван Петров, agent=Ли Вэй]"},
	{name: "(guard) the signers listed after the verb stay signers",
		text: "Документ подписали Иван Петров, Ли Вэй и Чжан Мин.",
		ents: []ent{{"Иван Петров", "PERSON", ""}, {"Ли Вэй", "PERSON", ""}, {"Чжан Мин", "PERSON", ""}},
		want: "SIGNING(подписали) date= place= [agent=Иван Петров, agent=Ли Вэй, agent=Чжан Мин]"},
	{name: "a visit being prepared of another person is another visit",
		text: "Иван Петров прибыл с визитом в Пекин. Стороны обсудили подготовку визита президента Китая Ли Вэя в Москву.",
		ents: []ent{{"Иван Петров", "PERSON", ""}, {"Пекин", "CITY", ""}, {"Ли Вэя", "PERSON", ""}, {"Москву", "CITY", ""}},
		want: "VISIT(прибыл) date= place=Пекин [agent=Иван Петров, place=Пекин]\n" +
			"VISIT(визита) date= place=Москву [participant=Ли Вэя, place=Москву]"},
	{name: "(guard) a visit being prepared of no one named is the one told before",
		text: "Иван Петров прибудет с визитом в Пекин. Стороны обсудили подготовку визита.",
		ents: []ent{{"Иван Петров", "PERSON", ""}, {"Пекин", "CITY", ""}},
		want: "VISIT(прибудет) date= place=Пекин [agent=Иван Петров, place=Пекин]"},
}

func TestPresence(t *testing.T) { runRuleCases(t, presenceCases) }
