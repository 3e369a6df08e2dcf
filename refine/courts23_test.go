package refine

import "testing"

// TestCourtNews runs the cases of the twenty-third session's rules for
// court news (helper courts23).
func TestCourtNews(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkNamedCases(t, []namedCase{
		{"a post ends before the verdict word", r.verdictTails, ruleCase{"Суд признал бывшего главу города виновным.",
			[][2]string{{"главу города виновным", "PROFESSION"}}, []string{"PROFESSION главу города"}, []string{"PROFESSION главу города виновным"}}},
		{"a person too, the shorter mention there already", r.verdictTails, ruleCase{"Суд признал Ивана Петрова невиновным.",
			[][2]string{{"Ивана Петрова невиновным", "PERSON"}, {"Ивана Петрова", "PERSON"}}, []string{"PERSON Ивана Петрова"}, []string{"PERSON Ивана Петрова невиновным"}}},
		// (guard) NEREL's EVENT takes the verdict word
		{"an event keeps it", r.verdictTails, ruleCase{"Суд признал его виновным.",
			[][2]string{{"признал его виновным", "EVENT"}}, []string{"EVENT признал его виновным"}, nil}},
		{"the constitution and a norm of a code", r.constitutionParts, ruleCase{"Суд признал не соответствующей Конституции норму Налогового кодекса.",
			[][2]string{{"Конституции норму Налогового кодекса", "LAW"}, {"Налогового кодекса", "LAW"}},
			[]string{"LAW Конституции", "LAW Налогового кодекса"}, []string{"LAW Конституции норму Налогового кодекса", "LAW норму Налогового кодекса"}}},
		{"an article opens a law of its own", r.constitutionParts, ruleCase{"Суд признал противоречащей Конституции РФ статью 12 закона о банкротстве.",
			[][2]string{{"Конституции РФ статью 12 закона о банкротстве", "LAW"}},
			[]string{"LAW Конституции РФ", "LAW статью 12 закона о банкротстве"}, nil}},
		// (guard) the constitution's own name goes on
		{"a constitution of a year", r.constitutionParts, ruleCase{"Он сослался на нормы Конституции Украины в редакции 2004 года.",
			[][2]string{{"Конституции Украины в редакции 2004 года", "LAW"}}, []string{"LAW Конституции Украины в редакции 2004 года"}, nil}},
		{"a surname in quoted speech", r.surnames, ruleCase{"Алексей Хотин уехал. «Суд удовлетворил ходатайство следствия и избрал в отношении Хотина меру пресечения», — говорится в сообщении.",
			[][2]string{{"Алексей Хотин", "PERSON"}, {"Хотина", "CITY"}}, []string{"PERSON Хотина"}, []string{"CITY Хотина"}}},
		// (guard) a quoted name right after the quote stays as it is
		{"a quoted name", r.surnames, ruleCase{"Выступил Игорь Шумов. Он снялся в фильме «Шумов и сыновья».",
			[][2]string{{"Игорь Шумов", "PERSON"}}, nil, []string{"PERSON Шумов"}}},
	})
}
