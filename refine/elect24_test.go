package refine

import "testing"

// TestElectionNews pins the twenty-fourth session's rule of election
// news (electionCommissions; docs/ner.md, «Twenty-fourth session (helper
// elect24)»), with guards.
func TestElectionNews(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkNamedCases(t, []namedCase{
		{"a regional commission's compound name in lower case", r.electionCommissions, ruleCase{
			"Председатель облизбиркома Валерий Чайников уточнил данные.",
			[][2]string{{"Председатель облизбиркома", "PROFESSION"}, {"Валерий Чайников", "PERSON"}},
			[]string{"ORGANIZATION облизбиркома", "PROFESSION Председатель облизбиркома"}, nil}},
		{"a city's commission in the accusative", r.electionCommissions, ruleCase{
			"Жалобу направили в горизбирком.",
			nil,
			[]string{"ORGANIZATION горизбирком"}, nil}},
		{"another type over the word gives way", r.electionCommissions, ruleCase{
			"Центризбиркому Казахстана поступили документы.",
			[][2]string{{"Центризбиркому", "PERSON"}},
			[]string{"ORGANIZATION Центризбиркому"}, []string{"PERSON Центризбиркому"}}},
		{"guard: the bare «избирком» is no name", r.electionCommissions, ruleCase{
			"Он препятствовал деятельности избиркома.",
			nil,
			nil, []string{"ORGANIZATION избиркома"}}},
	})
}
