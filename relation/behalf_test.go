package relation

import (
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestOnBehalf checks OnBehalf: the genitive after «по представлению»,
// «по поручению» and their kin is no agent; a subject is.
func TestOnBehalf(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Президент Армении по представлению премьер-министра Никола Пашиняна освободил от должности министра обороны.", "Никола Пашиняна", true},
		{"Это решение принял глава ведомства Рашид Нургалиев по поручению президента РФ Дмитрия Медведева.", "Дмитрия Медведева", true},
		{"Министр прибыл в Анкару по приглашению Хакана Фидана.", "Хакана Фидана", true},
		// (guard) the subject after such a phrase, in the nominative
		{"По поручению президента министр Сергей Лавров провел переговоры.", "Сергей Лавров", false},
		// (guard) a subject with no such phrase
		{"Президент Армении Ваагн Хачатурян освободил от должности министра обороны.", "Ваагн Хачатурян", false},
		// (guard) another clause
		{"По предложению губернатора, Иван Петров возглавил комиссию.", "Иван Петров", false},
	}
	for _, tt := range tests {
		runes := []rune(tt.text)
		at := len([]rune(tt.text[:indexOf(t, tt.text, tt.name)]))
		m := doc.Mention{Span: doc.Span{Start: at, End: at + len([]rune(tt.name))}, Text: tt.name, Type: "PERSON"}
		if got := OnBehalf(runes, m); got != tt.want {
			t.Errorf("%q in %q: got %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}

// indexOf returns the byte offset of sub in s, failing the test if absent.
func indexOf(t *testing.T, s, sub string) int {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, s)
	}
	return i
}
