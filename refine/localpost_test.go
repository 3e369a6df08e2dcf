package refine

import "testing"

func TestLocalPosts(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		{"Вологодский губернатор Георгий Филимонов приехал в Череповец.", [][2]string{{"Вологодский", "CITY"}, {"губернатор", "PROFESSION"}},
			[]string{"PROFESSION Вологодский губернатор", "STATE_OR_PROVINCE Вологодский", "PROFESSION губернатор"}, []string{"CITY Вологодский"}},
		{"Кузбасский губернатор Илья Середюк выразил соболезнования.", [][2]string{{"Кузбасский", "NATIONALITY"}},
			[]string{"PROFESSION Кузбасский губернатор", "STATE_OR_PROVINCE Кузбасский", "PROFESSION губернатор"}, []string{"NATIONALITY Кузбасский"}},
		{"Встреча московского мэра прошла.", [][2]string{{"московского", "CITY"}},
			[]string{"PROFESSION московского мэра", "CITY московского"}, nil},
		// a country's adjective before another noun; a post that does not agree
		{"Российский инженер Иван Петров выступил.", [][2]string{{"Российский", "COUNTRY"}}, nil, []string{"PROFESSION Российский инженер"}},
		{"Британские губернатор и мэр встретились.", [][2]string{{"Британские", "NATIONALITY"}}, nil, []string{"PROFESSION Британские губернатор"}},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, r.localPosts)
	}
}
