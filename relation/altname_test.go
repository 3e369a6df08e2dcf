package relation

import (
	"slices"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

func TestAltNames(t *testing.T) {
	far := strings.Repeat("Ничего не произошло. ", 60)
	tests := []struct {
		name, text string
		mentions   [][2]string
		base       fixed
		want       []string
	}{
		// farPlaceName: a place's new name at most three sentences after the other
		{name: "a country's short name three sentences on",
			text:     "Власти России заявили об этом. Решение принято. Оно вступит в силу. В РФ такие случаи редки.",
			mentions: [][2]string{{"России", "COUNTRY"}, {"РФ", "COUNTRY"}},
			want:     []string{"России ALTERNATIVE_NAME РФ"}},
		{name: "a country's short name five sentences on",
			text:     "Власти России заявили об этом. Решение принято. Оно вступит в силу. Его обсудят. Спор утих. В РФ такие случаи редки.",
			mentions: [][2]string{{"России", "COUNTRY"}, {"РФ", "COUNTRY"}}},
		{name: "a person's surname five sentences on",
			text:     "Нельсон Мандела умер в декабре. Решение принято. Оно вступит в силу. Его обсудят. Спор утих. Семье Манделы соболезнуют.",
			mentions: [][2]string{{"Нельсон Мандела", "PERSON"}, {"Манделы", "PERSON"}},
			want:     []string{"Нельсон Мандела ALTERNATIVE_NAME Манделы"}},
		{name: "a surname after the full name",
			text:     "Нельсон Мандела умер в декабре. Соболезнования семье Манделы выразили многие.",
			mentions: [][2]string{{"Нельсон Мандела", "PERSON"}, {"Манделы", "PERSON"}},
			want:     []string{"Нельсон Мандела ALTERNATIVE_NAME Манделы"}},
		{name: "each new name links to the nearest other name before it",
			text: "Эрик Шмидт приехал в Москву. Шмидт заявил, что Эрик Шмидт не уйдёт. Позже Шмидта видели в Кремле.",
			mentions: [][2]string{{"Эрик Шмидт", "PERSON"}, {"Москву", "CITY"}, {"Шмидт", "PERSON"},
				{"Эрик Шмидт", "PERSON"}, {"Шмидта", "PERSON"}},
			want: []string{"Эрик Шмидт ALTERNATIVE_NAME Шмидт"}},
		{name: "a country's short name", text: "Власти России заявили об этом. В РФ такие случаи редки.",
			mentions: [][2]string{{"России", "COUNTRY"}, {"РФ", "COUNTRY"}}, want: []string{"России ALTERNATIVE_NAME РФ"}},
		{name: "an inflected repeat is no new name", text: "Николас Мадуро выступил. Николасу Мадуро ответили.",
			mentions: [][2]string{{"Николас Мадуро", "PERSON"}, {"Николасу Мадуро", "PERSON"}}},
		{name: "a name repeated in another case that the lemmas miss is no new name",
			text:     "Байден вину не признал. Адвокаты Байдена обжаловали приговор. Судья вызвал Джо Байдена.",
			mentions: [][2]string{{"Байден", "PERSON"}, {"Байдена", "PERSON"}, {"Джо Байдена", "PERSON"}},
			want:     []string{"Байдена ALTERNATIVE_NAME Джо Байдена"}},
		{name: "a mention the base already gives a head keeps it",
			text:     "Нельсон Мандела умер в декабре. Соболезнования семье Манделы выразили многие.",
			mentions: [][2]string{{"Нельсон Мандела", "PERSON"}, {"Манделы", "PERSON"}},
			base:     fixed{{Type: "ALTERNATIVE_NAME", Head: 0, Tail: 1}},
			want:     []string{"Нельсон Мандела ALTERNATIVE_NAME Манделы"}},
		{name: "a person named inside another mention", text: "Нельсон Мандела умер. Фонд Манделы объявил сбор.",
			mentions: [][2]string{{"Нельсон Мандела", "PERSON"}, {"Фонд Манделы", "ORGANIZATION"}, {"Манделы", "PERSON"}}},
		{name: "too far apart", text: "Нельсон Мандела умер. " + far + "Семье Манделы соболезнуют.",
			mentions: [][2]string{{"Нельсон Мандела", "PERSON"}, {"Манделы", "PERSON"}}},
		{name: "organizations are left alone", text: "Компания «Газпром нефть» отчиталась. «Газпром нефти» это удалось.",
			mentions: [][2]string{{"Газпром нефть", "ORGANIZATION"}, {"Газпром нефти", "ORGANIZATION"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsIn(t, tt.text, tt.mentions...)
			got := facts(AltNames{Base: tt.base}.Extract([]rune(tt.text), tokenize.Split(tt.text), ms), ms)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// groupAll puts every mention in one entity of persons.
type groupAll struct{}

func (groupAll) Link(_ []rune, _ []doc.Sentence, ms []doc.Mention) []doc.Entity {
	return []doc.Entity{{Type: "PERSON", Mentions: ms}}
}

// TestAltNamesOddInput gives AltNames mentions outside the text, empty,
// reversed or sharing a span, and base relations with indexes out of range:
// it must not panic, and relates only the mentions inside the text.
func TestAltNamesOddInput(t *testing.T) {
	text := []rune("Иван Петров и Петров.")
	ms := []doc.Mention{
		{Span: doc.Span{Start: 0, End: 11}, Type: "PERSON", Text: "Иван Петров"},
		{Span: doc.Span{Start: 14, End: 20}, Type: "PERSON", Text: "Петров"},
		{Span: doc.Span{Start: 14, End: 20}, Type: "PERSON", Text: "Петров"},
		{Span: doc.Span{Start: 15, End: 40}, Type: "PERSON", Text: "Пётр"},
		{Span: doc.Span{Start: 5, End: 3}, Type: "PERSON", Text: "Пётр"},
		{Span: doc.Span{Start: -2, End: 3}, Type: "PERSON", Text: "Пётр"},
		{Span: doc.Span{Start: 4, End: 4}, Type: "PERSON", Text: ""},
	}
	base := fixed{{Type: "ALTERNATIVE_NAME", Head: -1, Tail: 99}}
	for _, g := range []Grouper{groupAll{}, nil} {
		got := AltNames{Base: base, Grouper: g}.Extract(text, tokenize.Split(string(text)), ms)
		for _, f := range got[1:] {
			if f.Head != 0 || (f.Tail != 1 && f.Tail != 2) {
				t.Errorf("%T: unexpected %+v", g, f)
			}
		}
		if len(got) < 2 {
			t.Errorf("%T: nothing added: %+v", g, got)
		}
	}
	AltNames{Base: fixed(nil)}.Extract(nil, nil, nil)
}

func TestSameNameForms(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"Александр Кокорин", "Александра Кокорина", true},
		{"Ким Чен Ын", "Ким Чен Ына", true},
		{"Маркива", "Маркив", true},
		{"Маркив", "Маркив", true},
		{"Барак Обама", "Обамы", false},     // another name of him
		{"Игорь Малашенко", "Игорь", false}, // fewer words
		{"Ли", "Лиза", false},               // too short to tell
		{"Мария Шукшина", "Марина Шукшина", false},
	} {
		if got := sameNameForms(tt.a, tt.b); got != tt.want {
			t.Errorf("sameNameForms(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
