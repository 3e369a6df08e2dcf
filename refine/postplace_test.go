package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestOfficialsAndBodies pins the rules of the twenty-first session's
// international news helper (postPlacePersons, headOrganizations,
// officialPosts, unionTopics, finalLetterNames) alone, and the first through the whole Refine.
func TestOfficialsAndBodies(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// a town the dictionary does not know before a first name it knows
		{"Ее соперник, бывший мэр Медельина Даниэль Кинтеро, получил 33,7% голосов.",
			[][2]string{{"мэр", "PROFESSION"}, {"Медельина Даниэль Кинтеро", "PERSON"}},
			[]string{"PERSON Даниэль Кинтеро", "CITY Медельина", "PROFESSION мэр Медельина"}, []string{"PERSON Медельина Даниэль Кинтеро"}},
		// a town it knows; a region after a governor's post
		{"Бывший мэр Боготы Клаудия Лопес поддержала его.",
			[][2]string{{"мэр", "PROFESSION"}, {"Боготы Клаудия Лопес", "PERSON"}},
			[]string{"PERSON Клаудия Лопес", "CITY Боготы", "PROFESSION мэр Боготы"}, nil},
		{"Губернатор Антьокии Андрес Хулиан Рендон заявил о победе.",
			[][2]string{{"Губернатор", "PROFESSION"}, {"Антьокии Андрес Хулиан Рендон", "PERSON"}},
			[]string{"PERSON Андрес Хулиан Рендон", "STATE_OR_PROVINCE Антьокии", "PROFESSION Губернатор Антьокии"}, nil},
		// (guard) a first name and a patronymic after the post: no place
		{"Мэр Анна Петровна Сидорова открыла сквер.",
			[][2]string{{"Мэр", "PROFESSION"}, {"Анна Петровна Сидорова", "PERSON"}},
			[]string{"PERSON Анна Петровна Сидорова"}, []string{"CITY Анна"}},
		// (guard) another post: the unknown word may be the first name
		{"Посол Медельина Даниэль Кинтеро прибыл.",
			[][2]string{{"Посол", "PROFESSION"}, {"Медельина Даниэль Кинтеро", "PERSON"}},
			[]string{"PERSON Медельина Даниэль Кинтеро"}, nil},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, r.postPlacePersons)
	}
	heads := []ruleCase{
		// «глава» + a named organization the recognizer left without a post
		{"Глава Нового банка развития Дилма Руссефф сообщила о кредитах.",
			[][2]string{{"Нового банка развития", "ORGANIZATION"}, {"Дилма Руссефф", "PERSON"}},
			[]string{"PROFESSION Глава Нового банка развития"}, nil},
		// (guard) «во главе» is no post; a post already there stays alone
		{"Делегацию во главе МИД России приняли в Пекине.",
			[][2]string{{"МИД России", "ORGANIZATION"}},
			nil, []string{"PROFESSION главе МИД России"}},
		{"Глава МИД КНДР Чхве Сон Хи прибыла.",
			[][2]string{{"Глава МИД", "PROFESSION"}, {"МИД КНДР", "ORGANIZATION"}},
			[]string{"PROFESSION Глава МИД"}, []string{"PROFESSION Глава МИД КНДР"}},
	}
	for _, tt := range heads {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, r.headOrganizations)
	}
	officials := []ruleCase{
		// «официальный» before «представитель» after a feminine verb
		{"Об этом сообщила официальный представитель МИД РФ Мария Захарова.",
			[][2]string{{"представитель МИД РФ", "PROFESSION"}, {"представитель", "PROFESSION"}},
			[]string{"PROFESSION официальный представитель МИД РФ", "PROFESSION официальный представитель"}, []string{"PROFESSION представитель МИД РФ"}},
		// (guard) another adjective
		{"Об этом сообщил новый представитель МИД РФ.",
			[][2]string{{"представитель МИД РФ", "PROFESSION"}},
			[]string{"PROFESSION представитель МИД РФ"}, nil},
	}
	for _, tt := range officials {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, r.officialPosts)
	}
	topics := []ruleCase{
		// the topic after «ООН по» up to the comma
		{"По данным Управления ООН по координации гуманитарных вопросов, более 12 миллионов суданцев покинули дома.",
			[][2]string{{"Управления ООН", "ORGANIZATION"}, {"ООН", "ORGANIZATION"}},
			[]string{"ORGANIZATION Управления ООН по координации гуманитарных вопросов", "ORGANIZATION ООН"}, []string{"ORGANIZATION Управления ООН"}},
		{"Верховный комиссар ООН по делам беженцев прибыл в Женеву.",
			[][2]string{{"Верховный комиссар ООН", "PROFESSION"}},
			[]string{"PROFESSION Верховный комиссар ООН по делам беженцев"}, nil},
		// (guard) no noun in the dative after «по»; the acronym alone
		{"Совет ООН по-прежнему молчит, а ООН по нему не высказалась.",
			[][2]string{{"Совет ООН", "ORGANIZATION"}, {"ООН", "ORGANIZATION"}},
			[]string{"ORGANIZATION Совет ООН", "ORGANIZATION ООН"}, []string{"ORGANIZATION ООН по нему"}},
	}
	for _, tt := range topics {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, r.unionTopics)
	}
	letters := []ruleCase{
		// a one-letter given name that ends the sentence
		{"Лавров провел переговоры с министром иностранных дел КНР Ван И. Стороны обсудили визит.",
			[][2]string{{"Лавров", "PERSON"}, {"Ван", "PERSON"}},
			[]string{"PERSON Ван И"}, []string{"PERSON Ван"}},
		// (guard) a letter inside the sentence, a list's letter after no name
		{"Лавров встретился с Ван И в Пекине. Его назвали в пункте Б.",
			[][2]string{{"Лавров", "PERSON"}, {"Ван И", "PERSON"}},
			[]string{"PERSON Ван И"}, nil},
	}
	for _, tt := range letters {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, finalLetterNames)
	}
	checkRuleCase(t, tests[0].text, tests[0].in, tests[0].want, tests[0].not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
		return r.Refine(text, sents, ms)
	})
}
