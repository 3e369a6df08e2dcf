package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// ent is an entity of a test text: its first mention after the one before,
// its type and its value.
type ent = [3]string

// seventeenthCases are the cases of the seventeenth session's event rules:
// a text, its entities (E1, E2, … in order), the relations between them
// and the events described.
var seventeenthCases = []struct {
	name, text string
	ents       []ent
	rels       []doc.Relation
	want       string
}{
	// eighteenth session (helper ev18b)
	{name: "a place after an opening date, before the visit verb, is visited",
		text: "31 июля Муром посетят журналисты из Дании и Италии.",
		ents: []ent{{"31 июля", "DATE", "2025-07-31"}, {"Муром", "CITY", ""}, {"посетят", "EVENT", ""}, {"Дании", "COUNTRY", ""}, {"Италии", "COUNTRY", ""}},
		want: "VISIT(посетят) date=2025-07-31 place=Муром [time=31 июля, place=Муром]"},
	{name: "hours after the story's own attack: the story's day",
		text: "3 февраля неизвестный совершил нападение на торговый центр. Полиция задержала стрелка через час после нападения.",
		ents: []ent{{"3 февраля", "DATE", "2026-02-03"}, {"нападение", "EVENT", ""}, {"Полиция", "ORGANIZATION", ""}, {"задержала", "EVENT", ""}},
		want: "ATTACK(нападение) date=2026-02-03 place= [time=3 февраля]\nARREST(задержала) date=2026-02-03 place= []"},
	{name: "«выборов», likeliest «выбор», is the event measured from",
		text: "23 июня президент выдвинул на пост главы ФБР Джеймса Коми. Он сменит Мюллера, который вступил в эту должность за месяц до прошлых выборов.",
		ents: []ent{{"23 июня", "DATE", "2013-06-23"}, {"выдвинул", "EVENT", ""}, {"Джеймса Коми", "PERSON", ""}, {"Мюллера", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E3", Type: "PARTICIPANT_IN", Tail: "E2"}},
		want: "APPOINTMENT(выдвинул на пост) date=2013-06-23 place= [participant=Джеймса Коми, time=23 июня]\nAPPOINTMENT(вступил в эту должность) date= place= [agent=Мюллера]"},
	// eighteenth session (helper ev18)
	{name: "an arrested attacker is the attack's attacker, whom a later sentence names",
		text: "В Хьюстоне произошла стрельба. Полиция задержала стрелка через час. Им оказался Джейсон Миллер.",
		ents: []ent{{"Хьюстоне", "CITY", ""}, {"стрельба", "EVENT", ""}, {"задержала стрелка", "EVENT", ""}, {"Джейсон Миллер", "PERSON", ""}},
		want: "ATTACK(стрельба) date= place=Хьюстоне [place=Хьюстоне, agent=Джейсон Миллер]\nARREST(задержала стрелка) date= place= [participant=Джейсон Миллер]"},
	{name: "the one named right after the attacker's noun is arrested",
		text: "Полиция задержала стрелка, 17-летнего школьника Димитриоса Пагуртзиса.",
		ents: []ent{{"задержала", "EVENT", ""}, {"Димитриоса Пагуртзиса", "PERSON", ""}},
		want: "ARREST(задержала) date= place= [participant=Димитриоса Пагуртзиса]"},
	{name: "a visit noun in «с» before its verb is the verb's visit, the place put first visited",
		text: "Казань с рабочим визитом посетил президент Казахстана Касым-Жомарт Токаев.",
		ents: []ent{{"Казань", "CITY", ""}, {"визитом", "EVENT", ""}, {"посетил", "EVENT", ""}, {"Касым-Жомарт Токаев", "PERSON", ""}},
		want: "VISIT(посетил) date= place=Казань [participant=Касым-Жомарт Токаев, place=Казань]"},
	{name: "«прибыл с рабочим визитом»: one visit though «рабочим» reads likeliest as a noun",
		text: "Виктор Хренин прибыл с рабочим визитом в Москву.",
		ents: []ent{{"Виктор Хренин", "PERSON", ""}, {"визитом", "EVENT", ""}, {"Москву", "CITY", ""}},
		want: "VISIT(прибыл) date= place=Москву [agent=Виктор Хренин, place=Москву]"},
	{name: "a place of a person's post, set off by commas, is not where he died",
		text: "Его брат, генерал, замначальника штаба ВМС в Южно-Китайском море, умер в 2014 году.",
		ents: []ent{{"замначальника штаба ВМС", "PROFESSION", ""}, {"Южно-Китайском море", "LOCATION", ""}, {"умер", "EVENT", ""}, {"в 2014 году", "DATE", "2014"}},
		rels: []doc.Relation{{Head: "E3", Type: "TAKES_PLACE_IN", Tail: "E2"}},
		want: "DEATH(умер) date=2014 place= [time=в 2014 году]"},
	{name: "a place after the post, the trigger with no comma between, stays",
		text: "Посол России в Турции умер в Анкаре.",
		ents: []ent{{"Посол России", "PROFESSION", ""}, {"Турции", "COUNTRY", ""}, {"умер", "EVENT", ""}, {"Анкаре", "CITY", ""}},
		rels: []doc.Relation{{Head: "E3", Type: "TAKES_PLACE_IN", Tail: "E4"}},
		want: "DEATH(умер) date= place=Анкаре [place=Анкаре]"},
	// seventeenth session
	{name: "a place the relations give, named only inside a post, yields to one named on its own",
		text: "Президент Египта прибыл в Россию.",
		ents: []ent{{"Президент Египта", "PROFESSION", ""}, {"Египта", "COUNTRY", ""}, {"прибыл", "EVENT", ""}, {"Россию", "COUNTRY", ""}},
		rels: []doc.Relation{{Head: "E3", Type: "TAKES_PLACE_IN", Tail: "E2"}, {Head: "E3", Type: "TAKES_PLACE_IN", Tail: "E4"}},
		want: "VISIT(прибыл) date= place=Россию [place=Россию]"},
	{name: "the attacker a later sentence names is the attack's",
		text: "Число жертв стрельбы в Канаде достигло 16 человек. Была установлена личность преступника — им является 51-летний Габриэл Уортман.",
		ents: []ent{{"стрельбы", "EVENT", ""}, {"Канаде", "COUNTRY", ""}, {"Габриэл Уортман", "PERSON", ""}},
		want: "ATTACK(стрельбы) date= place=Канаде [place=Канаде, agent=Габриэл Уортман]"},
	{name: "the attacker named in the next sentence after «Это»",
		text: "В синагоге Сан-Диего произошла стрельба. Личность преступника раскрыта. Это 19-летний Джон Эрнест.",
		ents: []ent{{"стрельба", "EVENT", ""}, {"Джон Эрнест", "PERSON", ""}},
		want: "ATTACK(стрельба) date= place= [agent=Джон Эрнест]"},
	{name: "a person after a verb between is no attacker's name",
		text: "В синагоге Сан-Диего произошла стрельба. Нападавший ранил Ивана Петрова.",
		ents: []ent{{"стрельба", "EVENT", ""}, {"Ивана Петрова", "PERSON", ""}},
		want: "ATTACK(стрельба) date= place= []"},
	{name: "the shooter of another city is another attack's",
		text: "ИГ сделало заявление по теракту в Нью-Йорке. В заявлении упомянут стрелок из Лас-Вегаса Стивен Пэддок.",
		ents: []ent{{"теракту", "EVENT", ""}, {"Нью-Йорке", "CITY", ""}, {"Стивен Пэддок", "PERSON", ""}},
		want: "STATEMENT(заявление) date= place= [participant=Стивен Пэддок]\nATTACK(теракту) date= place=Нью-Йорке [place=Нью-Йорке]"},
	{name: "«назначить на» a date sets the date of something else: no appointment",
		text: "Рассмотрение апелляции назначено на май. Иванов назначен на пост министра.",
		ents: []ent{{"на май", "DATE", "2026-05"}, {"Иванов", "PERSON", ""}},
		want: "APPOINTMENT(назначен) date= place= [participant=Иванов]"},
	{name: "a verb of taking a post with its post is an appointment",
		text: "Роберт Мюллер вступил в эту должность в 2001 году.",
		ents: []ent{{"Роберт Мюллер", "PERSON", ""}, {"в 2001 году", "DATE", "2001"}},
		want: "APPOINTMENT(вступил в эту должность) date=2001 place= [agent=Роберт Мюллер, time=в 2001 году]"},
	{name: "the verb alone, of no post, is none",
		text: "Роберт Мюллер вступил в партию в 2001 году.",
		ents: []ent{{"Роберт Мюллер", "PERSON", ""}, {"в 2001 году", "DATE", "2001"}}},
	{name: "an EVENT verb the recognizer tagged takes the type and the post it governs",
		text: "Президент выдвинул на пост главы ФБР Джеймса Коми.",
		ents: []ent{{"выдвинул", "EVENT", ""}, {"Джеймса Коми", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E2", Type: "PARTICIPANT_IN", Tail: "E1"}},
		want: "APPOINTMENT(выдвинул на пост) date= place= [participant=Джеймса Коми]"},
	{name: "a clause measured from another event takes no story's date",
		text: "23 июня президент выдвинул на пост главы ФБР Джеймса Коми. Он сменит Мюллера, который вступил в эту должность за неделю до террористической атаки.",
		ents: []ent{{"23 июня", "DATE", "2013-06-23"}, {"выдвинул", "EVENT", ""}, {"Джеймса Коми", "PERSON", ""}, {"Мюллера", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E3", Type: "PARTICIPANT_IN", Tail: "E2"}},
		want: "APPOINTMENT(выдвинул на пост) date=2013-06-23 place= [participant=Джеймса Коми, time=23 июня]\nAPPOINTMENT(вступил в эту должность) date= place= [agent=Мюллера]"},
	{name: "a nominative «который» before the verb stands for the person before its comma",
		text: "Задержан Иван Петров, который был арестован в 2020 году.",
		ents: []ent{{"Иван Петров", "PERSON", ""}, {"в 2020 году", "DATE", "2020"}},
		want: "ARREST(Задержан) date= place= [participant=Иван Петров]\nARREST(арестован) date=2020 place= [time=в 2020 году, participant=Иван Петров]"},
	{name: "an oblique «которого» is no subject",
		text: "Задержан Иван Петров, которого арестовали в 2020 году.",
		ents: []ent{{"Иван Петров", "PERSON", ""}, {"в 2020 году", "DATE", "2020"}},
		want: "ARREST(Задержан) date= place= [participant=Иван Петров]\nARREST(арестовали) date=2020 place= [time=в 2020 году]"},
	{name: "the lead's agent of the headline's attack is its agent",
		text: "Беспилотники атаковали Брянскую область\n\nВооруженные силы Украины в ночь на субботу атаковали беспилотниками Брянскую область.",
		ents: []ent{{"атаковали", "EVENT", ""}, {"Брянскую область", "STATE_OR_PROVINCE", ""}, {"Вооруженные силы Украины", "ORGANIZATION", ""}, {"атаковали", "EVENT", ""}},
		rels: []doc.Relation{{Head: "E3", Type: "AGENT", Tail: "E4"}},
		want: "ATTACK(атаковали) date= place=Брянскую область [place=Брянскую область, agent=Вооруженные силы Украины]"},
	{name: "an imperfective told in a month of a named year is one event",
		text: "Премьер посещал Китай в июле 2024 года.",
		ents: []ent{{"Китай", "COUNTRY", ""}, {"в июле 2024 года", "DATE", "2024-07"}},
		want: "VISIT(посещал) date=2024-07 place=Китай [time=в июле 2024 года, place=Китай]"},
	{name: "an imperfective of a habit, no time named, is none",
		text: "В детстве он посещал музыкальную школу."},
	{name: "the post an appointee is given names no other holder of the post",
		text: "Временно исполняющим обязанности губернатора Тверской области назначен Виталий Королев. Руденя встретился с губернатором Александром Бегловым.",
		ents: []ent{{"Временно исполняющим обязанности губернатора Тверской области", "PROFESSION", ""}, {"назначен", "EVENT", ""},
			{"Виталий Королев", "PERSON", ""}, {"губернатором", "PROFESSION", ""}, {"Александром Бегловым", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E3", Type: "PARTICIPANT_IN", Tail: "E2"}, {Head: "E3", Type: "WORKS_AS", Tail: "E1"}, {Head: "E5", Type: "WORKS_AS", Tail: "E4"}},
		want: "APPOINTMENT(назначен) date= place= [participant=Виталий Королев]\nMEETING(встретился) date= place= [participant=Александром Бегловым]"},
	{name: "the headline's death the lead tells again, undated, is of the story's day",
		text: "Беспилотники атаковали Курскую область, погиб мужчина\n\nВ ночь на субботу беспилотники атаковали Курскую область. В результате удара погиб житель.",
		ents: []ent{{"Курскую область", "STATE_OR_PROVINCE", ""}, {"В ночь на субботу", "TIME", "2026-01-10TNI"}},
		want: "ATTACK(атаковали) date=2026-01-10 place=Курскую область [place=Курскую область]\nDEATH(погиб) date=2026-01-10 place= []"},
	{name: "places listed with the event's place are its places too",
		text: "Во вторник в Берлине и Москве прошли конференции министров.",
		ents: []ent{{"Во вторник", "DATE", "2025-11-18"}, {"Берлине", "CITY", ""}, {"Москве", "CITY", ""}},
		want: "SESSION(конференции) date=2025-11-18 place=Берлине [time=Во вторник, place=Берлине, place=Москве]"},
	{name: "a larger place of another type after a comma is no member of the list",
		text: "Совещание прошло в Ньюарке, Нью-Джерси.",
		ents: []ent{{"Ньюарке", "CITY", ""}, {"Нью-Джерси", "STATE_OR_PROVINCE", ""}},
		want: "MEETING(Совещание) date= place=Ньюарке [place=Ньюарке]"},
}

// TestSeventeenth runs seventeenthCases.
func TestSeventeenth(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range seventeenthCases {
		d := build(t, c.text, c.ents...)
		d.Relations = c.rels
		if got := describe(d, x.Extract(d)); got != c.want {
			t.Errorf("%s: got\n%s\nwant\n%s", c.name, got, c.want)
		}
	}
}
