package relation

import (
	"slices"
	"testing"
)

// TestSoc20Contradictions pins the filters of the twentieth session's
// sports and culture news: the team played against (opponent) and a place
// inside a quoted name (inQuotedName).
func TestSoc20Contradictions(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions [][2]string
		base     []Found
		want     []string
	}{
		{"the team after «против» is the opponent, neither the player's workplace nor his team; his own club stays",
			"Нападающий «Вашингтона» Александр Овечкин отличился в матче против «Нью-Йорк Рейнджерс».",
			[][2]string{{"Вашингтона", "ORGANIZATION"}, {"Александр Овечкин", "PERSON"}, {"Нью-Йорк Рейнджерс", "ORGANIZATION"}},
			[]Found{{Type: "WORKPLACE", Head: 1, Tail: 0}, {Type: "WORKPLACE", Head: 1, Tail: 2}, {Type: "MEMBER_OF", Head: 1, Tail: 2}},
			[]string{"Александр Овечкин WORKPLACE Вашингтона"}},
		{"a place inside the quoted name after an event does not place it; the city it is held in does",
			"В Выборге открылся фестиваль российского кино «Окно в Европу».",
			[][2]string{{"Выборге", "CITY"}, {"фестиваль российского кино", "EVENT"}, {"Европу", "LOCATION"}},
			[]Found{{Type: "TAKES_PLACE_IN", Head: 1, Tail: 0}, {Type: "TAKES_PLACE_IN", Head: 1, Tail: 2}},
			[]string{"фестиваль российского кино TAKES_PLACE_IN Выборге"}},
		{"a place inside quotes that open inside the name does not seat it; a name in quotes of its own keeps its country",
			"Об этом сообщила Русская служба «Голоса Америки». Партия «Единая Россия» провела съезд.",
			[][2]string{{"Русская служба «Голоса Америки»", "ORGANIZATION"}, {"Америки", "COUNTRY"}, {"Единая Россия", "ORGANIZATION"}, {"Россия", "COUNTRY"}},
			[]Found{{Type: "HEADQUARTERED_IN", Head: 0, Tail: 1}, {Type: "HEADQUARTERED_IN", Head: 2, Tail: 3}},
			[]string{"Единая Россия HEADQUARTERED_IN Россия"}},
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
