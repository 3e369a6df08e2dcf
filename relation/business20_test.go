package relation

import (
	"slices"
	"testing"

	"github.com/factgraph/factgraph/tokenize"
)

// TestBusinessPatterns20 pins the twentieth session's patterns of business
// news (docs/relation.md, «Twentieth session (helper biz20)»), each with a
// guard it must not fire on.
func TestBusinessPatterns20(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions [][2]string
		want     []string
	}{
		{"a dative kind noun before a singular «принадлежит» owns what follows",
			"«Фармстандарт» выпускает лекарства. Компании принадлежит также завод «Биолек» в Харькове.",
			[][2]string{{"Фармстандарт", "ORGANIZATION"}, {"Биолек", "ORGANIZATION"}, {"Харькове", "CITY"}},
			[]string{"Фармстандарт OWNER_OF Биолек"}},
		{"guard: before a plural verb «компании» stays the subject, owned",
			"«Фармстандарт» выпускает лекарства. Компании принадлежат фонду «Север».",
			[][2]string{{"Фармстандарт", "ORGANIZATION"}, {"Север", "ORGANIZATION"}},
			[]string{"Север OWNER_OF Фармстандарт"}},
		{"an airline's headquarters named by its kind",
			"Авиакомпания «Ютэйр» заказала самолеты. Штаб-квартира авиакомпании находится в Сургуте.",
			[][2]string{{"Ютэйр", "ORGANIZATION"}, {"Сургуте", "CITY"}},
			[]string{"Ютэйр HEADQUARTERED_IN Сургуте"}},
		{"a possessive headquarters with a future verb",
			"Объединенная компания получит название «Евразия Телеком». Ее штаб-квартира разместится в Екатеринбурге.",
			[][2]string{{"Евразия Телеком", "ORGANIZATION"}, {"Екатеринбурге", "CITY"}},
			[]string{"Евразия Телеком HEADQUARTERED_IN Екатеринбурге"}},
		{"a company registered in a city; guard: offences registered in a city",
			"Банк «Восход» вырос. Банк зарегистрирован в Новосибирске. Больше всего правонарушений зарегистрировано в Москве.",
			[][2]string{{"Восход", "ORGANIZATION"}, {"Новосибирске", "CITY"}, {"Москве", "CITY"}},
			[]string{"Восход HEADQUARTERED_IN Новосибирске"}},
		{"the founder of a kind noun, a being verb, a post and the person",
			"Штаб-квартира «Уралстали» находится в Магнитогорске. Основателем компании является предприниматель Виктор Рашников.",
			[][2]string{{"Уралстали", "ORGANIZATION"}, {"Магнитогорске", "CITY"}, {"предприниматель", "PROFESSION"}, {"Виктор Рашников", "PERSON"}},
			[]string{"Уралстали FOUNDED_BY Виктор Рашников", "Уралстали HEADQUARTERED_IN Магнитогорске"}},
		{"guard: the founder noun with no being verb",
			"Компания «Вектор» растет. Основатель компании уехал в Москву.",
			[][2]string{{"Вектор", "ORGANIZATION"}, {"Москву", "CITY"}},
			nil},
		{"the income of a kind noun, not of the standard after it",
			"Банк «Восход» входит в группу. Чистая прибыль банка по МСФО составила 7,1 млрд рублей.",
			[][2]string{{"Восход", "ORGANIZATION"}, {"МСФО", "ORGANIZATION"}, {"7,1 млрд рублей", "MONEY"}},
			[]string{"Восход INCOME 7,1 млрд рублей"}},
		{"the income of a possessive and of the subject of a change verb",
			"Завод «Купол» выпускает трубы, а его выручка выросла до 38 млрд рублей. «Фармстандарт» увеличил выручку на 9%, до 41,7 млрд рублей.",
			[][2]string{{"Купол", "ORGANIZATION"}, {"38 млрд рублей", "MONEY"}, {"Фармстандарт", "ORGANIZATION"}, {"41,7 млрд рублей", "MONEY"}},
			[]string{"Купол INCOME 38 млрд рублей", "Фармстандарт INCOME 41,7 млрд рублей"}},
		{"guard: a possessive after a person's pronoun is his",
			"Он завел канал в 2010 году. По данным Forbes, его доход составил 15 млн долларов.",
			[][2]string{{"Forbes", "ORGANIZATION"}, {"15 млн долларов", "MONEY"}},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsIn(t, tt.text, tt.mentions...)
			got := facts(Patterns{}.Extract([]rune(tt.text), tokenize.Split(tt.text), ms), ms)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestFarEmployer pins farEmployer: a post's kind noun refers to the
// organization named with the kind in the lead, not to one named with it
// later, nor for a new holder.
func TestFarEmployer(t *testing.T) {
	tests := []struct {
		name, text   string
		ms           [][2]string
		post, person int
		want         []string
	}{
		{"the lead's company, by its nearer mention",
			"Фармацевтическая компания «Фармстандарт» увеличила выручку. Прибыль снизилась. Заводы работают в Курске. Акционером «Фармстандарта» является фонд. Генеральный директор компании Григорий Потапов доволен.",
			[][2]string{{"Фармстандарт", "ORGANIZATION"}, {"Курске", "CITY"}, {"Фармстандарта", "ORGANIZATION"}, {"Генеральный директор компании", "PROFESSION"}, {"Григорий Потапов", "PERSON"}}, 3, 4,
			[]string{"Генеральный директор компании WORKPLACE Фармстандарта", "Григорий Потапов WORKPLACE Фармстандарта",
				"Григорий Потапов WORKS_AS Генеральный директор компании"}},
		{"guard: a company named with the kind after the lead",
			"Сеть выросла. Продажи растут. Магазины открыты. Позже компания «Альфа» купила сеть. Рынок рос. Цены росли. Генеральный директор компании Иван Петров доволен.",
			[][2]string{{"Альфа", "ORGANIZATION"}, {"Генеральный директор компании", "PROFESSION"}, {"Иван Петров", "PERSON"}}, 1, 2,
			[]string{"Иван Петров WORKS_AS Генеральный директор компании"}},
		{"guard: a new holder's post",
			"Компания «Альфа» выросла. Продажи растут. Магазины открыты. Рынок рос. Нового директора компании Ивана Петрова представят.",
			[][2]string{{"Альфа", "ORGANIZATION"}, {"директора компании", "PROFESSION"}, {"Ивана Петрова", "PERSON"}}, 1, 2,
			[]string{"Ивана Петрова WORKS_AS директора компании"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsIn(t, tt.text, tt.ms...)
			base := fixed{{Type: "WORKS_AS", Head: tt.person, Tail: tt.post}}
			got := facts(Employers{Base: base}.Extract([]rune(tt.text), tokenize.Split(tt.text), ms), ms)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
