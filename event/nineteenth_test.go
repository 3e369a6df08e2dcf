package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// nineteenthCases are the cases of the nineteenth session's event rules
// (helper ev19), as seventeenthCases.
var nineteenthCases = []ruleCase{
	{name: "a day with no year takes the year the text names the same day with",
		text: "Об этом говорится в заявлении, распространённом в понедельник, 16 мая: «Бюро на собрании в понедельник, 16 мая 2011 года, поддержало кандидатуру»",
		ents: []ent{{"заявлении", "EVENT", ""}, {"в понедельник, 16 мая", "DATE", "XXXX-05-16"}, {"в понедельник, 16 мая 2011 года", "DATE", "2011-05-16"}},
		want: "STATEMENT(заявлении) date=2011-05-16 place= [time=в понедельник, 16 мая]"},
	{name: "a day named with two years keeps none",
		text: "Заявление распространено 16 мая. Собрания прошли 16 мая 2011 года и 16 мая 2012 года.",
		ents: []ent{{"Заявление", "EVENT", ""}, {"16 мая", "DATE", "XXXX-05-16"}, {"16 мая 2011 года", "DATE", "2011-05-16"}, {"16 мая 2012 года", "DATE", "2012-05-16"}},
		want: "STATEMENT(Заявление) date=XXXX-05-16 place= [time=16 мая]"},
	{name: "the lead's agents of a meeting join the headline's meeting noun",
		text: "Встреча с послом Италии в МИД Грузии\n\nПосол Италии Виторио Сандали встретился с заместителем министра Александром Налбандовым.",
		ents: []ent{{"Встреча", "EVENT", ""}, {"Виторио Сандали", "PERSON", ""}, {"встретился", "EVENT", ""}, {"Александром Налбандовым", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E2", Type: "AGENT", Tail: "E3"}, {Head: "E4", Type: "AGENT", Tail: "E3"}},
		want: "MEETING(Встреча) date= place= [agent=Виторио Сандали, participant=Александром Налбандовым]"},
	{name: "whom a case is about is no party to the event, from the relations",
		text: "Путин уволил двух генералов полиции по делу Голунова.",
		ents: []ent{{"Путин", "PERSON", ""}, {"уволил", "EVENT", ""}, {"Голунова", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E1", Type: "AGENT", Tail: "E2"}, {Head: "E3", Type: "PARTICIPANT_IN", Tail: "E2"}},
		want: "DISMISSAL(уволил) date= place= [agent=Путин]"},
	{name: "whom a case is about is no party to the event, from the sentence",
		text: "Сторонники оппозиции провели протест по делу Навального.",
		ents: []ent{{"протест", "EVENT", ""}, {"Навального", "PERSON", ""}},
		want: "PROTEST(протест) date= place= []"},
	{name: "the plural «дел» is of a post",
		text: "Лукашенко отправил в отставку министра внутренних дел Анатолия Кулешова.",
		ents: []ent{{"Лукашенко", "PERSON", ""}, {"отставку", "EVENT", ""}, {"Анатолия Кулешова", "PERSON", ""}},
		rels: []doc.Relation{{Head: "E3", Type: "PARTICIPANT_IN", Tail: "E2"}},
		want: "DISMISSAL(отставку) date= place= [participant=Анатолия Кулешова]"},
	{name: "a verb inside a title is no event",
		text: "На Бродвее состоится дебют шоу по роману «Убить пересмешника».",
		ents: []ent{{"Бродвее", "LOCATION", ""}, {"Убить пересмешника", "WORK_OF_ART", ""}},
		want: ""},
	{name: "a verb beside a title stays one",
		text: "Автор романа «Пересмешник» умерла в Монровилле.",
		ents: []ent{{"Пересмешник", "WORK_OF_ART", ""}, {"Монровилле", "CITY", ""}},
		want: "DEATH(умерла) date= place=Монровилле [place=Монровилле]"},
	{name: "elections set by «назначить» are no appointment",
		text: "Тогда будут назначены внеочередные парламентские выборы.",
		ents: []ent{{"назначены", "EVENT", ""}},
		want: "OTHER(назначены) date= place= []"},
	{name: "a meeting set is no appointment",
		text: "Ему была назначена встреча, на которую он пришел.",
		ents: []ent{{"встреча", "EVENT", ""}},
		want: "MEETING(встреча) date= place= []"},
	{name: "an investigation set is no appointment",
		text: "Пентагон назначил собственное расследование.",
		ents: []ent{{"Пентагон", "ORGANIZATION", ""}},
		want: ""},
	{name: "an event led is no appointment",
		text: "Корасон Акино возглавила народное восстание.",
		ents: []ent{{"Корасон Акино", "PERSON", ""}, {"народное восстание", "EVENT", ""}},
		want: "OTHER(народное восстание) date= place= []"},
	{name: "a post after «назначить» stays an appointment",
		text: "Иван Петров назначен послом в Египте.",
		ents: []ent{{"Иван Петров", "PERSON", ""}, {"назначен", "EVENT", ""}},
		want: "APPOINTMENT(назначен) date= place= [participant=Иван Петров]"},
	{name: "a staff led, its campaign after, stays an appointment",
		text: "Иван Петров возглавил штаб избирательной кампании.",
		ents: []ent{{"Иван Петров", "PERSON", ""}, {"избирательной кампании", "EVENT", ""}},
		want: "APPOINTMENT(возглавил) date= place= [agent=Иван Петров]\nOTHER(избирательной кампании) date= place= []"},
}

// TestNineteenth runs nineteenthCases.
func TestNineteenth(t *testing.T) { runRuleCases(t, nineteenthCases) }

// TestVisitAhead: the body's verb that tells again the visit the headline
// announced in the future places it (visitAhead); a past one it does not.
// The tagger's tense is set by hand (build tokenizes only).
func TestVisitAhead(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ verb, tense, want string }{
		{"посетят", "Fut", "VISIT(посетят) date=2025-07-31 place=Муром [place=Муром]"},
		{"посетили", "Past", "VISIT(посетили) date=2025-07-31 place= []"},
	} {
		text := "Иностранные журналисты " + c.verb + " родину изобретателя телевидения. Памятник откроется в конце месяца. 31 июля Муром " + c.verb + " журналисты из Дании."
		d := build(t, text, ent{c.verb, "EVENT", ""}, ent{"31 июля", "DATE", "2025-07-31"}, ent{"Муром", "CITY", ""}, ent{c.verb, "EVENT", ""}, ent{"Дании", "COUNTRY", ""})
		tagVerb(d, c.verb, "VerbForm=Fin|Tense="+c.tense)
		if got := describe(d, x.Extract(d)); got != c.want {
			t.Errorf("%s: got\n%s\nwant\n%s", c.verb, got, c.want)
		}
	}
}

// TestSpeakerPronoun: «он» right after «, что» is the speaker named before
// the verb of reporting (speakerPronoun); the tagger's gender is set by
// hand.
func TestSpeakerPronoun(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, verb, feats, want string }{
		{"Кирсан Илюмжинов сообщил, что он подписал три контракта.", "подписал", "Gender=Masc|Tense=Past|VerbForm=Fin",
			"SIGNING(подписал) date= place= [agent=Кирсан Илюмжинов]"},
		{"Кирсан Илюмжинов сообщил, что он лично подписал три контракта.", "подписал", "Gender=Masc|Tense=Past|VerbForm=Fin",
			"SIGNING(подписал) date= place= [agent=Кирсан Илюмжинов]"},
		// (the pronoun of another gender is not the speaker)
		{"Кирсан Илюмжинов сообщил, что она подписала три контракта.", "подписала", "Gender=Fem|Tense=Past|VerbForm=Fin",
			"SIGNING(подписала) date= place= []"},
		// (no verb of reporting: no speaker)
		{"Кирсан Илюмжинов рад, что он подписал три контракта.", "подписал", "Gender=Masc|Tense=Past|VerbForm=Fin",
			"SIGNING(подписал) date= place= []"},
	} {
		d := build(t, c.text, ent{"Кирсан Илюмжинов", "PERSON", ""})
		tagVerb(d, c.verb, c.feats)
		tagVerb(d, "сообщил", "Gender=Masc|Tense=Past|VerbForm=Fin")
		if got := describe(d, x.Extract(d)); got != c.want {
			t.Errorf("%s: got\n%s\nwant\n%s", c.text, got, c.want)
		}
	}
}

// tagVerb gives every token word of d the tagger's reading of a verb with
// feats (build only tokenizes).
func tagVerb(d *doc.Document, word, feats string) {
	for si := range d.Sentences {
		for k, tok := range d.Sentences[si].Tokens {
			if tok.Text == word {
				d.Sentences[si].Tokens[k].POS, d.Sentences[si].Tokens[k].Feats = "VERB", feats
			}
		}
	}
}
