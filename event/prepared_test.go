package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// preparedCases are the cases of a visit being prepared whose preparers a
// role phrase names (preparedOf with rolePhrases; twenty-first session,
// helper ev21).
var preparedCases = []ruleCase{
	{name: "those a role phrase names who prepare a visit take no part in it",
		text: "Министр иностранных дел Иван Петров и министр иностранных дел Китая Ли Вэй встретились в Пекине. Министры обсудили подготовку визита президента Китая Чжан Мина в Москву.",
		ents: []ent{{"Министр иностранных дел", "PROFESSION", ""}, {"Иван Петров", "PERSON", ""}, {"министр иностранных дел Китая", "PROFESSION", ""}, {"Ли Вэй", "PERSON", ""},
			{"Пекине", "CITY", ""}, {"Чжан Мина", "PERSON", ""}, {"Москву", "CITY", ""}},
		rels: []doc.Relation{{Head: "E2", Type: "WORKS_AS", Tail: "E1"}, {Head: "E4", Type: "WORKS_AS", Tail: "E3"}},
		// before: participant=Иван Петров, participant=Ли Вэй too
		want: "MEETING(встретились) date= place=Пекине [agent=Иван Петров, agent=Ли Вэй, place=Пекине]\n" +
			"VISIT(визита) date= place=Москву [participant=Чжан Мина, place=Москву]"},
}

func TestPrepared(t *testing.T) { runRuleCases(t, preparedCases) }
