package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestTechNews pins the twenty-third session's rules of IT and telecom news
// (codeDateTails for a Latin word, productNoun, quotedOpeners,
// latinCompounds; docs/ner.md,
// «Twenty-third session (helper tech23)»), each with a guard.
func TestTechNews(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	product := perMention(func(_ []rune, toks []doc.Token, m doc.Mention) doc.Mention { return r.productNoun(toks, m) })
	tests := []namedCase{
		{"a date ends before a capitalized Latin word", codeDateTails, ruleCase{
			"В ноябре Positive Technologies представила новую версию продукта.",
			[][2]string{{"В ноябре Positive", "DATE"}},
			[]string{"DATE В ноябре"}, []string{"DATE В ноябре Positive"}}},
		{"guard: a date of Russian words stays", codeDateTails, ruleCase{
			"В ноябре прошлого года компания представила продукт.",
			[][2]string{{"В ноябре прошлого года", "DATE"}},
			[]string{"DATE В ноябре прошлого года"}, nil}},
		{"a quoted name after «помощник» and «карта»", product, ruleCase{
			"Модель доступна в голосовом помощнике «Алиса». Чипы используются в банковских картах «Мир» и картах «Тройка».",
			[][2]string{{"Алиса", "ORGANIZATION"}, {"Мир", "FACILITY"}, {"Тройка", "WORK_OF_ART"}},
			[]string{"PRODUCT Алиса", "PRODUCT Мир", "PRODUCT Тройка"}, nil}},
		{"a bare name after «мессенджер»", product, ruleCase{
			"Роскомнадзор ограничил доступ к мессенджеру Viber.",
			[][2]string{{"Viber", "ORGANIZATION"}},
			[]string{"PRODUCT Viber"}, nil}},
		{"guard: the maker in the genitive, an aide", product, ruleCase{
			"Он установил приложение «Сбербанка». Помощник Медведева Иванов приехал.",
			[][2]string{{"Сбербанка", "ORGANIZATION"}, {"Медведева", "ORGANIZATION"}},
			[]string{"ORGANIZATION Сбербанка", "ORGANIZATION Медведева"}, nil}},
		{"common words before a quoted name open the sentence", r.quotedOpeners, ruleCase{
			"Специалисты «Лаборатории Касперского» выявили программу. МОСКВА, 8 декабря — Эксперты «Яндекса» отметили рост.",
			[][2]string{{"Специалисты «Лаборатории Касперского»", "ORGANIZATION"}, {"Эксперты «Яндекса»", "ORGANIZATION"}},
			[]string{"ORGANIZATION Лаборатории Касперского", "ORGANIZATION Яндекса"},
			[]string{"ORGANIZATION Специалисты «Лаборатории Касперского»", "ORGANIZATION Эксперты «Яндекса»"}}},
		{"guard: a kind of organization, a board, a name inside the sentence", r.quotedOpeners, ruleCase{
			"Нефтяная компания «Лукойл» работает. Совет директоров «Аэрофлота» собрался. Он сказал, что Специалисты «Арарата» выиграли.",
			[][2]string{{"Нефтяная компания «Лукойл»", "ORGANIZATION"}, {"Совет директоров «Аэрофлота»", "ORGANIZATION"}, {"Специалисты «Арарата»", "ORGANIZATION"}},
			[]string{"ORGANIZATION Нефтяная компания «Лукойл»", "ORGANIZATION Совет директоров «Аэрофлота»", "ORGANIZATION Специалисты «Арарата»"}, nil}},
		{"a Latin part and a Russian noun make no person; an attack is an event", func(_ []rune, _ []doc.Sentence, ms []doc.Mention) []doc.Mention { return r.latinCompounds(ms) }, ruleCase{
			"DDoS-атака была отражена. IT-компании растут. Кампрад-старший умер.",
			[][2]string{{"DDoS-атака", "PERSON"}, {"IT-компании", "PERSON"}, {"Кампрад-старший", "PERSON"}},
			[]string{"EVENT DDoS-атака", "PERSON Кампрад-старший"}, []string{"PERSON DDoS-атака", "PERSON IT-компании"}}},
	}
	checkNamedCases(t, tests)
}
