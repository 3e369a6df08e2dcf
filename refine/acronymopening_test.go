package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestAcronymOpenings pins acronymOpenings through the whole Refine: the
// full name of an acronym the recognizer missed becomes an ORGANIZATION;
// guards: a full name a mention already holds, words in another case of
// letters, an acronym of two letters.
func TestAcronymOpenings(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// names24: «Фонд развития территорий» opening its sentence had no mention
		{"Фонд развития территорий одобрил выделение средств. Генеральный директор ФРТ Ирина Файзуллина напомнила об этом.",
			[][2]string{{"ФРТ", "ORGANIZATION"}, {"Ирина Файзуллина", "PERSON"}},
			[]string{"ORGANIZATION Фонд развития территорий", "ORGANIZATION ФРТ"}, nil},
		// a link word the acronym skips
		{"Министерство по чрезвычайным ситуациям сообщило о пожаре. Глава МЧС прибыл на место.",
			[][2]string{{"МЧС", "ORGANIZATION"}},
			[]string{"ORGANIZATION Министерство по чрезвычайным ситуациям"}, nil},
		// (guard) the full name is a mention already: nothing added inside or beside it
		{"Фонд развития территорий одобрил заявку. Гендиректор ФРТ доволен.",
			[][2]string{{"Фонд развития территорий", "ORGANIZATION"}, {"ФРТ", "ORGANIZATION"}},
			[]string{"ORGANIZATION Фонд развития территорий"}, []string{"ORGANIZATION Фонд развития"}},
		// (guard) capitalized words after the first spell no acronym; nor an acronym of two letters
		{"Фонд Развития Территорий провел форум. Представители ФРТ и ЦБ выступили. Центр безопасности закрыт.",
			[][2]string{{"ФРТ", "ORGANIZATION"}, {"ЦБ", "ORGANIZATION"}},
			nil, []string{"ORGANIZATION Фонд Развития Территорий", "ORGANIZATION Центр безопасности"}},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
