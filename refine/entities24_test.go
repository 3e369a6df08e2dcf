package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestEntities24 pins the twenty-fourth session's rules of entity types
// and extents (postTails, riverCompound, nounOpenedPersons's
// genitiveThing, the field adjectives of rankedPosts, siteNames,
// motionPlaces, latinHeadNames's «Army», nicknamedUniversities; docs/ner.md,
// «Twenty-fourth session (helper ner24)»), each with a guard.
func TestEntities24(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []namedCase{
		{"a court ends before the judge's post", r.postTails, ruleCase{
			"Басманного районного суда судья отказала в удовлетворении жалобы.",
			[][2]string{{"Басманного районного суда судья", "ORGANIZATION"}, {"судья", "PROFESSION"}},
			[]string{"ORGANIZATION Басманного районного суда", "PROFESSION судья"},
			[]string{"ORGANIZATION Басманного районного суда судья"}}},
		{"guard: a governed genitive post stays in the name", r.postTails, ruleCase{
			"Заседание кабинета министров прошло во вторник. Об этом сообщили в администрации президента.",
			[][2]string{{"кабинета министров", "ORGANIZATION"}, {"министров", "PROFESSION"}, {"администрации президента", "ORGANIZATION"}, {"президента", "PROFESSION"}},
			[]string{"ORGANIZATION кабинета министров", "ORGANIZATION администрации президента"},
			[]string{"ORGANIZATION кабинета", "ORGANIZATION администрации"}}},
		{"a river's compound name is a LOCATION", perMention(func(_ []rune, _ []doc.Token, m doc.Mention) doc.Mention { return riverCompound(m) }), ruleCase{
			"Лед на Москве-реке встанет позже. Москва-река замерзнет в январе.",
			[][2]string{{"Москве-реке", "CITY"}, {"Москва-река", "CITY"}},
			[]string{"LOCATION Москве-реке", "LOCATION Москва-река"},
			[]string{"CITY Москве-реке", "CITY Москва-река"}}},
		{"guard: other hyphened places keep their type", perMention(func(_ []rune, _ []doc.Token, m doc.Mention) doc.Mention { return riverCompound(m) }), ruleCase{
			"Он прилетел в Ростов-на-Дону, а затем в Усть-Каменогорск.",
			[][2]string{{"Ростов-на-Дону", "CITY"}, {"Усть-Каменогорск", "CITY"}},
			[]string{"CITY Ростов-на-Дону", "CITY Усть-Каменогорск"}, nil}},
		{"a thing of an organization opening a sentence is no person", r.nounOpenedPersons, ruleCase{
			"Индекс Мосбиржи по итогам торгов снизился на 1,2%.",
			[][2]string{{"Индекс Мосбиржи", "PERSON"}},
			nil,
			[]string{"PERSON Индекс Мосбиржи"}}},
		{"guard: a name, a nominative, an animate noun stay", r.nounOpenedPersons, ruleCase{
			"Доктор Хаус вернулся. Аленка Братушек выступила. Визит Лаврова начнется в понедельник.",
			[][2]string{{"Доктор Хаус", "PERSON"}, {"Аленка Братушек", "PERSON"}, {"Визит Лаврова", "PERSON"}},
			[]string{"PERSON Доктор Хаус", "PERSON Аленка Братушек", "PERSON Лаврова"},
			[]string{"PERSON Визит Лаврова"}}},
		{"a field adjective opening a sentence joins the post", r.rankedPosts, ruleCase{
			"Финансовый директор банка Ольга Смирнова добавила, что прибыль выросла.",
			[][2]string{{"директор банка", "PROFESSION"}},
			[]string{"PROFESSION Финансовый директор банка", "PROFESSION директор банка"}, nil}},
		{"guard: a long post from the noun gets the adjective only there", r.rankedPosts, ruleCase{
			"Она является исполнительным вице-президентом Electronic Systems.",
			[][2]string{{"вице-президентом Electronic Systems", "PROFESSION"}, {"вице-президентом", "PROFESSION"}},
			[]string{"PROFESSION исполнительным вице-президентом Electronic Systems", "PROFESSION вице-президентом"},
			[]string{"PROFESSION исполнительным вице-президентом"}}},
		{"guard: an adjective inside a longer post adds no post", r.rankedPosts, ruleCase{
			"Подписи поставили заместитель главного исполнительного директора «Роснефти» Дидье Касимиро.",
			[][2]string{{"главного исполнительного директора «Роснефти", "PROFESSION"}, {"директора", "PROFESSION"}},
			[]string{"PROFESSION директора"},
			[]string{"PROFESSION исполнительного директора"}}},
		{"a test site's two-word name is a FACILITY", func(_ []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention { return r.siteNames(sents, ms) }, ruleCase{
			"На полигоне Капустин Яр прошли испытания. Полигон Капустин Яр расположен в Астраханской области.",
			[][2]string{{"Капустин Яр", "PERSON"}, {"Капустин Яр", "PERSON"}},
			[]string{"FACILITY Капустин Яр"},
			[]string{"PERSON Капустин Яр"}}},
		{"guard: a person after the site's noun stays", func(_ []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention { return r.siteNames(sents, ms) }, ruleCase{
			"На космодроме Владимир Путин осмотрел ракету. Начальник полигона Сергей Петров доложил о пуске.",
			[][2]string{{"Владимир Путин", "PERSON"}, {"Сергей Петров", "PERSON"}},
			[]string{"PERSON Владимир Путин", "PERSON Сергей Петров"}, nil}},
		{"a name after a verb of arrival and «в» is a city", func(_ []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention { return r.motionPlaces(sents, ms) }, ruleCase{
			"Делегация прибыла в Мумбаи во вторник. В Мумбаи прошли переговоры.",
			[][2]string{{"Мумбаи", "PERSON"}, {"Мумбаи", "PERSON"}},
			[]string{"CITY Мумбаи"},
			[]string{"PERSON Мумбаи"}}},
		{"guard: a person after «в» with another verb stays", func(_ []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention { return r.motionPlaces(sents, ms) }, ruleCase{
			"Заинтересованы в Липницкой и другие продюсеры. Он прибыл в Москву с Ивановым.",
			[][2]string{{"Липницкой", "PERSON"}, {"Ивановым", "PERSON"}},
			[]string{"PERSON Липницкой", "PERSON Ивановым"}, nil}},
		{"a Latin name with «Army» is an organization", func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return latinHeadNames(text, sents, ms)
		}, ruleCase{
			"Хакерская группировка IT Army of Ukraine взяла на себя ответственность за атаку.",
			[][2]string{{"IT Army of Ukraine", "WORK_OF_ART"}},
			[]string{"ORGANIZATION IT Army of Ukraine"},
			[]string{"WORK_OF_ART IT Army of Ukraine"}}},
		{"guard: a Latin work title with no such word stays", func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return latinHeadNames(text, sents, ms)
		}, ruleCase{
			"Он исполнил песню Blowin' in the Wind и показал фильм Fallen Angels.",
			[][2]string{{"Fallen Angels", "WORK_OF_ART"}},
			[]string{"WORK_OF_ART Fallen Angels"}, nil}},
		{"colloquial names of universities are organizations", r.nicknamedUniversities, ruleCase{
			"Выпускники Физтеха и Вышки получили гранты, сообщили в «Бауманке».",
			[][2]string{{"Физтеха", "PERSON"}},
			[]string{"ORGANIZATION Физтеха", "ORGANIZATION Вышки", "ORGANIZATION Бауманке"},
			[]string{"PERSON Физтеха"}}},
		{"guard: a tower opening a sentence, a lower-case tower", r.nicknamedUniversities, ruleCase{
			"Вышка сотовой связи упала. На вышке работали монтажники.",
			nil, nil,
			[]string{"ORGANIZATION Вышка", "ORGANIZATION вышке"}}},
	}
	checkNamedCases(t, tests)
}
