package relation

import (
	"slices"
	"testing"
)

// TestTwentiethCrime: the source of a report after the event's clause,
// with a long post of no verb, is no party to the event nor convicted of
// the crime the clause tells (helper crime20); a post holding a clause of
// its own does not make the name after it the source, nor does a convict
// named before the crime.
func TestTwentiethCrime(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions [][2]string
		base     []Found
		want     []string
	}{
		{"a source with a post of seven words",
			"Полицейские задержали трех участников группы, подозреваемых в угонах автомобилей, сообщил начальник ГУ МВД по Нижегородской области генерал-лейтенант Сергей Барыкин.",
			[][2]string{{"задержали", "EVENT"}, {"угонах автомобилей", "CRIME"}, {"Сергей Барыкин", "PERSON"}},
			[]Found{{Type: "PARTICIPANT_IN", Head: 2, Tail: 0}, {Type: "CONVICTED_OF", Head: 2, Tail: 1}},
			nil},
		{"guard: a long stretch with a verb of its own, and a convict before the crime",
			"Полиция задержала подозреваемых в угонах, сообщил начальник отдела, который вчера допросил задержанного Петра Сидорова. Иванов, обвиняемый в краже, заявил о невиновности.",
			[][2]string{{"задержала", "EVENT"}, {"угонах", "CRIME"}, {"Петра Сидорова", "PERSON"}, {"Иванов", "PERSON"}, {"краже", "CRIME"}},
			[]Found{{Type: "PARTICIPANT_IN", Head: 2, Tail: 0}, {Type: "CONVICTED_OF", Head: 2, Tail: 1}, {Type: "CONVICTED_OF", Head: 3, Tail: 4}},
			[]string{"Иванов CONVICTED_OF краже", "Петра Сидорова CONVICTED_OF угонах", "Петра Сидорова PARTICIPANT_IN задержала"}},
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
