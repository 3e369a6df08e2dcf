package event

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// elect24Cases are the cases of the twenty-fourth session's rules of
// helper elect24 (election news), each with a guard it must not fire on.
var elect24Cases = []ruleCase{
	{name: "topping a party's list is no appointment (topped.go)",
		text: "Федеральную часть списка возглавили министр Сергей Шойгу и глава МИД Сергей Лавров.",
		ents: []ent{{"Сергей Шойгу", "PERSON", ""}, {"Сергей Лавров", "PERSON", ""}},
		want: ""}, // (was APPOINTMENT(возглавили) agent=Сергей Шойгу agent=Сергей Лавров)
	{name: "topping a chart, an EVENT mention, is no appointment (topped.go)",
		text: "Сингл возглавил британский чарт.",
		ents: []ent{{"возглавил", "EVENT", ""}},
		want: "OTHER(возглавил) date= place= []"}, // (was APPOINTMENT)
	{name: "(guard) heading a ministry is",
		text: "Министерство возглавил Сергей Лавров.",
		ents: []ent{{"Министерство", "ORGANIZATION", ""}, {"Сергей Лавров", "PERSON", ""}},
		want: "APPOINTMENT(возглавил) date= place= [agent=Министерство, object=Сергей Лавров]"}, // (roles without the relations of the pipeline)
}

// TestElect24 runs elect24Cases.
func TestElect24(t *testing.T) { runRuleCases(t, elect24Cases) }

// TestDaySetAhead pins daySetAhead (daysetahead.go); the pipeline's news
// test news-s24-elect24-foreign-pres.txt pins its use in aheadOfPast,
// which reads the tagger's tense.
func TestDaySetAhead(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		want       bool
	}{
		{"Инаугурация назначена на 6 августа.", "на 6 августа", true},
		{"Выборы назначены на 17 марта.", "17 марта", true},
		{"Заседание перенесено на понедельник.", "на понедельник", true},
		{"(guard) Он приехал на 6 августа.", "на 6 августа", false},
		{"(guard) Он назначен 6 августа.", "6 августа", false},
	} {
		text := []rune(tc.text)
		start := strings.Index(tc.text, tc.date)
		s := utf8.RuneCountInString(tc.text[:start])
		m := doc.Mention{Span: doc.Span{Start: s, End: s + utf8.RuneCountInString(tc.date)}, Text: tc.date, Type: "DATE"}
		toks := tokenize.Split(string(text))[0].Tokens
		if got := daySetAhead(toks, m); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.text, got, tc.want)
		}
	}
}
