package relation

import (
	"reflect"
	"sort"
	"testing"

	"github.com/factgraph/factgraph/tokenize"
)

func TestLists(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		ments [][2]string
		base  []Found
		want  [][3]any // added relations: type, head, tail
	}{
		{
			name: "persons after a plural post",
			text: "Выступили музыканты Юрий Царёв (проект «Метро»), Алексей Борисов и Павел Шевелёв.",
			ments: [][2]string{{"музыканты", "PROFESSION"}, {"Юрий Царёв", "PERSON"},
				{"Алексей Борисов", "PERSON"}, {"Павел Шевелёв", "PERSON"}},
			base: []Found{{Type: "WORKS_AS", Head: 1, Tail: 0}},
			want: [][3]any{{"WORKS_AS", 2, 0}, {"WORKS_AS", 3, 0}},
		},
		{
			name: "a singular post right before the first person is that person's alone",
			text: "Голы забили нападающий Луис Энрике и Максим Глушенков.",
			ments: [][2]string{{"нападающий", "PROFESSION"}, {"Луис Энрике", "PERSON"},
				{"Максим Глушенков", "PERSON"}},
			base: []Found{{Type: "WORKS_AS", Head: 1, Tail: 0}},
		},
		{
			name: "backwards from the member related, and a tail list",
			text: "Фильм сняли Иванов, Петров и Сидоров, авторы «Дождя» и «Снега».",
			ments: [][2]string{{"Иванов", "PERSON"}, {"Петров", "PERSON"}, {"Сидоров", "PERSON"},
				{"Дождя", "WORK_OF_ART"}, {"Снега", "WORK_OF_ART"}},
			base: []Found{{Type: "PRODUCES", Head: 2, Tail: 3}},
			want: [][3]any{{"PRODUCES", 1, 3}, {"PRODUCES", 0, 3}, {"PRODUCES", 2, 4}},
		},
		{
			name:  "a type lists do not share",
			text:  "Иванов и Петров родились в 1970 году.",
			ments: [][2]string{{"Иванов", "PERSON"}, {"Петров", "PERSON"}, {"1970 году", "DATE"}},
			base:  []Found{{Type: "DATE_OF_BIRTH", Head: 0, Tail: 2}},
		},
		{
			name:  "a verb between is no list",
			text:  "Иванов встретил Петрова в Москве.",
			ments: [][2]string{{"Иванов", "PERSON"}, {"встретил", "EVENT"}, {"Петрова", "PERSON"}},
			base:  []Found{{Type: "PARTICIPANT_IN", Head: 0, Tail: 1}},
		},
		{
			name:  "the walk stops at the other argument",
			text:  "Иванов, Петров и Сидоров знакомы.",
			ments: [][2]string{{"Иванов", "PERSON"}, {"Петров", "PERSON"}, {"Сидоров", "PERSON"}},
			base:  []Found{{Type: "KNOWS", Head: 0, Tail: 1}},
			want:  [][3]any{{"KNOWS", 0, 2}},
		},
		// titled lists (twenty-third session, helper rel23b): the second
		// person's post between the two
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

// TestListArgsOnTrain recounts on NEREL v1.1 train, with gold entities and
// relations, how often a list shares each argument of listArgs: every
// gold relation is propagated along the gold mentions' lists as Lists
// does, and a propagated relation counts as shared when it is gold too.
// Each entry must hold in at least 75 % of at least 8 cases, and every
// argument that does must be an entry (skipped without the shared data).
func TestListArgsOnTrain(t *testing.T) {
	if testing.Short() {
		t.Skip("reads NEREL train")
	}
	docs := nerelSplit(t, "train")
	shared, all := map[listArg]int{}, map[listArg]int{}
	for _, d := range docs {
		gold := map[Found]bool{}
		for _, r := range d.rels {
			gold[r] = true
		}
		lists := newListIndex(newPatternContext(d.sents, d.ments))
		for _, r := range d.rels {
			for _, g := range lists.spread(r, func(listArg) bool { return true }) {
				// the argument the list shared is the one that moved
				k := listArg{g.Type, g.Tail == r.Tail, d.ments[r.Head].Type}
				if g.Tail != r.Tail {
					k.typ = d.ments[r.Tail].Type
				}
				all[k]++
				if gold[relKey(g)] {
					shared[k]++
				}
			}
		}
	}
	var keys []listArg
	for k := range all {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		return a.rel < b.rel || a.rel == b.rel && (a.typ < b.typ || a.typ == b.typ && a.head && !b.head)
	})
	for _, k := range keys {
		holds := all[k] >= 8 && float64(shared[k]) >= 0.75*float64(all[k])
		if holds || listArgs[k] {
			t.Logf("%-18s head=%-5v %-18s %4d of %4d", k.rel, k.head, k.typ, shared[k], all[k])
		}
		if holds != listArgs[k] {
			t.Errorf("%+v: shared in %d of %d cases in train; in the table: %v", k, shared[k], all[k], listArgs[k])
		}
	}
}
