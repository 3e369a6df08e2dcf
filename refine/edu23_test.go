package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestEducationNews pins the twenty-third session's rules of education
// news (academicNames, outerQuotes, countedMoney; docs/ner.md, «Twenty-third session (helper
// edu23)»), each with a guard.
func TestEducationNews(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []namedCase{
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
		{"quotes cut off a wholly quoted name and a stray closing one", perMention(func(text []rune, _ []doc.Token, m doc.Mention) doc.Mention { return outerQuotes(text, m) }), ruleCase{
			`НОВОСИБИРСК, 16 октября. /"Интерфакс-Сибирь"/. Победили ученики лицея "Вторая школа".`,
			[][2]string{{`"Интерфакс-Сибирь"`, "ORGANIZATION"}, {`Вторая школа"`, "ORGANIZATION"}},
			[]string{"ORGANIZATION Интерфакс-Сибирь", "ORGANIZATION Вторая школа"},
			[]string{`ORGANIZATION "Интерфакс-Сибирь"`, `ORGANIZATION Вторая школа"`}}},
		{"guard: quotes inside a name stay", perMention(func(text []rune, _ []doc.Token, m doc.Mention) doc.Mention { return outerQuotes(text, m) }), ruleCase{
			`Он учился в МГТУ "МАМИ" и в «Сколтехе» и «МИСИС».`,
			[][2]string{{`МГТУ "МАМИ"`, "ORGANIZATION"}, {"«Сколтехе» и «МИСИС»", "ORGANIZATION"}},
			[]string{`ORGANIZATION МГТУ "МАМИ"`, "ORGANIZATION «Сколтехе» и «МИСИС»"}, nil}},
		{"an amount of no currency before a counted noun is a number", perMention(func(_ []rune, toks []doc.Token, m doc.Mention) doc.Mention { return r.countedMoney(toks, m) }), ruleCase{
			"Открылась школа на 1,5 тыс. учеников. В кампусе 4 тыс. мест.",
			[][2]string{{"1,5 тыс.", "MONEY"}, {"4 тыс.", "MONEY"}},
			[]string{"NUMBER 1,5 тыс.", "NUMBER 4 тыс."}, []string{"MONEY 1,5 тыс.", "MONEY 4 тыс."}}},
		{"guard: a currency after it, money elided", perMention(func(_ []rune, toks []doc.Token, m doc.Mention) doc.Mention { return r.countedMoney(toks, m) }), ruleCase{
			"Грант составит 6 млн рублей. Выручка выросла на 12 млрд в 2025 году.",
			[][2]string{{"6 млн", "MONEY"}, {"12 млрд", "MONEY"}},
			[]string{"MONEY 6 млн", "MONEY 12 млрд"}, nil}},
	}
	checkNamedCases(t, tests)
}
