package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestMedia24 pins the twenty-fourth session's rules for news of the media
// (helper media24; docs/ner.md, «Twenty-fourth session (helper media24)»):
// outletHeads, the media's occupations, an event noun before its
// genitive complement, a genitive ministry's list; each with a guard.
func TestMedia24(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	product := perMention(r.productType)
	tests := []namedCase{
		{"a magazine's quoted name is an ORGANIZATION", product, ruleCase{
			"Она работала заместителем главного редактора журнала «Огонёк».",
			[][2]string{{"Огонёк", "WORK_OF_ART"}},
			[]string{"ORGANIZATION Огонёк"}, []string{"WORK_OF_ART Огонёк"}}},
		{"an online outlet's too", product, ruleCase{
			"В реестр включено интернет-издание «Правда Урала».",
			[][2]string{{"Правда Урала", "WORK_OF_ART"}},
			[]string{"ORGANIZATION Правда Урала"}, nil}},
		{"guard: an issue of a magazine is a work", product, ruleCase{
			"Магазин отказался продавать номер журнала «Дилетант».",
			[][2]string{{"Дилетант", "WORK_OF_ART"}},
			[]string{"WORK_OF_ART Дилетант"}, []string{"ORGANIZATION Дилетант"}}},
		{"a quoted name after a magazine no mention covers is added", r.quotedOrganizations, ruleCase{
			"Статью опубликовал журнал «Северная звезда».",
			nil,
			[]string{"ORGANIZATION Северная звезда"}, nil}},
		{"an event noun before its genitive complement types the name", product, ruleCase{
			"Международный фестиваль журналистики «Медиа-Юг» открылся в Сочи.",
			[][2]string{{"Медиа-Юг", "ORGANIZATION"}},
			[]string{"EVENT Медиа-Юг"}, []string{"ORGANIZATION Медиа-Юг"}}},
		{"guard: a band's genitive after an event noun", product, ruleCase{
			"На фестивале выступил лидер группы «АукцЫон».",
			[][2]string{{"АукцЫон", "ORGANIZATION"}},
			[]string{"ORGANIZATION АукцЫон"}, []string{"EVENT АукцЫон"}}},
		{"guard: a programme's genitive after an event noun", product, ruleCase{
			"Открыт форум программы «Новая жизнь».",
			[][2]string{{"Новая жизнь", "ORGANIZATION"}},
			[]string{"ORGANIZATION Новая жизнь"}, []string{"EVENT Новая жизнь"}}},
		{"the media's occupations are posts", r.lexicalMentions, ruleCase{
			"Награду получила обозреватель газеты Анна Сорокина, тележурналист Иван Сергеев и радиоведущий Олег Иванов.",
			nil,
			[]string{"PROFESSION обозреватель", "PROFESSION тележурналист", "PROFESSION радиоведущий"}, nil}},
		{"a genitive ministry runs over its genitive list", perMention(func(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
			return r.extendCoordination(text, toks, m, nil)
		}), ruleCase{
			"Фестиваль проходит при поддержке Министерства цифрового развития, связи и массовых коммуникаций.",
			[][2]string{{"Министерства цифрового развития", "ORGANIZATION"}},
			[]string{"ORGANIZATION Министерства цифрового развития, связи и массовых коммуникаций"}, nil}},
		{"guard: posts listed after a genitive person stay apart", perMention(func(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
			return r.extendCoordination(text, toks, m, nil)
		}), ruleCase{
			"Выступили представители министерства, губернатор и мэр.",
			[][2]string{{"министерства", "ORGANIZATION"}},
			[]string{"ORGANIZATION министерства"}, nil}},
	}
	checkNamedCases(t, tests)
}
