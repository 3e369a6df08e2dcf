package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// perMention makes a rule of the per-mention loop a rule over all
// mentions, for checkRuleCase.
func perMention(rule func([]rune, []doc.Token, doc.Mention) doc.Mention) func([]rune, []doc.Sentence, []doc.Mention) []doc.Mention {
	return func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
		var out []doc.Mention
		for _, m := range ms {
			out = append(out, rule(text, sentenceTokens(sents, m), m))
		}
		return out
	}
}

// TestEmergencyNews runs the cases of the twenty-first session's rules for
// emergency and transport news (helper emerg21).
func TestEmergencyNews(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	airport := func(_ []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
		return airportVillages(sents, ms)
	}
	settlement := func(_ []rune, toks []doc.Token, m doc.Mention) doc.Mention { return r.settlementName(toks, m) }
	tests := []namedCase{
		{"an airport named after a village", airport, ruleCase{"Самолет совершил посадку в аэропорту Толмачево.",
			[][2]string{{"Толмачево", "CITY"}}, []string{"FACILITY Толмачево"}, []string{"CITY Толмачево"}}},
		{"quoted too", airport, ruleCase{"Рейс вылетел из аэропорта «Пулково» утром.",
			[][2]string{{"Пулково", "CITY"}}, []string{"FACILITY Пулково"}, nil}},
		// (guard) a city in the genitive: NEREL tags the city inside the airport
		{"a city's airport", airport, ruleCase{"Самолет сел в аэропорту Казани.",
			[][2]string{{"Казани", "CITY"}}, []string{"CITY Казани"}, []string{"FACILITY Казани"}}},
		{"(guard) a village with no airport", airport, ruleCase{"Самолет упал у деревни Толмачево.",
			[][2]string{{"Толмачево", "CITY"}}, []string{"CITY Толмачево"}, nil}},
		{"a relative adverb before a day", perMention(r.timeLead), ruleCase{"Спасатели работают на руднике, где в понедельник утром произошло обрушение.",
			[][2]string{{"где в понедельник утром", "TIME"}}, []string{"TIME в понедельник утром"}, nil}},
		{"a noun of a thing before a day", perMention(r.timeLead), ruleCase{"Пассажиров отправят резервным бортом в субботу утром.",
			[][2]string{{"бортом в субботу утром", "TIME"}}, []string{"TIME в субботу утром"}, nil}},
		{"(guard) a part of the day stays", perMention(r.timeLead), ruleCase{"Авария произошла утром в понедельник.",
			[][2]string{{"утром в понедельник", "TIME"}}, []string{"TIME утром в понедельник"}, nil}},
		{"a settlement's name opened by an adjective", perMention(settlement), ruleCase{"Вода подтопила дома в поселке Ближний Бережок.",
			[][2]string{{"Ближний Бережок", "PERSON"}}, []string{"CITY Ближний Бережок"}, nil}},
		{"(guard) a person after a settlement's noun", perMention(settlement), ruleCase{"Об этом сообщил мэр города Сергей Собянин.",
			[][2]string{{"Сергей Собянин", "PERSON"}}, []string{"PERSON Сергей Собянин"}, nil}},
		{"an airline's quoted name in another case", r.anchoredTypes, ruleCase{"Самолет «Уральских авиалиний» сел. Самолет авиакомпании «Уральские авиалинии» сел.",
			[][2]string{{"Уральских авиалиний", "PRODUCT"}, {"Уральские авиалинии", "PRODUCT"}},
			[]string{"ORGANIZATION Уральских авиалиний", "ORGANIZATION Уральские авиалинии"}, nil}},
		{"a tour operator", r.anchoredTypes, ruleCase{"Расходы взял на себя туроператор «Пегас Туристик».",
			[][2]string{{"Пегас Туристик", "PERSON"}}, []string{"ORGANIZATION Пегас Туристик"}, nil}},
		{"a republic read as a city", perMention(func(_ []rune, _ []doc.Token, m doc.Mention) doc.Mention { return r.regionType(m) }),
			ruleCase{"Обрушение произошло на руднике в Бурятии.", [][2]string{{"Бурятии", "CITY"}}, []string{"STATE_OR_PROVINCE Бурятии"}, nil}},
		{"(guard) a club named after a republic", perMention(func(_ []rune, _ []doc.Token, m doc.Mention) doc.Mention { return r.regionType(m) }),
			ruleCase{"Игроки «Дагестана» проиграли.", [][2]string{{"Дагестана", "ORGANIZATION"}}, []string{"ORGANIZATION Дагестана"}, nil}},
		{"an emergency landing", r.emergencyLandings, ruleCase{"Самолет совершил экстренную посадку в Толмачево.",
			nil, []string{"EVENT экстренную посадку"}, nil}},
		{"(guard) a landing of no emergency", r.emergencyLandings, ruleCase{"Пассажиры ждут посадку на рейс.",
			nil, nil, []string{"EVENT посадку"}}},
		{"a crash landing (twenty-fifth session)", r.emergencyLandings, ruleCase{"Вертолет Ми-8 совершил жесткую посадку в Хабаровском крае.",
			nil, []string{"EVENT жесткую посадку"}, nil}},
		{"(guard) a soft landing", r.emergencyLandings, ruleCase{"Спускаемый аппарат совершил мягкую посадку в степи.",
			nil, nil, []string{"EVENT мягкую посадку"}}},
		// (guard) a quoted name after no business's noun keeps its type
		{"a plane's quoted name", r.anchoredTypes, ruleCase{"Самолет «Сухой Суперджет» сел.",
			[][2]string{{"Сухой Суперджет", "PRODUCT"}}, []string{"PRODUCT Сухой Суперджет"}, nil}},
	}
	checkNamedCases(t, tests)
}

// TestEmergencyLexicon checks the incident nouns of typeLemmas.
func TestEmergencyLexicon(t *testing.T) {
	for _, l := range []string{"обрушение", "возгорание"} {
		if typeLemmas[l] != "EVENT" {
			t.Errorf("%s: %q, want EVENT", l, typeLemmas[l])
		}
	}
	if typeLemmas["пожар"] != "" {
		t.Errorf("пожар: NEREL train tags 8 of its 16; no lexical EVENT")
	}
}

// TestVerbEnd checks verbEnd on tokens the tagger read: «начала» a past
// finite verb.
func TestVerbEnd(t *testing.T) {
	tests := []struct{ text, name, want string }{
		{"Сахалинская транспортная прокуратура начала проверку.", "Сахалинская транспортная прокуратура начала", "Сахалинская транспортная прокуратура"},
		{"Прокуратура Бурятии начала проверку.", "Прокуратура Бурятии начала", "Прокуратура Бурятии"},
		{"Лига начала сезон.", "Лига начала", "Лига начала"},                                       // (guard) one word before it: «Лига начала», a name of a noun and a genitive, may be one
		{"Это фонд «Новые начала» начала проверку.", "фонд «Новые начала»", "фонд «Новые начала»"}, // (guard) quoted
	}
	for _, tt := range tests {
		sents := tokenize.Split(tt.text)
		for i := range sents {
			for k := range sents[i].Tokens {
				if sents[i].Tokens[k].Text == "начала" {
					sents[i].Tokens[k].POS, sents[i].Tokens[k].Feats = "VERB", "Aspect=Perf|Gender=Fem|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"
				}
			}
		}
		m := mentionOf(t, tt.text, tt.name, "ORGANIZATION")
		if got := verbEnd([]rune(tt.text), sentenceTokens(sents, m), m); got.Text != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got.Text, tt.want)
		}
	}
}
