package refine

import (
	"fmt"
	"slices"
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// TestEntities24b pins the twenty-fourth session's second set of rules of
// entity types (percentAdjective, companyTradeNouns, ombudsmanPosts,
// siteNames's deposits, routeCities's bridges, dashedNames, secretaryPosts, departments; docs/ner.md,
// «Twenty-fourth session (helper ner24b)»), each with a guard.
func TestEntities24b(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	percent := perMention(func(_ []rune, _ []doc.Token, m doc.Mention) doc.Mention { return percentAdjective(m) })
	trade := func(_ []rune, _ []doc.Sentence, ms []doc.Mention) []doc.Mention { return r.companyTradeNouns(ms) }
	sites := func(_ []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention { return r.siteNames(sents, ms) }
	routes := func(_ []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention { return r.routeCities(sents, ms) }
	tests := []namedCase{
		{"a percent adjective is a PERCENT", percent, ruleCase{
			"Холдинг выкупил 34-процентную долю в компании.",
			[][2]string{{"34-процентную", "AGE"}},
			[]string{"PERCENT 34-процентную"},
			[]string{"AGE 34-процентную"}}},
		{"guard: an age adjective stays", percent, ruleCase{
			"Задержан 34-летний житель Твери.",
			[][2]string{{"34-летний", "AGE"}},
			[]string{"AGE 34-летний"}, nil}},
		{"a company's trade noun is no post", trade, ruleCase{
			"Крупнейший российский золотодобытчик увеличил выпуск. Субсидию получит компания-получатель.",
			[][2]string{{"золотодобытчик", "PROFESSION"}, {"компания-получатель", "PROFESSION"}},
			nil,
			[]string{"PROFESSION золотодобытчик", "PROFESSION компания-получатель"}}},
		{"guard: plural trade nouns and other posts stay", trade, ruleCase{
			"Он добывал золото у золотодобытчиков. Директор компании уволился.",
			[][2]string{{"золотодобытчиков", "PROFESSION"}, {"Директор", "PROFESSION"}},
			[]string{"PROFESSION золотодобытчиков", "PROFESSION Директор"}, nil}},
		{"an ombudsman's post is a PROFESSION", r.ombudsmanPosts, ruleCase{
			"Об этом заявила уполномоченный по правам человека Татьяна Москалькова.",
			[][2]string{{"Татьяна Москалькова", "PERSON"}},
			[]string{"PROFESSION уполномоченный по правам человека"}, nil}},
		{"guard: a found post and other «уполномоченный» stay", r.ombudsmanPosts, ruleCase{
			"Уполномоченный по правам ребенка выступил. Уполномоченный по делу сотрудник прибыл.",
			[][2]string{{"Уполномоченный по правам ребенка", "PROFESSION"}},
			[]string{"PROFESSION Уполномоченный по правам ребенка"},
			[]string{"PROFESSION Уполномоченный по делу сотрудник"}}},
		{"a deposit's name is a LOCATION", sites, ruleCase{
			"Компания начала работы на месторождении Сухой Лог.",
			[][2]string{{"Сухой Лог", "PERSON"}},
			[]string{"LOCATION Сухой Лог"},
			[]string{"PERSON Сухой Лог", "FACILITY Сухой Лог"}}},
		{"guard: a person after a deposit's noun stays", sites, ruleCase{
			"На месторождении Игорь Сечин осмотрел скважину.",
			[][2]string{{"Игорь Сечин", "PERSON"}},
			[]string{"PERSON Игорь Сечин"}, nil}},
		{"a bridge's ends are cities", routes, ruleCase{
			"Грузы идут через мост Благовещенск — Хэйхэ.",
			[][2]string{{"Благовещенск", "CITY"}, {"Хэйхэ", "PERSON"}},
			[]string{"CITY Благовещенск", "CITY Хэйхэ"},
			[]string{"PERSON Хэйхэ"}}},
		{"guard: persons joined by a dash with no route noun stay", routes, ruleCase{
			"Встреча Путин — Трамп прошла в Анкоридже.",
			[][2]string{{"Путин", "PERSON"}, {"Трамп", "PERSON"}},
			[]string{"PERSON Путин", "PERSON Трамп"}, nil}},
		{"a party's name of two parts runs on past the dash", r.dashedNames, ruleCase{
			"Лидер «Справедливой России — За правду» Сергей Миронов выступил.",
			[][2]string{{"Лидер «Справедливой России", "PROFESSION"}, {"Справедливой России", "ORGANIZATION"}},
			[]string{"PROFESSION Лидер «Справедливой России — За правду", "ORGANIZATION Справедливой России — За правду"},
			[]string{"ORGANIZATION Справедливой России"}}},
		{"guard: a title a mention spans keeps its studio", r.dashedNames, ruleCase{
			"Он снимался в сериале «Союзмультфильм — сказки и были».",
			[][2]string{{"Союзмультфильм — сказки и были", "WORK_OF_ART"}, {"Союзмультфильм", "ORGANIZATION"}},
			[]string{"ORGANIZATION Союзмультфильм", "WORK_OF_ART Союзмультфильм — сказки и были"},
			[]string{"ORGANIZATION Союзмультфильм — сказки и были"}}},
		{"guard: a quoted name found whole keeps its nested company", r.dashedNames, ruleCase{
			"В группу входит ООО «Транснефть — Порт Приморск», оператор терминала.",
			[][2]string{{"Транснефть — Порт Приморск", "ORGANIZATION"}, {"Транснефть", "ORGANIZATION"}},
			[]string{"ORGANIZATION Транснефть — Порт Приморск", "ORGANIZATION Транснефть"}, nil}},
		{"guard: a programme's two-part title stays cut", r.dashedNames, ruleCase{
			"Форум общенациональной программы «Гражданское общество — модернизация России» открылся.",
			[][2]string{{"Гражданское общество", "ORGANIZATION"}},
			[]string{"ORGANIZATION Гражданское общество"},
			[]string{"ORGANIZATION Гражданское общество — модернизация России"}}},
		{"a secretary's post runs over the clipped body and the party", r.secretaryPosts, ruleCase{
			"Секретарь генсовета партии «Единая Россия» Владимир Якушев выступил.",
			[][2]string{{"Единая Россия", "ORGANIZATION"}, {"Владимир Якушев", "PERSON"}},
			[]string{"PROFESSION Секретарь генсовета партии «Единая Россия"}, nil}},
		{"guard: a secretary inside a post adds none", r.secretaryPosts, ruleCase{
			"Заявил пресс-секретарь президента России Дмитрий Песков.",
			[][2]string{{"пресс-секретарь президента России", "PROFESSION"}},
			[]string{"PROFESSION пресс-секретарь президента России"},
			[]string{"PROFESSION пресс-секретарь", "PROFESSION пресс-секретарь президента"}}},
		{"a city department's clipped name is an organization", r.departments, ruleCase{
			"Дептранс Москвы сообщил о закрытии станции. Как пояснили в Депздраве, пострадавших нет.",
			[][2]string{{"Дептранс", "PERSON"}, {"Депздраве", "CITY"}},
			[]string{"ORGANIZATION Дептранс", "ORGANIZATION Депздраве"},
			[]string{"PERSON Дептранс", "CITY Депздраве"}}},
		{"guard: deputies and «Депардье» stay", r.departments, ruleCase{
			"Депутаты поддержали закон. Депардье приехал в Москву. Департамент транспорта сообщил.",
			[][2]string{{"Депардье", "PERSON"}},
			[]string{"PERSON Депардье"},
			[]string{"ORGANIZATION Депутаты", "ORGANIZATION Департамент"}}},
	}
	checkNamedCases(t, tests)
}

// TestCityRepeats pins cityRepeats: a one-word PERSON that is a CITY
// elsewhere in the text becomes the CITY, unless listed with persons or
// nested in a name.
func TestCityRepeats(t *testing.T) {
	tests := []struct {
		text  string
		spans [][3]string // word, its occurrence (1, 2), type
		want  []string
	}{
		{"Грузы идут через мост Благовещенск — Хэйхэ. Хэйхэ расположен на берегу Амура.",
			[][3]string{{"Хэйхэ", "1", "CITY"}, {"Хэйхэ", "2", "PERSON"}},
			[]string{"CITY Хэйхэ", "CITY Хэйхэ"}},
		{"Суд лишил ее опеки над Блэнкет. Принс, Пэрис и Блэнкет пытаются найти ее.", // guard
			[][3]string{{"Блэнкет", "1", "CITY"}, {"Принс", "1", "PERSON"}, {"Пэрис", "1", "PERSON"}, {"Блэнкет", "2", "PERSON"}},
			[]string{"CITY Блэнкет", "PERSON Принс", "PERSON Пэрис", "PERSON Блэнкет"}},
		{"Жители мариинского округа пришли. Пресс-атташе мариинского театра выступила.", // guard: an eponym nested in a name
			[][3]string{{"мариинского", "1", "CITY"}, {"мариинского театра", "1", "ORGANIZATION"}, {"мариинского", "2", "PERSON"}},
			[]string{"CITY мариинского", "ORGANIZATION мариинского театра", "PERSON мариинского"}},
	}
	for _, tt := range tests {
		sents := tokenize.Split(tt.text)
		var ms []doc.Mention
		for _, sp := range tt.spans {
			ms = append(ms, nthMention(t, tt.text, sp[0], sp[1], sp[2]))
		}
		var got []string
		for _, m := range cityRepeats(sents, sortedMentions(ms)) {
			got = append(got, m.Type+" "+m.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// nthMention returns a mention of type typ over the n-th ("1", "2")
// occurrence of sub in text.
func nthMention(t *testing.T, text, sub, n, typ string) doc.Mention {
	t.Helper()
	rs, ss := []rune(text), []rune(sub)
	seen := 0
	for i := 0; i+len(ss) <= len(rs); i++ {
		if string(rs[i:i+len(ss)]) == sub {
			seen++
			if fmt.Sprint(seen) == n {
				return doc.Mention{Span: doc.Span{Start: i, End: i + len(ss)}, Text: sub, Type: typ}
			}
		}
	}
	t.Fatalf("%q not %s times in %q", sub, n, text)
	return doc.Mention{}
}
