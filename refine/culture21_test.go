package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestCulture21News pins the rules of the culture and media news of the
// twenty-first session (a work's title in quotes read as a facility, and
// the titles listed after an authored one) through the whole Refine.
func TestCulture21News(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// a film's title read as a facility, and the one listed after it
		{"Зрителям он запомнился ролями в фильмах Эльдара Рязанова «Гараж» и «Вокзал для двоих».",
			[][2]string{{"Эльдара Рязанова", "PERSON"}, {"Гараж", "FACILITY"}, {"двоих", "NUMBER"}},
			[]string{"WORK_OF_ART Гараж", "WORK_OF_ART Вокзал для двоих"}, []string{"FACILITY Гараж"}},
		// the same right after the kind noun
		{"Режиссер представил фильм «Гараж».",
			[][2]string{{"Гараж", "FACILITY"}},
			[]string{"WORK_OF_ART Гараж"}, []string{"FACILITY Гараж"}},
		// (guard) a facility's kind keeps it a facility
		{"Показ прошел в кинотеатре «Гараж».",
			[][2]string{{"Гараж", "FACILITY"}},
			[]string{"FACILITY Гараж"}, []string{"WORK_OF_ART Гараж"}},
		// (guard) a quoted name after a person's name with no work noun
		// before it is left as it is
		{"Об этом сообщил Иван Петров «Известиям» и «Коммерсанту».",
			[][2]string{{"Иван Петров", "PERSON"}, {"Известиям", "ORGANIZATION"}},
			[]string{"ORGANIZATION Известиям"}, []string{"WORK_OF_ART Коммерсанту", "WORK_OF_ART Известиям"}},
		// a theatre named in a post further on, where a rule after
		// organizationRepeats' first run adds it, and at the start before
		{"Малый театр откроет сезон премьерой. Об этом рассказал директор Малого театра Тамара Михайлова.",
			[][2]string{{"директор Малого театра", "PROFESSION"}, {"Тамара Михайлова", "PERSON"}},
			[]string{"ORGANIZATION Малый театр", "ORGANIZATION Малого театра"}, nil},
		// (guard) the same words in lower case are no name
		{"Новый малый театр откроет сезон. Об этом рассказал директор Малого театра Тамара Михайлова.",
			[][2]string{{"директор Малого театра", "PROFESSION"}, {"Тамара Михайлова", "PERSON"}},
			[]string{"ORGANIZATION Малого театра"}, []string{"ORGANIZATION малый театр"}},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
