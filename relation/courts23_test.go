package relation

import (
	"slices"
	"testing"
)

// TestCourtContradictions runs the cases of the twenty-third session's
// filters for court news (helper courts23): the agent of a passive
// participle (passiveagent.go) and penalties of other terms
// (penaltyterm.go).
func TestCourtContradictions(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions [][2]string
		base     []Found
		want     []string
	}{
		{"the agent of a passive participle is no post or workplace of the subject; an apposed post is",
			"Сафронов был задержан сотрудниками ФСБ. Полковник ФСБ Иванов выступил.",
			[][2]string{{"Сафронов", "PERSON"}, {"сотрудниками ФСБ", "PROFESSION"}, {"ФСБ", "ORGANIZATION"},
				{"Полковник ФСБ", "PROFESSION"}, {"ФСБ", "ORGANIZATION"}, {"Иванов", "PERSON"}},
			[]Found{{Type: "WORKS_AS", Head: 0, Tail: 1}, {Type: "WORKPLACE", Head: 0, Tail: 2}, {Type: "WORKS_AS", Head: 5, Tail: 3}, {Type: "WORKPLACE", Head: 5, Tail: 4}},
			[]string{"Иванов WORKPLACE ФСБ", "Иванов WORKS_AS Полковник ФСБ"}},
		{"(guard) a post in the instrumental after no participle stays",
			"Петров работал следователями не раз. Иванов стал сотрудниками банка.",
			[][2]string{{"Иванов", "PERSON"}, {"сотрудниками банка", "PROFESSION"}},
			[]Found{{Type: "WORKS_AS", Head: 0, Tail: 1}},
			[]string{"Иванов WORKS_AS сотрудниками банка"}},
		{"penalties of other terms are no other names; of the same term they may be",
			"Ее приговорили к девяти годам лишения свободы. Сообщники получили шесть и четыре года колонии. Ему дали семь лет, суд назначил семи годам лишения свободы.",
			[][2]string{{"девяти годам лишения свободы", "PENALTY"}, {"шесть и четыре года колонии", "PENALTY"}, {"дали семь лет", "PENALTY"}, {"семи годам лишения свободы", "PENALTY"}},
			[]Found{{Type: "ALTERNATIVE_NAME", Head: 0, Tail: 1}, {Type: "ALTERNATIVE_NAME", Head: 2, Tail: 3}},
			[]string{"дали семь лет ALTERNATIVE_NAME семи годам лишения свободы"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsIn(t, tt.text, tt.mentions...)
			got := facts(Contradictions{Base: fixed(tt.base)}.Extract([]rune(tt.text), nil, ms), ms)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
