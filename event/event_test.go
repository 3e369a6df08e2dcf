package event

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// build makes a document from text and entities given as (text, type,
// value) in order of appearance; each entity has one mention.
func build(t *testing.T, text string, ents ...[3]string) *doc.Document {
	t.Helper()
	d := &doc.Document{Text: text, Sentences: tokenize.Split(text)}
	runes := []rune(text)
	from := 0
	for i, e := range ents {
		at := strings.Index(string(runes[from:]), e[0])
		if at < 0 {
			t.Fatalf("%q not found after %d", e[0], from)
		}
		start := from + len([]rune(string(runes[from:])[:at]))
		end := start + len([]rune(e[0]))
		d.Entities = append(d.Entities, doc.Entity{
			ID: fmt.Sprintf("E%d", i+1), Type: e[1], Name: e[0], Value: e[2],
			Mentions: []doc.Mention{{Span: doc.Span{Start: start, End: end}, Text: e[0], Type: e[1]}},
		})
		from = start
	}
	return d
}

func describe(d *doc.Document, evs []doc.Event) string {
	name := d.EntityNames()
	var out []string
	for _, v := range evs {
		var args []string
		for _, a := range v.Arguments {
			args = append(args, a.Role+"="+name[a.Entity])
		}
		out = append(out, fmt.Sprintf("%s(%s) date=%s place=%s [%s]", v.Type, v.Trigger.Text, v.Date, name[v.Place], strings.Join(args, ", ")))
	}
	return strings.Join(out, "\n")
}

func TestExtract(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		d    func(t *testing.T) *doc.Document
		want string
	}{
		{"the organization a person after the verb comes from («из») is no object of the appointment; one after another word is (science22)", func(t *testing.T) *doc.Document {
			return build(t, "Лабораторию возглавит химик Томас Мюллер из Мюнхенского технического университета. Лабораторию возглавит Иван Петров, пришедший в Сбербанк.",
				[3]string{"Томас Мюллер", "PERSON", ""}, [3]string{"Мюнхенского технического университета", "ORGANIZATION", ""},
				[3]string{"Иван Петров", "PERSON", ""}, [3]string{"Сбербанк", "ORGANIZATION", ""})
		}, "APPOINTMENT(возглавит) date= place= [agent=Томас Мюллер]\nAPPOINTMENT(возглавит) date= place= [agent=Иван Петров, object=Сбербанк]"},
		{"a trip to a named place is a visit", func(t *testing.T) *doc.Document {
			return build(t, "Шугаев и Пантус подписали протокол по завершении рабочей поездки в Ижевск. Поездка по стране заняла год.",
				[3]string{"Шугаев", "PERSON", ""}, [3]string{"Пантус", "PERSON", ""}, [3]string{"Ижевск", "CITY", ""})
		}, "SIGNING(подписали) date= place= [agent=Шугаев, agent=Пантус]\nVISIT(поездки) date= place=Ижевск [participant=Шугаев, participant=Пантус, place=Ижевск]"},
		{"leaving a post, the verb and the post, is a dismissal", func(t *testing.T) *doc.Document {
			return build(t, "Стало известно, что свой пост покинет Любовь Глебова. Губернатор ушел с поста. Он решил покинуть пост.",
				[3]string{"Любовь Глебова", "PERSON", ""})
		}, "DISMISSAL(пост покинет) date= place= [object=Любовь Глебова]\nDISMISSAL(ушел с поста) date= place= []"},
		{"a report of an election's count does not date the election", func(t *testing.T) *doc.Document {
			return build(t, "Середюк победил на выборах губернатора. Об этом в понедельник сообщила избирательная комиссия.",
				[3]string{"Середюк", "PERSON", ""}, [3]string{"выборах губернатора", "EVENT", ""}, [3]string{"в понедельник", "DATE", "2025-09-15"})
		}, "ELECTION(выборах губернатора) date= place= [participant=Середюк]"},
		{"the «19» of «COVID-19» is no time of the pandemic", func(t *testing.T) *doc.Document {
			d := build(t, "Власти боролись с эпидемией COVID-19 весь год.",
				[3]string{"эпидемией COVID-19", "EVENT", ""}, [3]string{"19", "DATE", "2019"})
			d.Relations = []doc.Relation{{Head: "E1", Type: "POINT_IN_TIME", Tail: "E2"}}
			return d
		}, "OTHER(эпидемией COVID-19) date= place= []"},
		{"a first sentence that is no headline dates the story by its day", func(t *testing.T) *doc.Document {
			return build(t, "Область в ночь на среду подверглась обстрелу, сообщил губернатор. Погиб житель.",
				[3]string{"в ночь на среду", "TIME", "2025-11-19TNI"})
		}, "ATTACK(обстрелу) date=2025-11-19 place= [time=в ночь на среду]\nDEATH(Погиб) date=2025-11-19 place= []"},
		{"the subject of «подвергнуться» an attack is the place struck", func(t *testing.T) *doc.Document {
			return build(t, "Белгородская область подверглась массированной атаке беспилотников.",
				[3]string{"Белгородская область", "STATE_OR_PROVINCE", ""})
		}, "ATTACK(атаке) date= place=Белгородская область [place=Белгородская область]"},
		{"an organization's name read as a post is the organization, no post of a person", func(t *testing.T) *doc.Document {
			d := build(t, "Майя Санду проголосовала утром. Оппозиционный Патриотический блок заявил о фальсификациях.",
				[3]string{"Майя Санду", "PERSON", ""}, [3]string{"Оппозиционный Патриотический блок", "PROFESSION", ""}, [3]string{"Патриотический блок", "ORGANIZATION", ""})
			d.Relations = []doc.Relation{{Head: "E1", Type: "WORKS_AS", Tail: "E2"}}
			return d
		}, "STATEMENT(заявил) date= place= [agent=Патриотический блок]"},
		{"the arrest a complaint is against is the one told, not of the hearing's day", func(t *testing.T) *doc.Document {
			return build(t, "Суд арестовал Петрова. Рассмотрение жалобы на арест назначено на 10 декабря.",
				[3]string{"Петрова", "PERSON", ""}, [3]string{"арест", "EVENT", ""}, [3]string{"10 декабря", "DATE", "2025-12-10"})
		}, "ARREST(арестовал) date= place= [object=Петрова]"},
		{"a noun in a sentence of an earlier year is another event than the undated one told", func(t *testing.T) *doc.Document {
			d := build(t, "Путин провел совещание\nМОСКВА, 23 ноября. Путин провел совещание. В 2020 году Путин уже проводил подобное совещание.",
				[3]string{"Путин", "PERSON", ""}, [3]string{"23 ноября", "DATE", "2025-11-23"}, [3]string{"Путин", "PERSON", ""}, [3]string{"В 2020 году", "DATE", "2020"})
			d.Entities[0].Mentions = append(d.Entities[0].Mentions, d.Entities[2].Mentions...)
			d.Entities = append(d.Entities[:2], d.Entities[3])
			return d
		}, "MEETING(совещание) date= place= [participant=Путин]\nMEETING(совещание) date=2020 place= [time=В 2020 году]"},
		{"a TIME of a day the lead opens with dates the story", func(t *testing.T) *doc.Document {
			return build(t, "Область подверглась атаке\nВ ночь на среду область подверглась атаке. В результате атаки погиб житель.",
				[3]string{"В ночь на среду", "TIME", "2025-11-19TNI"}, [3]string{"атаки", "EVENT", ""})
		}, "ATTACK(атаке) date=2025-11-19 place= []\nDEATH(погиб) date=2025-11-19 place= []"}, // (the headline's «подверглась атаке»: undergone)
		{"the persons who sign in the lead act in the headline's signing by states", func(t *testing.T) *doc.Document {
			return build(t, "Россия и Китай подписали соглашение\nМиллер и Дай Хоулян во вторник подписали в Пекине соглашение.",
				[3]string{"Россия", "COUNTRY", ""}, [3]string{"Китай", "COUNTRY", ""}, [3]string{"Миллер", "PERSON", ""}, [3]string{"Дай Хоулян", "PERSON", ""},
				[3]string{"во вторник", "DATE", "2025-09-02"}, [3]string{"Пекине", "CITY", ""})
		}, "SIGNING(подписали) date=2025-09-02 place=Пекине [agent=Россия, agent=Китай, place=Пекине, agent=Миллер, agent=Дай Хоулян]"},
		{"the lead's meeting told by another word is the headline's", func(t *testing.T) *doc.Document {
			d := build(t, "Лавров провел переговоры с Фиданом\nЛавров в среду встретился с Фиданом. По итогам встречи министры подписали план.",
				[3]string{"Лавров", "PERSON", ""}, [3]string{"Фиданом", "PERSON", ""}, [3]string{"Лавров", "PERSON", ""}, [3]string{"в среду", "DATE", "2025-11-12"},
				[3]string{"Фиданом", "PERSON", ""})
			// one entity for each person, named in the headline and the lead
			d.Entities[0].Mentions = append(d.Entities[0].Mentions, d.Entities[2].Mentions...)
			d.Entities[1].Mentions = append(d.Entities[1].Mentions, d.Entities[4].Mentions...)
			d.Entities = d.Entities[:4]
			d.Entities = append(d.Entities[:2], d.Entities[3])
			return d
		}, "MEETING(переговоры) date=2025-11-12 place= [participant=Лавров, participant=Фиданом]\nSIGNING(подписали) date=2025-11-12 place= [agent=Лавров, agent=Фиданом]"},
		{"«Визит завершится 7 ноября» is the visit told before, ending then", func(t *testing.T) *doc.Document {
			return build(t, "Токаев прибыл в Москву с визитом\nТокаев прибыл в Москву с визитом. Визит завершится 7 ноября.",
				[3]string{"Токаев", "PERSON", ""}, [3]string{"Москву", "CITY", ""}, [3]string{"Токаев", "PERSON", ""}, [3]string{"Москву", "CITY", ""},
				[3]string{"7 ноября", "DATE", "2025-11-07"})
		}, "VISIT(прибыл) date= place=Москву [agent=Токаев, place=Москву]"},
		{"an imperfective verb in a sentence naming its day is an event; without a day, a habit", func(t *testing.T) *doc.Document {
			return build(t, "Накануне Лавров встречался с Эрдоганом. С 2017 года он встречался с Анной. Он регулярно посещал Казань.",
				[3]string{"Лавров", "PERSON", ""}, [3]string{"Эрдоганом", "PERSON", ""}, [3]string{"С 2017 года", "DATE", "2017"},
				[3]string{"Анной", "PERSON", ""}, [3]string{"Казань", "CITY", ""})
		}, "MEETING(встречался) date= place= [agent=Лавров, participant=Эрдоганом]"},
		{"imperfective arrests and awards of a named day", func(t *testing.T) *doc.Document {
			return build(t, "Во вторник полиция задерживала участников акции. Президент часто награждал учёных.",
				[3]string{"Во вторник", "DATE", "2025-11-18"}, [3]string{"полиция", "ORGANIZATION", ""})
		}, "ARREST(задерживала) date=2025-11-18 place= [time=Во вторник, agent=полиция]"},
		{"an imperfective infinitive or a day of every week is no event", func(t *testing.T) *doc.Document {
			return build(t, "Решено регулярно встречаться каждое второе воскресенье месяца. Во вторник губернатор посещал Рыльск.",
				[3]string{"каждое второе воскресенье месяца", "DATE", ""}, [3]string{"Во вторник", "DATE", "2025-11-18"}, [3]string{"Рыльск", "CITY", ""})
		}, "VISIT(посещал) date=2025-11-18 place=Рыльск [time=Во вторник, place=Рыльск]"},
		{"session with date, place and chairs in one sentence", func(t *testing.T) *doc.Document {
			return build(t, "В октябре 2024 года в российском городе Ижевске было организовано 24-е заседание комиссии под председательством Дмитрия Шугаева и Дмитрия Пантуса.",
				[3]string{"В октябре 2024 года", "DATE", "2024-10"}, [3]string{"российском", "COUNTRY", ""}, [3]string{"Ижевске", "CITY", ""},
				[3]string{"24-е заседание", "EVENT", ""}, [3]string{"Дмитрия Шугаева", "PERSON", ""}, [3]string{"Дмитрия Пантуса", "PERSON", ""})
		}, "SESSION(24-е заседание) date=2024-10 place=Ижевске [time=В октябре 2024 года, participant=Дмитрия Шугаева, participant=Дмитрия Пантуса, place=Ижевске]"},
		{"a purchase is an acquisition", func(t *testing.T) *doc.Document {
			return build(t, "«Норникель» завершил покупку компании «Полярный литий».",
				[3]string{"Норникель", "ORGANIZATION", ""}, [3]string{"покупку", "EVENT", ""}, [3]string{"Полярный литий", "ORGANIZATION", ""})
		}, "ACQUISITION(покупку) date= place= [participant=Полярный литий]"}, // (a noun: the subject of «завершил» is no role phrase)
		{"a later mention adds people to the event told before", func(t *testing.T) *doc.Document {
			return build(t, "Состоялась встреча Александра Бречалова с Дмитрием Шугаевым. На встрече присутствовал Фанил Зиятдинов.",
				[3]string{"встреча", "EVENT", ""}, [3]string{"Александра Бречалова", "PERSON", ""}, [3]string{"Дмитрием Шугаевым", "PERSON", ""},
				[3]string{"встрече", "EVENT", ""}, [3]string{"Фанил Зиятдинов", "PERSON", ""})
		}, "MEETING(встреча) date= place= [participant=Александра Бречалова, participant=Дмитрием Шугаевым, participant=Фанил Зиятдинов]"},
		{"a verb of visiting: agents before, the visited organization as place", func(t *testing.T) *doc.Document {
			return build(t, "Дмитрий Шугаев и Дмитрий Пантус посетили ИЭМЗ «Купол».",
				[3]string{"Дмитрий Шугаев", "PERSON", ""}, [3]string{"Дмитрий Пантус", "PERSON", ""}, [3]string{"ИЭМЗ «Купол»", "ORGANIZATION", ""})
		}, "VISIT(посетили) date= place=ИЭМЗ «Купол» [agent=Дмитрий Шугаев, agent=Дмитрий Пантус, place=ИЭМЗ «Купол»]"},
		{"a headline's event is told again by verbs with its parties, not by one with others", func(t *testing.T) *doc.Document {
			return build(t, "Путин назначил министра обороны\nПрезидент Владимир Путин назначил министром Андрея Белоусова. Указ его назначил в пятницу. Шойгу назначен секретарем.",
				[3]string{"Путин", "PERSON", ""}, [3]string{"Владимир Путин", "PERSON", ""}, [3]string{"Андрея Белоусова", "PERSON", ""},
				[3]string{"Шойгу", "PERSON", ""})
		}, "APPOINTMENT(назначил) date= place= [agent=Путин, object=Андрея Белоусова]\nAPPOINTMENT(назначен) date= place= [participant=Шойгу]"},
		{"the date carries over to later events of the story", func(t *testing.T) *doc.Document {
			return build(t, "12 октября 2024 года прошел саммит. Затем лидеры подписали соглашение.",
				[3]string{"12 октября 2024 года", "DATE", "2024-10-12"})
		}, "SESSION(саммит) date=2024-10-12 place= [time=12 октября 2024 года]\nSIGNING(подписали) date=2024-10-12 place= []"},
		{"a resignation is not told again by a dismissal", func(t *testing.T) *doc.Document {
			return build(t, "Губернатор ушел в отставку\nВо вторник Хинштейн уволил заместителя Базарова.",
				[3]string{"отставку", "EVENT", ""}, [3]string{"Во вторник", "DATE", "2025-11-18"}, [3]string{"Хинштейн", "PERSON", ""}, [3]string{"Базарова", "PERSON", ""})
		}, "DISMISSAL(отставку) date= place= []\nDISMISSAL(уволил) date=2025-11-18 place= [time=Во вторник, agent=Хинштейн, object=Базарова]"},
		{"a deadline is no date and no time argument", func(t *testing.T) *doc.Document {
			d := build(t, "12 октября 2024 года прошел саммит. Затем министры подписали соглашение о поставках газа до 2030 года.",
				[3]string{"12 октября 2024 года", "DATE", "2024-10-12"}, [3]string{"до 2030 года", "DATE", "2030"})
			d.Entities[1].ValueMod = "BEFORE"
			return d
		}, "SESSION(саммит) date=2024-10-12 place= [time=12 октября 2024 года]\nSIGNING(подписали) date=2024-10-12 place= []"},
		{"a place after a topic preposition is the topic's", func(t *testing.T) *doc.Document {
			return build(t, "Правительство и «Яндекс» подписали соглашение о создании центра в Иннополисе.",
				[3]string{"Правительство", "ORGANIZATION", ""}, [3]string{"Яндекс", "ORGANIZATION", ""}, [3]string{"Иннополисе", "CITY", ""})
		}, "SIGNING(подписали) date= place= [agent=Правительство, agent=Яндекс]"},
		{"«прибыл с визитом» is one visit, named by the noun", func(t *testing.T) *doc.Document {
			return build(t, "Во вторник Токаев прибыл в Москву с государственным визитом.",
				[3]string{"Во вторник", "DATE", "2025-11-18"}, [3]string{"Токаев", "PERSON", ""}, [3]string{"Москву", "CITY", ""}, [3]string{"государственным визитом", "EVENT", ""})
		}, "VISIT(прибыл) date=2025-11-18 place=Москву [time=Во вторник, agent=Токаев, place=Москву]"},
		{"what «объявить» announces is the event", func(t *testing.T) *doc.Document {
			return build(t, "Рабочие объявили забастовку\nГорняки рудника объявили бессрочную забастовку. Министр объявил о переговорах.",
				[3]string{"объявили забастовку", "EVENT", ""})
		}, "PROTEST(объявили забастовку) date= place= []\nSTATEMENT(объявил) date= place= []\nMEETING(переговорах) date= place= []"},
		{"a meeting noun opening its sentence resumes the talks and places them", func(t *testing.T) *doc.Document {
			return build(t, "Лавров провел переговоры с Аракчи. Встреча прошла в Тегеране. По итогам встречи стороны подписали план.",
				[3]string{"Лавров", "PERSON", ""}, [3]string{"Аракчи", "PERSON", ""}, [3]string{"Тегеране", "CITY", ""})
		}, "MEETING(переговоры) date= place=Тегеране [participant=Лавров, participant=Аракчи, place=Тегеране]\nSIGNING(подписали) date= place= [agent=Лавров, agent=Аракчи]"},
		{"«, где провел совещание» shares the subject before", func(t *testing.T) *doc.Document {
			return build(t, "Глава МЧС Александр Куренков прибыл в Уссурийск, где провел совещание с губернатором Олегом Кожемяко.",
				[3]string{"Александр Куренков", "PERSON", ""}, [3]string{"Уссурийск", "CITY", ""}, [3]string{"Олегом Кожемяко", "PERSON", ""})
		}, "VISIT(прибыл) date= place=Уссурийск [agent=Александр Куренков, place=Уссурийск]\nMEETING(совещание) date= place= [participant=Олегом Кожемяко, participant=Александр Куренков]"},
		{"an organization right before a person's name is the person's", func(t *testing.T) *doc.Document {
			return build(t, "Минниханов наградил основателя компании «Эвотор» Андрея Романенко орденом.",
				[3]string{"Минниханов", "PERSON", ""}, [3]string{"Эвотор", "ORGANIZATION", ""}, [3]string{"Андрея Романенко", "PERSON", ""})
		}, "AWARD(наградил) date= place= [agent=Минниханов, object=Андрея Романенко]"},
		{"who attends an event does not visit", func(t *testing.T) *doc.Document {
			return build(t, "В прошлом году форум посетили 3,5 тысячи человек. Перед выборами Петров посетил Казань.",
				[3]string{"В прошлом году", "DATE", "2024"}, [3]string{"Петров", "PERSON", ""}, [3]string{"Казань", "CITY", ""})
		}, "VISIT(посетил) date= place=Казань [agent=Петров, place=Казань]"},
		{"a trailing report clause dates the headline's event and the story", func(t *testing.T) *doc.Document {
			return build(t, "Газпром и CNPC подписали контракт\nГазпром и CNPC подписали контракт на поставку газа, сообщила пресс-служба во вторник. Документ подписали Алексей Миллер и Дай Хоулян.",
				[3]string{"Газпром", "ORGANIZATION", ""}, [3]string{"CNPC", "ORGANIZATION", ""}, [3]string{"Газпром", "ORGANIZATION", ""}, [3]string{"CNPC", "ORGANIZATION", ""},
				[3]string{"во вторник", "DATE", "2025-11-18"}, [3]string{"Алексей Миллер", "PERSON", ""}, [3]string{"Дай Хоулян", "PERSON", ""})
			// (the signers' «Документ подписали» joins the signing: retoldSigning, ev20; was a second SIGNING)
		}, "SIGNING(подписали) date=2025-11-18 place= [agent=Газпром, agent=CNPC, agent=Алексей Миллер, agent=Дай Хоулян]"},
		{"a name after «орденом» names the award", func(t *testing.T) *doc.Document {
			return build(t, "Путин наградил орденом Александра Невского губернатора Дмитрия Миляева.",
				[3]string{"Путин", "PERSON", ""}, [3]string{"Александра Невского", "PERSON", ""}, [3]string{"Дмитрия Миляева", "PERSON", ""})
		}, "AWARD(наградил) date= place= [agent=Путин, participant=Дмитрия Миляева]"}, // the laureate (was object; ev22b)
		{"«вручить» a prize is an award, not a petition", func(t *testing.T) *doc.Document {
			return build(t, "Путин вручил государственные награды. Министр вручил прошение об отставке.",
				[3]string{"Путин", "PERSON", ""})
		}, "AWARD(вручил) date= place= [agent=Путин]"},
		{"«в отставке» is a state, «объявлен чемпионом» no statement", func(t *testing.T) *doc.Document {
			return build(t, "Коммюнике подписали несколько генералов в отставке. Победитель будет объявлен чемпионом мира. Министр объявил о переговорах.",
				[3]string{"отставке", "EVENT", ""})
		}, "SIGNING(подписали) date= place= []\nOTHER(отставке) date= place= []\nSTATEMENT(объявил) date= place= []\nMEETING(переговорах) date= place= []"},
		{"police arriving at a scene is no visit", func(t *testing.T) *doc.Document {
			return build(t, "Когда на место прибыли сотрудники полиции, они обнаружили жертв. Президент прибыл в Москву.",
				[3]string{"Москву", "CITY", ""})
		}, "VISIT(прибыл) date= place=Москву [place=Москву]"},
		{"«Об этом …, сообщает» dates what the sentence before told", func(t *testing.T) *doc.Document {
			return build(t, "Путин подписал закон\nПрезидент Владимир Путин подписал закон. Об этом в среду, 3 октября 2018 года, сообщает сайт Кремля.",
				[3]string{"Путин", "PERSON", ""}, [3]string{"Владимир Путин", "PERSON", ""}, [3]string{"в среду, 3 октября 2018 года", "DATE", "2018-10-03"})
		}, "SIGNING(подписал) date=2018-10-03 place= [agent=Путин]"},
		{"a report clause of a sentence with no event dates the story", func(t *testing.T) *doc.Document {
			return build(t, "Спутник выведен на орбиту\nРакета стартовала с Восточного, сообщили в Роскосмосе в понедельник. Все системы работают, заявил Дмитрий Баканов.",
				[3]string{"в понедельник", "DATE", "2025-11-17"}, [3]string{"Дмитрий Баканов", "PERSON", ""})
		}, "STATEMENT(заявил) date=2025-11-17 place= [agent=Дмитрий Баканов]"},
		{"a weekday alone is the day the story named with a date", func(t *testing.T) *doc.Document {
			return build(t, "Кан сделал заявление в понедельник 7 февраля. Сергей Лавров на встрече с журналистами в понедельник ответил ему.",
				[3]string{"в понедельник 7 февраля", "DATE", "XXXX-02-07"}, [3]string{"Сергей Лавров", "PERSON", ""}, [3]string{"в понедельник", "DATE", ""})
		}, "STATEMENT(заявление) date=XXXX-02-07 place= [time=в понедельник 7 февраля]\nMEETING(встрече) date=XXXX-02-07 place= [participant=Сергей Лавров, time=в понедельник]"},
		{"an event outside the taxonomy does not keep the body's one date from the headline", func(t *testing.T) *doc.Document {
			return build(t, "Суд арестовал Навального\n1 июля 2019 года суд признал Навального виновным и арестовал его на 10 суток.",
				[3]string{"Навального", "PERSON", ""}, [3]string{"1 июля 2019 года", "DATE", "2019-07-01"}, [3]string{"признал Навального виновным", "EVENT", ""}, [3]string{"10 суток", "DATE", "P10D"})
		}, "ARREST(арестовал) date=2019-07-01 place= [object=Навального]\nVERDICT(признал Навального виновным) date=2019-07-01 place= []"}, // VERDICT since ev24b (was OTHER; read as an OTHER event all the same)
		{"an election takes no date from the story", func(t *testing.T) *doc.Document {
			return build(t, "12 октября 2024 года Навальный вышел на свободу и заявил о планах. Он намерен поддержать кандидатов на выборах в Мосгордуму.",
				[3]string{"12 октября 2024 года", "DATE", "2024-10-12"}, [3]string{"Навальный", "PERSON", ""}, [3]string{"выборах в Мосгордуму", "EVENT", ""})
		}, "STATEMENT(заявил) date=2024-10-12 place= [time=12 октября 2024 года, agent=Навальный]\nELECTION(выборах в Мосгордуму) date= place= []"},
		{"several events take no date from the story", func(t *testing.T) *doc.Document {
			return build(t, "Госдума приняла закон 27 сентября. Законопроект был встречен множеством акций протестов. Переговоры продолжились.",
				[3]string{"Госдума приняла закон", "EVENT", ""}, [3]string{"27 сентября", "DATE", "XXXX-09-27"}, [3]string{"акций протестов", "EVENT", ""})
		}, "OTHER(Госдума приняла закон) date=XXXX-09-27 place= []\nPROTEST(акций протестов) date= place= []\nMEETING(Переговоры) date=XXXX-09-27 place= []"},
		{"a decree of appointment is an appointment; the day of its signing is no new signing", func(t *testing.T) *doc.Document {
			return build(t, "Путин подписал указ о назначении Дюмина секретарем. Указ вступает в силу со дня его подписания.",
				[3]string{"Путин", "PERSON", ""}, [3]string{"Дюмина", "PERSON", ""})
		}, "APPOINTMENT(подписал) date= place= [agent=Путин, object=Дюмина]"},
		{"shares are no protest", func(t *testing.T) *doc.Document {
			return build(t, "Компания провела первичное размещение акций. Затем прошла акция протеста, и акции компании упали.",
				[3]string{"первичное размещение акций", "EVENT", ""}, [3]string{"акция протеста", "EVENT", ""}, [3]string{"акции компании упали", "EVENT", ""})
		}, "OTHER(первичное размещение акций) date= place= []\nPROTEST(акция протеста) date= place= []\nOTHER(акции компании упали) date= place= []"},
		{"a duration places the story at no other time", func(t *testing.T) *doc.Document {
			return build(t, "12 октября 2024 года Токаев прибыл в Москву. Визит продлится два дня. Затем лидеры подписали соглашение.",
				[3]string{"12 октября 2024 года", "DATE", "2024-10-12"}, [3]string{"Токаев", "PERSON", ""}, [3]string{"два дня", "DATE", "P2D"})
		}, "VISIT(прибыл) date=2024-10-12 place= [time=12 октября 2024 года, agent=Токаев]\nSIGNING(подписали) date=2024-10-12 place= []"},
		{"a time relative to another is not the story's last date, nor are the events after it", func(t *testing.T) *doc.Document {
			return build(t, "12 октября 2024 года прошел саммит. Ранее губернатор посетил завод. Он встретился с рабочими.",
				[3]string{"12 октября 2024 года", "DATE", "2024-10-12"})
		}, "SESSION(саммит) date=2024-10-12 place= [time=12 октября 2024 года]\nVISIT(посетил) date= place= []\nMEETING(встретился) date= place= []"},
		{"«Накануне» alone is the day before the story's day, which the story goes on in", func(t *testing.T) *doc.Document {
			return build(t, "12 октября 2024 года прошел саммит. Накануне губернатор посетил завод. Он встретился с рабочими.",
				[3]string{"12 октября 2024 года", "DATE", "2024-10-12"})
		}, "SESSION(саммит) date=2024-10-12 place= [time=12 октября 2024 года]\nVISIT(посетил) date=2024-10-11 place= []\nMEETING(встретился) date=2024-10-11 place= []"},
		{"«Накануне» before a preposition is the day before too", func(t *testing.T) *doc.Document {
			return build(t, "12 октября 2024 года прошел саммит. Накануне в Казани губернатор посетил завод.",
				[3]string{"12 октября 2024 года", "DATE", "2024-10-12"}, [3]string{"Казани", "CITY", ""})
		}, "SESSION(саммит) date=2024-10-12 place= [time=12 октября 2024 года]\nVISIT(посетил) date=2024-10-11 place= []"},
		{"a new paragraph leaves a background year for the story's day", func(t *testing.T) *doc.Document {
			return build(t, "Суд в понедельник, 17 ноября 2025 года, арестовал мэра. Его задержали 14 марта 2024 года.\n\nГубернатор назначил Петрова.",
				[3]string{"17 ноября 2025 года", "DATE", "2025-11-17"}, [3]string{"14 марта 2024 года", "DATE", "2024-03-14"}, [3]string{"Петрова", "PERSON", ""})
		}, "ARREST(арестовал) date=2025-11-17 place= []\nARREST(задержали) date=2024-03-14 place= [time=14 марта 2024 года]\nAPPOINTMENT(назначил) date=2025-11-17 place= [object=Петрова]"},
		{"a place the attack verb governs is the place struck", func(t *testing.T) *doc.Document {
			return build(t, "Беспилотники атаковали Белгород.", [3]string{"Белгород", "CITY", ""})
		}, "ATTACK(атаковали) date= place=Белгород [place=Белгород]"},
		{"a place after the object of an attack verb is not struck", func(t *testing.T) *doc.Document {
			return build(t, "Дроны атаковали позиции у Донецка.", [3]string{"Донецка", "CITY", ""})
		}, "ATTACK(атаковали) date= place= []"},
		{"a verb of handing over a batch is a delivery", func(t *testing.T) *doc.Document {
			return build(t, "Концерн передал министерству партию автоматов. Суд передал дело в прокуратуру.")
		}, "DELIVERY(передал) date= place= []"},
		{"a digest's paragraph naming no one told before is news of the dateline's day", func(t *testing.T) *doc.Document {
			return build(t, "Новости регионов\n\nНОВОСИБИРСК, 3 октября. В Казани 1 октября прошел саммит.\n\nГлава Чечни Рамзан Кадыров провел совещание.\n\nРанее Кадыров посетил Грозный.",
				[3]string{"НОВОСИБИРСК", "CITY", ""}, [3]string{"3 октября", "DATE", "2025-10-03"}, [3]string{"Казани", "CITY", ""}, [3]string{"1 октября", "DATE", "2025-10-01"},
				[3]string{"Чечни", "STATE_OR_PROVINCE", ""}, [3]string{"Рамзан Кадыров", "PERSON", ""}, [3]string{"Кадыров", "PERSON", ""}, [3]string{"Грозный", "CITY", ""})
		}, "SESSION(саммит) date=2025-10-01 place=Казани [time=1 октября, place=Казани]\nMEETING(совещание) date=2025-10-03 place= [participant=Рамзан Кадыров]\nVISIT(посетил) date= place=Грозный [place=Грозный]"},
		{"a day a sentence with no event opens with is the story's", func(t *testing.T) *doc.Document {
			return build(t, "Конференция прошла 3 декабря 2025 года. В четверг университет и банк заключили соглашение. Документ подписали ректор и банкир.",
				[3]string{"3 декабря 2025 года", "DATE", "2025-12-03"}, [3]string{"В четверг", "DATE", "2025-12-04"})
		}, "SESSION(Конференция) date=2025-12-03 place= [time=3 декабря 2025 года]\nSIGNING(заключили соглашение) date=2025-12-04 place= [time=В четверг]"}, // «подписали» tells it again (ev22b: «заключили соглашение» a signing)
		{"who holds a session told in the sentence before, «Его провели», organizes it", func(t *testing.T) *doc.Document {
			return build(t, "В Ташкенте прошло заседание комиссии. Его провели Алексей Оверчук и Жамшид Ходжаев.",
				[3]string{"Ташкенте", "CITY", ""}, [3]string{"Алексей Оверчук", "PERSON", ""}, [3]string{"Жамшид Ходжаев", "PERSON", ""})
		}, "SESSION(заседание) date= place=Ташкенте [place=Ташкенте, organizer=Алексей Оверчук, organizer=Жамшид Ходжаев]"},
		{"«лидеры провели переговоры»: the parties of the event told just before", func(t *testing.T) *doc.Document {
			return build(t, "Путин и Токаев подписали договор. Затем лидеры провели переговоры.",
				[3]string{"Путин", "PERSON", ""}, [3]string{"Токаев", "PERSON", ""})
		}, "SIGNING(подписали) date= place= [agent=Путин, agent=Токаев]\nMEETING(переговоры) date= place= [participant=Путин, participant=Токаев]"},
		{"a penalty or a table is no post",
			func(t *testing.T) *doc.Document {
				return build(t, "Суд назначил ему 13 лет колонии. Команда возглавила турнирную таблицу. Путин назначил Белоусова министром.",
					[3]string{"Белоусова", "PERSON", ""})
			}, "APPOINTMENT(назначил) date= place= [object=Белоусова]"},
		{"the subject of a passive verb is whom the event befalls",
			func(t *testing.T) *doc.Document {
				return build(t, "Задержаны директор шахты Сергей Макин и начальник участка Игорь Жуков.",
					[3]string{"Сергей Макин", "PERSON", ""}, [3]string{"Игорь Жуков", "PERSON", ""})
			}, "ARREST(Задержаны) date= place= [participant=Сергей Макин, participant=Игорь Жуков]"},
		{"the year a thing is for is no event's date",
			func(t *testing.T) *doc.Document {
				return build(t, "12 октября 2024 года прошел саммит. Министры подписали соглашение о ценах на газ на 2026 год.",
					[3]string{"12 октября 2024 года", "DATE", "2024-10-12"}, [3]string{"на 2026 год", "DATE", "2026"})
			}, "SESSION(саммит) date=2024-10-12 place= [time=12 октября 2024 года]\nSIGNING(подписали) date=2024-10-12 place= []"},
		{"a duration places the story at no other time", func(t *testing.T) *doc.Document {
			return build(t, "12 октября 2024 года Токаев прибыл в Москву. Визит продлится два дня. Затем лидеры подписали соглашение.",
				[3]string{"12 октября 2024 года", "DATE", "2024-10-12"}, [3]string{"Токаев", "PERSON", ""}, [3]string{"два дня", "DATE", "P2D"})
		}, "VISIT(прибыл) date=2024-10-12 place= [time=12 октября 2024 года, agent=Токаев]\nSIGNING(подписали) date=2024-10-12 place= []"},
		{"a new meeting brought about by a verb is not the earlier one", func(t *testing.T) *doc.Document {
			return build(t, "Состоялась встреча министров. Потом провели встречу с руководством «Калашникова».",
				[3]string{"«Калашникова»", "ORGANIZATION", ""})
		}, "MEETING(встреча) date= place= []\nMEETING(встречу) date= place= [participant=«Калашникова»]"},
		{"relations name the arguments", func(t *testing.T) *doc.Document {
			d := build(t, "Ночью в Минске прошел митинг сторонников Ивана Петрова.",
				[3]string{"Ночью", "TIME", ""}, [3]string{"Минске", "CITY", ""}, [3]string{"митинг", "EVENT", ""}, [3]string{"Ивана Петрова", "PERSON", ""})
			d.Relations = []doc.Relation{{Type: "TAKES_PLACE_IN", Head: "E3", Tail: "E2"}, {Type: "AGENT", Head: "E4", Tail: "E3"}}
			return d
		}, "PROTEST(митинг) date= place=Минске [place=Минске, agent=Ивана Петрова]"},
		{"a person coordinated with a participant the relations name is a participant too", func(t *testing.T) *doc.Document {
			d := build(t, "Заседание прошло под председательством директора ФСВТС Дмитрия Шугаева и главы ГВПК Дмитрия Пантуса, а Иван Петров выступил.",
				[3]string{"Заседание", "EVENT", ""}, [3]string{"директора ФСВТС", "PROFESSION", ""}, [3]string{"Дмитрия Шугаева", "PERSON", ""},
				[3]string{"главы ГВПК", "PROFESSION", ""}, [3]string{"Дмитрия Пантуса", "PERSON", ""}, [3]string{"Иван Петров", "PERSON", ""})
			d.Relations = []doc.Relation{{Type: "PARTICIPANT_IN", Head: "E3", Tail: "E1"}}
			return d
		}, "SESSION(Заседание) date= place= [participant=Дмитрия Шугаева, participant=Дмитрия Пантуса]"},
		{"a post the relations make a participant is the one person who holds it; a post nobody holds is none", func(t *testing.T) *doc.Document {
			d := build(t, "Пианист Евгений Кисин дал концерт. Об этом заявил музыкант в ходе брифинга, где выступил и министр.",
				[3]string{"Пианист", "PROFESSION", ""}, [3]string{"Евгений Кисин", "PERSON", ""}, [3]string{"музыкант", "PROFESSION", ""},
				[3]string{"брифинга", "EVENT", ""}, [3]string{"министр", "PROFESSION", ""})
			d.Relations = []doc.Relation{{Type: "WORKS_AS", Head: "E2", Tail: "E1"}, {Type: "WORKS_AS", Head: "E2", Tail: "E3"},
				{Type: "PARTICIPANT_IN", Head: "E3", Tail: "E4"}, {Type: "AGENT", Head: "E5", Tail: "E4"}}
			return d
		}, "STATEMENT(заявил) date= place= []\nOTHER(брифинга) date= place= [participant=Евгений Кисин]"},
		{"a role phrase is the subject even when the person met is named", func(t *testing.T) *doc.Document {
			d := build(t, "Министр промышленности Денис Мантуров приехал в Казань. Министр встретился с Рустамом Миннихановым.",
				[3]string{"Министр промышленности", "PROFESSION", ""}, [3]string{"Денис Мантуров", "PERSON", ""}, [3]string{"Казань", "CITY", ""},
				[3]string{"Рустамом Миннихановым", "PERSON", ""})
			d.Relations = []doc.Relation{{Type: "WORKS_AS", Head: "E2", Tail: "E1"}}
			return d
		}, "MEETING(встретился) date= place= [participant=Рустамом Миннихановым, agent=Денис Мантуров]"},
		{"an event outside the taxonomy does not take the people of its sentence", func(t *testing.T) *doc.Document {
			return build(t, "Джордж Мендонса служил на флоте во время Второй мировой войны.",
				[3]string{"Джордж Мендонса", "PERSON", ""}, [3]string{"Второй мировой войны", "EVENT", ""})
		}, "OTHER(Второй мировой войны) date= place= []"},
		{"an event outside the taxonomy does not take the place of its sentence, only the relations'", func(t *testing.T) *doc.Document {
			d := build(t, "В Лондоне спортсменку дисквалифицировали после аннулирования результатов, а в Тбилиси прошел фестиваль.",
				[3]string{"Лондоне", "CITY", ""}, [3]string{"аннулирования", "EVENT", ""}, [3]string{"Тбилиси", "CITY", ""}, [3]string{"фестиваль", "EVENT", ""})
			d.Relations = []doc.Relation{{Type: "TAKES_PLACE_IN", Head: "E4", Tail: "E3"}}
			return d
		}, "OTHER(аннулирования) date= place= []\nOTHER(фестиваль) date= place=Тбилиси [place=Тбилиси]"},
		{"an event outside the taxonomy is dated by its sentence but takes its time argument from relations only", func(t *testing.T) *doc.Document {
			d := build(t, "В 1947 году, после капитуляции Японии, 14 июля прошел парад.",
				[3]string{"В 1947 году", "DATE", "1947"}, [3]string{"капитуляции", "EVENT", ""}, [3]string{"14 июля", "DATE", "XXXX-07-14"}, [3]string{"парад", "EVENT", ""})
			d.Relations = []doc.Relation{{Type: "POINT_IN_TIME", Head: "E4", Tail: "E3"}}
			return d
		}, "OTHER(капитуляции) date=1947 place= []\nOTHER(парад) date=XXXX-07-14 place= [time=14 июля]"},
		{"a country coordinated with a party the relations name is a party too", func(t *testing.T) *doc.Document {
			d := build(t, "В Пекине прошли переговоры между делегациями России и Китая.",
				[3]string{"Пекине", "CITY", ""}, [3]string{"переговоры", "EVENT", ""}, [3]string{"России", "COUNTRY", ""}, [3]string{"Китая", "COUNTRY", ""})
			d.Relations = []doc.Relation{{Type: "PARTICIPANT_IN", Head: "E3", Tail: "E2"}}
			return d
		}, "MEETING(переговоры) date= place=Пекине [participant=России, participant=Китая, place=Пекине]"},
		{"a date in a clause the verb introduces does not date the statement", func(t *testing.T) *doc.Document {
			return build(t, "Сергей Чемезов заявил, что самолёты передадут в 2025 году.",
				[3]string{"Сергей Чемезов", "PERSON", ""}, [3]string{"в 2025 году", "DATE", "2025"})
		}, "STATEMENT(заявил) date= place= [agent=Сергей Чемезов]"},
		{"«стороны» are the parties of the meeting told just before", func(t *testing.T) *doc.Document {
			return build(t, "Иван Петров встретился с Петром Ивановым. Стороны подписали соглашение.",
				[3]string{"Иван Петров", "PERSON", ""}, [3]string{"Петром Ивановым", "PERSON", ""})
		}, "MEETING(встретился) date= place= [agent=Иван Петров, participant=Петром Ивановым]\nSIGNING(подписали) date= place= [agent=Иван Петров, agent=Петром Ивановым]"},
		{"«министры» are the parties of the meeting told just before too", func(t *testing.T) *doc.Document {
			return build(t, "Иван Петров встретился с Петром Ивановым. Министры подписали план.",
				[3]string{"Иван Петров", "PERSON", ""}, [3]string{"Петром Ивановым", "PERSON", ""})
		}, "MEETING(встретился) date= place= [agent=Иван Петров, participant=Петром Ивановым]\nSIGNING(подписали) date= place= [agent=Иван Петров, agent=Петром Ивановым]"},
		{"the lead tells the headline's event again, even brought about by a verb of happening", func(t *testing.T) *doc.Document {
			return build(t, "Путин встретился с Сечиным\nВ среду Путин провёл рабочую встречу с Игорем Сечиным.",
				[3]string{"Путин", "PERSON", ""}, [3]string{"Сечиным", "PERSON", ""}, [3]string{"В среду", "DATE", "2024-03-13"},
				[3]string{"Путин", "PERSON", ""}, [3]string{"Игорем Сечиным", "PERSON", ""})
		}, "MEETING(встретился) date=2024-03-13 place= [agent=Путин, participant=Сечиным, participant=Путин, participant=Игорем Сечиным]"}, // (the test gives each mention its own entity)
		{"a named event takes the type of the event noun before it", func(t *testing.T) *doc.Document {
			return build(t, "В Казани завершился форум «Россия — исламский мир».",
				[3]string{"Казани", "CITY", ""}, [3]string{"Россия — исламский мир", "EVENT", ""})
		}, "SESSION(Россия — исламский мир) date= place=Казани [place=Казани]"},
		{"a noun's participants stay in its clause, as a verb's", func(t *testing.T) *doc.Document {
			return build(t, "Иван Петров рассказал журналистам, что встреча с Петром Ивановым прошла успешно.",
				[3]string{"Иван Петров", "PERSON", ""}, [3]string{"Петром Ивановым", "PERSON", ""})
		}, "MEETING(встреча) date= place= [participant=Петром Ивановым]"},
		{"a noun's names and place end at a comma that does not continue a list of names", func(t *testing.T) *doc.Document {
			return build(t, "Состоялась встреча с Иваном Петровым, Петром Ивановым, после чего Анна Сидорова выступила в Казани 5 мая.",
				[3]string{"Иваном Петровым", "PERSON", ""}, [3]string{"Петром Ивановым", "PERSON", ""}, [3]string{"Анна Сидорова", "PERSON", ""},
				[3]string{"Казани", "CITY", ""}, [3]string{"5 мая", "DATE", "XXXX-05-05"})
		}, "MEETING(встреча) date=XXXX-05-05 place= [participant=Иваном Петровым, participant=Петром Ивановым, time=5 мая]"},
		{"a place in a subordinate clause is not the event's", func(t *testing.T) *doc.Document {
			return build(t, "Иван Петров заявил о победе, когда команда играла в Казани.",
				[3]string{"Иван Петров", "PERSON", ""}, [3]string{"Казани", "CITY", ""})
		}, "STATEMENT(заявил) date= place= [agent=Иван Петров]"},
		{"a verb's place ends at a comma that does not continue a list of names", func(t *testing.T) *doc.Document {
			return build(t, "Иван Петров заявил о победе, а команда играла в Казани.",
				[3]string{"Иван Петров", "PERSON", ""}, [3]string{"Казани", "CITY", ""})
		}, "STATEMENT(заявил) date= place= [agent=Иван Петров]"},
		{"a date before the trigger's clause dates the event but is no argument", func(t *testing.T) *doc.Document {
			return build(t, "В 2012 году, по данным газеты, Анна Сидорова подписала указ. Во вторник, как пишут СМИ, министр заявил о победе.",
				[3]string{"В 2012 году", "DATE", "2012"}, [3]string{"Анна Сидорова", "PERSON", ""}, [3]string{"Во вторник", "DATE", ""})
		}, "SIGNING(подписала) date=2012 place= [agent=Анна Сидорова]\nSTATEMENT(заявил) date= place= []"},
		{"an organization before an event noun is no participant", func(t *testing.T) *doc.Document {
			return build(t, "В «Газпроме» прошла встреча Ивана Петрова с «Роснефтью».",
				[3]string{"«Газпроме»", "ORGANIZATION", ""}, [3]string{"Ивана Петрова", "PERSON", ""}, [3]string{"«Роснефтью»", "ORGANIZATION", ""})
		}, "MEETING(встреча) date= place= [participant=Ивана Петрова, participant=«Роснефтью»]"},
		{"a place or a nationality the relations make a participant is none; a state is one", func(t *testing.T) *doc.Document {
			d := build(t, "В Гаваре и Армении прошел митинг армян.",
				[3]string{"Гаваре", "CITY", ""}, [3]string{"Армении", "COUNTRY", ""}, [3]string{"митинг", "EVENT", ""}, [3]string{"армян", "NATIONALITY", ""})
			d.Relations = []doc.Relation{{Type: "PARTICIPANT_IN", Head: "E1", Tail: "E3"}, {Type: "PARTICIPANT_IN", Head: "E2", Tail: "E3"},
				{Type: "ORGANIZES", Head: "E4", Tail: "E3"}}
			return d
		}, "PROTEST(митинг) date= place=Гаваре [participant=Армении, place=Гаваре]"},
		{"an end time the relations give is the time argument when no other is found", func(t *testing.T) *doc.Document {
			d := build(t, "В мае, по данным СМИ, забастовка завершилась.", [3]string{"В мае", "DATE", "XXXX-05"}, [3]string{"забастовка", "EVENT", ""})
			d.Relations = []doc.Relation{{Type: "END_TIME", Head: "E2", Tail: "E1"}}
			return d
		}, "PROTEST(забастовка) date=XXXX-05 place= [time=В мае]"},
		{"the place the relations give stays", func(t *testing.T) *doc.Document {
			d := build(t, "В Москве в Лужниках прошел митинг.",
				[3]string{"Москве", "CITY", ""}, [3]string{"Лужниках", "FACILITY", ""}, [3]string{"митинг", "EVENT", ""})
			d.Relations = []doc.Relation{{Type: "TAKES_PLACE_IN", Head: "E3", Tail: "E1"}}
			return d
		}, "PROTEST(митинг) date= place=Москве [place=Москве]"},
		{"a statement takes no objects", func(t *testing.T) *doc.Document {
			return build(t, "Иван Петров заявил «Интерфаксу» о победе Анны Сидоровой.",
				[3]string{"Иван Петров", "PERSON", ""}, [3]string{"«Интерфаксу»", "ORGANIZATION", ""}, [3]string{"Анны Сидоровой", "PERSON", ""})
		}, "STATEMENT(заявил) date= place= [agent=Иван Петров]"},
		{"the role phrases of an event outside the taxonomy stay in its clause", func(t *testing.T) *doc.Document {
			d := build(t, "Председатель комиссии Иван Петров выступил. Председатель комиссии рассказал, что прошел фестиваль.",
				[3]string{"Председатель комиссии", "PROFESSION", ""}, [3]string{"Иван Петров", "PERSON", ""}, [3]string{"фестиваль", "EVENT", ""})
			d.Relations = []doc.Relation{{Type: "WORKS_AS", Head: "E2", Tail: "E1"}}
			return d
		}, "OTHER(фестиваль) date= place= []"},
		{"the source of a report is no participant", func(t *testing.T) *doc.Document {
			return build(t, "По данным пресс-службы МВД, в аварии пострадал Иван Петров.",
				[3]string{"МВД", "ORGANIZATION", ""}, [3]string{"аварии", "EVENT", ""}, [3]string{"Иван Петров", "PERSON", ""})
		}, "ACCIDENT(аварии) date= place= [participant=Иван Петров]"},
		{"no events in an empty document", func(t *testing.T) *doc.Document { return build(t, "") }, ""},
		{"an EVENT mention is typed by its verb", func(t *testing.T) *doc.Document {
			return build(t, "Президент Владимир Путин подписал закон.",
				[3]string{"Владимир Путин", "PERSON", ""}, [3]string{"подписал закон", "EVENT", ""})
		}, "SIGNING(подписал закон) date= place= [participant=Владимир Путин]"},
		{"leaving a post is a dismissal", func(t *testing.T) *doc.Document {
			return build(t, "Стало известно, что пост покинет Любовь Глебова.",
				[3]string{"пост покинет", "EVENT", ""}, [3]string{"Любовь Глебова", "PERSON", ""})
		}, "DISMISSAL(пост покинет) date= place= [participant=Любовь Глебова]"},
		{"a destination is not where a signing took place", func(t *testing.T) *doc.Document {
			return build(t, "По завершению поездки в Ижевск Дмитрий Шугаев и Дмитрий Пантус подписали протокол.",
				[3]string{"Ижевск", "CITY", ""}, [3]string{"Дмитрий Шугаев", "PERSON", ""}, [3]string{"Дмитрий Пантус", "PERSON", ""})
		}, "VISIT(поездки) date= place=Ижевск [participant=Дмитрий Шугаев, participant=Дмитрий Пантус, place=Ижевск]\nSIGNING(подписали) date= place= [agent=Дмитрий Шугаев, agent=Дмитрий Пантус]"}, // (s16: the trip is a visit, toNamedPlace)
		{"a verb's arguments stay in its clause", func(t *testing.T) *doc.Document {
			return build(t, "Кроме завода «Купол», коллеги посетили предприятие «ZALA», где гости увидели «Ланцет».",
				[3]string{"«Купол»", "ORGANIZATION", ""}, [3]string{"«ZALA»", "ORGANIZATION", ""}, [3]string{"«Ланцет»", "ORGANIZATION", ""})
		}, "VISIT(посетили) date= place=«ZALA» [place=«ZALA»]"},
		{"a list of names before the verb is one clause", func(t *testing.T) *doc.Document {
			return build(t, "Иван Петров, Петр Иванов и Анна Сидорова подписали письмо.",
				[3]string{"Иван Петров", "PERSON", ""}, [3]string{"Петр Иванов", "PERSON", ""}, [3]string{"Анна Сидорова", "PERSON", ""})
		}, "SIGNING(подписали) date= place= [agent=Иван Петров, agent=Петр Иванов, agent=Анна Сидорова]"},
		{"a visited place is the place of the visit", func(t *testing.T) *doc.Document {
			return build(t, "Министр Анатолий Сердюков посетил Курильские острова.",
				[3]string{"Анатолий Сердюков", "PERSON", ""}, [3]string{"Курильские острова", "LOCATION", ""})
		}, "VISIT(посетил) date= place=Курильские острова [agent=Анатолий Сердюков, place=Курильские острова]"},
		{"a date without a value stops the story's date", func(t *testing.T) *doc.Document {
			return build(t, "12 октября 2024 года прошел саммит. Во вторник министр заявил о победе.",
				[3]string{"12 октября 2024 года", "DATE", "2024-10-12"}, [3]string{"Во вторник", "DATE", ""})
		}, "SESSION(саммит) date=2024-10-12 place= [time=12 октября 2024 года]\nSTATEMENT(заявил) date= place= [time=Во вторник]"},
		{"a time without a value is the time argument when no dated one is found", func(t *testing.T) *doc.Document {
			d := build(t, "В воскресенье в Мали прошел саммит, первый после 2012 года. Вечером митинг.",
				[3]string{"В воскресенье", "DATE", ""}, [3]string{"Мали", "COUNTRY", ""}, [3]string{"саммит", "EVENT", ""}, [3]string{"2012 года", "DATE", "2012"},
				[3]string{"Вечером", "TIME", ""}, [3]string{"митинг", "EVENT", ""})
			d.Relations = []doc.Relation{{Type: "POINT_IN_TIME", Head: "E6", Tail: "E5"}}
			return d
		}, "SESSION(саммит) date=2012 place=Мали [time=2012 года, place=Мали]\nPROTEST(митинг) date=2012 place= [time=Вечером]"},
		{"a duration is not a date; a range gives its start", func(t *testing.T) *doc.Document {
			return build(t, "Суд арестовал его на 10 суток. С 13 по 14 апреля прошло заседание.",
				[3]string{"10 суток", "DATE", "P10D"}, [3]string{"С 13 по 14 апреля", "DATE", "XXXX-04-13/XXXX-04-14"})
		}, "ARREST(арестовал) date= place= []\nSESSION(заседание) date=XXXX-04-13 place= [time=С 13 по 14 апреля]"},
		{"another date makes another meeting", func(t *testing.T) *doc.Document {
			return build(t, "В мае 2024 года прошла встреча. В июне 2024 года на встрече был Иван Петров.",
				[3]string{"В мае 2024 года", "DATE", "2024-05"}, [3]string{"В июне 2024 года", "DATE", "2024-06"}, [3]string{"Иван Петров", "PERSON", ""})
		}, "MEETING(встреча) date=2024-05 place= [time=В мае 2024 года]\nMEETING(встрече) date=2024-06 place= [time=В июне 2024 года, participant=Иван Петров]"},
		{"a meeting with someone the earlier meeting did not have is another", func(t *testing.T) *doc.Document {
			return build(t, "Глеб Никитин провел встречу с Вадимом Сорокиным. Министр посетил завод. На встрече с Алихановым руководство рассказало о планах. На встрече с Сорокиным говорили о заводе.",
				[3]string{"Глеб Никитин", "PERSON", ""}, [3]string{"Вадимом Сорокиным", "PERSON", ""}, [3]string{"Алихановым", "PERSON", ""}, [3]string{"Сорокиным", "PERSON", ""})
		}, "MEETING(встречу) date= place= [participant=Глеб Никитин, participant=Вадимом Сорокиным, participant=Сорокиным]\nVISIT(посетил) date= place= []\nMEETING(встрече) date= place= [participant=Алихановым]"},
		{"persons after a verb of signing sign, whatever the dictionary reads", func(t *testing.T) *doc.Document {
			return build(t, "Документ подписали Паслер и Жариченко.",
				[3]string{"Паслер", "PERSON", ""}, [3]string{"Жариченко", "PERSON", ""})
		}, "SIGNING(подписали) date= place= [agent=Паслер, agent=Жариченко]"},
		{"a visit noun before a meeting is the visit told before, no attendance", func(t *testing.T) *doc.Document {
			return build(t, "Губернатор 5 ноября посетил завод. Во время визита Паслер провел совещание.",
				[3]string{"5 ноября", "DATE", "XXXX-11-05"}, [3]string{"визита", "EVENT", ""}, [3]string{"Паслер", "PERSON", ""})
		}, "VISIT(посетил) date=XXXX-11-05 place= [time=5 ноября]\nMEETING(совещание) date=XXXX-11-05 place= [participant=Паслер]"},
		{"a deal announced is the deal; other news announced are statements", func(t *testing.T) *doc.Document {
			return build(t, "«Яндекс» объявил о покупке сервиса «Самокат». Мэр объявил о планах.",
				[3]string{"Яндекс", "ORGANIZATION", ""}, [3]string{"Самокат", "ORGANIZATION", ""})
		}, "ACQUISITION(объявил о покупке) date= place= [agent=Яндекс, object=Самокат]\nSTATEMENT(объявил) date= place= []"},
		{"an organization beside whose building a protest is held takes no part in it", func(t *testing.T) *doc.Document {
			return build(t, "В Тбилиси прошла акция протеста у здания парламента Грузии.",
				[3]string{"Тбилиси", "CITY", ""}, [3]string{"акция протеста", "EVENT", ""}, [3]string{"парламента Грузии", "ORGANIZATION", ""})
		}, "PROTEST(акция протеста) date= place=Тбилиси [place=Тбилиси]"},
		{"a sentence of the present takes the story back from its background's date", func(t *testing.T) *doc.Document {
			return build(t, "Алекперов в 2022 году покинул пост. Сейчас компанию возглавляет Воробьев. Компания подписала соглашение.",
				[3]string{"Алекперов", "PERSON", ""}, [3]string{"в 2022 году", "DATE", "2022"}, [3]string{"покинул пост", "EVENT", ""}, [3]string{"Воробьев", "PERSON", ""})
		}, "DISMISSAL(покинул пост) date=2022 place= [participant=Алекперов, time=в 2022 году]\nSIGNING(подписала) date= place= []"},
		{"a state of things as of today dates no event told after it", func(t *testing.T) *doc.Document {
			return build(t, "На сегодняшний день отношения двух стран – это основа безопасности. После распада СССР оба государства сохранили связи.",
				[3]string{"сегодняшний день", "DATE", "2024-10-20"}, [3]string{"распада СССР", "EVENT", ""})
		}, "OTHER(распада СССР) date= place= []"},
		{"a sentence of today that tells an event still dates it", func(t *testing.T) *doc.Document {
			return build(t, "Сегодня в Москве открылся форум. На форуме выступил министр.",
				[3]string{"Сегодня", "DATE", "2024-10-20"}, [3]string{"Москве", "CITY", ""}, [3]string{"форум", "EVENT", ""}, [3]string{"форуме", "EVENT", ""})
		}, "SESSION(форум) date=2024-10-20 place=Москве [time=Сегодня, place=Москве]"},
		{"a collision the recognizer found is an accident; the verb alone is no trigger", func(t *testing.T) *doc.Document {
			return build(t, "На трассе столкнулись грузовик и автобус. Компании столкнулись с проблемой.",
				[3]string{"столкнулись грузовик", "EVENT", ""})
		}, "ACCIDENT(столкнулись грузовик) date= place= []"},
		{"a pronoun subject is the person the sentence before names last", func(t *testing.T) *doc.Document {
			d := build(t, "Министр финансов Антон Силуанов выступил в Госдуме. Он заявил, что бюджет исполнен.",
				[3]string{"Антон Силуанов", "PERSON", ""})
			for i := range d.Sentences[1].Tokens {
				if d.Sentences[1].Tokens[i].Text == "заявил" {
					d.Sentences[1].Tokens[i].POS, d.Sentences[1].Tokens[i].Feats = "VERB", "Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin"
				}
			}
			return d
		}, "STATEMENT(заявил) date= place= [agent=Антон Силуанов]"},
		{"a planned visit is not the visit told before", func(t *testing.T) *doc.Document {
			return build(t, "Визит министра вызвал протест. Он состоялся до запланированного визита Сейджи Маехары.",
				[3]string{"Сейджи Маехары", "PERSON", ""})
		}, "VISIT(Визит) date= place= []\nVISIT(визита) date= place= [participant=Сейджи Маехары]"},
		{"the body tells the headline's event again", func(t *testing.T) *doc.Document {
			return build(t, "Путин подписал закон\nПрезидент Владимир Путин подписал закон о пенсиях.",
				[3]string{"Путин", "PERSON", ""}, [3]string{"Владимир Путин", "PERSON", ""})
		}, "SIGNING(подписал) date= place= [agent=Путин]"},
		{"a role phrase names the persons the document tied to the post", func(t *testing.T) *doc.Document {
			d := build(t, "Встретились председатели комиссии - Иван Петров и Петр Иванов. Сопредседатели комиссии посетили цеха.",
				[3]string{"председатели комиссии", "PROFESSION", ""}, [3]string{"Иван Петров", "PERSON", ""}, [3]string{"Петр Иванов", "PERSON", ""})
			d.Relations = []doc.Relation{{Type: "WORKS_AS", Head: "E2", Tail: "E1"}, {Type: "WORKS_AS", Head: "E3", Tail: "E1"}}
			return d
		}, "MEETING(Встретились) date= place= [agent=Иван Петров, agent=Петр Иванов]\nVISIT(посетили) date= place= [agent=Иван Петров, agent=Петр Иванов]"},
		{"names in the nominative after the verb are its subject", func(t *testing.T) *doc.Document {
			return build(t, "Соглашение подписали Алан Лушников и посол Индии в России Винай Кумар.",
				[3]string{"Алан Лушников", "PERSON", ""}, [3]string{"посол Индии", "PROFESSION", ""},
				[3]string{"Индии", "COUNTRY", ""}, [3]string{"России", "COUNTRY", ""}, [3]string{"Винай Кумар", "PERSON", ""})
		}, "SIGNING(подписали) date= place= [agent=Алан Лушников, agent=Винай Кумар]"},
		{"a man's surname the dictionary does not know after the verb", func(t *testing.T) *doc.Document {
			return build(t, "«Мы договорились», — заявил Токаев.", [3]string{"Токаев", "PERSON", ""})
		}, "STATEMENT(заявил) date= place= [agent=Токаев]"},
		{"a name right before another is whose post the other holds, no party", func(t *testing.T) *doc.Document {
			return build(t, "Адвокат Петрова Анна Кузнецова подписала жалобу.",
				[3]string{"Петрова", "PERSON", ""}, [3]string{"Анна Кузнецова", "PERSON", ""})
		}, "SIGNING(подписала) date= place= [agent=Анна Кузнецова]"},
		{"what follows the next verb is that verb's", func(t *testing.T) *doc.Document {
			return build(t, "Министр Антон Алиханов посетил предприятие и провел совещание с руководством концерна «Тракторные заводы».",
				[3]string{"Антон Алиханов", "PERSON", ""}, [3]string{"Тракторные заводы", "ORGANIZATION", ""})
		}, "VISIT(посетил) date= place= [agent=Антон Алиханов]\nMEETING(совещание) date= place= [participant=Антон Алиханов, participant=Тракторные заводы]"},
		{"a headline's event takes the one date before it in the body's one event sentence", func(t *testing.T) *doc.Document {
			d := build(t, "В Казани открылся форум «KazanForum»\nВ среду, 14 мая, в Казани начал работу XVI Международный экономический форум «KazanForum».",
				[3]string{"KazanForum", "EVENT", ""}, [3]string{"В среду, 14 мая", "DATE", "2025-05-14"}, [3]string{"KazanForum", "EVENT", ""})
			d.Entities[2].ID = "E1" // the body's mention of the headline's event
			d.Entities[0].Mentions = append(d.Entities[0].Mentions, d.Entities[2].Mentions...)
			d.Entities = d.Entities[:2]
			return d
		}, "SESSION(KazanForum) date=2025-05-14 place= []"},
		{"a name listed after one inside a post is the post's too", func(t *testing.T) *doc.Document {
			return build(t, "Презентацию посетили журналисты The Verge и Bloomberg.",
				[3]string{"журналисты The Verge", "PROFESSION", ""}, [3]string{"The Verge", "ORGANIZATION", ""}, [3]string{"Bloomberg", "ORGANIZATION", ""})
		}, "VISIT(посетили) date= place= []"},
		{"the tagger's reading of a word decides whether it is an event verb", func(t *testing.T) *doc.Document {
			d := build(t, "Сбербанк заработал 1,3 трлн рублей чистой прибыли.", [3]string{"Сбербанк", "ORGANIZATION", ""})
			for i, tok := range d.Sentences[0].Tokens {
				if tok.Text == "прибыли" {
					d.Sentences[0].Tokens[i].POS = "NOUN"
				}
			}
			return d
		}, ""},
		{"a name in the accusative after an award verb is its laureate", func(t *testing.T) *doc.Document {
			return build(t, "Президент наградил Ивана Петрова.", [3]string{"Ивана Петрова", "PERSON", ""})
		}, "AWARD(наградил) date= place= [participant=Ивана Петрова]"}, // an award's laureate takes part (was object; ev22b)
		{"a role phrase of another organization names nobody", func(t *testing.T) *doc.Document {
			d := build(t, "Председатель комиссии Иван Петров выступил. Председатели правительства посетили цеха.",
				[3]string{"Председатель комиссии", "PROFESSION", ""}, [3]string{"Иван Петров", "PERSON", ""})
			d.Relations = []doc.Relation{{Type: "WORKS_AS", Head: "E2", Tail: "E1"}}
			return d
		}, "VISIT(посетили) date= place= []"},
		{"a singular role phrase names its only holder, not one of two", func(t *testing.T) *doc.Document {
			d := build(t, "Глава Удмуртии Александр Бречалов выступил, директор Иван Петров и директор Петр Иванов тоже. Глава Удмуртии посетил завод. Директор подписал приказ.",
				[3]string{"Глава Удмуртии", "PROFESSION", ""}, [3]string{"Александр Бречалов", "PERSON", ""},
				[3]string{"директор", "PROFESSION", ""}, [3]string{"Иван Петров", "PERSON", ""}, [3]string{"директор", "PROFESSION", ""}, [3]string{"Петр Иванов", "PERSON", ""})
			d.Relations = []doc.Relation{{Type: "WORKS_AS", Head: "E2", Tail: "E1"}, {Type: "WORKS_AS", Head: "E4", Tail: "E3"}, {Type: "WORKS_AS", Head: "E6", Tail: "E5"}}
			return d
		}, "VISIT(посетил) date= place= [agent=Александр Бречалов]\nSIGNING(подписал) date= place= []"},
		{"the leadership of an organization is the holders of its leading posts", func(t *testing.T) *doc.Document {
			d := build(t, "Сопредседатели комиссии Иван Петров и Петр Иванов прибыли в город. Состоялось совещание руководства межправительственной комиссии.",
				[3]string{"Сопредседатели комиссии", "PROFESSION", ""}, [3]string{"Иван Петров", "PERSON", ""}, [3]string{"Петр Иванов", "PERSON", ""})
			d.Relations = []doc.Relation{{Type: "WORKS_AS", Head: "E2", Tail: "E1"}, {Type: "WORKS_AS", Head: "E3", Tail: "E1"}}
			return d
		}, "VISIT(прибыли) date= place= [agent=Иван Петров, agent=Петр Иванов]\nMEETING(совещание) date= place= [participant=Иван Петров, participant=Петр Иванов]"},
		{"a verb after a comma shares the subject of the predicate before it", func(t *testing.T) *doc.Document {
			return build(t, "Иван Петров провел переговоры с руководством «Калашникова», посетил цеха.",
				[3]string{"Иван Петров", "PERSON", ""}, [3]string{"«Калашникова»", "ORGANIZATION", ""})
		}, "MEETING(переговоры) date= place= [participant=Иван Петров, participant=«Калашникова»]\nVISIT(посетил) date= place= [agent=Иван Петров]"},
		{"the names of an opening circumstance take no part", func(t *testing.T) *doc.Document {
			return build(t, "После осмотра производственных мощностей «Купола» состоялось совещание. По завершению поездки в Ижевск Иван Петров подписал протокол.",
				[3]string{"«Купола»", "ORGANIZATION", ""}, [3]string{"Ижевск", "CITY", ""}, [3]string{"Иван Петров", "PERSON", ""})
		}, "MEETING(совещание) date= place= []\nVISIT(поездки) date= place=Ижевск [participant=Иван Петров, place=Ижевск]\nSIGNING(подписал) date= place= [agent=Иван Петров]"}, // (s16: the trip is a visit)
		{"the body's repeat dates the headline's event when the date stands next to it", func(t *testing.T) *doc.Document {
			return build(t, "Путин уволил двух генералов\nПрезидент Владимир Путин уволил 13 июня 2019 года двух генералов.",
				[3]string{"Путин", "PERSON", ""}, [3]string{"Владимир Путин", "PERSON", ""}, [3]string{"13 июня 2019 года", "DATE", "2019-06-13"})
		}, "DISMISSAL(уволил) date=2019-06-13 place= [agent=Путин]"},
		{"a quoted statement is made in the story's day, not its background", func(t *testing.T) *doc.Document {
			return build(t, "Во вторник Петров посетил театр. В 1987 году Петров возглавил театр. «Это утрата», — заявил Иванов. Театр заявил, что Петров ушел.",
				[3]string{"Во вторник", "DATE", "2025-11-18"}, [3]string{"Петров", "PERSON", ""}, [3]string{"В 1987 году", "DATE", "1987"}, [3]string{"Петров", "PERSON", ""}, [3]string{"Иванов", "PERSON", ""})
		}, "VISIT(посетил) date=2025-11-18 place= [time=Во вторник, agent=Петров]\nAPPOINTMENT(возглавил) date=1987 place= [time=В 1987 году, agent=Петров]\nSTATEMENT(заявил) date=2025-11-18 place= [agent=Иванов]\nSTATEMENT(заявил) date=1987 place= []"},
		{"an event noun named by other words is another event", func(t *testing.T) *doc.Document {
			return build(t, "Петров выиграл чемпионат России. В декабре он сыграет на чемпионате мира. Чемпионат России прошел в Казани.",
				[3]string{"чемпионат России", "EVENT", ""}, [3]string{"В декабре", "DATE", "2025-12"}, [3]string{"чемпионате мира", "EVENT", ""}, [3]string{"Чемпионат России", "EVENT", ""})
		}, "COMPETITION(чемпионат России) date= place= []\nCOMPETITION(чемпионате мира) date=2025-12 place= []"},
		{"a date far from the repeat does not date the headline's event", func(t *testing.T) *doc.Document {
			return build(t, "Путин уволил двух генералов\nПутин уволил двух генералов полиции, причастных к делу журналиста, задержанного 8 июня 2019 года.",
				[3]string{"Путин", "PERSON", ""}, [3]string{"Путин", "PERSON", ""}, [3]string{"8 июня 2019 года", "DATE", "2019-06-08"})
		}, "DISMISSAL(уволил) date= place= [agent=Путин, agent=Путин]"},
		{"a TIME with a calendar value dates the event; the DATE inside it does not", func(t *testing.T) *doc.Document {
			return build(t, "В ночь с 18 на 19 апреля 2020 года прошла встреча. 18 апреля на встрече был Иван Петров.",
				[3]string{"В ночь с 18 на 19 апреля 2020 года", "TIME", "2020-04-18/2020-04-19"}, [3]string{"на 19 апреля 2020 года", "DATE", "2020-04-19"},
				[3]string{"18 апреля", "DATE", "XXXX-04-18"}, [3]string{"Иван Петров", "PERSON", ""})
		}, "MEETING(встреча) date=2020-04-18 place= [time=В ночь с 18 на 19 апреля 2020 года, participant=Иван Петров]"},
		{"a noun names again the event a verb of its group told", func(t *testing.T) *doc.Document {
			return build(t, "Иван Петров встретился с Петром Ивановым. На встрече обсуждали торговлю.",
				[3]string{"Иван Петров", "PERSON", ""}, [3]string{"Петром Ивановым", "PERSON", ""})
		}, "MEETING(встретился) date= place= [agent=Иван Петров, participant=Петром Ивановым]"},
		{"another word of the group in the same sentence is another event", func(t *testing.T) *doc.Document {
			return build(t, "Путин подпишет договоры, и будет обсуждаться подписание соглашения.")
		}, "SIGNING(подпишет) date= place= []\nSIGNING(подписание) date= place= []"},
		{"a detention and an arrest are two events", func(t *testing.T) *doc.Document {
			return build(t, "Полиция задержала журналиста. Суд отправил его под арест.", [3]string{"арест", "EVENT", ""})
		}, "ARREST(задержала) date= place= []\nARREST(арест) date= place= []"},
		{"an EVENT mention led by a verb refers back only as a verb does", func(t *testing.T) *doc.Document {
			return build(t, "Новости Канады. Полиция расследует массовое убийство. Позже стрелка застрелила полиция.",
				[3]string{"массовое убийство", "EVENT", ""}, [3]string{"застрелила", "EVENT", ""})
		}, "DEATH(массовое убийство) date= place= []\nDEATH(застрелила) date= place= []"},
		{"states in the subject of a verb are parties", func(t *testing.T) *doc.Document {
			return build(t, "Новости. Россия и Турция подписали соглашение. В России Иван Петров подписал указ.",
				[3]string{"Россия", "COUNTRY", ""}, [3]string{"Турция", "COUNTRY", ""}, [3]string{"России", "COUNTRY", ""}, [3]string{"Иван Петров", "PERSON", ""})
		}, "SIGNING(подписали) date= place= [agent=Россия, agent=Турция]\nSIGNING(подписал) date= place=России [agent=Иван Петров, place=России]"},
		{"«Между тем» turns to another story: not dated by the last one's year", func(t *testing.T) *doc.Document {
			return build(t, "Новости. В 2022 году Иванов подписал контракт.\nМежду тем Петров подписал указ.",
				[3]string{"В 2022 году", "DATE", "2022"}, [3]string{"Иванов", "PERSON", ""}, [3]string{"Петров", "PERSON", ""})
		}, "SIGNING(подписал) date=2022 place= [time=В 2022 году, agent=Иванов]\nSIGNING(подписал) date= place= [agent=Петров]"},
		{"«На следующий день»: the day after the last event dated", func(t *testing.T) *doc.Document {
			return build(t, "Новости. 12 ноября 2025 года Лавров подписал план. На следующий день Лавров встретился с Жапаровым.",
				[3]string{"12 ноября 2025 года", "DATE", "2025-11-12"}, [3]string{"Лавров", "PERSON", ""}, [3]string{"На следующий день", "DATE", ""}, [3]string{"Лавров", "PERSON", ""}, [3]string{"Жапаровым", "PERSON", ""})
		}, "SIGNING(подписал) date=2025-11-12 place= [time=12 ноября 2025 года, agent=Лавров]\nMEETING(встретился) date=2025-11-13 place= [agent=Лавров, participant=Жапаровым, time=На следующий день]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.d(t)
			if got := describe(d, x.Extract(d)); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestTellsAhead(t *testing.T) {
	tests := []struct {
		text, verb string // verb: the word of the clause read as a finite verb
		tense      string
		want       bool
	}{
		{"Песков заявил журналистам, что итоги будут опубликованы.", "будут", "Fut", true}, // whom it is said to between
		{"Адвокат заявил, что защита обжалует приговор.", "обжалует", "Fut", true},
		{"Правительство заявило, что члены секты совершили самоубийство.", "совершили", "Past", false},
		{"Министр заявил о переговорах с коллегами, что неверно.", "", "", false}, // no «, что» within three words
	}
	for _, tt := range tests {
		toks := tokenize.Split(tt.text)[0].Tokens
		var span doc.Span
		for i := range toks {
			if strings.HasPrefix(toks[i].Text, "заяв") {
				span = doc.Span{Start: toks[i].Start, End: toks[i].End}
			}
			if toks[i].Text == tt.verb {
				toks[i].Feats = "Mood=Ind|Tense=" + tt.tense + "|VerbForm=Fin"
			}
		}
		if got := tellsAhead(toks, span); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// feats tokenizes text's first sentence and gives the words of feats their
// features, as the tagger would.
func feats(text string, feats map[string]string) []doc.Token {
	toks := tokenize.Split(text)[0].Tokens
	for i := range toks {
		if f, ok := feats[toks[i].Text]; ok {
			toks[i].POS, toks[i].Feats = "VERB", f
		}
	}
	return toks
}

func TestClauseTimes(t *testing.T) {
	span := func(toks []doc.Token, w string) doc.Span {
		for _, t := range toks {
			if t.Text == w {
				return t.Span
			}
		}
		return doc.Span{}
	}
	// «В конце октября стало известно, что свой пост покинет Глебова»: the
	// knowing's time, not the departure's
	toks := feats("В конце октября стало известно, что свой пост покинет Глебова.", map[string]string{"покинет": "Aspect=Perf|Tense=Fut|VerbForm=Fin"})
	if !aheadAfterThat(toks, toks[2].End, span(toks, "покинет")) {
		t.Error("«, что свой пост покинет»: want ahead after «что»")
	}
	toks = feats("В конце октября стало известно, что Глебова покинула пост.", map[string]string{"покинула": "Aspect=Perf|Tense=Past|VerbForm=Fin"})
	if aheadAfterThat(toks, toks[2].End, span(toks, "покинула")) {
		t.Error("«, что Глебова покинула пост»: a past verb, want no")
	}
	// «покинет Малков, возглавлявший ведомство с 2018 года»
	toks = feats("Пост покинет Малков, возглавлявший ведомство с 2018 года.", map[string]string{"возглавлявший": "Case=Nom|Tense=Past|VerbForm=Part|Voice=Act"})
	if !participleBetween(toks, span(toks, "покинет").End, span(toks, "2018").Start) {
		t.Error("«, возглавлявший»: want a participle's clause")
	}
	// «Новым главой Росстата назначен Галкин»: a short past passive
	toks = feats("Новым главой Росстата назначен Галкин.", map[string]string{"назначен": "Aspect=Perf|Tense=Past|VerbForm=Part|Voice=Pass"})
	if !pastPassive(toks, span(toks, "назначен")) {
		t.Error("«назначен»: want a short past passive")
	}
	toks = feats("Назначенный министр прибыл.", map[string]string{"Назначенный": "Case=Nom|Tense=Past|VerbForm=Part|Voice=Pass"})
	if pastPassive(toks, span(toks, "Назначенный")) {
		t.Error("«Назначенный»: a full participle, want no")
	}
}
