package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestScience22 pins honoredAwards, spaceportNames, sharedMonthDays,
// acronymRepeats, institutionPosts, researchNames and launchEvents, each
// rule alone, and the quoted products and awards through the whole Refine.
func TestScience22(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	awards := []ruleCase{
		// an award named after a person, read as an organization
		{"Физик стал лауреатом премии имени И. Я. Померанчука за 2025 год.",
			[][2]string{{"премии имени И. Я. Померанчука", "ORGANIZATION"}, {"И. Я. Померанчука", "PERSON"}},
			[]string{"AWARD премии имени И. Я. Померанчука", "PERSON И. Я. Померанчука"},
			[]string{"ORGANIZATION премии имени И. Я. Померанчука"}},
		// the person alone; a title and a metal's adjective
		{"Ученый удостоен золотой медали имени академика Курчатова.",
			[][2]string{{"Курчатова", "PERSON"}},
			[]string{"AWARD золотой медали имени академика Курчатова", "PERSON Курчатова"}, nil},
		// (guard) an institute named after a person stays an organization
		{"Он работает в институте имени Курчатова.",
			[][2]string{{"институте имени Курчатова", "ORGANIZATION"}, {"Курчатова", "PERSON"}},
			[]string{"ORGANIZATION институте имени Курчатова"}, []string{"AWARD институте имени Курчатова"}},
	}
	for _, tt := range awards {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.honoredAwards(text, sents, ms)
		})
	}
	spaceports := []ruleCase{
		// the name after «космодром» and its repeat alone
		{"Ракета стартовала с космодрома Восточный. Следующий пуск с Восточного запланирован на май.",
			[][2]string{{"Восточный", "LOCATION"}, {"Восточного", "LOCATION"}},
			[]string{"FACILITY Восточный", "FACILITY Восточного"}, []string{"LOCATION Восточный", "LOCATION Восточного"}},
		// a name no mention covers is added
		{"Спутник запустили с космодрома Плесецк.", nil, []string{"FACILITY Плесецк"}, nil},
		// (guard) the town of the same name; a text with no spaceport
		{"Корабль стартовал с космодрома Байконур. Экипаж живет в городе Байконуре.",
			[][2]string{{"Байконур", "CITY"}, {"Байконуре", "CITY"}},
			[]string{"FACILITY Байконур", "CITY Байконуре"}, []string{"FACILITY Байконуре"}},
		{"В Восточном округе открыли школу.", [][2]string{{"Восточном округе", "DISTRICT"}}, []string{"DISTRICT Восточном округе"}, nil},
	}
	for _, tt := range spaceports {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.spaceportNames(text, sents, ms)
		})
	}
	days := []ruleCase{
		// the first day joined to the date; its ordinal dropped
		{"Пересдать экзамен можно будет 3 и 4 июля.",
			[][2]string{{"3", "ORDINAL"}, {"4 июля", "DATE"}},
			[]string{"DATE 3 и 4 июля"}, []string{"ORDINAL 3", "DATE 4 июля"}},
		{"Форум пройдет 3, 4 и 5 июня 2026 года.",
			[][2]string{{"5 июня 2026 года", "DATE"}},
			[]string{"DATE 3, 4 и 5 июня 2026 года"}, nil},
		// (guard) a count before «и», not a day
		{"Он набрал 45 и 4 июля уехал.",
			[][2]string{{"45", "NUMBER"}, {"4 июля", "DATE"}},
			[]string{"NUMBER 45", "DATE 4 июля"}, nil},
	}
	for _, tt := range days {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.sharedMonthDays(text, sents, ms)
		})
	}
	r2 := []struct {
		ruleCase
		rule func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention
	}{
		// an institute's acronym with the academy's, repeated inside a post
		{ruleCase{"Ученые ИКИ РАН обнаружили лед. Директор ИКИ РАН отметил успех.",
			[][2]string{{"ИКИ РАН", "ORGANIZATION"}, {"Директор ИКИ РАН", "PROFESSION"}, {"РАН отметил", "ORGANIZATION"}},
			nil, nil}, nil},
		// a headline's country adjective and «научный фонд» read as a post
		{ruleCase{"Российский научный фонд объявил победителей.",
			[][2]string{{"Российский", "NATIONALITY"}, {"научный фонд", "PROFESSION"}},
			[]string{"ORGANIZATION Российский научный фонд", "COUNTRY Российский"}, []string{"PROFESSION научный фонд", "NATIONALITY Российский"}},
			r.institutionPosts},
		// (guard) a post that names the fund in the genitive
		{ruleCase{"Российский директор фонда выступил.",
			[][2]string{{"Российский", "NATIONALITY"}, {"директор фонда", "PROFESSION"}},
			[]string{"PROFESSION директор фонда"}, []string{"ORGANIZATION Российский директор фонда"}},
			r.institutionPosts},
		// an institute with coordinated adjectives no mention covers
		{ruleCase{"Об этом сообщил Институт теоретической и экспериментальной физики.", nil,
			[]string{"ORGANIZATION Институт теоретической и экспериментальной физики"}, nil},
			r.researchNames},
		// (guard) a plural; the first word of a sentence
		{ruleCase{"Институт физики провел опыт в ТОП лучших Университетов мира.", nil,
			nil, []string{"ORGANIZATION Университетов мира", "ORGANIZATION Институт физики"}},
			r.researchNames},
		// a launch in a sentence about a rocket, the launch told next
		{ruleCase{"Ракета-носитель «Союз-2.1б» стартовала с космодрома Восточный. Пуск прошел штатно.", nil,
			[]string{"EVENT стартовала", "EVENT Пуск"}, nil},
			r.launchEvents},
		// (guard) a launch of a building work
		{ruleCase{"Корабль вышел из порта. Запуск строительства газопровода состоялся в декабре.", nil,
			nil, []string{"EVENT Запуск"}},
			r.launchEvents},
		// quoted names after an upper stage and a telescope; a lower-case
		// quote after «награду»
		{ruleCase{"Ракета с разгонным блоком «Фрегат» вывела телескоп «Спектр-РГ». Ректор назвал награду «признанием вклада школы». Он получил награду «Хрустальная сова».",
			[][2]string{{"Фрегат", "ORGANIZATION"}, {"Спектр-РГ", "ORGANIZATION"}},
			[]string{"PRODUCT Фрегат", "PRODUCT Спектр-РГ", "AWARD Хрустальная сова"}, []string{"AWARD признанием вклада школы"}},
			r.Refine},
	}
	for _, tt := range r2 {
		rule := tt.rule
		if rule == nil {
			checkAcronymRepeats(t, tt.text, tt.in)
			continue
		}
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, rule)
	}
}

// checkAcronymRepeats checks that acronymRepeats adds «ИКИ РАН» inside
// the post and keeps the academy nested.
func checkAcronymRepeats(t *testing.T, text string, in [][2]string) {
	t.Helper()
	var ms []doc.Mention
	for _, m := range in {
		mm := mentionOf(t, text, m[0], m[1])
		if m[0] == "РАН отметил" { // the academy alone inside the post
			mm.End -= len([]rune(" отметил"))
			mm.Text = "РАН"
		}
		ms = append(ms, mm)
	}
	got := acronymRepeats([]rune(text), ms)
	n := 0
	for _, m := range got {
		if m.Type == "ORGANIZATION" && m.Text == "ИКИ РАН" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%q: %d «ИКИ РАН», want 2 in %v", text, n, got)
	}
}
