package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// defense22Cases are the cases of the twenty-second session's event rule
// of the defence-industry news (helper defense22), as twentiethCases.
var defense22Cases = []ruleCase{
	{name: "the year an exhibition's name holds is no time the story moves to",
		text: "МОСКВА, 17 февраля. Компания покажет технику на выставке IDEX-2025. Иван Петров встретился с Петром Сидоровым.",
		ents: []ent{{"МОСКВА", "CITY", ""}, {"17 февраля", "DATE", "2025-02-17"}, {"IDEX-2025", "EVENT", ""}, {"2025", "DATE", "2025"}, {"Иван Петров", "PERSON", ""}, {"Петром Сидоровым", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E3", Type: "POINT_IN_TIME", Tail: "E4"}},
		// (was date=2025; left undated here, the document's day dates it in the pipeline)
		want: "OTHER(IDEX-2025) date=2025 place= [time=2025]\nMEETING(встретился) date= place= [agent=Иван Петров, participant=Петром Сидоровым]"},
	{name: "a year the story tells moves it (guard)",
		text: "МОСКВА, 17 февраля. Выставка прошла в 2024 году. Иван Петров встретился с Петром Сидоровым.",
		ents: []ent{{"МОСКВА", "CITY", ""}, {"17 февраля", "DATE", "2025-02-17"}, {"Выставка", "EVENT", ""}, {"в 2024 году", "DATE", "2024"}, {"Иван Петров", "PERSON", ""}, {"Петром Сидоровым", "PERSON", ""}},
		want: "OTHER(Выставка) date=2024 place= []\nMEETING(встретился) date=2024 place= [agent=Иван Петров, participant=Петром Сидоровым]"},
}

// TestDefense22 runs defense22Cases.
func TestDefense22(t *testing.T) { runRuleCases(t, defense22Cases) }
