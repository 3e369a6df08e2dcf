package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestRegionsModelsOpponents pins regionNouns, numberedModels, the
// «евролиг» of leagueNames and the opponent after «против» of
// placeQuotedNames (twenty-first session, helper ner21b), each rule run
// alone over the recognizer's mentions.
func TestRegionsModelsOpponents(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	regions := func(_ []rune, _ []doc.Sentence, ms []doc.Mention) []doc.Mention { return r.regionNouns(ms) }
	models := func(_ []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
		return r.numberedModels(sents, ms)
	}
	clubs := func(_ []rune, _ []doc.Sentence, ms []doc.Mention) []doc.Mention { return r.sportClubProfessions(ms) }
	cases := []struct {
		ruleCase
		rule func([]rune, []doc.Sentence, []doc.Mention) []doc.Mention
	}{
		// a region named by a noun alone, read as a facility or a town
		{ruleCase{"Фестиваль «Шукшинские дни на Алтае» открылся в субботу.",
			[][2]string{{"Алтае", "FACILITY"}},
			[]string{"STATE_OR_PROVINCE Алтае"}, []string{"FACILITY Алтае"}}, regions},
		{ruleCase{"В Приморье выпал снег.",
			[][2]string{{"Приморье", "CITY"}},
			[]string{"STATE_OR_PROVINCE Приморье"}, []string{"CITY Приморье"}}, regions},
		// (guard) a town, a macro-region, a place of another type stay
		{ruleCase{"Из Елизово самолет улетел на Урал, а потом в Крым.",
			[][2]string{{"Елизово", "CITY"}, {"Урал", "CITY"}, {"Крым", "LOCATION"}},
			[]string{"CITY Елизово", "CITY Урал", "LOCATION Крым"}, []string{"STATE_OR_PROVINCE Урал"}}, regions},
		// a model's name with its number, read as a date
		{ruleCase{"Компания показала ноутбук Валдай-10 на выставке.",
			[][2]string{{"Валдай-10", "DATE"}},
			[]string{"PRODUCT Валдай-10"}, []string{"DATE Валдай-10"}}, models},
		{ruleCase{"Ранее завод производил модель «Валдай-10».",
			[][2]string{{"Валдай-10", "NUMBER"}},
			[]string{"PRODUCT Валдай-10"}, []string{"NUMBER Валдай-10"}}, models},
		{ruleCase{"Экипаж перешел на станцию Салют-7 утром.",
			[][2]string{{"Салют-7", "NUMBER"}},
			nil, []string{"NUMBER Салют-7", "PRODUCT Салют-7"}}, models},
		// (guard) a year after a name, a code of capitals, a plain number stay
		{ruleCase{"На Олимпиаде-2014 в зале МС-21 было 10 человек.",
			[][2]string{{"Олимпиаде-2014", "DATE"}, {"МС-21", "NUMBER"}, {"10", "NUMBER"}},
			[]string{"DATE Олимпиаде-2014", "NUMBER МС-21", "NUMBER 10"}, nil}, models},
		// a sport's adjective before a club read as a post
		{ruleCase{"Баскетбольный ЦСКА в пятницу проиграл в Белграде.",
			[][2]string{{"Баскетбольный ЦСКА", "PROFESSION"}, {"ЦСКА", "ORGANIZATION"}},
			[]string{"ORGANIZATION ЦСКА"}, []string{"PROFESSION Баскетбольный ЦСКА"}}, clubs},
		// (guard) a post after the adjective, with no organization
		{ruleCase{"Футбольный тренер Валерий Карпин подал в отставку.",
			[][2]string{{"Футбольный тренер", "PROFESSION"}},
			[]string{"PROFESSION Футбольный тренер"}, nil}, clubs},
		// a league's own noun read as a place
		{ruleCase{"ЦСКА выиграл Евролигу в третий раз.",
			[][2]string{{"Евролигу", "LOCATION"}},
			[]string{"ORGANIZATION Евролигу"}, []string{"LOCATION Евролигу"}}, r.leagueNames},
		// a club after «против» in a sentence on a game
		{ruleCase{"В воскресенье СКА сыграет против «Динамо» в Москве.",
			[][2]string{{"Динамо", "FACILITY"}, {"Москве", "CITY"}},
			[]string{"ORGANIZATION Динамо"}, []string{"FACILITY Динамо"}}, r.placeQuotedNames},
		{ruleCase{"«Спартак» в гостях обыграл «Торпедо».",
			[][2]string{{"Торпедо", "WORK_OF_ART"}},
			[]string{"ORGANIZATION Торпедо"}, []string{"WORK_OF_ART Торпедо"}}, r.placeQuotedNames},
		// (guard) «против» with no game: a pipeline stays a facility
		{ruleCase{"Конгресс выступил против «Северного потока».",
			[][2]string{{"Северного потока", "FACILITY"}},
			[]string{"FACILITY Северного потока"}, []string{"ORGANIZATION Северного потока"}}, r.placeQuotedNames},
	}
	for _, tt := range cases {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, tt.rule)
	}
}
