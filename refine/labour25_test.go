package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestLabour25 runs the cases of the twenty-fifth session's rules for
// labour news (helper labour25: inspectionFields in inspections,
// unionPosts, unionEmployers, «профсоюз» among listHeads) through the
// whole Refine.
func TestLabour25(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// the labour inspection's field is part of its name
		{"По данным Государственной инспекции труда, долги выросли.",
			[][2]string{{"Государственной инспекции", "ORGANIZATION"}, {"инспекции труда", "EVENT"}},
			[]string{"ORGANIZATION Государственной инспекции труда"}, []string{"ORGANIZATION Государственной инспекции", "EVENT инспекции труда"}},
		// (guard) another genitive after the noun is no field
		{"Государственная жилищная инспекция области выдала предписание.",
			[][2]string{{"Государственная жилищная инспекция", "ORGANIZATION"}},
			[]string{"ORGANIZATION Государственная жилищная инспекция"}, []string{"ORGANIZATION Государственная жилищная инспекция области"}},
		// a union named by its company is an organization, not a post
		{"Профсоюз Samsung объявил бессрочную забастовку.",
			[][2]string{{"Профсоюз Samsung", "PROFESSION"}, {"Samsung", "ORGANIZATION"}},
			[]string{"ORGANIZATION Профсоюз Samsung", "ORGANIZATION Samsung"}, []string{"PROFESSION Профсоюз Samsung"}},
		// a company's noun opens no post
		{"Акции южнокорейской компании Samsung Electronics подешевели.",
			[][2]string{{"южнокорейской компании Samsung Electronics", "PROFESSION"}, {"Samsung Electronics", "ORGANIZATION"}},
			[]string{"ORGANIZATION Samsung Electronics"}, []string{"PROFESSION южнокорейской компании Samsung Electronics"}},
		// (guard) a post before the union's noun stays a post
		{"Председатель профкома Сергей Зайцев сообщил о простое.",
			[][2]string{{"Председатель профкома", "PROFESSION"}, {"Сергей Зайцев", "PERSON"}},
			[]string{"PROFESSION Председатель профкома"}, []string{"ORGANIZATION Председатель профкома"}},
		// a union runs over the employer after it, which stays nested
		{"Национальный профсоюз Samsung Electronics провел митинг.",
			[][2]string{{"Национальный профсоюз", "ORGANIZATION"}, {"Samsung Electronics", "ORGANIZATION"}},
			[]string{"ORGANIZATION Национальный профсоюз Samsung Electronics", "ORGANIZATION Samsung Electronics"}, []string{"ORGANIZATION Национальный профсоюз"}},
		// and over whom it unites
		{"Истца представлял юрист Российского профсоюза локомотивных бригад железнодорожников.",
			[][2]string{{"Российского профсоюза", "ORGANIZATION"}, {"железнодорожников", "PROFESSION"}},
			[]string{"ORGANIZATION Российского профсоюза локомотивных бригад железнодорожников"}, []string{"ORGANIZATION Российского профсоюза"}},
		// (guard) a verb after the union is no part of its name
		{"Независимый профсоюз объявил забастовку.",
			[][2]string{{"Независимый профсоюз", "ORGANIZATION"}},
			[]string{"ORGANIZATION Независимый профсоюз"}, nil},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
