package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestPersonAges pins personAges, lifeYearDates, togetherAge and particlePlace through the whole Refine.
func TestPersonAges(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// a spelled adjective of years before a person, past «на тот момент»
		{"В 2011 году двадцатилетний на тот момент пианист получил Гран-при.",
			[][2]string{{"В 2011 году", "DATE"}, {"двадцатилетний", "DATE"}, {"пианист", "PROFESSION"}},
			[]string{"AGE двадцатилетний"}, []string{"DATE двадцатилетний"}},
		// an untagged one before an animate noun
		{"Акция прошла по инициативе сорокалетнего владельца местной мастерской.",
			nil, []string{"AGE сорокалетнего"}, nil},
		// digits before a PERSON
		{"Задержан 31-летний Иван Муравьев.",
			[][2]string{{"Иван Муравьев", "PERSON"}},
			[]string{"AGE 31-летний"}, nil},
		// (guard) a term stays a DATE; a vague span is no age
		{"Он отбывает пятилетний срок, а многолетний соратник его навещает.",
			[][2]string{{"пятилетний срок", "DATE"}},
			nil, []string{"AGE пятилетний", "AGE многолетний"}},
		// years together are a span of time
		{"Супруги прожили вместе 70 лет.",
			[][2]string{{"70 лет", "AGE"}},
			[]string{"DATE 70 лет"}, []string{"AGE 70 лет"}},
		// a hyphenated Romance place name read as a DATE or EVENT is a CITY
		{"Боксёр умер от коронавируса\nПонте-Сан-Пьетро\nВ Бергамо умер боксёр. Фабрика в Сан-Ладзаро-ди-Савена работает.",
			[][2]string{{"Понте-Сан-Пьетро", "DATE"}, {"Сан-Ладзаро-ди-Савена", "EVENT"}},
			[]string{"CITY Понте-Сан-Пьетро", "CITY Сан-Ладзаро-ди-Савена"}, []string{"DATE Понте-Сан-Пьетро"}},
		// a DATE run on over a year of life splits off its AGE
		{"Сегодня на 97-м году ушел из жизни известный писатель.",
			[][2]string{{"Сегодня на 97-м году", "DATE"}},
			[]string{"DATE Сегодня", "AGE на 97-м году"}, []string{"DATE Сегодня на 97-м году"}},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
