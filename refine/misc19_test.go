package refine

import (
	"slices"
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// TestMisc19 pins the rules of the smaller types (constitutionPlaces,
// penaltyDurations, listedWorks, the nouns of pictures in workHeads) through
// the whole Refine.
func TestMisc19(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// a constitution and the country or region it is of
		{"Решение принято в соответствии со статьей 84 Конституции Кыргызской Республики.",
			[][2]string{{"Конституции", "LAW"}, {"Кыргызской Республики", "COUNTRY"}},
			[]string{"LAW Конституции Кыргызской Республики", "LAW Конституции", "COUNTRY Кыргызской Республики"}, nil},
		{"Цель поправки — отредактировать пункт в Конституции штата Колорадо.",
			[][2]string{{"Конституции штата", "LAW"}, {"Колорадо", "STATE_OR_PROVINCE"}},
			[]string{"LAW Конституции штата Колорадо"}, []string{"LAW Конституции штата"}},
		// (guard) not a country that opens the next clause
		{"По Конституции Греция является парламентской республикой.",
			[][2]string{{"Конституции", "LAW"}, {"Греция", "COUNTRY"}},
			[]string{"LAW Конституции"}, []string{"LAW Конституции Греция"}},
		// a punishment and the length of its term
		{"Им может грозить лишение свободы до трёх лет.",
			[][2]string{{"лишение свободы", "PENALTY"}, {"до трёх лет", "DATE"}},
			[]string{"PENALTY лишение свободы до трёх лет", "PENALTY лишение свободы", "DATE до трёх лет"}, nil},
		{"Суд назначил ему исправительные работы сроком на один год.",
			[][2]string{{"исправительные работы", "PENALTY"}, {"на один год", "DATE"}},
			[]string{"PENALTY исправительные работы сроком на один год"}, nil},
		// (guard) a date, not a term; a place of serving, not a punishment
		{"Картер был приговорён к смерти в 2007 году, а его брат провёл в колонии около года.",
			[][2]string{{"приговорён к смерти", "PENALTY"}, {"в 2007 году", "DATE"}, {"колонии", "PENALTY"}, {"около года", "DATE"}},
			nil, []string{"PENALTY приговорён к смерти в 2007 году", "PENALTY колонии около года"}},
		// the offence a charge names after «в»
		{"В 2005 году он был задержан по подозрению в подготовке покушения на Анатолия Чубайса, а в 2002 году его обвиняли в изготовлении детской порнографии.",
			nil, []string{"CRIME подготовке покушения", "CRIME изготовлении детской порнографии"}, nil},
		{"СК возбудил уголовное дело о воспрепятствовании деятельности избирательной комиссии (ст. 141 УК).",
			nil, []string{"CRIME воспрепятствовании деятельности избирательной комиссии"}, nil},
		// (guard) an incident a case is about is no offence
		{"Следствие по делу о гибели людей продолжается.",
			nil, nil, []string{"CRIME гибели людей"}},
		{"Позже ему предъявили обвинение в подкупе свидетелей.",
			nil, []string{"CRIME подкупе свидетелей"}, nil},
		{"Пятеро задержаны по подозрению в участии в массовых беспорядках.",
			nil, []string{"CRIME участии в массовых беспорядках"}, nil},
		// (guard) a light noun, an unsure extent (a name, an infinitive after the noun)
		{"Ему предъявлено обвинение в совершении преступления. Подозреваемые в нападении на Charlie Hebdo скрылись. Его осудили по обвинению в попытке организовать мятеж.",
			nil, nil, []string{"CRIME совершении преступления", "CRIME нападении", "CRIME попытке"}},
		// a quoted name listed with a work
		{"В программу вошли такие фильмы, как «Печки-лавочки», «Странные люди» и «Ваш сын и брат».",
			[][2]string{{"Печки-лавочки", "WORK_OF_ART"}, {"Странные люди", "WORK_OF_ART"}},
			[]string{"WORK_OF_ART Ваш сын и брат"}, nil},
		// (guard) a lower-case query is no title
		{"По запросам «Тимченко клевета» и «законопроект клевета» ничего не находится.",
			[][2]string{{"Тимченко клевета", "WORK_OF_ART"}},
			nil, []string{"WORK_OF_ART законопроект клевета"}},
		// pictures and films named by other nouns
		{"В США умер моряк с фотографии «Поцелуй на Таймс-Сквер», хранившейся рядом с иконой «Рождество Христово».",
			nil, []string{"WORK_OF_ART Поцелуй на Таймс-Сквер", "WORK_OF_ART Рождество Христово"}, nil},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}

// ruleCase is a text, the recognizer's mentions in it (text, type), and the
// mentions ("TYPE text") a rule must give and must not.
type ruleCase struct {
	text      string
	in        [][2]string
	want, not []string
}

// namedCase is a ruleCase with its name and the rule it checks.
type namedCase struct {
	name string
	rule func([]rune, []doc.Sentence, []doc.Mention) []doc.Mention
	ruleCase
}

// checkNamedCases runs each case's rule as a subtest named by the case.
func checkNamedCases(t *testing.T, cases []namedCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkRuleCase(t, c.text, c.in, c.want, c.not, c.rule) })
	}
}

// ruleOutput runs a document-wide rule over text with the mentions in
// (text, type) and returns "TYPE text" of each mention out.
func ruleOutput(t *testing.T, rule func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention, text string, in [][2]string) []string {
	t.Helper()
	var ms []doc.Mention
	for _, m := range in {
		ms = append(ms, mentionOf(t, text, m[0], m[1]))
	}
	var got []string
	for _, m := range rule([]rune(text), tokenize.Split(text), ms) {
		got = append(got, m.Type+" "+m.Text)
	}
	return got
}

// checkRuleCase runs rule over text with the recognizer's mentions in
// (text, type) and reports each of want ("TYPE text") it misses and each of
// not it gives.
func checkRuleCase(t *testing.T, text string, in [][2]string, want, not []string, rule func([]rune, []doc.Sentence, []doc.Mention) []doc.Mention) {
	t.Helper()
	got := ruleOutput(t, rule, text, in)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%q: no %q in %q", text, w, got)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("%q: %q should not be in %q", text, w, got)
		}
	}
}
