package relation

import (
	"github.com/factgraph/factgraph/tokenize"
	"reflect"
	"sort"
	"testing"
)

// TestTitledArgsOnTrain counts on NEREL v1.1 train, gold entities and
// relations, how often two persons of a titled list share each relation
// whose head is one of them, its tail the nearest of its type; each type
// of titledArgs must be shared in at least 75 % of its cases (skipped
// without the shared data).
func TestTitledArgsOnTrain(t *testing.T) {
	if testing.Short() {
		t.Skip("reads NEREL train")
	}
	docs := nerelSplit(t, "train")
	shared, all := map[string]int{}, map[string]int{}
	pairs := 0
	for _, d := range docs {
		gold := map[Found]bool{}
		for _, r := range d.rels {
			gold[r] = true
		}
		c := newPatternContext(d.sents, d.ments)
		x := newTitledIndex(c)
		next, prev := x.next, x.prev
		pairs += len(next)
		for _, r := range d.rels {
			for _, step := range []map[int]int{next, prev} {
				if o, ok := step[r.Head]; ok && o != r.Tail && x.nearestTail(r.Tail, o, r.Head) {
					g := Found{Type: r.Type, Head: o, Tail: r.Tail}
					all[r.Type]++
					if gold[g] {
						shared[r.Type]++
					}
				}
			}
		}
	}
	var keys []string
	for k := range all {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	t.Logf("titled pairs: %d", pairs)
	for _, k := range keys {
		t.Logf("%-18s %4d of %4d", k, shared[k], all[k])
		if titledArgs[listArg{k, true, "PERSON"}] && float64(shared[k]) < 0.75*float64(all[k]) {
			t.Errorf("%s: shared in %d of %d cases in train, under 75 %%", k, shared[k], all[k])
		}
	}
}

func TestTitledLists(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		ments [][2]string
		base  []Found
		want  [][3]any // added relations: type, head, tail
	}{
		{
			name: "the second subject's post between shares the event back to the first",
			text: "Алексей Миллер и глава «Роснефти» Игорь Сечин выступили на форуме.",
			ments: [][2]string{{"Алексей Миллер", "PERSON"}, {"глава «Роснефти»", "PROFESSION"},
				{"Игорь Сечин", "PERSON"}, {"форуме", "EVENT"}},
			base: []Found{{Type: "PARTICIPANT_IN", Head: 2, Tail: 3}, {Type: "WORKS_AS", Head: 2, Tail: 1}},
			want: [][3]any{{"PARTICIPANT_IN", 0, 3}},
		},
		{
			name: "and forward from the first",
			text: "Министр Иван Петров и губернатор области Олег Сидоров подписали соглашение.",
			ments: [][2]string{{"Министр", "PROFESSION"}, {"Иван Петров", "PERSON"},
				{"губернатор области", "PROFESSION"}, {"Олег Сидоров", "PERSON"}, {"подписали соглашение", "EVENT"}},
			base: []Found{{Type: "AGENT", Head: 1, Tail: 4}},
			want: [][3]any{{"AGENT", 3, 4}},
		},
		{
			name: "persons in the dative are no coordinated subjects (guard)",
			text: "Письмо направлено Ивану Петрову и директору ФБР Олегу Сидорову после назначения.",
			ments: [][2]string{{"Ивану Петрову", "PERSON"}, {"директору ФБР", "PROFESSION"},
				{"Олегу Сидорову", "PERSON"}, {"назначения", "EVENT"}},
			base: []Found{{Type: "PARTICIPANT_IN", Head: 2, Tail: 3}},
		},
		{
			name: "an event nearer the persons is theirs, not the far one (guard)",
			text: "Иван Петров и президент России Олег Сидоров сделали заявление к годовщине встречи войск.",
			ments: [][2]string{{"Иван Петров", "PERSON"}, {"президент России", "PROFESSION"},
				{"Олег Сидоров", "PERSON"}, {"заявление", "EVENT"}, {"встречи войск", "EVENT"}},
			base: []Found{{Type: "AGENT", Head: 0, Tail: 4}},
		},
		{
			name: "no role added to a person holding the other one (guard)",
			text: "Иван Петров и министр энергетики Олег Сидоров подписали контракт.",
			ments: [][2]string{{"Иван Петров", "PERSON"}, {"министр энергетики", "PROFESSION"},
				{"Олег Сидоров", "PERSON"}, {"подписали", "EVENT"}},
			base: []Found{{Type: "PARTICIPANT_IN", Head: 0, Tail: 3}, {Type: "AGENT", Head: 2, Tail: 3}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsIn(t, tt.text, tt.ments...)
			got := Lists{Base: fixed(tt.base)}.Extract([]rune(tt.text), tokenize.Split(tt.text), ms)
			var added [][3]any
			for _, f := range got[len(tt.base):] {
				added = append(added, [3]any{f.Type, f.Head, f.Tail})
			}
			if !reflect.DeepEqual(added, tt.want) {
				t.Errorf("added %v, want %v", added, tt.want)
			}
		})
	}
}
