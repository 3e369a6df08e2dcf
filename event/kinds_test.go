package event

import "testing"

// kindCases are the cases of the twenty-second session's told types
// (helper ev22, kinds.go): COMPETITION, BAN, INSPECTION, OPENING and the
// sports «встреча».
var kindCases = []ruleCase{
	{name: "a championship is a competition",
		text: "Сборная выступит на чемпионате мира в Казани.",
		ents: []ent{{"чемпионате мира", "EVENT", ""}},
		want: "COMPETITION(чемпионате мира) date= place= []"},
	{name: "a search is an inspection",
		text: "Следователи провели обыски в офисе компании.",
		ents: []ent{{"обыски", "EVENT", ""}},
		want: "INSPECTION(обыски) date= place= []"},
	{name: "a ban enacted",
		text: "Власти ввели запрет на продажу пиротехники.",
		ents: []ent{{"запрет", "EVENT", ""}},
		want: "BAN(запрет) date= place= []"},
	{name: "(guard) a forbidden overtaking is no ban",
		text: "Водитель совершил запрещённый обгон.",
		ents: []ent{{"запрещённый обгон", "EVENT", ""}},
		want: "OTHER(запрещённый обгон) date= place= []"},
	{name: "the opening of a show",
		text: "Губернатор посетил открытие выставки.",
		ents: []ent{{"открытие выставки", "EVENT", ""}},
		want: "OPENING(открытие выставки) date= place= []"},
	{name: "(guard) fire opened is no opening",
		text: "Неизвестный открыл огонь по прохожим.",
		ents: []ent{{"открыл огонь", "EVENT", ""}},
		want: "OTHER(открыл огонь) date= place= []"},
	{name: "(guard) a discovery is no opening",
		text: "Физик открыл новый эффект в 1969 году.",
		ents: []ent{{"открыл новый эффект", "EVENT", ""}},
		want: "OTHER(открыл новый эффект) date= place= []"},
	{name: "a «встреча» of sport is a match, not a meeting",
		text: "Лучшим игроком встречи стал форвард команды.",
		ents: []ent{{"встречи", "EVENT", ""}},
		want: "COMPETITION(встречи) date= place= []"},
	{name: "a sports «встреча» the recognizer missed is no meeting",
		text: "Футболисты проиграли со счётом 0:2. Встреча прошла при пустых трибунах.",
		want: ""},
	{name: "(guard) a meeting over the treasury's account stays a meeting",
		text: "Министр провел встречу за счет бюджета.",
		want: "MEETING(встречу) date= place= []"},
}

// TestKinds runs kindCases.
func TestKinds(t *testing.T) { runRuleCases(t, kindCases) }

// awardCases are the cases of the twenty-second session's award rules
// (helper ev22, award.go, subjectless.go).
var awardCases = []ruleCase{
	{name: "a prize fronted before «вручить»",
		text: "Медаль «За отвагу» глава государства вручил также Сергею Смирнову.",
		ents: []ent{{"Сергею Смирнову", "PERSON", ""}},
		want: "AWARD(вручил) date= place= [participant=Сергею Смирнову]"}, // (object before ev22b)
	{name: "(guard) an award ahead is none",
		text: "Награды будут вручены лауреатам на церемонии.",
		want: ""},
	{name: "(guard) a petition handed is no award",
		text: "Премьер вручил прошение об отставке королеве.",
		want: ""},
	{name: "the lead's agent acts in the headline's subjectless award",
		text: "В Кремле вручили государственные награды. Президент Владимир Путин вручил орден Мужества Ивану Петрову.",
		ents: []ent{{"Владимир Путин", "PERSON", ""}, {"Ивану Петрову", "PERSON", ""}},
		want: "AWARD(вручили) date= place= [agent=Владимир Путин]"}, // (the laureate, an object, joins through relations only)
	{name: "(guard) a headline with its own agent keeps it alone",
		text: "Губернатор Олег Белов вручил государственные награды. Президент Владимир Путин вручил орден Мужества Ивану Петрову.",
		ents: []ent{{"Олег Белов", "PERSON", ""}, {"Владимир Путин", "PERSON", ""}, {"Ивану Петрову", "PERSON", ""}},
		want: "AWARD(вручил) date= place= [agent=Олег Белов]"},
}

// TestAward22 runs awardCases.
func TestAward22(t *testing.T) { runRuleCases(t, awardCases) }
