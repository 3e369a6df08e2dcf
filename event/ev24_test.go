package event

import "testing"

// ev24Cases are the cases of the twenty-fourth session's rules of helper
// ev24, each with a guard it must not fire on.
var ev24Cases = []ruleCase{
	{name: "a verb of the headline's kind in another city is another event (otherplace.go)",
		text: "В Самаре задержали чиновника\n\nСотрудники ФСБ задержали Игоря Петрова. В Сызрани полицейские задержали двух подозреваемых.",
		ents: []ent{{"Самаре", "CITY", ""}, {"задержали", "EVENT", ""}, {"задержали", "EVENT", ""}, {"Игоря Петрова", "PERSON", ""}, {"Сызрани", "CITY", ""}, {"задержали", "EVENT", ""}},
		want: "ARREST(задержали) date= place=Самаре [place=Самаре, object=Игоря Петрова]\nARREST(задержали) date= place=Самаре [place=Самаре]\nARREST(задержали) date= place=Сызрани [place=Сызрани]"}, // (the arrest in Сызрань was the headline's; the object: objectsJoin)
	{name: "(guard) the headline's verb told again with no place is the same event",
		text: "В Самаре задержали чиновника\n\nСотрудники ФСБ задержали Игоря Петрова. Вечером полицейские задержали двух подозреваемых.",
		ents: []ent{{"Самаре", "CITY", ""}, {"задержали", "EVENT", ""}, {"задержали", "EVENT", ""}, {"Игоря Петрова", "PERSON", ""}, {"задержали", "EVENT", ""}},
		want: "ARREST(задержали) date= place=Самаре [place=Самаре, object=Игоря Петрова]\nARREST(задержали) date= place=Самаре [place=Самаре]"},
	{name: "an event noun told again in another city is another event (otherplace.go)",
		text: "Мелони провела переговоры с премьером Японии в Риме. Ранее переговоры в Пекине завершились подписанием документов.",
		ents: []ent{{"Мелони", "PERSON", ""}, {"переговоры", "EVENT", ""}, {"Риме", "CITY", ""}, {"переговоры", "EVENT", ""}, {"Пекине", "CITY", ""}},
		want: "MEETING(переговоры) date= place=Риме [participant=Мелони, place=Риме]\nMEETING(переговоры) date= place=Пекине [place=Пекине]\nSIGNING(подписанием) date= place=Пекине [place=Пекине]"}, // (the talks in Пекин were those in Рим)
	{name: "(guard) the noun with no place of its own is the event told before",
		text: "Мелони провела переговоры с премьером Японии в Риме. Переговоры завершились подписанием документов.",
		ents: []ent{{"Мелони", "PERSON", ""}, {"переговоры", "EVENT", ""}, {"Риме", "CITY", ""}, {"Переговоры", "EVENT", ""}},
		want: "MEETING(переговоры) date= place=Риме [participant=Мелони, place=Риме]\nSIGNING(подписанием) date= place= []"},
	{name: "whom the lead's verb elects joins the headline's election, a session beside it",
		text: "Совет директоров избрал нового председателя\n\nСовет директоров на заседании во вторник избрал председателем Андрея Волкова.",
		ents: []ent{{"Совет директоров", "ORGANIZATION", ""}, {"Совет директоров", "ORGANIZATION", ""}, {"заседании", "EVENT", ""}, {"Андрея Волкова", "PERSON", ""}},
		want: "ELECTION(избрал) date= place= [agent=Совет директоров, agent=Совет директоров, object=Андрея Волкова]\nSESSION(заседании) date= place= [participant=Андрея Волкова]"}, // (was no object)
	{name: "(guard) nor does the lead's object of another kind of event",
		text: "Совет директоров избрал нового председателя\n\nСовет директоров на заседании во вторник поздравил Андрея Волкова.",
		ents: []ent{{"Совет директоров", "ORGANIZATION", ""}, {"Совет директоров", "ORGANIZATION", ""}, {"заседании", "EVENT", ""}, {"Андрея Волкова", "PERSON", ""}},
		want: "ELECTION(избрал) date= place= [agent=Совет директоров, agent=Совет директоров]\nSESSION(заседании) date= place= [participant=Андрея Волкова]"},
	{name: "«говорится в заявлении ведомства»: the organization of the sentence (agencystatement.go)",
		text: "Министерство финансов ввело санкции против Газпромбанка, говорится в заявлении ведомства.",
		ents: []ent{{"Министерство финансов", "ORGANIZATION", ""}, {"Газпромбанка", "ORGANIZATION", ""}, {"заявлении", "EVENT", ""}},
		want: "STATEMENT(заявлении) date= place= [agent=Министерство финансов]"}, // (was no agent)
	{name: "(guard) a statement of a named body takes no other",
		text: "Министерство финансов ввело санкции против Газпромбанка, говорится в заявлении Министерства обороны.",
		ents: []ent{{"Министерство финансов", "ORGANIZATION", ""}, {"Газпромбанка", "ORGANIZATION", ""}, {"заявлении", "EVENT", ""}, {"Министерства обороны", "ORGANIZATION", ""}},
		want: "STATEMENT(заявлении) date= place= [participant=Министерства обороны]"},
}

// TestEv24 runs ev24Cases.
func TestEv24(t *testing.T) { runRuleCases(t, ev24Cases) }
