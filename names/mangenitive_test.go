package names

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

func TestManGenitive(t *testing.T) {
	l, err := NewLinker()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"a man's genitive read as a woman's name, «роман Евгения Водолазкина»", "Евгения Водолазкина", "Евгений Водолазкин", true},
		{"a first name in -а", "Александра Сокурова", "Александр Сокуров", true},
		{"(guard) another first name", "Евгения Водолазкина", "Сергей Водолазкин", false},
		{"(guard) the same first name: genitivePerson's", "Лиама Хоулетта", "Лиам Хоулетт", false},
		{"(guard) a surname of no Russian ending", "Александра Кравец", "Александр Кравец", false},
		{"(guard) a woman's first name that is no man's genitive", "Анна Иванова", "Анн Иванов", false},
		{"(guard) names of three words", "Евгения Германовича Водолазкина", "Евгений Германович Водолазкин", false},
	}
	for _, tt := range tests {
		if got := l.manGenitive("PERSON", tt.a, tt.b); got != tt.want {
			t.Errorf("%s: %s beside %s: %v, want %v", tt.name, tt.a, tt.b, got, tt.want)
		}
	}
}

func TestOnlyWrittenAs(t *testing.T) {
	g := &group{typ: "PERSON", mentions: []doc.Mention{{Text: "Евгения Водолазкина"}}}
	if !onlyWrittenAs(g, "Евгения Водолазкина") {
		t.Error("one mention written as the name: want true")
	}
	// (guard) a woman named in another case too, «Мирославы Немцовой»
	g.mentions = append(g.mentions, doc.Mention{Text: "Мирославы Немцовой"})
	if onlyWrittenAs(g, "Евгения Водолазкина") {
		t.Error("a mention written otherwise: want false")
	}
}
