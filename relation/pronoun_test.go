package relation

import (
	"slices"
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// sentenceFacts is an Extractor that relates every PERSON mention to the
// mentions of its sentence by their types: a CITY is the place of birth, a
// DATE the date of birth, a PRODUCT a product, a PROFESSION the post.
type sentenceFacts struct{}

func (sentenceFacts) Extract(_ []rune, sents []doc.Sentence, ms []doc.Mention) []Found {
	types := map[string]string{"CITY": "PLACE_OF_BIRTH", "DATE": "DATE_OF_BIRTH", "PRODUCT": "PRODUCES", "PROFESSION": "WORKS_AS"}
	var out []Found
	for i, p := range ms {
		for k, m := range ms {
			si := doc.SentenceOf(sents, p.Span)
			if p.Type == "PERSON" && types[m.Type] != "" && si >= 0 && si == doc.SentenceOf(sents, m.Span) {
				out = append(out, Found{Type: types[m.Type], Head: i, Tail: k})
			}
		}
	}
	return out
}

func TestPronouns(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions [][2]string
		want     []string
	}{
		{"the works a possessive pronoun gives the person before, listed after the work noun; not after a preposition",
			"Умер художник Иван Айвазовский. Самые известные его работы — «Девятый вал», «Буря» (1850) и «Хаос». Его работы в картинах «Утро» хвалили.",
			[][2]string{{"Иван Айвазовский", "PERSON"}, {"Девятый вал", "WORK_OF_ART"}, {"Буря", "WORK_OF_ART"}, {"Хаос", "WORK_OF_ART"}, {"Утро", "WORK_OF_ART"}},
			[]string{"Иван Айвазовский PRODUCES Буря", "Иван Айвазовский PRODUCES Девятый вал", "Иван Айвазовский PRODUCES Хаос"}},
		{"a feminine pronoun is the woman's; a sentence that names a person is left alone",
			"Выступила Анна Попова. В 2005 году вышел её дебютный альбом «Жанна». Её песню «Утро» спел Иван Петров.",
			[][2]string{{"Анна Попова", "PERSON"}, {"Жанна", "WORK_OF_ART"}, {"Утро", "WORK_OF_ART"}, {"Иван Петров", "PERSON"}},
			[]string{"Анна Попова PRODUCES Жанна"}},
		{"a pronoun subject of the sentence before chains the antecedent; a person in quotes is a title",
			"Режиссёр Алексей Учитель приехал. Он снял картину о Викторе Цое. Самые известные его работы — «Прогулка» и «Матильда».",
			[][2]string{{"Алексей Учитель", "PERSON"}, {"Викторе Цое", "PERSON"}, {"Прогулка", "WORK_OF_ART"}, {"Матильда", "PERSON"}},
			[]string{"Алексей Учитель PRODUCES Прогулка"}},
		{"the speaker of a quote after a colon is no antecedent",
			"Президент Анджей Дуда написал:\nПрозвучало его произведение «Реквием».",
			[][2]string{{"Анджей Дуда", "PERSON"}, {"Реквием", "WORK_OF_ART"}},
			nil},
		{"a pronoun subject before a verb of making is the author of the product the pronoun pass finds",
			"Иван Петров приехал. Он снял картину «Мурманск». Сергей Иванов приехал. Он посмотрел картину «Зима».",
			[][2]string{{"Иван Петров", "PERSON"}, {"Мурманск", "PRODUCT"}, {"Сергей Иванов", "PERSON"}, {"Зима", "PRODUCT"}},
			[]string{"Иван Петров PRODUCES Мурманск"}},
		{"a left-out subject is the person named before, of the verb's gender, and the next left-out one the same",
			"Умер музыкант Марк Холлис. Родился в Москве в 1955 году. Окончил консерваторию, работал пианистом. Шёл дождь в Твери.",
			[][2]string{{"Марк Холлис", "PERSON"}, {"Москве", "CITY"}, {"1955 году", "DATE"}, {"пианистом", "PROFESSION"}, {"Твери", "CITY"}},
			[]string{"Марк Холлис DATE_OF_BIRTH 1955 году", "Марк Холлис PLACE_OF_BIRTH Москве", "Марк Холлис WORKS_AS пианистом"}},
		{"the verb may follow prepositional phrases and adverbs; a noun that may be its subject before it stops the rule",
			"Иванов приехал. В 1990 году затем работал пианистом в Москве. Петров приехал. Весной концерт прошёл в Твери.",
			[][2]string{{"Иванов", "PERSON"}, {"пианистом", "PROFESSION"}, {"Москве", "CITY"}, {"Петров", "PERSON"}, {"Твери", "CITY"}},
			[]string{"Иванов PLACE_OF_BIRTH Москве", "Иванов WORKS_AS пианистом"}},
		{"«Как» before the verb and a capitalized word outside a prepositional phrase stop the rule; one inside it does not",
			"Иванов приехал. Как сообщил один из ректоров, совещание прошло в Москве. На вопросы Ливанов отвечал в Твери. В Советской Армии работал пианистом.",
			[][2]string{{"Иванов", "PERSON"}, {"Москве", "CITY"}, {"Твери", "CITY"}, {"пианистом", "PROFESSION"}},
			[]string{"Иванов WORKS_AS пианистом"}},
		{"a person inside another mention is no antecedent; a verb of the other gender has none",
			"Он окончил МГУ имени Ломоносова. Работал в Москве. Анна Попова выступила. Родился в Твери.",
			[][2]string{{"МГУ имени Ломоносова", "ORGANIZATION"}, {"Ломоносова", "PERSON"}, {"Москве", "CITY"}, {"Анна Попова", "PERSON"}, {"Твери", "CITY"}},
			nil},
		{"the person named last in the sentence before",
			"Губернатор Алексей Смирнов подал в отставку. Хинштейн занимал пост председателя комитета. Он родился в Москве в 1974 году.",
			[][2]string{{"Алексей Смирнов", "PERSON"}, {"Хинштейн", "PERSON"}, {"Москве", "CITY"}, {"1974 году", "DATE"}},
			[]string{"Хинштейн DATE_OF_BIRTH 1974 году", "Хинштейн PLACE_OF_BIRTH Москве"}},
		{"the nearest person of the pronoun's gender, two sentences back",
			"Анна Попова выступила первой. Потом слово взял Сергей Иванов. Она родилась в Москве.",
			[][2]string{{"Анна Попова", "PERSON"}, {"Сергей Иванов", "PERSON"}, {"Москве", "CITY"}},
			[]string{"Анна Попова PLACE_OF_BIRTH Москве"}},
		{"a sentence opening with «Уроженка» that names no one speaks of the woman before",
			"Премию получила Елена Смирнова. Уроженка Казани окончила университет в 1990 году. Уроженец Сочи Олег Топалов родился в 1980 году.",
			[][2]string{{"Елена Смирнова", "PERSON"}, {"Казани", "CITY"}, {"1990 году", "DATE"}, {"Сочи", "CITY"}, {"Олег Топалов", "PERSON"}, {"1980 году", "DATE"}},
			[]string{"Елена Смирнова DATE_OF_BIRTH 1990 году", "Елена Смирнова PLACE_OF_BIRTH Казани", "Олег Топалов DATE_OF_BIRTH 1980 году", "Олег Топалов PLACE_OF_BIRTH Сочи"}},
		{"he is the man",
			"Анна Попова выступила первой. Потом слово взял Сергей Иванов. Он родился в Москве.",
			[][2]string{{"Анна Попова", "PERSON"}, {"Сергей Иванов", "PERSON"}, {"Москве", "CITY"}},
			[]string{"Сергей Иванов PLACE_OF_BIRTH Москве"}},
		{"a person after the pronoun leaves it the subject",
			"Иванов приехал. Он встретился с Петровым в Москве.",
			[][2]string{{"Иванов", "PERSON"}, {"Петровым", "PERSON"}, {"Москве", "CITY"}},
			[]string{"Иванов PLACE_OF_BIRTH Москве", "Петровым PLACE_OF_BIRTH Москве"}},
		{"a person before the pronoun may be its antecedent",
			"Иванов приехал. Петров сказал, что он родился в Москве.",
			[][2]string{{"Иванов", "PERSON"}, {"Петров", "PERSON"}, {"Москве", "CITY"}},
			[]string{"Петров PLACE_OF_BIRTH Москве"}},
		{"a post another person of the sentence holds is not the pronoun's",
			"Шойгу назначен секретарём. Он сменил Николая Патрушева, который стал помощником президента.",
			[][2]string{{"Шойгу", "PERSON"}, {"секретарём", "PROFESSION"}, {"Николая Патрушева", "PERSON"}, {"помощником президента", "PROFESSION"}},
			[]string{"Николая Патрушева WORKS_AS помощником президента", "Шойгу WORKS_AS секретарём"}},
		{"the subject of the sentence before, not the last person named",
			"Иванов сказал, что Петров уехал. Он родился в Москве.",
			[][2]string{{"Иванов", "PERSON"}, {"Петров", "PERSON"}, {"Москве", "CITY"}},
			[]string{"Иванов PLACE_OF_BIRTH Москве"}},
		{"the first person in the nominative",
			"С Петровым встретился Иванов. Он родился в Москве.",
			[][2]string{{"Петровым", "PERSON"}, {"Иванов", "PERSON"}, {"Москве", "CITY"}},
			[]string{"Иванов PLACE_OF_BIRTH Москве"}},
		{"a product in the pronoun's sentence is seldom the person's",
			"Иванов приехал. Он родился в Москве, где делают «Москвич».",
			[][2]string{{"Иванов", "PERSON"}, {"Москве", "CITY"}, {"Москвич", "PRODUCT"}},
			[]string{"Иванов PLACE_OF_BIRTH Москве"}},
		{"no person within three sentences, or no singular pronoun",
			"Иванов приехал. Шёл дождь. Было холодно. Дул ветер. Он родился в Москве. Они выросли в Твери.",
			[][2]string{{"Иванов", "PERSON"}, {"Москве", "CITY"}, {"Твери", "CITY"}},
			nil},
		{"a pronoun in the first sentence",
			"Он родился в Москве.",
			[][2]string{{"Москве", "CITY"}},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsIn(t, tt.text, tt.mentions...)
			got := facts(Pronouns{Base: sentenceFacts{}}.Extract([]rune(tt.text), tokenize.Split(tt.text), ms), ms)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestNameGenders(t *testing.T) {
	tests := []struct {
		name       string
		masc, femn bool
	}{
		{"Алексей Смирнов", true, false},
		{"Анны Поповой", false, true},
		{"Хинштейн", true, true}, // a woman's foreign surname does not decline
		{"Анна Смирнов", true, true},
		{"Gideon Yu", true, true},
		{"Саша", true, true}, // common gender
	}
	for _, tt := range tests {
		g := nameGenders(tt.name)
		if g[pronounGenders["он"]] != tt.masc || g[pronounGenders["она"]] != tt.femn {
			t.Errorf("%s: %v", tt.name, g)
		}
	}
}
