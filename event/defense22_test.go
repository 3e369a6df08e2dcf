package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// defense22Cases are the cases of the twenty-second session's event rule
// of the defence-industry news (helper defense22), as twentiethCases.
var defense22Cases = []ruleCase{
	{name: "the year an exhibition's name holds does not move a story already at a day of that year",
		text: "17 февраля 2025 года Иван Петров прибыл в Абу-Даби. Компания покажет технику на выставке IDEX-2025. Иван Петров встретился с Петром Сидоровым.",
		ents: []ent{{"17 февраля 2025 года", "DATE", "2025-02-17"}, {"Иван Петров", "PERSON", ""}, {"Абу-Даби", "CITY", ""}, {"IDEX-2025", "EVENT", ""}, {"2025", "DATE", "2025"}, {"Иван Петров", "PERSON", ""}, {"Петром Сидоровым", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E4", Type: "POINT_IN_TIME", Tail: "E5"}},
		// (the meeting was dated 2025)
		want: "VISIT(прибыл) date=2025-02-17 place=Абу-Даби [time=17 февраля 2025 года, agent=Иван Петров, place=Абу-Даби]\nOTHER(IDEX-2025) date=2025 place= [time=2025]\nMEETING(встретился) date=2025-02-17 place= [agent=Иван Петров, participant=Петром Сидоровым]"},
	{name: "without a day of that year before it, the name's year is the story's time (guard)",
		text: "Компания покажет технику на выставке IDEX-2025. Иван Петров встретился с Петром Сидоровым.",
		ents: []ent{{"IDEX-2025", "EVENT", ""}, {"2025", "DATE", "2025"}, {"Иван Петров", "PERSON", ""}, {"Петром Сидоровым", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "POINT_IN_TIME", Tail: "E2"}},
		want: "OTHER(IDEX-2025) date=2025 place= [time=2025]\nMEETING(встретился) date=2025 place= [agent=Иван Петров, participant=Петром Сидоровым]"},
}

// TestDefense22 runs defense22Cases.
func TestDefense22(t *testing.T) { runRuleCases(t, defense22Cases) }
