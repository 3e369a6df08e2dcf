package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestEducationNews pins the twenty-third session's rules of education
// news (academicNames; docs/ner.md, «Twenty-third session (helper
// edu23)»), each with a guard.
func TestEducationNews(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		rule func([]rune, []doc.Sentence, []doc.Mention) []doc.Mention
		ruleCase
	}{
		{"two universities run together over «и» split", r.academicNames, ruleCase{
			"Гранты получили ученые Уральского федерального университета и Казанского федерального университета.",
			[][2]string{{"Уральского федерального университета и Казанского федерального университета", "ORGANIZATION"}},
			[]string{"ORGANIZATION Уральского федерального университета", "ORGANIZATION Казанского федерального университета"},
			[]string{"ORGANIZATION Уральского федерального университета и Казанского федерального университета"}}},
		{"a university read as a person's name", r.academicNames, ruleCase{
			"Гранты получили Уральский федеральный университет и Казанский федеральный университет.",
			[][2]string{{"Уральский федеральный университет", "ORGANIZATION"}, {"Казанский", "PERSON"}},
			[]string{"ORGANIZATION Уральский федеральный университет", "ORGANIZATION Казанский федеральный университет"},
			[]string{"PERSON Казанский"}}},
		{"guard: a genitive after the noun, a longer name, a quote", r.academicNames, ruleCase{
			"Он окончил Московский университет государственного управления. Она учится в Национальном исследовательском Томском государственном университете. Его приняли в «Смоленский государственный университет».",
			[][2]string{{"Национальном исследовательском Томском государственном университете", "ORGANIZATION"}},
			[]string{"ORGANIZATION Национальном исследовательском Томском государственном университете"},
			[]string{"ORGANIZATION Московский университет", "ORGANIZATION Томском государственном университете", "ORGANIZATION Смоленский государственный университет"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, tt.rule)
		})
	}
}
