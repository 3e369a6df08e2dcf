package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestWorkTitles pins the rules of the culture and media news of the
// twenty-first session (a work's title in quotes read as a facility, the
// titles listed after an authored one, the second organizationRepeats,
// premieres) through the whole Refine.
func TestWorkTitles(t *testing.T) {
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
		// a premiere before a quoted title, read as the prime minister's
		// post running over the title, which was read as an organization
		{"Премьера «Лебединого озера» пройдет в мае.",
			[][2]string{{"Премьера «Лебединого озера»", "PROFESSION"}, {"Премьера", "PROFESSION"}, {"Лебединого озера", "ORGANIZATION"}},
			[]string{"EVENT Премьера", "WORK_OF_ART Лебединого озера"},
			[]string{"PROFESSION Премьера", "PROFESSION Премьера «Лебединого озера»", "ORGANIZATION Лебединого озера"}},
		// after a feminine adjective, before a kind of work
		{"Мировая премьера ленты состоялась в феврале.",
			[][2]string{{"премьера ленты", "PROFESSION"}},
			[]string{"EVENT премьера ленты"}, []string{"PROFESSION премьера ленты"}},
		{"Зрители увидели премьеру документального фильма.",
			[][2]string{{"премьеру", "PROFESSION"}},
			[]string{"EVENT премьеру"}, []string{"PROFESSION премьеру"}},
		// (guard) the prime minister's post after a masculine adjective,
		// and before a country or a preposition
		{"Глава государства поддержал нового премьера.",
			[][2]string{{"премьера", "PROFESSION"}},
			[]string{"PROFESSION премьера"}, []string{"EVENT премьера"}},
		{"Пресс-секретарь премьера Италии заявил о визите.",
			[][2]string{{"премьера Италии", "PROFESSION"}, {"премьера", "PROFESSION"}, {"Италии", "COUNTRY"}},
			[]string{"PROFESSION премьера Италии", "PROFESSION премьера"}, []string{"EVENT премьера"}},
		{"Он занимал пост премьера после выборов.",
			[][2]string{{"премьера", "PROFESSION"}},
			[]string{"PROFESSION премьера"}, []string{"EVENT премьера"}},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
