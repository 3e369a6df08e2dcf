// Package event builds event records — a meeting, a visit, a session, the
// signing of a document — from a document's entities and relations: each
// with its type, trigger, participants and their roles, place, date and the
// sentence that states it.
//
// Triggers are the document's EVENT mentions, plus event verbs («посетили»,
// «подписали») and event nouns («совещание») that the recognizer did not
// mark. Arguments come from the relations (PARTICIPANT_IN, AGENT, ORGANIZES,
// TAKES_PLACE_IN, POINT_IN_TIME, …) where there are any, and otherwise from
// the trigger's sentence: its persons and organizations, a place after a
// locative preposition, its date — or, failing that, the last date the
// story gave.
package event

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/internal/formcache"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/names"
	"github.com/factgraph/factgraph/refine"
	"github.com/factgraph/factgraph/relation"
	"github.com/factgraph/factgraph/tokenize"
)

// The event types. docs/format.md documents the taxonomy.
const (
	Meeting     = "MEETING"
	Visit       = "VISIT"
	Session     = "SESSION"
	Signing     = "SIGNING"
	Appointment = "APPOINTMENT"
	Dismissal   = "DISMISSAL"
	Delivery    = "DELIVERY"
	Attack      = "ATTACK"
	Election    = "ELECTION"
	Statement   = "STATEMENT"
	Death       = "DEATH"
	Arrest      = "ARREST"
	Protest     = "PROTEST"
	Accident    = "ACCIDENT"
	Award       = "AWARD"
	Acquisition = "ACQUISITION"
	Other       = "OTHER"
)

// nouns maps event nouns (lemmas) to types; marked ones are triggers even
// when the recognizer did not tag them as EVENT.
var nouns = map[string]struct {
	typ    string
	always bool
}{
	"встреча": {Meeting, true}, "переговоры": {Meeting, true}, "совещание": {Meeting, true}, "беседа": {Meeting, false},
	"визит": {Visit, true}, "посещение": {Visit, true}, "поездка": {Visit, false}, "приезд": {Visit, false},
	"заседание": {Session, true}, "сессия": {Session, false}, "конференция": {Session, true}, "саммит": {Session, true},
	"форум": {Session, false}, "съезд": {Session, false}, "пленум": {Session, false}, "конгресс": {Session, false}, "собрание": {Session, false},
	"подписание": {Signing, true},
	"назначение": {Appointment, false}, "отставка": {Dismissal, false}, "увольнение": {Dismissal, false},
	"поставка": {Delivery, false}, "контракт": {Delivery, false}, "закупка": {Delivery, false},
	"атака": {Attack, false}, "нападение": {Attack, false}, "обстрел": {Attack, false}, "теракт": {Attack, false},
	"стрельба": {Attack, false}, "перестрелка": {Attack, false},
	"удар": {Attack, false}, "штурм": {Attack, false}, "взрыв": {Attack, false},
	"выборы": {Election, false}, "голосование": {Election, false}, "референдум": {Election, false},
	"заявление": {Statement, true},
	"смерть":    {Death, false}, "гибель": {Death, false}, "убийство": {Death, false},
	"арест": {Arrest, false}, "задержание": {Arrest, false},
	"акция": {Protest, false}, "митинг": {Protest, false}, "протест": {Protest, false}, "забастовка": {Protest, false},
	"авария": {Accident, false}, "катастрофа": {Accident, false}, "крушение": {Accident, false}, "дтп": {Accident, false},
	"землетрясение": {Accident, false}, "наводнение": {Accident, false}, "пожар": {Accident, false},
	"извержение": {Accident, false}, "цунами": {Accident, false}, "ураган": {Accident, false}, "тайфун": {Accident, false}, "оползень": {Accident, false},
	"награждение": {Award, false},
	"покупка":     {Acquisition, false}, "приобретение": {Acquisition, false}, "поглощение": {Acquisition, false},
	"слияние": {Acquisition, false}, "продажа": {Acquisition, false},
}

// verbs maps event verbs (infinitive lemmas) to types.
var verbs = map[string]string{
	"встретиться": Meeting, "посетить": Visit, "побывать": Visit, "прибыть": Visit,
	"подписать": Signing, "назначить": Appointment, "уволить": Dismissal,
	"атаковать": Attack, "обстрелять": Attack, "избрать": Election, "переизбрать": Election, "заявить": Statement,
	"погибнуть": Death, "умереть": Death, "задержать": Arrest, "арестовать": Arrest, "сдаться": Arrest,
	"наградить": Award, "объявить": Statement, "застрелить": Death, "убить": Death, "скончаться": Death,
	"возглавить": Appointment, "вручить": Award,
	// imperfectives, triggers only in a sentence naming a day (imperfective)
	"встречаться": Meeting, "беседовать": Meeting, "посещать": Visit, "подписывать": Signing,
	"обстреливать": Attack, "задерживать": Arrest, "арестовывать": Arrest, "награждать": Award,
}

// prizes are what «вручить» awards («вручил государственные награды»; not
// «вручил прошение об отставке»).
var prizes = map[string]bool{"награда": true, "госнаграда": true, "орден": true, "медаль": true, "премия": true, "звание": true}

// Roles of event arguments.
const (
	RoleAgent       = "agent"
	RoleParticipant = "participant"
	RoleOrganizer   = "organizer"
	RoleObject      = "object"
	RolePlace       = "place"
	RoleTime        = "time"
)

var placeTypes = map[string]bool{"CITY": true, "COUNTRY": true, "STATE_OR_PROVINCE": true, "LOCATION": true,
	"DISTRICT": true, "FACILITY": true}

// Extractor builds events. It is safe for concurrent use.
type Extractor struct {
	A *morph.Analyzer
	// lemmas remembers lemma's answer by word form: the rules ask it of
	// the same words of a text many times (42 places).
	lemmas *formcache.Cache[lemmaPOS]
}

// lemmaPOS is a word's lemma and part of speech (lemma).
type lemmaPOS struct {
	lemma string
	pos   morph.Grammeme
}

// lemmaCacheMax bounds the word forms of the lemmas cache (two
// generations).
const lemmaCacheMax = 1 << 14

// New returns an Extractor over the embedded dictionary.
func New() (*Extractor, error) {
	a, err := morph.Default()
	if err != nil {
		return nil, err
	}
	return &Extractor{A: a, lemmas: formcache.New[lemmaPOS](lemmaCacheMax)}, nil
}

// mention is one entity mention with its entity.
type mention struct {
	doc.Mention
	entity string
	sent   int
	nested bool // inside a PROFESSION or another mention of a wider kind
}

// trigger is a candidate event.
type trigger struct {
	span   doc.Span
	text   string
	typ    string
	entity string // EVENT entity ID, if the trigger is one
	verb   bool
	sent   int
	// told is the type of an event whose arguments are read as an
	// untyped event's, typ Other: an accident that mishap found by its
	// context («сошел с рельсов», «столкновение с грузовиком»). As
	// Accident it took persons of its sentence NEREL does not relate to
	// it («Племянник Алишера Усманова разбился»), and one accident joined
	// another told later (antecedent).
	told string
}

// lemma returns the lemma of the likeliest parse of word, and its part of
// speech (remembered per word form: lemmaOf).
func (x *Extractor) lemma(word string) (string, morph.Grammeme) {
	if lp, ok := x.lemmas.Get(word); ok {
		return lp.lemma, lp.pos
	}
	l, pos := x.lemmaOf(word)
	x.lemmas.Put(word, lemmaPOS{l, pos})
	return l, pos
}

// lemmaOf returns the lemma of the likeliest parse of word, and its part
// of speech.
func (x *Extractor) lemmaOf(word string) (string, morph.Grammeme) {
	ps := x.A.Parse(word)
	if len(ps) == 0 {
		return strings.ToLower(word), 0
	}
	best := ps[0] // Parse returns the parses best first
	l := x.hyphenLemma(word, best)
	if best.Tag.POS() == morph.NOUN {
		for _, c := range []string{"онлайн-", "видео-"} {
			// «онлайн-встреча»: a meeting held online (only with the
			// hyphen: «видеоконференция», a trigger NEREL never marks,
			// lowered its figures; docs/event.md)
			if h, ok := strings.CutPrefix(l, c); ok {
				if _, event := nouns[h]; event {
					return h, morph.NOUN
				}
			}
		}
	}
	return l, best.Tag.POS()
}

// Extract returns the events of d, whose sentences, entities and relations
// are filled, and whose DATE entities carry their normalized Value.
func (x *Extractor) Extract(d *doc.Document) []doc.Event {
	text := []rune(d.Text)
	ms := slices.DeleteFunc(mentions(d, text), func(m mention) bool { return purposeDate(m) || glued(text, m) })
	gluedDates := map[string]bool{} // DATE entities named only inside a name: no event's time
	for _, e := range d.Entities {
		gluedDates[e.ID] = e.Type == "DATE" && len(e.Mentions) > 0 && !slices.ContainsFunc(e.Mentions, func(m doc.Mention) bool { return !glued(text, mention{Mention: m}) })
	}
	sentOf := func(pos int) int {
		i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > pos })
		if i == len(d.Sentences) {
			return len(d.Sentences) - 1
		}
		return i
	}
	for i := range ms {
		ms[i].sent = sentOf(ms[i].Start)
	}
	bySent := map[int][]int{}
	firstSent := map[string]int{} // the first sentence that names each entity
	for i, m := range ms {
		bySent[m.sent] = append(bySent[m.sent], i)
		if f, ok := firstSent[m.entity]; !ok || m.sent < f {
			firstSent[m.entity] = m.sent
		}
	}
	types := map[string]string{}
	surnames := map[string]string{} // a person's last name, lower case, by entity id (otherPersons)
	for _, e := range d.Entities {
		types[e.ID] = e.Type
		if f := strings.Fields(e.Name); e.Type == "PERSON" && len(f) > 0 {
			surnames[e.ID] = strings.ToLower(f[len(f)-1])
		}
	}
	places := settlements(d) // (otherPlace)
	trigs := x.triggers(d, text, ms, sentOf)
	holders := x.roleHolders(d, types, x.organizationPosts(text, ms))
	holderOf := postHolder(d, types)
	dates := map[string]string{}
	durations := map[string]bool{} // «на 10 суток» (P10D): not a point in time
	// deadlines: «соглашение о поставках газа до 2030 года», «к 2030 году»
	// name the time by which, not when: no date, no time argument from the
	// sentence (NEREL train relates 9 of 66 DATEs opening with «до» as a
	// time; the event figures hold).
	deadlines := map[string]bool{}
	// since: «с осени 2025 года» names when a span began, which the
	// story's later sentences are not in (sinceDate)
	since := map[string]bool{}
	for _, e := range d.Entities {
		deadlines[e.ID] = e.ValueMod == "BEFORE" || e.ValueMod == "ON_OR_BEFORE"
		since[e.ID] = e.ValueMod == "AFTER" || e.ValueMod == "ON_OR_AFTER"
		if v := dateValue(e.Value); v != "" && !deadlines[e.ID] && !slices.ContainsFunc(e.Mentions, func(m doc.Mention) bool { return purposeDate(mention{Mention: m}) }) {
			dates[e.ID] = v
		}
		durations[e.ID] = strings.HasPrefix(e.Value, "P")
	}
	sameWeekday(ms, dates)
	podDates := partOfDayDates(ms) // «Днем 26 февраля»: the time's date
	sameDayYear(ms, dates)         // «16 мая» … «16 мая 2011 года»
	reported := reportDates(d, ms, dates, durations)
	perSent := map[int]int{}
	typedPerSent := map[int]int{} // the triggers of the taxonomy
	for _, t := range trigs {
		perSent[t.sent]++
		if t.typ != Other {
			typedPerSent[t.sent]++
		}
	}
	var out []doc.Event
	var outSent []int  // the sentence of each event of out
	var leadDay []bool // events of out told, with no day of their own, before the story named any time after its dateline
	storyOnDateline := true
	var toldSent []int          // the last sentence that told each event of out
	toldIn := map[[2]int]bool{} // {event of out, sentence}: the sentence told the event (tookPartIn, accompanied)
	lastDate := ""
	lastDateSent := -1
	beforeSent, beforeDate := -1, "" // the sentence «Накануне» dated, and its day
	reportDated := map[int]bool{}    // the events of out a report clause dated
	retold := map[int]bool{}         // the events of out a body verb told again (antecedent)
	occasionOf := map[int]int{}      // a sentence opening with «По итогам переговоров»: the undated event of out it names
	// the day of a news agency's dateline («КРАСНОДАР, 19 ноября.
	// /ТАСС/.») and its sentence
	dateline, datelineSent := x.datelineDate(d, text, ms, dates)
	// a digest's dateline day: the day of its stories that name none
	// told before
	agencyDay, agencySent, _ := datelineDay(d, text, ms, dates) // the dateline's day, whatever the lead's
	datelineDayOnly := agencyDay
	if perSent[0] > 0 || !untitled(ms) {
		agencyDay = "" // no digest: a title that tells a story
	}
	// the last day the story named, background aside; the dateline's day
	// until the story names one
	storyDay := dateline
	told := 0 // the sentences before told are read for the story's date
	// per sentence: reportSources, found once for all its triggers
	sources := map[int]map[int]reportSource{}
	sourcesOf := func(sent int) map[int]reportSource {
		srcs, ok := sources[sent]
		if !ok {
			srcs = x.reportSources(text, d.Sentences[sent].Tokens, ms, bySent[sent])
			sources[sent] = srcs
		}
		return srcs
	}
	for _, t := range trigs {
		for ; told < t.sent; told++ {
			// «…, сообщили в Роскосмосе в понедельник» with no event of
			// its own: the story is told on that day.
			// (a first sentence that is no headline nor a dateline is the
			// lead: «Курская область в ночь на среду подверглась атаке»)
			if perSent[told] == 0 && (told > 0 || !headline(d.Sentences[0]) && agencySent < 0) {
				toks := d.Sentences[told].Tokens
				if now(toks) && lastDate != "" && lastDate != storyDay {
					// «Вагит Алекперов еще в 2022 году покинул пост.
					// Сейчас компанию возглавляет …»: the story is back
					// in its own time, which the background does not date
					lastDate, lastDateSent = storyDay, told
					continue
				}
				if now(toks) && lastDate == "" {
					// «На сегодняшний день союзные отношения … – это
					// основа …» ¶ «После распада СССР …»: a state of
					// things as of today dates no event told after it
					continue
				}
				if v := onlyDate(ms, bySent[told], dates, durations, 0, x.reportClause(toks, 0)); v != "" {
					lastDate, lastDateSent = v, told
				} else if v := openingDay(ms, bySent[told], dates, durations, toks); v != "" {
					// «В четверг НГУ и „Сбер“ заключили соглашение.
					// Документ подписали …»: the story moves to the day
					// a sentence with no event opens with.
					lastDate, lastDateSent = v, told
				} else if v := x.leadDate(d, ms, bySent, told, dates, durations); v != "" {
					// «Мэр Москвы Сергей Собянин в четверг открыл три новые
					// станции»: the lead, with no event of the taxonomy,
					// gives the story its day.
					lastDate, lastDateSent = v, told
				}
			}
		}
		if t.sent > lastDateSent && lastDate != storyDay && background(lastDate, storyDay) && opensParagraph(d, text, t.sent) {
			// «Кляйна задержали 14 марта 2024 года. …» ¶ «Губернатор
			// назначил временно исполняющим обязанности мэра …»: a new
			// paragraph leaves the background the one before told for
			// the story's own day.
			lastDate, lastDateSent = storyDay, t.sent
		}
		if t.sent > lastDateSent && lastDateSent >= 0 && agencyDay != "" && opensParagraph(d, text, t.sent) && anotherStory(d, ms, bySent[t.sent], firstSent, t.sent) {
			// a digest: «В Казани 1 октября открылся форум …» ¶ «Глава
			// Чечни Рамзан Кадыров провел совещание с силовиками»: news of
			// the dateline's day, not of the day before
			lastDate, lastDateSent = agencyDay, t.sent
		}
		if t.sent > lastDateSent && switchesStory(d.Sentences[t.sent].Tokens) {
			// «Между тем …»: another story, told on the dateline's day
			lastDate, lastDateSent = dateline, t.sent
		}
		ev := doc.Event{
			Type:     cmp.Or(t.told, t.typ),
			Trigger:  doc.Trigger{Span: t.span, Text: t.text},
			Entity:   t.entity,
			Evidence: d.Sentences[t.sent].Span,
		}
		add := func(role, id string) {
			for _, a := range ev.Arguments {
				if a.Entity == id {
					return
				}
			}
			ev.Arguments = append(ev.Arguments, doc.Argument{Role: role, Entity: id})
			if role != RolePlace && role != RoleTime && role != RoleObject {
				ev.Participants = append(ev.Participants, id)
			}
		}
		spoken := false // a statement dated by the story's day, not its background
		// timeArg is a time without a calendar value («во вторник»): the
		// time argument when no dated one is found.
		timeArg := ""
		// «обсудит с Ван И подготовку визита председателя КНР Си
		// Цзиньпина»: the visit being prepared is the named one's alone
		visitor := x.preparedOf(d, t)
		// Relations first.
		if t.entity != "" {
			for _, r := range d.Relations {
				switch {
				case r.Tail == t.entity && (r.Type == "PARTICIPANT_IN" || r.Type == "AGENT" || r.Type == "ORGANIZES") && !partyTypes[types[holderOf(r.Head)]]:
					// Only persons, organizations and states take part: not
					// a place («в армянском Гаваре задержаны»), a
					// nationality («американских и советских войск») or a
					// post no one person holds.
				case r.Tail == t.entity && r.Type == "AGENT" && x.agentElsewhere(d, ms, bySent[t.sent], t, r.Head, holderOf(r.Head)):
					// (an agent of another sentence beside one of its own)
				case r.Tail == t.entity && (r.Type == "PARTICIPANT_IN" || r.Type == "AGENT") && visitor != "" && holderOf(r.Head) != visitor:
					// (a visit being prepared: preparedOf)
				case r.Tail == t.entity && (r.Type == "PARTICIPANT_IN" || r.Type == "AGENT") && t.typ != Statement && x.reportedFrom(d, ms, bySent[t.sent], t, r.Head):
					// «В результате атаки пострадали три человека, сообщил
					// губернатор Вячеслав Гладков»: who tells of it
				case r.Tail == t.entity && (r.Type == "PARTICIPANT_IN" || r.Type == "AGENT") && (held[t.typ] && x.hostOnly(d, ms, bySent[t.sent], r.Head) ||
					x.besideOnly(d, ms, bySent[t.sent], r.Head) || t.typ != Other && x.caseOnly(d, ms, bySent[t.sent], r.Head)):
					// «Беседа состоялась в МИД России»: an organization the
					// sentence names only after a preposition of place is
					// where the event is held, no party to it.
				case r.Tail == t.entity && (r.Type == "PARTICIPANT_IN" || r.Type == "AGENT") && t.typ == Appointment && types[r.Head] == "PROFESSION" && x.newPost(d, ms, bySent[t.sent], r.Head):
					// «Путин назначил нового посла России в Египте»: whoever
					// the appointment names, not the one the document
					// elsewhere tied to the post («… назначил Дмитрия
					// Лобанова послом России в Тунисе»; but «Новый глава
					// региона проведет совещание» is the one named before)
				case r.Tail == t.entity && r.Type == "PARTICIPANT_IN" && t.typ == Signing && x.signerAfter(d, ms, bySent[t.sent], t, r.Head, holderOf(r.Head)):
					// «Приказ подписала министр … Татьяна Савинова»: who
					// signs after the verb is its agent (signer.go)
					add(RoleAgent, holderOf(r.Head))
				case r.Tail == t.entity && r.Type == "AGENT" && t.typ == Dismissal && postOrgOnly(ms, bySent[t.sent], r.Head):
					// «Генеральный директор Би-би-си ушел в отставку»: the
					// post's employer, a participant (postorg.go)
					add(RoleParticipant, r.Head)
				case r.Tail == t.entity && r.Type == "PARTICIPANT_IN" && (t.typ == Dismissal || t.typ == Appointment) && x.decreeObject(d, ms, bySent[t.sent], t.span, holderOf(r.Head)):
					// «подписал указ об освобождении Олега Петрова от
					// должности»: whom the decree befalls (decreeobject.go)
					add(RoleObject, holderOf(r.Head))
				case r.Tail == t.entity && (r.Type == "PARTICIPANT_IN" || r.Type == "AGENT"):
					add(roleOf(r.Type), holderOf(r.Head))
				case r.Tail == t.entity && r.Type == "ORGANIZES":
					add(RoleOrganizer, holderOf(r.Head))
				case r.Head == t.entity && r.Type == "END_TIME" && !hasRole(&ev, RoleTime):
					// «война завершилась в 1945 году»: the end is a time
					// argument when no other is found, not the date.
					timeArg = r.Tail
				case r.Head == t.entity && r.Type == "TAKES_PLACE_IN" && ev.Place == "" && x.reportedFrom(d, ms, bySent[t.sent], t, r.Tail):
					// «провели телефонный разговор, сообщили в Кремле»:
					// where it was told from, not where it happened
				case r.Head == t.entity && r.Type == "TAKES_PLACE_IN" && ev.Place == "":
					ev.Place = r.Tail
					add(RolePlace, r.Tail)
				case r.Head == t.entity && r.Type == "TAKES_PLACE_IN" && t.typ != Other && postNamedOnly(ms, bySent[t.sent], ev.Place) && !postNamedOnly(ms, bySent[t.sent], r.Tail):
					// «Президент Египта прибыл в Россию»: the place the
					// post names yields to one named on its own (postPlaces)
					old := ev.Place
					ev.Arguments = slices.DeleteFunc(ev.Arguments, func(a doc.Argument) bool { return a.Role == RolePlace && a.Entity == old })
					ev.Place = r.Tail
					add(RolePlace, r.Tail)
				case r.Head == t.entity && (r.Type == "POINT_IN_TIME" || r.Type == "START_TIME" || r.Type == "END_TIME") && gluedDates[r.Tail]:
					// «пандемию COVID-19»: the «19» of the name
				case r.Head == t.entity && (r.Type == "POINT_IN_TIME" || r.Type == "START_TIME") && ev.Date == "":
					tail := r.Tail
					if dt := podDates[tail]; dt != "" && dates[dt] != "" {
						tail = dt // «Днем 26 февраля»: the date in it
					}
					if v := dates[tail]; v != "" {
						ev.Date = v
						add(RoleTime, tail)
					} else if timeArg == "" {
						timeArg = r.Tail
					}
				}
			}
		}
		// Then the sentence: its date, its place after a locative
		// preposition, and — unless the relations named them — its people
		// and organizations.
		fromRelations := len(ev.Participants) > 0
		placeFromRelations := ev.Place != "" // not overridden by a more specific one of the sentence
		relPlace := ev.Place
		if placeFromRelations && x.unplaced(d, ms, bySent[t.sent], ev.Place, t.typ == Visit) {
			// «Межправкомиссия России и Узбекистана провела заседание в
			// Ташкенте»: a place the relations give that the sentence names
			// only as no place (a party in the genitive) gives way to a
			// place of higher rank the sentence names (placeRank), and
			// stays when it names none
			placeFromRelations = false
		}
		var sentDate string
		sinceDate := false // sentDate opens a span: «с осени 2025 года»
		pastDated := false // sentDate dates a past participle's clause: «выборов, прошедших 17–19 сентября»
		// unresolved: the sentence names a date that has no value («во
		// вторник»), or a time relative to another («накануне», «ранее»,
		// «на следующий день»), so the story's last date is not its own.
		unresolved := relativeTime(d.Sentences[t.sent].Tokens, func(pos int) bool {
			// («в следующем году» with a value: timex read it from the
			// document date, no other event's)
			for _, mi := range bySent[t.sent] {
				if m := ms[mi]; (m.Type == "DATE" || m.Type == "TIME") && dates[m.entity] != "" && m.Start <= pos && pos < m.End {
					return true
				}
			}
			return false
		}) || x.spanFromEvent(d.Sentences[t.sent].Tokens) && !x.sameDaySpan(d.Sentences[t.sent].Tokens, out)
		// A noun keeps to its clause too, as a verb does («Иван Петров
		// рассказал, что встреча с Петром Ивановым прошла успешно»: not
		// Иван Петров; an event outside the taxonomy: its role phrases).
		lo, hi := x.clause(d, ms, bySent[t.sent], t)
		clauseLo := lo // before an opening circumstance is cut off
		if t.verb {
			// «посетил предприятие и провел совещание с руководством
			// концерна»: what follows the next verb is that verb's
			hi = min(hi, x.nextVerb(d.Sentences[t.sent].Tokens, t.span.End))
		}
		if end := x.circumstance(d.Sentences[t.sent].Tokens); end > lo && end <= t.span.Start {
			// «После осмотра мощностей «Купола» состоялось совещание»:
			// the names of an opening circumstance take no part.
			lo = end
		}
		// A trigger's place, and a noun's names, end sooner than its
		// dates: at a comma that does not continue a list of names.
		placeEnd := min(hi, listEnd(d.Sentences[t.sent].Tokens, ms, bySent[t.sent], t))
		namesEnd := hi
		if !t.verb {
			namesEnd = placeEnd
		}
		var lastAgent *mention // the last subject found after the verb
		// The subject of a passive verb («Задержаны директор шахты и
		// начальник участка», «Петров назначен послом») is whom the event
		// befalls, no agent of it.
		subjectRole := RoleAgent
		if t.verb && x.passive(t) {
			subjectRole = RoleParticipant
		}
		// «Эрдоган пригласил Путина посетить Турцию»: who invites has no
		// part in the visit; who is invited does it.
		inviter := x.inviterEnd(d.Sentences[t.sent].Tokens, t, lo)
		srcs := sourcesOf(t.sent)
		contested := !t.verb && x.contested(d.Sentences[t.sent].Tokens, t.span)
		for _, mi := range bySent[t.sent] {
			m := ms[mi]
			if m.nested || m.End <= inviter && partyTypes[m.Type] {
				continue
			}
			if (m.Type == "PERSON" || m.Type == "ORGANIZATION") && (witness(d.Sentences[t.sent].Tokens, t, m) || visitor != "" && m.entity != visitor) {
				// «подписали … в присутствии премьер-министра Вьетнама Фам
				// Минь Тиня»: a witness, no party (inPresence)
				continue
			}
			after := m.Start >= t.span.End
			if (m.Type == "PERSON" || m.Type == "ORGANIZATION") && (m.Start < lo || m.Start >= hi || m.Start >= namesEnd || srcs[mi]&sourcePhrase != 0 || x.namesThing(d.Sentences[t.sent].Tokens, m) || t.typ != Other && x.ofCase(d.Sentences[t.sent].Tokens, tokenAt(d.Sentences[t.sent].Tokens, m.Start)) || srcs[mi].tells(text, m, t) || relation.OnBehalf(text, m.Mention)) {
				// («по представлению премьер-министра Никола Пашиняна
				// освободил»: who proposed takes no part)
				continue
			}
			if held[t.typ] && x.hosted(d, m) || x.besideBuilding(d, m) {
				continue // «Беседа состоялась в МИД России»: the host; «у здания парламента»: the place
			}
			switch {
			case (m.Type == "DATE" || m.Type == "TIME") && t.verb && aheadAfterThat(d.Sentences[t.sent].Tokens, m.End, t.span):
				// «В конце октября стало известно, что свой пост покинет
				// Глебова»: the day it became known, not of the departure
				// still ahead
			case (m.Type == "DATE" || m.Type == "TIME") && (t.verb || pastPassive(d.Sentences[t.sent].Tokens, t.span)) && participleBetween(d.Sentences[t.sent].Tokens, t.span.End, m.Start):
				// «покинет Павел Малков, возглавлявший ведомство с 2018
				// года»: the participle's time; so after a short passive
				// participle («освобожден Георгий Борисенко, возглавлявший
				// посольство с 2019 года»)
			case (m.Type == "DATE" || m.Type == "TIME") && t.typ == Statement && quotedBefore(d.Sentences[t.sent].Tokens, m.Span, t.span):
				// «„… в этом году …“, — заявила министр»: the quotation's
				// time (quoteddate.go)
			case (m.Type == "DATE" || m.Type == "TIME") && contested:
				// «Рассмотрение жалобы на арест назначено на 10 декабря»:
				// the hearing's day, not the arrest's
			case (m.Type == "DATE" || m.Type == "TIME") && !t.verb && x.infinitiveBetween(d.Sentences[t.sent].Tokens, t.span.End, m.Start):
				// «в телефонном разговоре пригласил премьера посетить США
				// этим летом»: the infinitive's time, not the noun's
			case m.Type == "DATE" && t.typ == Signing && len(dates[m.entity]) < len("2006-01-02") && x.paperTerm(d.Sentences[t.sent].Tokens, t.span, m.Span):
				// «заключили контракт на поставку 9 млн тонн нефти в 2026
				// году»: the year or month of what the paper is about, not
				// of the signing (concluded.go)
			case m.Type == "DATE" && dates[m.entity] == "" && x.dayOfEvent(d.Sentences[t.sent].Tokens, m, out) != "":
				// «В первый день выставки подписали …»: the first day of
				// the exhibition told before (dayofevent.go)
				if sentDate == "" {
					sentDate = x.dayOfEvent(d.Sentences[t.sent].Tokens, m, out)
					if ev.Date == "" {
						ev.Date = sentDate
						if t.typ != Other && m.Start >= lo {
							add(RoleTime, m.entity)
						}
					}
				}
			case m.Type == "DATE" && dates[m.entity] == "" && x.frequent(d.Sentences[t.sent].Tokens, m):
				// «выплачивать дивиденды дважды в год»: how often, not when
			case m.Type == "DATE" && dates[m.entity] == "":
				// A duration («Визит продлится два дня») places the
				// sentence at no other time: the story's date goes on.
				unresolved = unresolved || !durations[m.entity] && !deadlines[m.entity] && !sameDay.MatchString(m.Text)
				if timeArg == "" && m.Start >= lo && m.Start < hi && !durations[m.entity] && !deadlines[m.entity] && t.typ != Other {
					timeArg = m.entity
				}
			case (m.Type == "DATE" || m.Type == "TIME") && dates[m.entity] != "" && m.Start >= hi:
				// «заявил, что самолёты будут переданы в 2025 году»: a
				// date in a clause the verb introduces dates what is told
			case (m.Type == "DATE" || m.Type == "TIME") && dates[m.entity] != "":
				if sentDate == "" {
					sentDate, sinceDate = dates[m.entity], since[m.entity]
					pastDated = participleDated(d.Sentences[t.sent].Tokens, m.Span)
					if ev.Date == "" {
						ev.Date = sentDate
						if t.typ != Other && m.Start >= lo {
							// (A date before the trigger's clause, «В 2012
							// году, по данным СМИ, …», dates the event as
							// the time the story is in, but is no argument.)
							// An event outside the taxonomy keeps the
							// sentence's date as the time the story is in,
							// but its time argument, naming the mention as
							// the event's own time, comes from relations
							// only: for wars, births, scandals the first date
							// of the sentence is most often another event's
							// (NEREL train: time precision over matched
							// events 66 → 82 %).
							add(RoleTime, m.entity)
						}
					}
				}
			case (m.Type == "PERSON" || m.Type == "ORGANIZATION") && t.verb && after:
				if m.Type == "ORGANIZATION" && (beforeName(d.Sentences[t.sent].Tokens, ms, bySent[t.sent], m) || afterPersonFrom(d.Sentences[t.sent].Tokens, ms, bySent[t.sent], m)) {
					// «наградил основателя компании «Эвотор» Андрея
					// Романенко»: the organization is the person's; so is
					// «возглавит химик Томас Мюллер из Мюнхенского
					// технического университета»
				} else if t.typ == Visit && ev.Place == "" && m.Type == "ORGANIZATION" {
					ev.Place = m.entity
					add(RolePlace, m.entity)
				} else if (lastAgent != nil || !hasRole(&ev, subjectRole)) && x.postverbalSubject(d, m, lastAgent) {
					// «Соглашение подписали Лушников и посол Индии Винай
					// Кумар», «Об этом заявил министр Лавров»: a name in
					// the nominative after the verb, and the names listed
					// with it, are its subject.
					add(subjectRole, m.entity)
					lastAgent = &ms[mi]
				} else if t.typ == Meeting && m.Type == "PERSON" {
					// «встретился с Энтони Блинкеном»: who is met takes
					// part in the meeting
					add(RoleParticipant, m.entity)
				} else if k := tokenAt(d.Sentences[t.sent].Tokens, m.Start); t.typ == Signing && m.Type == "PERSON" && k >= 0 && !x.afterPreposition(d.Sentences[t.sent].Tokens, k) {
					// «Документ подписали Паслер и Жариченко»: one signs a
					// paper, not a person; a person after the verb signs
					// (the dictionary did not read the names as nominatives)
					add(subjectRole, m.entity)
					lastAgent = &ms[mi]
				} else if t.typ == Award && m.Type == "PERSON" && x.laureate(d.Sentences[t.sent].Tokens, m.Span) {
					// «вручил также спасателю Сергею Лаптеву», «наградил
					// летчика Ивана Громова»: the laureate takes part in the
					// award (as an object it joined no award told before;
					// award.go)
					add(RoleParticipant, m.entity)
				} else if t.typ != Statement && !(t.typ == Visit && participleBetween(d.Sentences[t.sent].Tokens, t.span.End, m.Start)) {
					// (Whom a statement is made to or about, «заявил
					// «Интерфаксу»», «заявил, что Петров …», is no
					// participant of it; nor is a name in a participle
					// clause after the place visited, «посетила завод …,
					// входящий в холдинг «Швабе»»: the clause's. Only for a
					// visit: NEREL dev makes «Рособрнадзором» of «пост
					// покинет Любовь Глебова, управлявшая Рособрнадзором» a
					// participant of the leaving.)
					add(RoleObject, m.entity)
				}
			case (m.Type == "PERSON" || m.Type == "ORGANIZATION" && (t.verb || after)) && !fromRelations && t.typ != Other && !beforeName(d.Sentences[t.sent].Tokens, ms, bySent[t.sent], m):
				// (An organization before an event noun is most often where
				// or by whose word it happens: «в «Газпроме» прошла
				// встреча», «МВД сообщило о задержании».)
				if t.verb && m.Type == "ORGANIZATION" && !after && x.genitiveName(d, m) {
					// «Профсоюз компании Samsung объявил»: the name is the
					// genitive's, not the verb's subject (genitiveName)
				} else if t.verb {
					add(subjectRole, m.entity)
				} else {
					add(RoleParticipant, m.entity)
				}
			case m.Type == "COUNTRY" && t.verb && !after && m.Start >= lo && !fromRelations && properName(m.Text) && x.subjectCase(d, m):
				// «Россия и Турция подписали»: states as parties.
				add(RoleAgent, m.entity)
			case placeTypes[m.Type] && t.verb && t.typ == Visit && after && ev.Place == "" && properName(m.Text):
				// «посетили Курильские острова»: what is visited is the place.
				ev.Place = m.entity
			case placeTypes[m.Type] && t.typ == Visit && !after && ev.Place == "" && properName(m.Text) && (t.verb || verbs[x.eventLemma(t.text)] != "") && x.frontedPlace(d.Sentences[t.sent].Tokens, ms, bySent[t.sent], t, m):
				// «Казань с рабочим визитом посетил президент»: the place
				// put first is visited too.
				ev.Place = m.entity
			case placeTypes[m.Type] && t.typ == Attack && !after && m.Start >= lo && ev.Place == "" && properName(m.Text) && x.subjectCase(d, m) && x.undergone(d.Sentences[t.sent].Tokens, tokenAt(d.Sentences[t.sent].Tokens, t.span.Start)):
				// «Курская область подверглась атаке»: the subject of
				// «подвергнуться» is the place struck.
				ev.Place = m.entity
			case placeTypes[m.Type] && t.typ == Attack && after && ev.Place == "" && properName(m.Text) && x.struckPlace(d, t, m):
				// «атаковали Белгород беспилотниками», «обстреляли
				// Донецк»: what is struck is the place.
				ev.Place = m.entity
			case placeTypes[m.Type] && (t.typ != Other || t.told != "" && (relPlace != "" && !placeFromRelations || relPlace == "")) && m.Start >= lo && m.Start < placeEnd && (x.locative(d, m, t.typ == Visit) || !unplacedNear[t.typ] && x.underCity(d, ms, bySent[t.sent], m)) && properName(m.Text) && (t.typ == Visit || !postPlace(d.Sentences[t.sent].Tokens, ms, bySent[t.sent], m)) && !ofTopic(d.Sentences[t.sent].Tokens, ms, bySent[t.sent], t.span.End, m.Start):
				// (A place of another clause, «о победе, когда команда играла
				// в Казани», is another event's.)
				// An event outside the taxonomy (a scandal, a cancellation)
				// takes its place from relations only: the places of its
				// sentence are most often another event's. An accident told
				// by its context (mishap.go) that the relations place
				// nowhere reads them as a typed one: «в Амурской области с
				// рельсов сошли восемь вагонов» (a verb, no relations),
				// «жесткой посадки вертолета Ми-8 в Хабаровском крае».
				if ev.Place == "" || !placeFromRelations && (placeRank[m.Type] > placeRank[types[ev.Place]] || t.told != "" && ev.Place == relPlace && m.entity != relPlace && placeRank[m.Type] >= placeRank[types[ev.Place]]) {
					// (an accident told by its context, mishap.go: the
					// relations' place the sentence names only as no place,
					// «рейс из Новосибирска в Москву», yields to any place
					// it names after a locative preposition, of no lower
					// rank: «совершил экстренную посадку в Самаре»)
					ev.Place = m.entity
				}
			}
		}
		if relPlace != "" && ev.Place != relPlace {
			ev.Arguments = slices.DeleteFunc(ev.Arguments, func(a doc.Argument) bool { return a.Role == RolePlace && a.Entity == relPlace })
		}
		toks := d.Sentences[t.sent].Tokens
		// Relations that name only who comes after the trigger («провели
		// встречу с руководством холдинга «Калашников»») leave the people
		// before it (the subject, «Сопредседатели комиссии») to be found.
		subjectNamed := fromRelations && !namedAfter(ev.Participants, ms, bySent[t.sent], t.span.End)
		if v := tokenAt(toks, t.span.Start); v >= 0 && !subjectNamed && t.verb {
			// The subject: the names of the clause before the verb, or of
			// the clause before it for a verb sharing its subject («…,
			// посетили цеха»); else a role phrase naming people the
			// document tied to that post («Сопредседатели комиссии»).
			a, b, walked := x.subjectStretch(toks, v, lo)
			if walked {
				for _, mi := range bySent[t.sent] {
					if m := ms[mi]; !m.nested && (m.Type == "PERSON" || m.Type == "ORGANIZATION") && m.Start >= toks[a].Start && m.End <= toks[b].Start && !relation.OnBehalf(text, m.Mention) {
						add(subjectRole, m.entity)
					}
				}
			}
			a0, _, _ := x.subjectStretch(toks, v, clauseLo)
			parties := x.partiesSubject(toks, a, b) || x.partiesSubject(toks, a0, v)
			if !hasAgent(&ev, types, subjectRole) && !parties {
				for _, rp := range x.rolePhrases(toks, a, b, holders, true) {
					if inPlaceName(ms, bySent[t.sent], toks[rp.tok].Span) {
						continue
					}
					for _, p := range subjectHolders(rp, holders, ms, bySent, t.sent, t.typ != Statement) {
						add(subjectRole, p)
					}
				}
			}
			if p := relativeSubject(toks, ms, bySent[t.sent], v); p != "" && len(ev.Participants) == 0 && (personal[t.typ] || t.typ == Death) {
				add(subjectRole, p) // «Мюллера, который вступил в эту должность»
			}
			if len(ev.Participants) == 0 && parties {
				// («По итогам встречи стороны подписали»: «стороны», which
				// may be a genitive, ends no opening circumstance)
				// «Стороны подписали соглашение»: the parties of the
				// meeting told just before.
				for _, p := range lastParties(out, toldSent, t.sent) {
					add(RoleAgent, p)
				}
			}
			if t.typ == Statement && !hasRole(&ev, subjectRole) {
				// «Как заявил иранский министр»: the one person the
				// relations tie to the post named right after the verb
				if p := x.postAfter(toks, ms, bySent[t.sent], v, t.span.End); p >= 0 && types[holderOf(ms[p].entity)] == "PERSON" {
					add(subjectRole, holderOf(ms[p].entity))
				}
			}
		} else if v >= 0 && !subjectNamed {
			if h := x.happeningVerb(toks, v); h >= 0 {
				// «прибыл в Уссурийск, где провел совещание с губернатором»:
				// who brings the event about shares the subject of the
				// clause before.
				if a, b, walked := x.subjectStretch(toks, h, lo); walked {
					for _, mi := range bySent[t.sent] {
						if m := ms[mi]; !m.nested && m.Type == "PERSON" && m.Start >= toks[a].Start && m.End <= toks[b].Start {
							add(RoleParticipant, m.entity)
						}
					}
				}
				if a, _, _ := x.subjectStretch(toks, h, lo); len(ev.Participants) == 0 && x.partiesSubject(toks, a, h) {
					// «Путин и Токаев подписали договор. Затем лидеры
					// провели переговоры»: the parties of the event told
					// just before
					for _, p := range lastParties(out, toldSent, t.sent) {
						add(RoleParticipant, p)
					}
				}
			}
			// A noun: the role phrases of its sentence («совещание
			// руководства комиссии»).
			from, to := 0, len(toks)
			for from < len(toks) && toks[from].Start < lo {
				from++
			}
			// (not those of a trailing report clause, «…, сообщил
			// председатель профсоюза Игорь Волков», nor of what is told
			// after a colon, «в заявлении Нацфронта: „… своего
			// председателя Марин Ле Пен“»)
			rc := min(x.reportClause(toks, t.span.End), x.demandAt(toks, t.span.End))
			for k := from; k < to; k++ {
				if toks[k].Start >= rc || toks[k].Start >= t.span.End && toks[k].Text == ":" {
					to = k
					break
				}
			}
			for _, rp := range x.rolePhrases(toks, from, to, holders, false) {
				if ownPost(d, ms, bySent[t.sent], &ev, toks[rp.tok]) || inPlaceName(ms, bySent[t.sent], toks[rp.tok].Span) || relation.OnBehalf(text, doc.Mention{Span: toks[rp.tok].Span, Text: toks[rp.tok].Text}) {
					continue
				}
				for _, p := range resolve(rp, holders) {
					if visitor != "" && p != visitor {
						continue // «Министры обсудят подготовку визита премьер-министра …»: those who prepare it (preparedOf)
					}
					add(RoleParticipant, p)
				}
			}
		}
		if fromRelations {
			// «под председательством X и Y», «переговоры между делегациями
			// России и Китая»: a person, organization or country joined by
			// «и» or a comma to a participant of its type the relations
			// named is one too.
			for _, a := range ev.Arguments {
				if a.Role != RoleParticipant && a.Role != RoleAgent {
					continue
				}
				for _, mi := range bySent[t.sent] {
					if m := ms[mi]; m.Type == types[a.Entity] && partyTypes[m.Type] && !m.nested && !isParticipant(&ev, m.entity) && coordinated(text, ms, bySent[t.sent], a.Entity, m) && !srcs[mi].tells(text, m, t) {
						add(a.Role, m.entity)
					}
				}
			}
		}
		if t.typ == Visit {
			// «посетили ИЭМЗ „Купол“» told by relations (the organization
			// PARTICIPANT_IN the visit, or its agent), or right after the
			// verb when the place found is named inside it (at most three
			// words between, no punctuation; the relations no longer make
			// it the visit's agent): what follows the trigger is visited, rather than the city its name holds
			// («посетил Воткинский завод»: not Воткинск).
			for _, mi := range bySent[t.sent] {
				m := ms[mi]
				if m.Type == "ORGANIZATION" && m.Start >= t.span.End && m.Start < hi && (isParticipant(&ev, m.entity) || ev.Place != "" && namedInside(ms, bySent[t.sent], ev.Place, m) && (t.verb || verbs[x.eventLemma(t.text)] != "") && rightAfter(d.Sentences[t.sent].Tokens, t.span, m)) {
					if old := ev.Place; old == "" || namedInside(ms, bySent[t.sent], old, m) {
						ev.Arguments = slices.DeleteFunc(ev.Arguments, func(a doc.Argument) bool { return a.Role == RolePlace && a.Entity == old })
						ev.Place = m.entity
						dropParticipant(&ev, m.entity)
					}
					break
				}
			}
		}
		if t.typ == Meeting && (t.verb || verbs[x.eventLemma(t.text)] != "") {
			// «Алиханов встретился с президентом Узбекистана Шавкатом
			// Мирзиёевым»: whom the relations make an agent is met.
			for k, a := range ev.Arguments {
				if a.Role == RoleAgent && x.metWith(d.Sentences[t.sent].Tokens, ms, bySent[t.sent], t, a.Entity) {
					ev.Arguments[k].Role = RoleParticipant
				}
			}
			// «Мишустин встретился в Доме правительства с премьер-министром
			// Казахстана Олжасом Бектеновым», an EVENT mention the
			// relations give only its agent: whom it is held with, before
			// the next verb, takes part too
			next := x.nextVerb(toks, t.span.End)
			for _, mi := range bySent[t.sent] {
				if m := ms[mi]; m.Type == "PERSON" && !m.nested && m.Start < hi && m.Start < next && !hasArg(&ev, m.entity) && x.metWith(toks, ms, bySent[t.sent], t, m.entity) {
					add(RoleParticipant, m.entity)
				}
			}
		}
		if t.verb && !hasRole(&ev, RoleAgent) && !hasRole(&ev, RoleParticipant) {
			if id := pronounSubject(d, ms, bySent, t); id != "" {
				// «Он заявил, что бюджет будет исполнен» after «Министр
				// финансов Антон Силуанов выступил в Госдуме»
				add(RoleAgent, id)
			} else if id := x.speakerPronoun(d, ms, bySent[t.sent], t); id != "" {
				// «Илюмжинов сообщил, что он подписал три контракта»
				add(RoleAgent, id)
			}
		}
		dropDescribedPlace(&ev, text, ms, bySent[t.sent], t)
		if ev.Place != "" {
			add(RolePlace, ev.Place)
			coordinatedPlaces(&ev, text, ms, bySent[t.sent])
		}
		if timeArg != "" && !hasRole(&ev, RoleTime) {
			add(RoleTime, timeArg)
		}
		if ev.Date == "" && reported[t.sent] != "" && (t.typ != Election || t.verb) {
			// «… подписал закон. Об этом в среду, 3 октября 2018 года,
			// сообщает …»: the report dates what it reports (but not an
			// election told by a noun, held on a day of its own: «победил
			// на выборах губернатора … Об этом в понедельник сообщила
			// избирательная комиссия» reports the count, after the vote)
			ev.Date = reported[t.sent]
		}
		// (An election is held on its own day, which the story names when
		// it means it: «намерен поддержать кандидатов на выборах в
		// Мосгордуму» is not dated by the story; nor is an event being
		// prepared: «обсудили подготовку визита Моди в Москву».)
		if ev.Date == "" && lastDate != "" && t.sent >= lastDateSent && !unresolved && t.typ != Election && !x.many(t) && !x.prepared(d.Sentences[t.sent].Tokens, t.span) && !x.nextOne(d.Sentences[t.sent].Tokens, t) &&
			!(t.sent > lastDateSent && (aheadOfPast(d, ms, bySent[lastDateSent], dates, lastDate, t) || aheadOfDateline(d, lastDate, datelineDayOnly, t))) {
			// The story goes on in the time it last named.
			ev.Date = lastDate
			if t.typ == Statement && family(x.eventLemma(t.text)) == "заявление" && (quoting(d.Sentences[t.sent].Tokens, t.span) || tellsAhead(d.Sentences[t.sent].Tokens, t.span)) && background(lastDate, storyDay) {
				// «В 1987 году он возглавил театр» … «„Это утрата“, —
				// заявил министр»: a statement quoted is made in the
				// story's day, not in the background the story last told
				// (which the story's other events go on in; «Правительство
				// заявило, что члены секты совершили самоубийство» in a
				// story of 1993 is that time's).
				ev.Date = storyDay
				spoken = true
			}
		}
		if ev.Date == "" && sentDate == "" && unresolved && t.sent > lastDateSent && x.dayBefore(d.Sentences[t.sent].Tokens) {
			// «Переговоры прошли в минувший вторник» … «Накануне
			// Байрамов встретился с президентом ОАЭ»: the day before
			if day, err := time.Parse("2006-01-02", lastDate); err == nil && len(lastDate) == len("2006-01-02") {
				ev.Date = day.AddDate(0, 0, -1).Format("2006-01-02")
				beforeSent, beforeDate = t.sent, ev.Date
			}
		} else if ev.Date == "" && sentDate == "" && t.sent == beforeSent {
			ev.Date = beforeDate // «Накануне Байрамов встретился … и провёл переговоры»
		}
		if toks := d.Sentences[t.sent].Tokens; !t.verb && t.typ != Other && caseEvent(toks, tokenAt(toks, t.span.Start)) {
			// «причастных к делу об аресте журналиста» (eventobject.go)
			caseUndated(&ev, ms, bySent[t.sent], t.span)
		}
		if len(ev.Date) >= len("2006-01-02") && !strings.HasPrefix(ev.Date, "X") && !background(ev.Date, storyDay) {
			storyDay = ev.Date[:10]
		}
		if sentDate != "" && births[x.eventLemma(t.text)] {
			// «Родился 17 марта 1974 года в Москве» … «был снят с
			// должности»: a birthday is the time of no later event, and
			// the story's own time is not told again (a biography's
			// next events are undated rather than the story's day)
			lastDate, lastDateSent = "", t.sent
		} else if sentDate != "" && (sinceDate || pastDated) {
			// «С осени 2025 года злоумышленники похитили 15 иномарок.
			// Возбуждено уголовное дело …»: the span began then; the
			// story goes on in the time it told before. So after a
			// past participle's date (participleDated: «подвела итоги
			// выборов, прошедших 17–19 сентября. Об этом на заседании
			// ЦИК сообщила …»): the noun's time, not the story's
		} else if sentDate != "" {
			lastDate, lastDateSent = sentDate, t.sent
		} else if ev.Date != "" && !spoken && !yearOfName(ev.Date, t.text, lastDate) {
			lastDate, lastDateSent = ev.Date, t.sent
		} else if unresolved {
			// The story has moved to a time it does not name.
			lastDate, lastDateSent = "", t.sent
		}
		if t.verb && t.typ == Signing && sentDate != "" && x.thePaper(d.Sentences[t.sent].Tokens, t) {
			// «„Рособоронэкспорт“ подписал контракт» … «Документ подписали
			// во вторник генеральный директор компании и представитель
			// заказчика»: the day of the signing told before, still
			// undated (the signers' event joins it after: retoldSigning)
			for k := len(out) - 1; k >= 0; k-- {
				if out[k].Type == Signing {
					if out[k].Date == "" {
						out[k].Date = sentDate
					}
					break
				}
			}
		}
		if k := x.mannerOf(d, out, t); k >= 0 {
			// «прибыл в Москву с государственным визитом»: one visit, which
			// the noun names (its EVENT entity) and whose arguments it adds.
			join(&out[k], ev)
			toldSent[k] = t.sent
			toldIn[[2]int{k, t.sent}] = true
			continue
		}
		if k := x.mannerAhead(d, out, t); k >= 0 {
			// «Казань с рабочим визитом посетил президент»: one visit,
			// told by the verb, the noun's event taken into it.
			join(&ev, out[k])
			ev.ID = out[k].ID
			out[k] = ev
			toldSent[k] = t.sent
			toldIn[[2]int{k, t.sent}] = true
			continue
		}
		if prev := x.antecedent(d, out, t, sentDate, storyDay, retold, ev.Participants, surnames, ev.Place, places); prev != nil {
			// «на встрече», «участники заседания»: the event told before.
			// Its sentence's people join it, unless another event of the
			// sentence claims them.
			if k := indexOf(out, prev); prev.Date != "" && reportDated[k] {
				// «Табаков скончался …, сообщил во вторник пресс-секретарь»
				// … «артист умер в понедельник вечером»: the day of the
				// report gives way to the day the body tells it happened.
				if v := x.nearDate(d, ms, bySent[t.sent], t, dates); v != "" {
					prev.Date = v
					delete(reportDated, k)
				}
			}
			if headlineYearRefined(d, prev, ev, t) && lastDate == "" {
				// «вручил награды на форуме „Армия-2024“» … «Белоусов во
				// вторник вручил награды»: the lead's day, not the name's
				// year (yeardated.go)
				lastDate, lastDateSent = prev.Date, t.sent
			}
			if prev.Date == "" && prev.Evidence == d.Sentences[0].Span && !x.ending(d, t) && !contested {
				// «Путин уволил двух генералов» … «Путин уволил 13 июня
				// 2019 года»: the body dates the headline's event.
				prev.Date = x.nearDate(d, ms, bySent[t.sent], t, dates)
				if prev.Date == "" && !t.verb {
					prev.Date = x.happenedOn(d, ms, bySent[t.sent], t, dates)
				}
				if prev.Date == "" && typedPerSent[t.sent] == 1 {
					// the body's one event sentence with one date: «В
					// среду, 14 мая, в Казани начал работу … форум „…“»
					rc := x.reportClause(d.Sentences[t.sent].Tokens, t.span.End)
					prev.Date = onlyDate(ms, bySent[t.sent], dates, durations, t.span.Start, rc)
					if prev.Date != "" && onlyDate(ms, bySent[t.sent], dates, durations, t.span.Start, math.MaxInt) == "" {
						// (dated by the report clause: when it was told)
						reportDated[indexOf(out, prev)] = true
					}
				}
				if prev.Date == "" {
					prev.Date = reported[t.sent]
				}
				if prev.Date == "" && t.sent <= leadSentences && sentDate == "" {
					prev.Date = leadRetoldDate(ev, t)
				}
				if prev.Date != "" && lastDate == "" && !pastDated {
					// the story goes on in the time the body gave (not a
					// clause's own: «самолетом, который 16 февраля совершил
					// жесткую посадку», participleDated)
					lastDate, lastDateSent = prev.Date, t.sent
				}
			}
			if !t.verb && sentDate == "" && x.occasion(d.Sentences[t.sent].Tokens, t.span.Start) {
				if prev.Date == "" {
					// (dated only after: by the dateline, below)
					occasionOf[t.sent] = indexOf(out, prev)
				} else {
					// «Накануне Алиханов встретился с президентом» … «По
					// итогам заседания Алиханов и Ходжаев подписали
					// протокол»: the sentence's events are in the time of
					// the event it opens with.
					lastDate, lastDateSent = prev.Date, t.sent
				}
			}
			if prev.Place == "" && ev.Place != "" && ((held[t.typ] || struck[t.typ] && !x.intended(d.Sentences[t.sent].Tokens, t.span)) && (prev.Evidence == d.Sentences[0].Span && t.sent <= leadSentences ||
				!t.verb && x.resumed(d, out, t, tokenAt(d.Sentences[t.sent].Tokens, t.span.Start), sentDate) == prev) || x.visitAhead(d, *prev, t)) {
				// «Мишустин провел переговоры с премьер-министром
				// Вьетнама» … «Мишустин во вторник провел в Доме
				// правительства переговоры»: the lead places the
				// headline's meeting, session or signing, and an attack
				// or an accident done, not intended (struck, intended:
				// «В калифорнийской синагоге при стрельбе погиб один
				// человек» … «В ходе стрельбы в синагоге Сан-Диего»; not a
				// death nor a visit: NEREL places the body's «в Москве
				// скончался», «находится с визитом в ЮАР» only, train
				// arguments 62.76 → 62.68 and 62.75; but a visit the
				// headline announced ahead is placed by the body's verb,
				// visitAhead); so does the noun
				// that resumes it («Заседание прошло в Санкт-Петербурге»)
				prev.Place = ev.Place
				prev.Arguments = append(prev.Arguments, doc.Argument{Role: RolePlace, Entity: ev.Place})
			}
			namedAgain(d, prev, ev)
			if k := indexOf(out, prev); k >= 0 {
				toldSent[k] = t.sent
				toldIn[[2]int{k, t.sent}] = true
				toldIn[[2]int{k, t.sent}] = true
			}
			if (personal[t.typ] || t.typ == Election) && t.verb && prev.Evidence == d.Sentences[0].Span && t.sent <= leadSentences {
				// «Совет директоров „Уралкалия“ избрал нового председателя»
				// … «Совет директоров на заседании избрал своим
				// председателем Андрея Волкова»: whom the lead's verb elects,
				// appoints, dismisses or arrests is the headline's, even
				// when another event of the sentence («на заседании»)
				// keeps its other people
				for _, a := range ev.Arguments {
					if a.Role == RoleObject && types[a.Entity] == "PERSON" {
						addParticipant(prev, a)
					}
				}
			}
			if perSent[t.sent] > 1 {
				continue
			}
			// «Россия и Китай подписали соглашение» … «Миллер и Дай Хоулян
			// во вторник подписали в Пекине соглашение»: the persons the lead
			// makes agents of the headline's event, whose agents are states
			// or organizations, none a person, act in it too
			if prev.Evidence == d.Sentences[0].Span && t.sent <= leadSentences && t.typ != Other && t.typ != Death {
				leadParties(prev, ev, types)
			}
			// (a meeting noun of the headline: whoever the lead's meeting
			// has, partyless)
			personsAct := prev.Evidence == d.Sentences[0].Span && t.sent <= leadSentences && !hasAgent(prev, types, RoleAgent) &&
				(slices.ContainsFunc(prev.Arguments, func(a doc.Argument) bool { return a.Role == RoleAgent }) || x.partyless(*prev, t) || x.subjectless(*prev))
			for _, a := range ev.Arguments {
				if types[a.Entity] == "PERSON" && (a.Role == RoleParticipant || a.Role == RoleAgent && personsAct) {
					addParticipant(prev, a)
				}
			}
			continue
		}
		if sentDate != "" && t.sent > datelineSent && !pastDated || unresolved || lastDate != "" {
			storyOnDateline = false
		}
		ev.ID = fmt.Sprintf("V%d", len(out)+1)
		out = append(out, ev)
		outSent = append(outSent, t.sent)
		leadDay = append(leadDay, storyOnDateline && ev.Date == "" && t.typ != Election && !x.many(t) && !x.prepared(d.Sentences[t.sent].Tokens, t.span))
		toldIn[[2]int{len(toldSent), t.sent}] = true
		toldSent = append(toldSent, t.sent)
	}
	// «Экипаж «Союза МС-28» прибыл на МКС» … «Корабль … в четверг
	// пристыковался к станции»: the lead's day is the headline's.
	for i := range out {
		if outSent[i] != 0 || out[i].Date != "" || out[i].Type == Election && verbs[x.eventLemma(out[i].Trigger.Text)] == "" {
			// (an election told by a noun is held on a day of its own;
			// a board's «переизбрал» is the lead's act)
			continue
		}
		for si := 1; si < len(d.Sentences); si++ {
			// (A lead telling an event of the taxonomy tells its own:
			// «Губернатор ушел в отставку» … «Во вторник Хинштейн уволил
			// заместителя»; one telling the headline's again dated it.)
			if v := x.leadDate(d, ms, bySent, si, dates, durations); v != "" && typedPerSent[si] == 0 {
				out[i].Date = v
				break
			}
		}
	}
	// (typed before the dateline dates the events of the lead: «САНКТ-
	// ПЕТЕРБУРГ, 9 марта. «Зенит» обыграл «Спартак» … в матче»)
	x.tellKinds(d, out, outSent)
	if dateline != "" {
		// «ТАШКЕНТ, 21 октября. /ТАСС/. Лихачев и Мирзамахмудов подписали
		// в Ташкенте контракт»: an event of the report's lead told in the
		// past with no day of its own happened on the day the report was
		// filed (the headline's too, which the lead tells again).
		for i := range out {
			if out[i].Date == "" && (out[i].Type != Other || pastTold(d.Sentences[outSent[i]].Tokens, out[i].Trigger.Span)) && (out[i].Type != Election || verbs[x.eventLemma(out[i].Trigger.Text)] != "") && (outSent[i] == 0 || outSent[i] >= datelineSent && outSent[i] <= datelineSent+1 || leadDay[i]) &&
				(doc.VerbTense(d.Sentences[outSent[i]].Tokens, out[i].Trigger.Span) < 0 ||
					(outSent[i] == 0 || outSent[i] <= datelineSent+1) && pastPassive(d.Sentences[outSent[i]].Tokens, out[i].Trigger.Span) ||
					outSent[i] == 0 && pastBeside(d.Sentences[0].Tokens, out[i].Trigger.Span)) {
				out[i].Date = dateline
			}
		}
		for i := range out {
			// «По итогам переговоров лидеры подписали …»: in the time of
			// the talks the dateline dated
			if k, ok := occasionOf[outSent[i]]; ok && out[i].Date == "" && k >= 0 && k != i && out[k].Date != "" {
				out[i].Date = out[k].Date
			}
		}
	}
	x.nameYearToDateline(d, text, ms, dates, out, datelineDayOnly)
	staffChain(d, ms, bySent, out, outSent, dateline)
	// (before retoldSigning drops the signings it joins from out)
	x.tookPartIn(d, ms, bySent, out, toldIn)
	x.accompanied(d, ms, bySent, out, toldIn)
	out, outSent = x.retoldSigning(d, out, outSent)
	x.signedBy(d, ms, bySent, out, outSent)
	x.agencyStatement(d, ms, bySent, out, outSent)
	x.discussedIn(d, ms, bySent, out, outSent)
	x.soldTo(d, ms, bySent, out, outSent)
	x.boughtFrom(d, ms, bySent, out, outSent)
	datedNextDay(d, out, outSent)
	x.heldBy(d, ms, bySent, out, outSent)
	x.namedAttacker(d, ms, bySent, types, out)
	x.arrestedAttacker(d, ms, bySent, types, out, outSent)
	return out
}

// aheadAfterThat reports whether the verb trigger at span is in the future
// and opens no earlier than a «, что» after the offset from: a clause told
// ahead of the time the main clause names.
func aheadAfterThat(toks []doc.Token, from int, span doc.Span) bool {
	v := tokenAt(toks, span.Start)
	if v < 0 || !slices.ContainsFunc(toks[v:], func(t doc.Token) bool { return t.End <= span.End && strings.Contains(t.Feats, "Tense=Fut") }) {
		return false
	}
	for k := v - 1; k > 0 && toks[k].Start >= from; k-- {
		if strings.EqualFold(toks[k].Text, "что") && toks[k-1].Text == "," {
			return true
		}
	}
	return false
}

// participleBetween reports whether a comma and a full participle («,
// возглавлявший») stand between the offsets from and to: what follows is
// the participle's clause.
func participleBetween(toks []doc.Token, from, to int) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].Start >= from && toks[k].End <= to && toks[k-1].Text == "," && toks[k-1].Start >= from &&
			strings.Contains(toks[k].Feats, "VerbForm=Part") && strings.Contains(toks[k].Feats, "Case=") {
			return true
		}
	}
	return false
}

// pastPassive reports whether the trigger at span is a short passive
// participle of the past («Новым главой Росстата назначен Сергей
// Галкин», «задержан», «избран»): an act done, as a verb in the past.
func pastPassive(toks []doc.Token, span doc.Span) bool {
	for _, t := range toks {
		if t.Start >= span.Start && t.End <= span.End && strings.Contains(t.Feats, "VerbForm=Part") && !strings.Contains(t.Feats, "Case=") &&
			strings.Contains(t.Feats, "Tense=Past") && strings.Contains(t.Feats, "Voice=Pass") {
			// (the short form has no case: «назначен», not «назначенный»)
			return true
		}
	}
	return false
}

// lastParties returns the participants of the last event of out told in
// the sentence before si or in si with two or more of them: the parties
// that «стороны», «лидеры» name (the meeting told last in the sentence
// before, also when the headline told it first: «Мишустин провел
// переговоры …» … «В переговорах также приняли участие …» … «стороны
// подписали меморандум»). toldSent gives the last sentence that told each
// event.
func lastParties(out []doc.Event, toldSent []int, si int) []string {
	for k := len(out) - 1; k >= 0; k-- {
		if toldSent[k] >= si-1 && len(out[k].Participants) >= 2 {
			return out[k].Participants
		}
	}
	return nil
}

// datelineDate returns the value of the day of a news agency's dateline
// («ТАШКЕНТ, 21 октября. /ТАСС/.»; refine.DatelineDay) and the sentence
// that holds it, or "" when the text has none, timex gave it no day, or
// the sentences from it to three after it name an earlier day; text is d's
// text as runes.
func (x *Extractor) datelineDate(d *doc.Document, text []rune, ms []mention, dates map[string]string) (string, int) {
	day, sent, sp := datelineDay(d, text, ms, dates)
	earlier, happened, lead := "", false, false
	for _, m := range ms {
		// «УФА, 16 ноября. … Семь человек погибли … Авария произошла в
		// субботу»: the lead's story is on another day it names
		// (a day after the dateline's is ahead of the report, not when
		// its lead happened: «Визит завершится 7 ноября»; a past
		// participle's day is its noun's: «итоги выборов, прошедших
		// 17–19 сентября», participleDated)
		if v := dates[m.entity]; sent >= 0 && (m.Type == "DATE" || m.Type == "TIME") && m.sent >= sent && m.sent <= sent+3 &&
			len(v) >= len("2006-01-02") && v[:10] < day && !(m.Start == sp.Start && m.End == sp.End) && !boundAfter(text, m.Start) &&
			!participleDated(d.Sentences[m.sent].Tokens, m.Span) {
			if earlier != "" && earlier != v[:10] {
				return "", -1
			}
			earlier = v[:10]
			happened = happened || m.sent > sent && happenedOn(d.Sentences[m.sent].Tokens)
			// (not the day of a report clause: «…, сообщил в среду его
			// адвокат» tells when it was told)
			lead = lead || m.sent <= sent+1 && m.Start < x.reportClause(d.Sentences[m.sent].Tokens, 0)
		}
	}
	if earlier != "" {
		if happened || lead && withinWeek(earlier, day) {
			// (a day of the last week that the dateline's sentence or
			// the next, the lead when the dateline stands alone, names, «ВАШИНГТОН, 6 февраля. … SpaceX в четверг вывела на
			// орбиту 23 спутника», is the day of the lead's story, the one
			// earlier day of the four sentences: its later sentences,
			// «Ракета стартовала с мыса Канаверал», are on it)
			return earlier, sent
		}
		return "", -1
	}
	return day, sent
}

// withinWeek reports whether the day a (YYYY-MM-DD) is one to six days
// before the day b: a weekday or «накануне» the dateline names.
func withinWeek(a, b string) bool {
	ta, err1 := time.Parse("2006-01-02", a)
	tb, err2 := time.Parse("2006-01-02", b)
	if err1 != nil || err2 != nil {
		return false
	}
	days := tb.Sub(ta).Hours() / 24
	return days >= 1 && days <= 6
}

// boundAfter reports whether the word before offset start, a date's, or
// the date's first word, is «после»: «металлы, выпущенные после 13 апреля» bounds what a rule
// covers, it is no day the lead's story happened on.
func boundAfter(text []rune, start int) bool {
	if start+6 <= len(text) && strings.EqualFold(string(text[start:start+6]), "после ") {
		return true // («после 13 апреля» one mention)
	}
	i := start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && unicode.IsLetter(text[j-1]) {
		j--
	}
	return strings.EqualFold(string(text[j:i]), "после")
}

// happenedWords are the folded starts of the verbs that tell when the
// lead's event took place, its noun standing for it: «Авария произошла в
// субботу», «ЧП случилось в ночь на вторник», «Решение было принято в
// среду».
var happenedWords = []string{"произош", "случил", "принят"}

// leadNouns are the folded starts of the nouns that stand for a lead's
// event before a verb of happenedWords: an accident, a fire, an attack, a
// decision or a staffing change told in the lead («Авария», «Инцидент»,
// «Решение»), not another event of the story («Задержание произошло в
// субботу» after «суд оштрафовал активиста»).
var leadNouns = []string{"авари", "инцидент", "происшеств", "чп", "трагеди", "пожар", "возгоран", "взрыв", "обрушени",
	"катастроф", "крушени", "столкновени", "дтп", "нападени", "стрельб", "перестрелк", "решени", "отставк", "назначени"}

// happenedOn reports whether toks, a sentence after a dateline's, opens
// (past a source clause «Как пишет …,») with a noun of leadNouns and a verb of happenedWords among its first six
// words: the one earlier day it names is the day of the lead's events.
func happenedOn(toks []doc.Token) bool {
	noun := false
	// (after an opening source clause: «Как пишет газета The Guardian,
	// решение было принято в воскресенье», sourceClauseEnd)
	from := sourceClauseEnd(toks)
	for k, t := range toks[from:] {
		if k >= 6 {
			break
		}
		f := strings.ToLower(t.Text)
		switch {
		case slices.ContainsFunc(leadNouns, func(w string) bool { return strings.HasPrefix(f, w) }):
			noun = true
		case noun && slices.ContainsFunc(happenedWords, func(w string) bool { return strings.HasPrefix(f, w) }):
			return true
		}
	}
	return false
}

// datelineDay returns the value of the day of a news agency's dateline,
// the sentence that holds it and its DATE's span, whatever days the lead names
// (datelineDate); "" and -1 when there is none or it has no day.
func datelineDay(d *doc.Document, text []rune, ms []mention, dates map[string]string) (string, int, doc.Span) {
	sp, ok := refine.DatelineDay(text, d.Sentences)
	if !ok {
		return "", -1, sp
	}
	for _, m := range ms {
		// (the DATE may run on to the year: «АЛМАТЫ, 20 марта 2026 —
		// Казинформ.», the dateline's day «20 марта»)
		if m.Type == "DATE" && m.Start == sp.Start && m.End >= sp.End && (m.End == sp.End || yearAfter(text, sp.End, m.End)) {
			if v := dates[m.entity]; len(v) == len("2006-01-02") {
				return v, m.sent, m.Span
			}
		}
	}
	return "", -1, sp
}

// sameDay matches a DATE that names the day the story is in: «В этот
// день», «в тот же день», «тогда же». Unlike «накануне» or «во вторник»
// without a value, it leaves the story's date on.
var sameDay = regexp.MustCompile(`^(?i:(в|во)\s+(этот|тот)(\s+же)?\s+(день|вечер)|тогда\s+же|в\s+этот\s+же\s+день)$`)

// frequency matches a DATE that tells how often, not when: «(раз) в год»,
// «в сутки», «ежегодно», «каждый месяц», «в праздничные дни», «по выходным».
var frequency = regexp.MustCompile(`^(?i:(раз\s+)?в\s+(день|сутки|неделю|месяц|квартал|год)|ежегодно|ежемесячно|еженедельно|ежедневно|ежеквартально|кажд(ый|ую|ое|ые)\s+\S+|в\s+(праздничные|выходные|рабочие|будние)\s+дни|по\s+(выходным|праздникам|будням))$`)

// bareUnit matches «в день», «в год»: a frequency, or a day of something
// when a noun follows («в день нападения»).
var bareUnit = regexp.MustCompile(`^(?i:в\s+(день|год|месяц|неделю))$`)

// frequent reports whether the DATE mention m tells how often
// (frequency), not «в день нападения» (a bare unit, a noun after it).
func (x *Extractor) frequent(toks []doc.Token, m mention) bool {
	if !frequency.MatchString(m.Text) {
		return false
	}
	if !bareUnit.MatchString(m.Text) {
		return true
	}
	for _, t := range toks {
		if t.Start >= m.End {
			_, pos := x.lemma(t.Text)
			return pos != morph.NOUN
		}
	}
	return true
}

// quoting reports whether the trigger at span introduces a quotation: a
// dash right before it («„…“, — заявил министр») or a colon within three
// words after it («заявил «Известиям»:»).
func quoting(toks []doc.Token, span doc.Span) bool {
	i := tokenAt(toks, span.Start)
	if i < 0 {
		return false
	}
	if i > 0 && (toks[i-1].Text == "—" || toks[i-1].Text == "-" || toks[i-1].Text == "–") {
		return true
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if toks[j].Text == ":" {
			return true
		}
	}
	return false
}

// tellsAhead reports whether the trigger at span introduces «, что» and a
// clause whose first finite verb the tagger read in the present or the
// future: «Адвокат заявил, что защита обжалует приговор» — said in the
// story's day, about what is or is to come, not in the background the
// story last told («был задержан в апреле»; but «Правительство заявило,
// что члены секты совершили самоубийство» in a story of 1993 is that
// time's).
func tellsAhead(toks []doc.Token, span doc.Span) bool {
	i := tokenAt(toks, span.Start)
	if i < 0 {
		return false
	}
	for i < len(toks) && toks[i].End <= span.End {
		i++
	}
	// (whom it is said to may stand between: «заявил журналистам, что»)
	for k := i; k < min(len(toks), i+3) && !punctMark(toks[k].Text); k++ {
		if k+1 < len(toks) && toks[k+1].Text == "," {
			i = k + 1
			break
		}
	}
	if i+1 >= len(toks) || toks[i].Text != "," || !strings.EqualFold(toks[i+1].Text, "что") {
		return false
	}
	for _, t := range toks[i+2:] {
		if punctMark(t.Text) {
			return false
		}
		if strings.Contains(t.Feats, "VerbForm=Fin") {
			return !strings.Contains(t.Feats, "Tense=Past")
		}
	}
	return false
}

// background reports whether a date is older than the day the story is in
// (story): a year or a month before it («в 1987 году» in a story of this
// week), a day of an earlier year («17 августа 1935 года»). (Days of the
// same year are the story going on: «7 мая» … «8 мая».)
func background(date, story string) bool {
	if len(story) < len("2006-01-02") || len(date) < 4 || strings.HasPrefix(story, "X") || strings.HasPrefix(date, "X") {
		return false
	}
	if len(date) >= len("2006-01-02") {
		return date[:4] < story[:4]
	}
	return date < story[:len(date)]
}

// purposeYear matches the years a thing is for, not when an event was:
// «соглашение о ценах на газ на 2026 год», «программа на 2017—2030 годы».
var purposeYear = regexp.MustCompile(`^(?i:на)\s+\d{4}(\s*[-–—]\s*\d{4})?\s*(г\.|гг\.|год|годы)$`)

// glued reports whether m is a DATE of one or two digits glued by a hyphen
// to the word before it, part of a name: the «19» of «COVID-19», which
// NEREL tags as a DATE (14 times in train and dev, once the time of an
// event). (A year so glued is the event's: «ЕГЭ-2013».)
func glued(text []rune, m mention) bool {
	return m.Type == "DATE" && m.Start >= 2 && m.Start <= len(text) && text[m.Start-1] == '-' && unicode.IsLetter(text[m.Start-2]) &&
		len([]rune(m.Text)) <= 2
}

// purposeDate reports whether m is a DATE naming the year or years a thing
// is for: no event's date (NEREL v1.1 train relates none of 9 such dates
// as a POINT_IN_TIME).
func purposeDate(m mention) bool {
	return m.Type == "DATE" && purposeYear.MatchString(m.Text)
}

// onlyDate returns the value of the one dated DATE mention (a duration
// aside) among inSent, when it stands before offset before and no other
// dated one is in the sentence; "" otherwise.
func onlyDate(ms []mention, inSent []int, dates map[string]string, durations map[string]bool, before, report int) string {
	v := ""
	for _, mi := range inSent {
		m := ms[mi]
		if m.Type != "DATE" && m.Type != "TIME" || m.nested || dates[m.entity] == "" || durations[m.entity] {
			continue // (a TIME of a day counts: «В ночь на среду»)
		}
		if m.Start >= before && m.Start < report {
			return ""
		}
		if v != "" && v != dates[m.entity] {
			return ""
		}
		v = dates[m.entity]
	}
	return v
}

// weekdayWords are the weekday forms after «в»/«во».
var weekdayWords = map[string]bool{"понедельник": true, "вторник": true, "среду": true, "четверг": true,
	"пятницу": true, "субботу": true, "воскресенье": true}

// sameWeekday gives a weekday alone that has no value («в понедельник»,
// with no document date) the date of the latest DATE mention before it that
// names the same weekday with a date («в понедельник 7 февраля»): the story
// speaks of that day again.
func sameWeekday(ms []mention, dates map[string]string) {
	last := map[string]string{} // weekday word → date
	for _, m := range ms {
		if m.Type != "DATE" {
			continue
		}
		words := strings.Fields(strings.ToLower(m.Text))
		day := ""
		for _, w := range words {
			if weekdayWords[w] {
				day = w
			}
		}
		if day == "" {
			continue
		}
		if v := dates[m.entity]; v != "" {
			last[day] = v
		} else if v := last[day]; v != "" && len(words) == 2 && (words[0] == "в" || words[0] == "во") {
			dates[m.entity] = v
		}
	}
}

// reportDates maps the sentence before a report sentence («Об этом в
// среду, 3 октября 2018 года, сообщает официальный сайт») to the one
// calendar date the report names: when what it reports was told.
func reportDates(d *doc.Document, ms []mention, dates map[string]string, durations map[string]bool) map[int]string {
	out := map[int]string{}
	for si := 1; si < len(d.Sentences); si++ {
		toks := d.Sentences[si].Tokens
		if len(toks) < 2 || !strings.EqualFold(toks[0].Text, "об") || !strings.EqualFold(toks[1].Text, "этом") {
			continue
		}
		var in []int
		for i, m := range ms {
			if m.sent == si {
				in = append(in, i)
			}
		}
		if v := onlyDate(ms, in, dates, durations, math.MaxInt, math.MaxInt); v != "" {
			out[si-1] = v
		}
	}
	return out
}

// leadDate returns the one calendar date of the lead (the first sentence
// after a headline with a verb and a final stop), when si is it, the date
// names a day and stands before any subordinate clause of the lead; else "".
func (x *Extractor) leadDate(d *doc.Document, ms []mention, bySent map[int][]int, si int, dates map[string]string, durations map[string]bool) string {
	if len(d.Sentences) == 0 {
		return ""
	}
	// (captions under the headline, «Владимир Путин и Ларри Кинг 8
	// сентября 2000 года», «Аделина Сотникова 12 декабря 2010 г.», have
	// no verb or end in no stop: the lead is the first sentence that has
	// one and does; with no headline, the first sentence: «Курская
	// область в ночь на среду подверглась атаке беспилотников, сообщил
	// губернатор»)
	lead := 0
	for lead < len(d.Sentences) && (headline(d.Sentences[lead]) || lead > 0 && !x.finite(d.Sentences[lead].Tokens)) {
		lead++
	}
	if si != lead {
		return ""
	}
	v := onlyDate(ms, bySent[si], dates, durations, x.subordinateClause(d.Sentences[si].Tokens), math.MaxInt)
	if len(v) < len("2006-01-02") {
		return "" // a year or a month is the background more often than the news
	}
	return v
}

// finite reports whether toks hold a finite verb or a short participle.
func (x *Extractor) finite(toks []doc.Token) bool {
	for _, t := range toks {
		if _, pos := x.lemma(t.Text); pos == morph.VERB || pos == morph.PRTS {
			return true
		}
	}
	return false
}

// subordinators open a clause that tells of another event than the main
// clause's.
var subordinators = map[string]bool{"что": true, "чтобы": true, "где": true, "когда": true, "если": true,
	"который": true, "после": true, "хотя": true, "поскольку": true}

// subordinateClause returns the start of the first subordinate clause of a
// sentence: a comma with a subordinator within three words after it («…,
// что совещание пройдет 2 декабря», «…, в результате которой 28 апреля 2
// человека были убиты») or a participle right after it («…, задержанного 8
// июня 2019 года»), math.MaxInt when there is none.
func (x *Extractor) subordinateClause(toks []doc.Token) int {
	for j := 0; j+1 < len(toks); j++ {
		if toks[j].Text != "," {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+3 && toks[k].Text != ","; k++ {
			if l, pos := x.lemma(toks[k].Text); subordinators[l] || subordinators[strings.ToLower(toks[k].Text)] || k == j+1 && pos == morph.PRTF {
				return toks[j].Start
			}
		}
	}
	return math.MaxInt
}

// reporting lists the verbs of a trailing clause that says who reported
// the story («…, сообщила пресс-служба компании во вторник»).
var reporting = map[string]bool{"сообщить": true, "передать": true, "заявить": true, "рассказать": true,
	"сказать": true, "уточнить": true, "сообщать": true, "передавать": true, "говориться": true}

// reportedFrom reports whether every mention of entity id in trigger t's
// sentence (inSent) stands in a trailing report clause after t («…,
// сообщили в Кремле», «…, сообщил губернатор Вячеслав Гладков»;
// reportClause, sought once id is found named), and one does.
func (x *Extractor) reportedFrom(d *doc.Document, ms []mention, inSent []int, t trigger, id string) bool {
	rc := -1
	return everyMention(ms, inSent, id, func(m mention) bool {
		if rc < 0 {
			rc = x.reportClause(d.Sentences[t.sent].Tokens, t.span.End)
		}
		return m.Start >= rc
	})
}

// everyMention reports whether the sentence (its mentions inSent) names
// entity id, and ok holds for each of its mentions there.
func everyMention(ms []mention, inSent []int, id string, ok func(mention) bool) bool {
	named := false
	for _, mi := range inSent {
		if m := ms[mi]; m.entity == id {
			if !ok(m) {
				return false
			}
			named = true
		}
	}
	return named
}

// reportClause returns the start of a clause after offset from that opens
// with a comma and a verb of reporting («…, сообщила пресс-служба
// российской компании во вторник»): its date is when the story was told,
// which dates the event the sentence tells again; math.MaxInt when there is
// none.
func (x *Extractor) reportClause(toks []doc.Token, from int) int {
	for j := 0; j+1 < len(toks); j++ {
		if toks[j].Start < from || toks[j].Text != "," {
			continue
		}
		if l, _ := x.lemma(toks[j+1].Text); reporting[l] {
			return toks[j].Start
		}
	}
	return math.MaxInt
}

// indexOf returns the index of the event e points to in out, or -1.
func indexOf(out []doc.Event, e *doc.Event) int {
	for k := range out {
		if &out[k] == e {
			return k
		}
	}
	return -1
}

// subset reports whether every id of a is in b.
func subset(a, b []string) bool {
	for _, id := range a {
		if !slices.Contains(b, id) {
			return false
		}
	}
	return true
}

// sequenceWords open a sentence that tells another event than the one
// before it («Ранее спикер встретился …»).
var sequenceWords = map[string]bool{"ранее": true, "позднее": true, "позже": true, "затем": true, "накануне": true, "впоследствии": true}

// personal are the types of events that befall their persons: one with
// other persons is another event («назначил премьер-министром Песошина» …
// «министром назначен Коробченко»).
var personal = map[string]bool{Appointment: true, Dismissal: true, Arrest: true}

// sequenceOpening reports whether s opens with one of sequenceWords.
func sequenceOpening(s doc.Sentence) bool {
	return len(s.Tokens) > 0 && sequenceWords[strings.ToLower(s.Tokens[0].Text)]
}

// withParty reports whether the event noun at sp is followed by «с» or
// «со», which opens the other side of a meeting or talks («встрече с
// Алихановым»).
func withParty(toks []doc.Token, sp doc.Span) bool {
	for i, tk := range toks {
		if tk.Start >= sp.End {
			return i > 0 && toks[i-1].End == sp.End && (strings.EqualFold(tk.Text, "с") || strings.EqualFold(tk.Text, "со"))
		}
	}
	return false
}

// otherPersons reports whether the entity ids a and b each hold a person
// and share no entity, nor a person's last name («Путин», «Владимир Путин»
// where the linker did not join them); surname gives the last names of the
// document's persons by entity id.
func otherPersons(surname map[string]string, a, b []string) bool {
	surnames := func(ids []string) map[string]bool {
		out := map[string]bool{}
		for _, id := range ids {
			if n, ok := surname[id]; ok {
				out[n] = true
			}
		}
		return out
	}
	sa, sb := surnames(a), surnames(b)
	if len(sa) == 0 || len(sb) == 0 {
		return false
	}
	for _, id := range a {
		if slices.Contains(b, id) {
			return false
		}
	}
	for n := range sa {
		if sb[n] {
			return false
		}
	}
	return true
}

// partyTypes are the types of the parties coordination adds to an event.
var partyTypes = map[string]bool{"PERSON": true, "ORGANIZATION": true, "COUNTRY": true}

// leadSentences is how far into the body a noun may tell the headline's
// event again.
const leadSentences = 2

// headlineEvent returns the event of the headline (a first sentence with no
// final stop) of
// t's type and word group when t, an event noun, stands in the first
// leadSentences sentences after it, no event of the body told it already
// and its sentence's date (date) is not another; else nil.
func headlineEvent(d *doc.Document, prev []doc.Event, t trigger, lemma, date string, x *Extractor) *doc.Event {
	if len(d.Sentences) == 0 || t.sent == 0 || t.sent > leadSentences || !headline(d.Sentences[0]) {
		return nil
	}
	for i := range prev {
		if x.ofHeadline(d, prev[i], t, lemma) {
			if date != "" && prev[i].Date != "" && !sameDate(date, prev[i].Date) {
				return nil // another date, another event
			}
			for j := i + 1; j < len(prev); j++ {
				if prev[j].Type == t.typ {
					return nil // the body has an event of its own of the type
				}
			}
			return &prev[i]
		}
	}
	return nil
}

// ofHeadline reports whether e is an event of the document's first sentence
// of t's type and of the word group lemma.
func (x *Extractor) ofHeadline(d *doc.Document, e doc.Event, t trigger, lemma string) bool {
	return len(d.Sentences) > 0 && e.Evidence == d.Sentences[0].Span && e.Type == cmp.Or(t.told, t.typ) &&
		family(x.eventLemma(e.Trigger.Text)) == lemma
}

// kindBefore returns the type the event noun right before a named event
// gives it («форум „Россия — исламский мир“», «на саммите „G20“»), the
// opening quote aside; Other when there is none.
func (x *Extractor) kindBefore(d *doc.Document, m mention) string {
	si := doc.SentenceOf(d.Sentences, m.Span)
	if si < 0 {
		return Other
	}
	toks := d.Sentences[si].Tokens
	i := tokenAt(toks, m.Start) - 1
	if i >= 0 && (toks[i].Text == "«" || toks[i].Text == "\"" || toks[i].Text == "„") {
		i--
	}
	if i < 0 {
		return Other
	}
	if l, pos := x.lemma(toks[i].Text); pos == morph.NOUN {
		if n, ok := nouns[l]; ok {
			return n.typ
		}
	}
	return Other
}

// headline reports whether a first sentence reads as a headline: it does
// not end in a full stop, an exclamation or a question mark.
func headline(s doc.Sentence) bool {
	if len(s.Tokens) == 0 {
		return false
	}
	switch s.Tokens[len(s.Tokens)-1].Text {
	case ".", "!", "?", "…", "...":
		return false
	}
	return true
}

// happening lists verbs that bring a new event about («провели встречу»,
// «состоялась встреча»).
var happening = map[string]bool{"провести": true, "состояться": true, "пройти": true, "начаться": true,
	"организовать": true, "устроить": true, "открыться": true, "завершиться": true}

// fresh lists modifiers that make an event noun name a new event
// («запланированного визита», «следующая встреча»).
var fresh = map[string]bool{"запланировать": true, "запланированный": true, "предстоящий": true, "следующий": true,
	"очередной": true, "новый": true, "другой": true, "ближайший": true, "будущий": true, "второй": true}

// antecedent returns the earlier event that a trigger refers back to:
//   - the event of another mention of the same EVENT entity;
//   - for an event verb, an event of the headline (the first sentence)
//     with the same type and verb, told again in the body, unless its
//     sentence opens with a word of sequence («Ранее спикер встретился с
//     Бегловым», «Ранее делегация посетила Уралвагонзавод»), or its type
//     is personal and the verb's parties and the event's, persons among
//     them, are all others («назначил Песошина» … «назначен Коробченко»;
//     otherPersons, by the persons' last names, surnames);
//     after the first time, only by a verb whose parties (parties) the
//     event has already:
//     a later verb of the same kind with other parties is another event
//     («Путин назначил министром обороны Белоусова» … «Шойгу назначен
//     секретарём Совбеза»; retold marks the headline events a body verb
//     told again);
//   - for an event noun, the latest event of the same type whose event
//     word has the same lemma («встреча» … «на встрече»), when no verb of
//     happening stands next to the noun, no modifier marks it as new
//     («запланированного визита»), and its sentence gives no date (date)
//     other than the earlier event's; a noun whose «с» names persons
//     (parties) of whom the earlier event has none is another event
//     («встреча Никитина с Сорокиным» … «На встрече с Алихановым»);
//     a noun whose sentence names a date older than the story's day
//     (story; background) is another event than an undated one told
//     («Путин провел совещание» … «В 2020 году Путин уже проводил
//     подобное совещание»: the meeting of 2020, not the story's);
//   - neither, a verb or a noun, when its event's place (place) and the
//     earlier event's are two cities or two countries of other names
//     («В Самаре задержали чиновника» … «В Сызрани полицейские
//     задержали двух подозреваемых»; otherPlace, with places from
//     settlements).
func (x *Extractor) antecedent(d *doc.Document, prev []doc.Event, t trigger, date, story string, retold map[int]bool, parties []string, surnames map[string]string, place string, places map[string][2]string) *doc.Event {
	for i := len(prev) - 1; i >= 0 && t.entity != ""; i-- {
		if prev[i].Entity == t.entity && (prev[i].Type == t.typ || t.typ == Other) {
			// (an untyped mention of an event told already, its acronym:
			// «Восточный экономический форум» … «в ВЭФ участвуют»)
			return &prev[i]
		}
		if prev[i].Type == t.typ && altRetold(d, prev[i], t, date, parties, surnames) {
			// (told again: a verb after it is no retelling of the
			// headline's event, «вручил также спасателю»)
			retold[i] = true
			return &prev[i]
		}
	}
	own := x.eventLemma(t.text)
	lemma := family(own)
	if _, noun := nouns[own]; t.verb || verbs[own] != "" && !noun {
		// A verb, or an EVENT mention led by one («застрелила»).
		ahead := false // the verb in the future, as the tagger read it («посетит»)
		if v := tokenAt(d.Sentences[t.sent].Tokens, t.span.Start); v >= 0 {
			ahead = strings.Contains(d.Sentences[t.sent].Tokens[v].Feats, "Tense=Fut")
			if t.typ != Statement && also(d.Sentences[t.sent].Tokens, v) {
				// «В прошлом месяце Путин также назначил Дмитрия Лобанова
				// послом»: another act of the kind, not the headline's
				// (but «Трамп и Путин также заявили» goes on with the
				// joint statement of the headline)
				return nil
			}
		}
		for i := range prev {
			if background(date, prev[i].Date) {
				// «В декабре 2021 года на руднике уже произошла авария,
				// тогда погиб один человек»: the background, another event
				continue
			}
			if ahead && prev[i].Evidence == d.Sentences[0].Span && doc.VerbTense(d.Sentences[0].Tokens, prev[i].Trigger.Span) < 0 {
				// «Россия и Монголия подписали документы в ходе визита» …
				// «Во вторник монгольский лидер посетит Санкт-Петербург»:
				// what is ahead tells no event the headline told past
				continue
			}
			if t.sent > 0 && !sequenceOpening(d.Sentences[t.sent]) && (!retold[i] && !(personal[t.typ] && otherPersons(surnames, parties, prev[i].Participants)) || subset(parties, prev[i].Participants)) && x.ofHeadline(d, prev[i], t, lemma) && !otherPlace(places, place, prev[i].Place) {
				retold[i] = true
				return &prev[i]
			}
		}
		if h := meetingOfHeadline(d, prev, t, date, parties); h != nil {
			retold[indexOf(prev, h)] = true
			return h
		}
		return nil
	}
	if strings.ContainsAny(t.text, "«\"") {
		return nil // a named event: «Марш Голунова»
	}
	if background(date, story) {
		if r := x.nounAntecedent(d, prev, t, date, retold, parties, surnames, place, places); r != nil && r.Date != "" {
			return r
		}
		return nil
	}
	return x.nounAntecedent(d, prev, t, date, retold, parties, surnames, place, places)
}

// nounAntecedent is antecedent for an event noun.
func (x *Extractor) nounAntecedent(d *doc.Document, prev []doc.Event, t trigger, date string, retold map[int]bool, parties []string, surnames map[string]string, place string, places map[string][2]string) *doc.Event {
	own := x.eventLemma(t.text)
	lemma := family(own)

	for _, w := range strings.Fields(t.text) {
		if l, _ := x.lemma(strings.Trim(w, "«»\"“”„,.()")); fresh[l] {
			return nil
		}
	}
	s := d.Sentences[t.sent]
	// «Лавров прибыл с визитом в Турцию» … «обсудят подготовку визита
	// Эрдогана в Москву»: a visit being prepared of someone the earlier
	// one did not have is another, ahead (preparedOf)
	visitor := x.preparedOf(d, t)
	with := withParty(s.Tokens, t.span) // the noun's «с» names the other side
	// «Визит завершится 7 ноября»: the visit told before, whose end the
	// sentence dates (x.ending)
	ends := x.ending(d, t)
	if i := tokenAt(s.Tokens, t.span.Start); i >= 0 {
		for j := max(0, i-2); j < i; j++ {
			if l, _ := x.lemma(s.Tokens[j].Text); fresh[l] || fresh[strings.ToLower(s.Tokens[j].Text)] {
				return nil
			}
		}
		if r := x.resumed(d, prev, t, i, date); r != nil && !(with && otherPersons(surnames, parties, r.Participants)) {
			return r
		}
		if h := meetingOfHeadline(d, prev, t, date, parties); h != nil {
			// «Лавров провел переговоры с Фиданом» … «Встреча Лаврова и
			// Фидана прошла в Анкаре»
			return h
		}
		if h := headlineEvent(d, prev, t, lemma, date, x); h != nil {
			// «ПУТИН ВСТРЕТИЛСЯ С СЕЧИНЫМ» … «Путин провёл рабочую встречу
			// с Сечиным»: the lead tells the headline's event, even brought
			// about by a verb of happening
			return h
		}
		for j := max(0, i-3); j < min(len(s.Tokens), i+3) && !ends; j++ {
			if l, pos := x.lemma(s.Tokens[j].Text); (pos == morph.VERB || pos == morph.INFN || pos == morph.PRTF) && happening[l] &&
				x.governed(s.Tokens, j) == i {
				return nil
			}
		}
	}
	ofFamily := slices.ContainsFunc(prev, func(e doc.Event) bool { return e.Type == t.typ && family(x.eventLemma(e.Trigger.Text)) == lemma })
	for i := len(prev) - 1; i >= 0; i-- {
		l := x.eventLemma(prev[i].Trigger.Text)
		// (an accident mishap typed resumes only the headline's: «после
		// обрушения на руднике» … «произошло обрушение горной породы»;
		// not the collapse told before of another roof, a story's «второе
		// подобное ЧП»)
		headlines := t.told != "" && prev[i].Type == t.told && prev[i].Evidence == d.Sentences[0].Span
		if prev[i].Type != t.typ && !headlines || family(l) != lemma && !(t.typ == Meeting && !ofFamily && retold[i] && prev[i].Evidence == d.Sentences[0].Span) {
			// (a meeting of the headline the lead told by another word,
			// with no event of the noun's word group, is resumed by it:
			// «Переговоры Мишустина и Бектенова» … «Мишустин встретился с
			// Бектеновым» … «По итогам встречи»)
			continue
		}
		if l != own && prev[i].Evidence == d.Sentences[t.sent].Span {
			continue // «Путин подпишет договоры и будут обсуждаться подписание …»: two events
		}
		if x.otherName(prev[i].Trigger.Text, t.text) {
			continue // «чемпионат России» … «на чемпионате мира» … «Чемпионат России»
		}
		if visitor != "" && !hasArg(&prev[i], visitor) {
			continue
		}
		if with && otherPersons(surnames, parties, prev[i].Participants) || personal[t.typ] && otherPersons(surnames, parties, befallen(&prev[i])) {
			// «встреча Никитина с Сорокиным» … «На встрече с Алихановым
			// руководство рассказало»: the noun's «с» names the other
			// side, whom the earlier event did not have; an appointment,
			// a dismissal or an arrest of others than the persons the
			// earlier one befell is another (befallen: «назначил Дмитрия
			// Григоренко» … «одобрил назначение Сергея Лаврова»)
			continue
		}
		if otherPlace(places, place, prev[i].Place) {
			continue // «встреча в Самаре» … «на встрече в Сызрани»
		}
		if date != "" && prev[i].Date != "" && !sameDate(date, prev[i].Date) && !ends {
			return nil
		}
		return &prev[i]
	}
	return nil
}

// resumed returns the meeting or session told in one of the two sentences
// before that an event noun opening its sentence (i, its token; at most a
// preposition and its noun before it) names again, whatever its word:
// «Лавров провел переговоры с Аракчи. Встреча прошла в здании МИД. По
// итогам встречи …», «Конференция РФС избрала Дюкова. Заседание прошло в
// Санкт-Петербурге». It must be the latest event of the type, of no other
// date (date, the sentence's); not a noun of several nor one with a
// verb in the future after it («Конференции пройдут в режиме онлайн»).
func (x *Extractor) resumed(d *doc.Document, prev []doc.Event, t trigger, i int, date string) *doc.Event {
	if t.typ != Meeting && t.typ != Session || t.sent == 0 || i < 0 || i > 2 || x.many(t) {
		return nil // (i < 0: the trigger starts inside a token)
	}
	toks := d.Sentences[t.sent].Tokens
	if i > 0 {
		if _, pos := x.lemma(toks[0].Text); pos != morph.PREP {
			return nil
		}
	}
	for j := i + 1; j < min(len(toks), i+4); j++ {
		if strings.Contains(toks[j].Feats, "Tense=Fut") {
			return nil // «Конференции пройдут в режиме онлайн»: ahead
		}
	}
	for k := len(prev) - 1; k >= 0; k-- {
		if prev[k].Type != t.typ {
			continue
		}
		si := doc.SentenceOf(d.Sentences, prev[k].Evidence)
		if si < t.sent-2 || si >= t.sent || date != "" && prev[k].Date != "" && !sameDate(date, prev[k].Date) {
			return nil
		}
		return &prev[k]
	}
	return nil
}

// pronounSubject returns the person a verb trigger's pronoun subject
// refers to: the sentence opens with «Он» or «Она» (or with it after an
// opener, pronounOpening: «Об этом он заявил на совещании»), the verb is
// the next word or the one after and in the past of the pronoun's gender (the tagger's
// reading), and the person is the last one the sentence before names; ""
// otherwise.
func pronounSubject(d *doc.Document, ms []mention, bySent map[int][]int, t trigger) string {
	toks := d.Sentences[t.sent].Tokens
	v := tokenAt(toks, t.span.Start)
	p := pronounOpening(toks)
	if t.sent == 0 || v-p < 1 || v-p > 2 {
		return ""
	}
	gender := pronounGender(toks[p].Text)
	if gender == "" || !strings.Contains(toks[v].Feats, "Gender="+gender) {
		return "" // (a verb in the present or the plural says nothing)
	}
	id := ""
	for _, mi := range bySent[t.sent-1] {
		if m := ms[mi]; m.Type == "PERSON" && !m.nested {
			id = m.entity
		}
	}
	return id
}

// now reports whether the sentence toks opens with a word of the present
// time: «Сейчас», «Ныне», «Теперь», «В настоящее время», «На сегодняшний
// день», «На данный момент», «На сегодня».
func now(toks []doc.Token) bool {
	if len(toks) == 0 {
		return false
	}
	switch strings.ToLower(toks[0].Text) {
	case "сейчас", "ныне", "теперь":
		return true
	case "в":
		return len(toks) > 2 && strings.EqualFold(toks[1].Text, "настоящее") && strings.EqualFold(toks[2].Text, "время")
	case "на":
		// «На сегодняшний день», «На данный момент», «На сегодня»
		if len(toks) > 1 && strings.EqualFold(toks[1].Text, "сегодня") {
			return true
		}
		if len(toks) > 2 {
			two := strings.ToLower(toks[1].Text + " " + toks[2].Text)
			return two == "сегодняшний день" || two == "данный момент" || two == "текущий момент"
		}
	}
	return false
}

// also reports whether «также» or «тоже» stands right before the verb at
// v, or one word before it («Путин также назначил», «также был назначен»).
func also(toks []doc.Token, v int) bool {
	for k := v - 1; k >= 0 && k >= v-2; k-- {
		switch strings.ToLower(toks[k].Text) {
		case "также", "тоже":
			return true
		case ",", ".", ":", ";", "—", "-":
			return false
		}
	}
	return false
}

// otherName reports whether two event mentions, each led by a noun, name
// their events by different words beside it: both have such words and
// they share none («чемпионат России», «чемпионате мира»).
func (x *Extractor) otherName(a, b string) bool {
	words := func(s string) map[string]bool {
		out := map[string]bool{}
		ev := x.eventLemma(s)
		for _, w := range strings.Fields(s) {
			l, pos := x.lemma(strings.Trim(w, "«»\"“”„,.()"))
			if l == ev && pos != morph.NOUN {
				return nil // «родился сын», «родился мальчик»: a verb's subjects
			}
			if l != ev && (pos == morph.NOUN || pos == morph.ADJF) {
				out[l] = true
			}
		}
		return out
	}
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	for l := range wa {
		if wb[l] {
			return false
		}
	}
	return true
}

// many reports whether the noun trigger t names several events: its event
// word in the plural, not a plural-only noun («множеством акций
// протестов»; not «переговоры», «выборы»).
func (x *Extractor) many(t trigger) bool {
	if t.verb {
		return false
	}
	for _, w := range strings.Fields(t.text) {
		for _, p := range x.A.Parse(strings.Trim(w, "«»\"“”„,.()")) {
			if _, ok := nouns[p.Normal]; ok && p.Tag.POS() == morph.NOUN {
				return p.Tag.Is(morph.Plur) && !p.Tag.Is(morph.Pltm)
			}
		}
	}
	return false
}

// mannerOf returns the index in prev of the event of a verb that t, an
// event noun in «с» and the instrumental, tells the manner of («прибыл в
// Москву с государственным визитом»: one visit): a verb trigger of t's
// sentence, type and word group before the noun, with no punctuation
// between; else -1.
func (x *Extractor) mannerOf(d *doc.Document, prev []doc.Event, t trigger) int {
	toks := d.Sentences[t.sent].Tokens
	i := tokenAt(toks, t.span.Start)
	if t.verb || i < 0 {
		return -1
	}
	j := i - 1 // «с», over adjectives
	for ; j >= 0 && j >= i-3 && !strings.EqualFold(toks[j].Text, "с") && !strings.EqualFold(toks[j].Text, "со"); j-- {
		if _, pos := x.lemma(toks[j].Text); pos != morph.ADJF && !x.adjectiveForm(toks[j].Text) {
			return -1
		}
	}
	if j < 0 || j < i-3 {
		return -1
	}
	lemma := family(x.eventLemma(t.text))
	for k := len(prev) - 1; k >= 0; k-- {
		e := prev[k]
		if e.Evidence != d.Sentences[t.sent].Span || e.Type != t.typ || e.Trigger.End > toks[j].Start {
			continue
		}
		if l := x.eventLemma(e.Trigger.Text); verbs[l] != "" && family(l) == lemma {
			for _, tk := range toks {
				if tk.Start >= e.Trigger.End && tk.Start < toks[j].Start && strings.ContainsAny(tk.Text, ",;:—–-") {
					return -1
				}
			}
			return k
		}
	}
	return -1
}

// join adds to e what ev, another mention of it, tells and e does not: its
// EVENT entity, date, place and arguments.
func join(e *doc.Event, ev doc.Event) {
	if e.Entity == "" {
		e.Entity = ev.Entity
	}
	if e.Date == "" {
		e.Date = ev.Date
	}
	for _, a := range ev.Arguments {
		if hasArg(e, a.Entity) || a.Role == RolePlace && e.Place != "" || a.Role == RoleTime && hasRole(e, RoleTime) {
			continue
		}
		e.Arguments = append(e.Arguments, a)
		if a.Role == RolePlace {
			e.Place = a.Entity
		}
	}
	for _, p := range ev.Participants {
		e.Participants = appendNew(e.Participants, p)
	}
}

// nearDate returns the value of a dated DATE mention of the trigger's
// sentence next to it: at most five words away, with no punctuation but
// quotes between («уволил 13 июня 2019 года», «стрельбы в ночь с 18 на 19
// апреля 2020 года»); else "".
func (x *Extractor) nearDate(d *doc.Document, ms []mention, inSent []int, t trigger, dates map[string]string) string {
	toks := d.Sentences[t.sent].Tokens
	i := tokenAt(toks, t.span.Start)
	if i < 0 {
		return ""
	}
	for _, mi := range inSent {
		m := ms[mi]
		if m.Type != "DATE" && m.Type != "TIME" || dates[m.entity] == "" || m.nested {
			continue
		}
		j := tokenAt(toks, m.Start)
		if j < 0 {
			continue
		}
		from, to := j+1, i // the words between the date and the trigger
		if j > i {
			from, to = i+1, j
			for from < len(toks) && toks[from].End <= t.span.End {
				from++ // past the trigger's own words
			}
		} else {
			for from < len(toks) && toks[from].End <= m.End {
				from++
			}
		}
		if to-from > 5 {
			continue
		}
		near := true
		for k := from; k < to; k++ {
			if punctMark(toks[k].Text) && !tokenize.IsQuote([]rune(toks[k].Text)[0]) {
				near = false
			}
		}
		if near {
			return dates[m.entity]
		}
	}
	return ""
}

// maxHappenedGap bounds the words between a verb of happening and its date
// in happenedOn.
const maxHappenedGap = 3

// happenedOn returns the date of the event noun t told by the verb of
// happening after it: a finite verb of happening after t, before any
// other finite verb, followed within maxHappenedGap words, no punctuation between,
// by a DATE or TIME mention with a value (among inSent): «Двадцать шестое
// заседание межправительственной комиссии … прошло в пятницу в Ташкенте».
func (x *Extractor) happenedOn(d *doc.Document, ms []mention, inSent []int, t trigger, dates map[string]string) string {
	toks := d.Sentences[t.sent].Tokens
	v := -1
	for j, tok := range toks {
		if tok.Start < t.span.End {
			continue
		}
		if x.happens(tok) {
			v = j
			break
		}
		if x.finiteVerb(tok.Text) {
			return ""
		}
	}
	if v < 0 {
		return ""
	}
	for j := v + 1; j < len(toks) && j <= v+1+maxHappenedGap; j++ {
		for _, mi := range inSent {
			if m := ms[mi]; (m.Type == "DATE" || m.Type == "TIME") && !m.nested && m.Start == toks[j].Start && dates[m.entity] != "" {
				return dates[m.entity]
			}
		}
		if punctMark(toks[j].Text) {
			return ""
		}
	}
	return ""
}

// happens reports whether tok is a finite form of a verb of happening,
// in a reading of the dictionary the tagger does not rule out («прошло»,
// which the dictionary reads first as «прошлый»).
func (x *Extractor) happens(tok doc.Token) bool {
	if tok.POS != "" && tok.POS != "VERB" && tok.POS != "AUX" {
		return false
	}
	for _, p := range x.A.Parse(tok.Text) {
		if p.Tag.POS() == morph.VERB && happening[strings.ReplaceAll(p.Normal, "ё", "е")] {
			return true
		}
	}
	return false
}

// punctMark reports whether a token is one punctuation mark.
func punctMark(w string) bool {
	r := []rune(w)
	return len(r) == 1 && unicode.IsPunct(r[0])
}

// sameDate reports whether two dates can name the same day, month or
// year: equal, or equal once a year left unstated (XXXX) takes the other's
// («18 апреля» and «18 апреля 2020 года»).
func sameDate(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) != len(b) || len(a) < 4 {
		return false
	}
	if strings.HasPrefix(a, "XXXX") || strings.HasPrefix(b, "XXXX") {
		return a[4:] == b[4:]
	}
	return false
}

// families groups the event words that name one event in turn: a verb and
// its noun («уволил» … «об увольнении», «встреча» … «встретились»), and
// near synonyms of a type («визит» … «посещение»; not «задержание» and
// «арест», which are two steps). family maps each to the first word of its
// group.
var families = [][]string{
	{"встреча", "встретиться", "встречаться", "беседа", "беседовать"},
	{"визит", "посещение", "посетить", "посещать", "приезд", "прибыть", "побывать"},
	{"подписание", "подписать", "подписывать"},
	{"назначение", "назначить"},
	{"увольнение", "уволить"}, // not «отставка»: «ушел в отставку» … «Хинштейн уволил Базарова» are two
	{"арест", "арестовать"},
	{"задержание", "задержать"},
	{"заявление", "заявить"},
	{"убийство", "убить", "застрелить"},
	{"гибель", "погибнуть", "смерть", "умереть", "скончаться"},
	{"нападение", "атака", "атаковать", "стрельба", "обстрел", "обстрелять", "обстреливать", "штурм", "теракт"},
	{"избрание", "избрать"},
	{"награждение", "наградить"},
	{"запуск", "пуск", "стартовать"},
}

// births are the lemmas of a person's birth, whose date no later event
// of the text takes.
var births = map[string]bool{"родиться": true, "рождение": true}

var familyOf = func() map[string]string {
	m := map[string]string{}
	for _, f := range families {
		for _, w := range f {
			m[w] = f[0]
		}
	}
	return m
}()

// family returns the first word of the group of lemma l, or l.
func family(l string) string {
	if f, ok := familyOf[l]; ok {
		return f
	}
	return l
}

// eventLemma returns the lemma of the first word of a trigger that is an
// event noun or verb («парламентских выборах» → «выборы»), or the lemma
// of its first word.
func (x *Extractor) eventLemma(text string) string {
	var lemmas []string
	for _, w := range strings.Fields(text) {
		l, _ := x.lemma(strings.Trim(w, "«»\"“”„,.()"))
		lemmas = append(lemmas, l)
	}
	if l := eventWord(lemmas); l != "" || len(lemmas) == 0 {
		return l
	}
	return lemmas[0]
}

// governed returns the index of the event noun that the verb at v brings
// about: the first event noun within three words after it («состоялась
// личная встреча», «провели встречу»), else the nearest one before it.
func (x *Extractor) governed(toks []doc.Token, v int) int {
	isEvent := func(j int) bool {
		l, pos := x.lemma(toks[j].Text)
		_, ok := nouns[l]
		return ok && pos == morph.NOUN
	}
	for j := v + 1; j < min(len(toks), v+4); j++ {
		if isEvent(j) {
			return j
		}
	}
	for j := v - 1; j >= max(0, v-3); j-- {
		if isEvent(j) {
			return j
		}
	}
	return -1
}

// shows are events one attends, not places one visits: «посетили
// премьеру», «матч посетили 40 тысяч зрителей».
var shows = map[string]bool{"премьера": true, "спектакль": true, "концерт": true, "матч": true, "показ": true,
	"церемония": true, "фестиваль": true, "турнир": true, "парад": true, "шоу": true, "выступление": true, "соревнование": true,
	"открытие": true, "выставка": true, "запуск": true}

// attends reports whether the visit verb at toks[v] takes an event of
// another kind as its object («форум посетили 3,5 тысячи человек»,
// «посетил заседание»): whoever attends takes part in that event, no
// visit.
func (x *Extractor) attends(toks []doc.Token, v int) bool {
	for j := max(0, v-3); j < min(len(toks), v+4); j++ {
		for _, p := range x.A.Parse(toks[j].Text) {
			// «Премьеру посетили министр культуры и мэр Москвы»
			if j != v && shows[p.Normal] && p.Tag.POS() == morph.NOUN && p.Tag.Case() == morph.Accs {
				return true
			}
		}
	}
	n := x.governed(toks, v)
	if n < 0 {
		return false
	}
	for _, p := range x.A.Parse(toks[n].Text) {
		// the object, in the accusative: not «перед выборами побывала»
		if _, ok := nouns[p.Normal]; ok && p.Tag.POS() == morph.NOUN && p.Tag.Case() == morph.Accs {
			return nouns[p.Normal].typ != Visit
		}
	}
	return false
}

// verbAt reports whether the token at v is a verb (the tagger's reading,
// or the dictionary's likeliest).
func (x *Extractor) verbAt(toks []doc.Token, v int) bool {
	if toks[v].POS != "" {
		return toks[v].POS == "VERB" || toks[v].POS == "AUX"
	}
	_, pos := x.lemma(toks[v].Text)
	return pos == morph.VERB || pos == morph.INFN || pos == morph.GRND || pos == morph.PRTS
}

// namingNouns are the nouns a person's name after them names a thing by:
// «орденом Александра Невского», «премии имени Кандинского».
var namingNouns = map[string]bool{"орден": true, "медаль": true, "премия": true, "имя": true, "стипендия": true}

// namesThing reports whether the mention m comes right after a word of
// namingNouns: the name is the award's, the person no party.
func (x *Extractor) namesThing(toks []doc.Token, m mention) bool {
	i := tokenAt(toks, m.Start)
	if i <= 0 {
		return false
	}
	l, _ := x.lemma(toks[i-1].Text)
	return namingNouns[l]
}

// gives reports whether a word of objects follows the verb at toks[v]
// within four words, before any punctuation.
func (x *Extractor) gives(toks []doc.Token, v int, objects map[string]bool) bool {
	for j := v + 1; v >= 0 && j < len(toks) && j <= v+4; j++ {
		if l, pos := x.lemma(toks[j].Text); objects[l] {
			return true
		} else if pos == morph.PNCT || toks[j].Text == "," || toks[j].Text == "." {
			return false
		}
	}
	return false
}

// toScene reports whether «на место» stands within three words of the verb
// at toks[v]: police or rescuers arriving at a scene, no visit.
func toScene(toks []doc.Token, v int) bool {
	for j := max(0, v-3); j+1 < len(toks) && j <= v+3; j++ {
		if strings.EqualFold(toks[j].Text, "на") && strings.EqualFold(toks[j+1].Text, "место") {
			return true
		}
	}
	return false
}

// seizure reports whether the arrest told by toks' words in sp is of
// property: after a form of «наложить» («наложил арест на имущество»), or
// taking a thing, adjectives before it, in the accusative or the genitive
// («арест на счета», «арестовал активы», «арест имущества»; not «арест на
// два месяца», «арестовал бывшего министра», «арестован на территории
// Великобритании»).
func (x *Extractor) seizure(toks []doc.Token, sp doc.Span) bool {
	i := tokenAt(toks, sp.Start)
	if i < 0 {
		return false
	}
	e := i // the last token of sp
	for e+1 < len(toks) && toks[e+1].Start < sp.End {
		e++
	}
	for j := max(0, i-2); j <= e; j++ {
		if l, _ := x.lemma(toks[j].Text); l == "наложить" {
			return true
		}
	}
	// «арест» takes its thing in the genitive, or after «на» in the
	// accusative; «арестовать» in the accusative.
	l, pos := x.lemma(toks[e].Text)
	if !strings.HasPrefix(l, "арест") {
		return false // («Во время задержания пара была в аэропорту»)
	}
	noun := pos == morph.NOUN
	j := e + 1
	on := j < len(toks) && strings.EqualFold(toks[j].Text, "на")
	if on {
		j++
	}
	for ; j < len(toks); j++ {
		ps := x.A.Parse(toks[j].Text)
		if len(ps) == 0 {
			return false
		}
		switch t := ps[0].Tag; {
		case t.POS() == morph.ADJF:
			continue
		case t.POS() == morph.NOUN && t.Is(morph.Inan) && (noun && (on && t.Case() == morph.Accs || !on && t.Case() == morph.Gent) || !noun && !on && t.Case() == morph.Accs) && tokenize.StartsLower(toks[j].Text):
			// (a name the dictionary guesses inanimate, «арестовала
			// Казеса», «ареста Винника», is a person's)
			return !timeUnits[toks[j].Text] && ps[0].Normal != "срок"
		}
		return false
	}
	return false
}

// retired reports whether the EVENT mention m is «отставке» after «в»:
// the state of a retired officer («генералов в отставке»), not a dismissal
// («ушел в отставку», «об отставке»).
func retired(d *doc.Document, m mention) bool {
	if !strings.EqualFold(m.Text, "отставке") {
		return false
	}
	toks := d.Sentences[doc.SentenceOf(d.Sentences, m.Span)].Tokens
	i := tokenAt(toks, m.Start)
	return i > 0 && strings.EqualFold(toks[i-1].Text, "в")
}

// declaredAs reports whether the verb at toks[v], «объявить», names what
// someone is declared to be, in the instrumental («объявлен чемпионом
// мира», «объявили победителем»): no statement.
func (x *Extractor) declaredAs(toks []doc.Token, v int) bool {
	if v < 0 || v+1 >= len(toks) {
		return false
	}
	ps := x.A.Parse(toks[v+1].Text)
	return len(ps) > 0 && (ps[0].Tag.POS() == morph.NOUN || ps[0].Tag.POS() == morph.ADJF) && ps[0].Tag.Case() == morph.Ablt
}

// happeningVerb returns the index of the verb of happening that brings
// about the event noun at toks[n] («провел совещание»), or -1.
func (x *Extractor) happeningVerb(toks []doc.Token, n int) int {
	for j := max(0, n-3); j < n; j++ {
		if l, pos := x.lemma(toks[j].Text); (pos == morph.VERB || pos == morph.INFN) && happening[l] && x.governed(toks, j) == n {
			return j
		}
	}
	return -1
}

// addParticipant makes a's entity a participant of ev and adds a to its
// arguments, unless ev has an argument of that entity already.
func addParticipant(ev *doc.Event, a doc.Argument) {
	ev.Participants = appendNew(ev.Participants, a.Entity)
	if !hasArg(ev, a.Entity) {
		ev.Arguments = append(ev.Arguments, a)
	}
}

// hasArg reports whether ev has an argument of entity id.
func hasArg(ev *doc.Event, id string) bool {
	for _, a := range ev.Arguments {
		if a.Entity == id {
			return true
		}
	}
	return false
}

// appendNew appends id to ids unless ids holds it.
func appendNew(ids []string, id string) []string {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

// placeRank orders place types from the least to the most specific.
var placeRank = map[string]int{"COUNTRY": 1, "STATE_OR_PROVINCE": 2, "LOCATION": 3, "DISTRICT": 4, "CITY": 5, "FACILITY": 6, "ORGANIZATION": 6}

// properName reports whether a mention starts with a capital letter or a
// quote: «Ижевске», not the adjective «российском».
func properName(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || r == '«' || r == '"'
	}
	return false
}

func roleOf(rel string) string {
	if rel == "AGENT" {
		return RoleAgent
	}
	return RoleParticipant
}

// locative reports whether a place mention follows a locative preposition
// and is in the locative case («в Ижевске», «на заводе», not «в Ижевск»);
// with direction, the accusative of a destination counts too («визит в
// Москву»).
func (x *Extractor) locative(d *doc.Document, m mention, direction bool) bool {
	toks := d.Sentences[m.sent].Tokens
	i := tokenAt(toks, m.Start)
	if i <= 0 {
		return false
	}
	// «в Ижевске», or over modifiers: «в российском городе Ижевске».
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch strings.ToLower(toks[j].Text) {
		case "в", "во", "на":
			return direction || x.inLocative(toks[i].Text) || m.Type == "FACILITY" && x.appositionLocative(toks, j, i)
		case "у":
			// «у села Урман», «у берегов Камчатки»: near a place (not
			// «у России нет», a possession)
			return slices.ContainsFunc(x.A.Parse(toks[j+1].Text), func(p morph.Parse) bool {
				return p.Tag.POS() == morph.NOUN && p.Tag.Case() == morph.Gent && nearPlaces[p.Normal] // («села»: likelier «сесть»)
			})
		}
	}
	return false
}

// held are the types of the events an organization hosts: «переговоры в
// МИД России», «заседание в «Газпроме»» (not a statement, «В Минздраве
// заявили», whose organization speaks, nor a visit, which it receives).
var held = map[string]bool{Meeting: true, Session: true, Signing: true}

// newPost reports whether the sentence (its mentions inSent) names the
// post id right after a form of «новый»: the post of one yet to be named.
func (x *Extractor) newPost(d *doc.Document, ms []mention, inSent []int, id string) bool {
	for _, mi := range inSent {
		m := ms[mi]
		if m.entity != id {
			continue
		}
		toks := d.Sentences[m.sent].Tokens
		if i := tokenAt(toks, m.Start); i > 0 {
			// («нового»: the dictionary's likeliest lemma is the noun
			// «новое»)
			if slices.ContainsFunc(x.A.Parse(toks[i-1].Text), func(p morph.Parse) bool { return p.Normal == "новый" }) {
				return true
			}
		}
	}
	return false
}

// rightAfter reports whether mention m starts at most three tokens after
// the span sp, no punctuation between.
func rightAfter(toks []doc.Token, sp doc.Span, m mention) bool {
	n := 0
	for _, t := range toks {
		if t.Start < sp.End {
			continue
		}
		if t.Start >= m.Start {
			return true
		}
		if n++; n > 3 || punctMark(t.Text) && !quoteMark(t.Text) {
			return false
		}
	}
	return false
}

// hostOnly reports whether id is an organization the sentence (its
// mentions inSent) names, and only where an event is held (hosted).
func (x *Extractor) hostOnly(d *doc.Document, ms []mention, inSent []int, id string) bool {
	return everyMention(ms, inSent, id, func(m mention) bool { return x.hosted(d, m) })
}

// hosted reports whether m is an organization right after «в», «во» or
// «на» (an opening quote between) with its first word in the locative or
// indeclinable, or after one of them and a noun of premises (buildings):
// «Беседа состоялась в МИД России», «в «Газпроме» прошла встреча», «в
// здании мэрии» — where the event is held, no party to it.
func (x *Extractor) hosted(d *doc.Document, m mention) bool {
	if m.Type != "ORGANIZATION" {
		return false
	}
	toks := d.Sentences[m.sent].Tokens
	i := tokenAt(toks, m.Start)
	if i < 0 {
		return false
	}
	w := toks[i].Text
	j := i - 1
	if quoteMark(w) && i+1 < len(toks) {
		w = toks[i+1].Text // the quote inside the mention
	} else if j >= 0 && quoteMark(toks[j].Text) {
		j--
	}
	if j < 0 {
		return false
	}
	switch strings.ToLower(toks[j].Text) {
	case "в", "во", "на":
		if x.inLocative(w) || acronym(w) {
			return true
		}
	}
	return x.premisesAfter(toks, j, insidePrepositions) // «Сессия прошла в здании мэрии»
}

// insidePrepositions and nearPrepositions are the prepositions before a
// noun of premises that put an event inside the premises or beside them.
var (
	insidePrepositions = []string{"в", "во", "на"}
	nearPrepositions   = []string{"у", "возле", "около", "перед", "напротив", "близ"}
)

// premisesAfter reports whether toks[j] is a noun of premises (buildings)
// right after one of preps.
func (x *Extractor) premisesAfter(toks []doc.Token, j int, preps []string) bool {
	if j < 1 {
		return false
	}
	l, _ := x.lemma(toks[j].Text)
	return buildings[l] && slices.Contains(preps, strings.ToLower(toks[j-1].Text))
}

// besideOnly reports whether id is an organization the sentence (its
// mentions inSent) names, and only beside its building (besideBuilding),
// as hostOnly does where an event is held.
func (x *Extractor) besideOnly(d *doc.Document, ms []mention, inSent []int, id string) bool {
	return everyMention(ms, inSent, id, func(m mention) bool { return x.besideBuilding(d, m) })
}

// besideBuilding reports whether m is an organization after a preposition
// of nearness and a noun of premises (buildings): «акция протеста у здания
// парламента Грузии» tells where the protest is, not who takes part.
func (x *Extractor) besideBuilding(d *doc.Document, m mention) bool {
	if m.Type != "ORGANIZATION" {
		return false
	}
	toks := d.Sentences[m.sent].Tokens
	return x.premisesAfter(toks, tokenAt(toks, m.Start)-1, nearPrepositions)
}

// buildings are the nouns of the premises of an organization: «в здании
// мэрии», «в штаб-квартире ООН» tell where an event is held.
var buildings = map[string]bool{"здание": true, "штаб-квартира": true, "офис": true, "резиденция": true, "помещение": true, "особняк": true}

// acronym reports whether w is written in capitals, two or more
// («МИД», «ФСБ»): most often indeclinable.
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// quoteMark reports whether w is an opening quotation mark.
func quoteMark(w string) bool {
	return w == "«" || w == "\"" || w == "„"
}

// unplaced reports whether the sentence (its mentions inSent) names the
// place id, and never after a preposition of place (locative).
func (x *Extractor) unplaced(d *doc.Document, ms []mention, inSent []int, id string, direction bool) bool {
	return everyMention(ms, inSent, id, func(m mention) bool { return !x.locative(d, m, direction) })
}

// nearPlaces are the nouns of a place «у» locates an event by.
var nearPlaces = map[string]bool{"село": true, "деревня": true, "посёлок": true, "поселок": true, "город": true,
	"берег": true, "побережье": true, "остров": true, "станция": true, "мыс": true}

// subjectCase reports whether a mention can be a subject: its first word
// has a nominative parse and no preposition stands before it («Россия
// подписала», not «в России»).
func (x *Extractor) subjectCase(d *doc.Document, m mention) bool {
	toks := d.Sentences[m.sent].Tokens
	i := tokenAt(toks, m.Start)
	if i < 0 || x.afterPreposition(toks, i) {
		return false
	}
	for _, p := range x.A.Parse(toks[i].Text) {
		if p.Tag.Case() == morph.Nomn {
			return true
		}
	}
	return false
}

// postPlace reports whether the place m is where a post is held: a post
// right before its preposition («посол Индии в России», «представитель
// МИД в Крыму») places the post, not the event — except a visit's, whose
// visitor a post may name («визита главы японского МИДа в Москву»).
func postPlace(toks []doc.Token, ms []mention, sent []int, m mention) bool {
	i := tokenAt(toks, m.Start)
	if i < 2 {
		return false
	}
	switch strings.ToLower(toks[i-1].Text) {
	case "в", "во", "на":
	default:
		return false
	}
	for _, k := range sent {
		if ms[k].Type == "PROFESSION" && ms[k].End == toks[i-2].End {
			return true
		}
	}
	return false
}

// beforeName reports whether a person's or an organization's name is
// followed right away by a person's: «Адвокат Петрова Анна Кузнецова
// заявила», «наградил основателя компании «Эвотор» Андрея Романенко» — the
// first is whose lawyer or founder the second is, not a party (NEREL
// train, organizations: 3 wrong arguments fewer, none right lost).
func beforeName(toks []doc.Token, ms []mention, sent []int, m mention) bool {
	if m.Type != "PERSON" && m.Type != "ORGANIZATION" {
		return false
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.End })
	for i < len(toks) && m.Type == "ORGANIZATION" && (toks[i].Text == "»" || toks[i].Text == "\"") {
		i++ // «основателя компании «Эвотор» Андрея Романенко»
	}
	if i >= len(toks) {
		return false
	}
	for _, k := range sent {
		if ms[k].Type == "PERSON" && ms[k].Start == toks[i].Start {
			return true
		}
	}
	return false
}

// afterPreposition reports whether token i follows a preposition.
func (x *Extractor) afterPreposition(toks []doc.Token, i int) bool {
	if i == 0 {
		return false
	}
	ps := x.A.Parse(toks[i-1].Text)
	return len(ps) > 0 && ps[0].Tag.POS() == morph.PREP
}

// notPosts are the lemmas of what «назначить» and «возглавить» take that
// is no post: a penalty («назначил ему 13 лет колонии и штраф»), a table
// or a list («возглавила турнирную таблицу»).
var notPosts = map[string]bool{"год": true, "штраф": true, "срок": true, "наказание": true, "колония": true,
	"лишение": true, "арест": true, "таблица": true, "рейтинг": true, "список": true, "чарт": true, "хит-парад": true}

// led are what «возглавить» leads that is no post: a delegation on a trip,
// a column, a march, a list of candidates.
var led = map[string]bool{"делегация": true, "колонна": true, "шествие": true, "процессия": true, "экспедиция": true}

// scheduled are what «назначить» schedules or sets, not a post: a date, a
// trip, a hearing, a check («назначит дополнительные рейсы», «назначил
// дату выборов»), a carrier's extra trains and buses («назначит четыре
// дополнительных поезда»).
var scheduled = map[string]bool{"дата": true, "рейс": true, "поезд": true, "электропоезд": true, "электричка": true, "автобус": true, "вагон": true, "встреча": true, "заседание": true, "слушание": true,
	"экспертиза": true, "проверка": true, "выборы": true, "голосование": true, "референдум": true,
	"лечение": true, "цена": true, "тариф": true, "пенсия": true, "пособие": true, "расследование": true, "ревизия": true}

// schedules reports whether the verb at sp takes a word of scheduled
// among the few words after it, before punctuation.
func (x *Extractor) schedules(toks []doc.Token, sp doc.Span) bool {
	i := tokenAt(toks, sp.Start)
	if i < 0 {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if punctMark(toks[k].Text) {
			return false
		}
		if l, _ := x.lemma(toks[k].Text); scheduled[l] {
			return true
		}
	}
	return false
}

// appointsNoOne reports whether the verb at sp (an appointment's) takes a
// penalty or a table rather than a post: a word of notPosts or a number
// among the few words after it, before punctuation.
func (x *Extractor) appointsNoOne(toks []doc.Token, sp doc.Span) bool {
	i := tokenAt(toks, sp.Start)
	if i < 0 {
		return false
	}
	if x.relativeLed(toks, i) {
		return true
	}
	if l, _ := x.lemma(toks[i].Text); l == "возглавить" {
		// «Делегацию компании возглавил Маркелов»: what is led before
		// the verb
		for k := i - 1; k >= 0 && k >= i-3 && !punctMark(toks[k].Text); k-- {
			if l, _ := x.lemma(toks[k].Text); ledOrTopped(l) {
				return true
			}
		}
	}
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		w := toks[k].Text
		if punctMark(w) {
			return false
		}
		if l, _ := x.lemma(w); ledOrTopped(l) {
			return true // «возглавил делегацию», «возглавил рейтинг»
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
			return true
		}
		if l, _ := x.lemma(w); notPosts[l] {
			return true
		}
	}
	return x.schedules(toks, sp)
}

// passive reports whether the trigger t is a verb whose likeliest reading
// is a short passive participle («задержаны», «назначен», «арестован»).
func (x *Extractor) passive(t trigger) bool {
	w, _, _ := strings.Cut(t.text, " ")
	ps := x.A.Parse(w)
	return len(ps) > 0 && ps[0].Tag.POS() == morph.PRTS && ps[0].Tag.Is(morph.Pssv)
}

// postverbalSubject reports whether m, a person or an organization after
// an event verb, is its subject: a name whose every reading as a name is in
// the nominative («подписали Лушников»: the surname reading; the common
// noun лавр of «Лавров» does not count), or a name listed right after
// prev, a subject found so («Лушников и посол Индии Винай Кумар», whose
// words the dictionary does not know); after a subject, only a name so
// listed. Persons and organizations in the
// accusative or after a preposition are objects, as before.
func (x *Extractor) postverbalSubject(d *doc.Document, m mention, prev *mention) bool {
	toks := d.Sentences[m.sent].Tokens
	i := tokenAt(toks, m.Start)
	if i < 0 || x.afterPreposition(toks, i) {
		return false
	}
	if prev != nil {
		return prev.sent == m.sent && x.listedAfter(toks, *prev, m)
	}
	last := i
	for k := i; k < len(toks) && toks[k].End <= m.End; k++ {
		if nominativeName(x.A.Parse(toks[k].Text)) {
			return true
		}
		last = k
	}
	// A person's name ending as a man's surname in the nominative does
	// («заявил Токаев»: the dictionary knows only the wine токай).
	return m.Type == "PERSON" && mascSurname(toks[last].Text)
}

// postAfter returns the post mention (PROFESSION) that stands right after
// the verb at v ending at end and one lower-case adjective («заявил
// иранский министр»), led by a noun in the nominative and followed by no
// name (then the name is the subject, «заявил министр Лавров»); -1 when
// there is none. (A bare post, «заявил музыкант», is right too, but
// NEREL dev has no event there: its arguments 41.11 → 41.08.)
func (x *Extractor) postAfter(toks []doc.Token, ms []mention, inSent []int, v, end int) int {
	k := v + 1
	for k < len(toks) && toks[k].Start < end {
		k++
	}
	for _, mi := range inSent {
		m := ms[mi]
		if m.Type != "PROFESSION" || m.Start < end {
			continue
		}
		i := tokenAt(toks, m.Start)
		if i != k+1 {
			return -1
		}
		if ps := x.A.Parse(toks[k].Text); len(ps) == 0 || ps[0].Tag.POS() != morph.ADJF || !unicode.IsLower([]rune(toks[k].Text)[0]) {
			return -1
		}
		if ps := x.A.Parse(toks[i].Text); len(ps) == 0 || ps[0].Tag.POS() != morph.NOUN || ps[0].Tag.Case() != morph.Nomn {
			return -1
		}
		for _, mj := range inSent {
			if n := ms[mj]; n.Type == "PERSON" && n.Start >= m.End && n.Start <= m.End+2 {
				return -1
			}
		}
		return mi
	}
	return -1
}

// mascSurname reports whether a capitalized word of four letters or more
// ends as a Russian man's surname in the nominative (names.RussianSurname).
func mascSurname(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return utf8.RuneCountInString(w) >= 4 && unicode.IsUpper(r) && names.RussianSurname(strings.ToLower(w))
}

// nominativeName reports whether the parses of a word read it as a name,
// or failing that as a noun, only in the nominative.
func nominativeName(ps []morph.Parse) bool {
	nameReadings := 0
	for _, p := range ps {
		if p.Tag.PersonName() {
			nameReadings++
		}
	}
	seen := false
	for _, p := range ps {
		if nameReadings > 0 && !p.Tag.PersonName() || p.Tag.POS() != morph.NOUN {
			continue
		}
		if p.Tag.Case() != morph.Nomn {
			return false
		}
		seen = true
	}
	return seen
}

// listedAfter reports whether m follows prev in a list: a comma or «и»
// right after prev, then at most eight words that are no verb («посол
// Индии в России»), commas and «и» before m.
func (x *Extractor) listedAfter(toks []doc.Token, prev, m mention) bool {
	from, to := tokenAt(toks, prev.Start), tokenAt(toks, m.Start)
	if from < 0 || to <= from {
		return false
	}
	for from < to && toks[from].End <= prev.End {
		from++
	}
	if from == to || toks[from].Text != "," && toks[from].Text != "и" || to-from > 9 {
		return false
	}
	for _, t := range toks[from+1 : to] {
		if t.Text == "," || t.Text == "и" {
			continue
		}
		if len(x.A.Parse(t.Text)) == 0 || x.finiteVerb(t.Text) || !unicode.IsLetter([]rune(t.Text)[0]) {
			return false
		}
	}
	return true
}

// inLocative reports whether word has a locative parse, or no parse at all
// (an unknown or indeclinable name).
func (x *Extractor) inLocative(word string) bool {
	ps := x.A.Parse(word)
	if len(ps) == 0 {
		return true
	}
	for _, p := range ps {
		switch p.Tag.Case() {
		case morph.Loct, morph.Loc1, morph.Loc2:
			return true
		}
	}
	return false
}

// circumstantial lists the prepositions (and the nouns of compound ones:
// «в ходе», «по итогам») that open a circumstance of time or occasion.
var circumstantial = map[string]bool{"после": true, "перед": true, "накануне": true, "кроме": true,
	"ходе": true, "рамках": true, "итогам": true, "завершении": true, "завершению": true, "время": true}

// circumstance returns the rune offset where an opening circumstance of a
// sentence ends («После осмотра производственных мощностей «Купола»»: at
// the first word that cannot be, or likeliest is not, in the genitive, or
// a comma), or -1 when
// the sentence opens otherwise.
func (x *Extractor) circumstance(toks []doc.Token) int {
	first := circumstanceWord(toks)
	if first < 0 {
		return -1
	}
	for j := first + 1; j < len(toks); j++ {
		switch t := toks[j].Text; t {
		case "«", "»", "\"", "“", "”", "„":
			continue
		case ",", ";", ":", "—", "–":
			return toks[j].Start
		}
		if subjectName(toks, j) {
			// «В ходе поездки Минниханов также вручил» (the
			// dictionary's likeliest «Минниханов» is a genitive plural)
			return toks[j].Start
		}
		ps := x.A.Parse(toks[j].Text)
		if len(ps) > 0 && ps[0].Tag.POS() == morph.PREP {
			j++ // «поездки в Ижевск»: the preposition and its noun
			continue
		}
		gen := false
		for _, p := range ps {
			gen = gen || p.Tag.Case() == morph.Gent && p.Tag.POS() != morph.VERB
		}
		if !gen || ps[0].Tag.Case() == morph.Nomn {
			return toks[j].Start
		}
	}
	return -1
}

// subjectName reports whether toks[j] is a name the tagger reads in the
// nominative right before a verb, particles and adverbs between: the
// subject of the sentence («Минниханов также вручил»; not «После
// выступления Мурси в суде был объявлен перерыв»).
func subjectName(toks []doc.Token, j int) bool {
	if toks[j].POS != "PROPN" || !strings.Contains(toks[j].Feats, "Case=Nom") {
		return false
	}
	for k := j + 1; k < len(toks); k++ {
		switch toks[k].POS {
		case "PART", "ADV":
			continue
		case "VERB", "AUX":
			return true
		}
		return false
	}
	return false
}

// circumstanceWord returns the index of the word of circumstantial that
// opens toks («После», «ходе» of «В ходе»), or -1.
func circumstanceWord(toks []doc.Token) int {
	first := 0
	if len(toks) > 0 {
		switch strings.ToLower(toks[0].Text) {
		case "в", "во", "по":
			first = 1
		}
	}
	if first >= len(toks) || !circumstantial[strings.ToLower(toks[first].Text)] {
		return -1
	}
	return first
}

// sameTime lists the words of circumstantial whose occasion is in the time
// of the events after it: «По итогам заседания», «В ходе визита», «После
// переговоров» (not «Накануне встречи», «Перед началом заседания»).
var sameTime = map[string]bool{"после": true, "ходе": true, "рамках": true, "итогам": true, "завершении": true,
	"завершению": true, "время": true}

// occasion reports whether the event noun at offset pos stands in the
// opening circumstance of its sentence (toks) that puts the sentence's
// events in its time (sameTime).
func (x *Extractor) occasion(toks []doc.Token, pos int) bool {
	w := circumstanceWord(toks)
	return w >= 0 && sameTime[strings.ToLower(toks[w].Text)] && toks[w].End <= pos && pos < x.circumstance(toks)
}

// relativeWords open a subordinate clause after a comma («…, где гости
// ознакомились»).
var relativeWords = map[string]bool{"где": true, "который": true, "которая": true, "которое": true, "которые": true,
	"которого": true, "которой": true, "которых": true, "что": true, "когда": true, "чтобы": true, "куда": true}

// clause returns the stretch of the trigger's sentence whose persons and
// organizations can be its arguments (of a verb or a noun): from the last comma, colon, semicolon or dash before the
// trigger that does not continue a list of names («Кроме завода «Купол»,
// коллеги посетили»), to the first semicolon, or comma opening a
// subordinate clause, after it.
func (x *Extractor) clause(d *doc.Document, ms []mention, inSent []int, t trigger) (lo, hi int) {
	starts := nameStarts(ms, inSent)
	toks := d.Sentences[t.sent].Tokens
	i := tokenAt(toks, t.span.Start)
	if i < 0 {
		return 0, len(d.Text) + 1
	}
	lo, hi = 0, len(d.Text)+1
	for j := i - 1; j >= 0; j-- {
		switch toks[j].Text {
		case ",", ";", ":", "—", "–":
			if j+1 < len(toks) && !starts[toks[j+1].Start] {
				lo = toks[j].End
			}
		}
		if lo > 0 {
			break
		}
	}
	for j := i + 1; j < len(toks); j++ {
		if toks[j].Text == ";" || (toks[j].Text == "," && (x.relativeAfter(toks, j+1) || x.verbLed(t) && x.nounsClause(toks, j))) {
			hi = toks[j].Start
			break
		}
	}
	return lo, hi
}

// verbLed reports whether trigger t is a verb or an EVENT mention led by
// one («задержала 5 человек»).
func (x *Extractor) verbLed(t trigger) bool {
	if t.verb {
		return true
	}
	f := strings.Fields(t.text)
	if len(f) == 0 {
		return false
	}
	_, pos := x.lemma(f[0])
	return pos == morph.VERB
}

// nounsClause reports whether the comma at toks[j] opens a relative clause
// of an event noun at most four words before it (no punctuation between),
// a preposition's phrase and a form of
// «который» («задержала пять человек по делу о перестрелке, в результате
// которой 28 апреля погибли двое»): what it tells is that event's, not the
// verb's before the noun (clause).
func (x *Extractor) nounsClause(toks []doc.Token, j int) bool {
	if j < 1 || j+2 >= len(toks) {
		return false
	}
	noun := false
	for k := j - 1; k >= 0 && k >= j-4 && !punctMark(toks[k].Text); k-- {
		if l, pos := x.lemma(toks[k].Text); pos == morph.NOUN && nouns[l].typ != "" {
			noun = true // («о перестрелке в армянском Гаваре, в результате которой»)
		}
	}
	if !noun {
		return false
	}
	for k := j + 2; k < len(toks) && k <= j+3; k++ {
		if strings.HasPrefix(strings.ToLower(toks[k].Text), "котор") {
			_, pos := x.lemma(toks[j+1].Text)
			return pos == morph.PREP
		}
	}
	return false
}

// relativeAfter reports whether a word of relativeWords opens toks[k:], or
// a form of «который» follows a noun that opens it: the subject of a
// clause about another thing («, заседание которого состоится 4 декабря»;
// not «, в результате которой 28 апреля 2 человека были убиты», which
// tells the event before it).
func (x *Extractor) relativeAfter(toks []doc.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if relativeWords[strings.ToLower(toks[k].Text)] {
		return true
	}
	_, pos := x.lemma(toks[k].Text)
	return pos == morph.NOUN && k+1 < len(toks) && strings.HasPrefix(strings.ToLower(toks[k+1].Text), "котор")
}

// relativeTimeWords place an event before or after another one.
var relativeTimeWords = map[string]bool{"накануне": true, "ранее": true, "прежде": true, "позже": true,
	"позднее": true, "впоследствии": true, "спустя": true}

// relativeTime reports whether a sentence places its events relative to
// another time: «Накануне завод посетил губернатор», «Ранее Миллер
// встречался с министром», «На следующий день …» — not «в следующем
// году» in a DATE mention with a value (dated), read from the document
// date.
func relativeTime(toks []doc.Token, dated func(pos int) bool) bool {
	for i, t := range toks {
		w := strings.ToLower(t.Text)
		if relativeTimeWords[w] || strings.HasPrefix(w, "следующ") && i+1 < len(toks) && timeUnits[strings.ToLower(toks[i+1].Text)] && !dated(t.Start) {
			return true
		}
	}
	return false
}

// timeUnits are the nouns of «на следующий день», «на следующей неделе».
var timeUnits = map[string]bool{"день": true, "дня": true, "утро": true, "утром": true, "неделе": true, "неделю": true,
	"месяце": true, "месяц": true, "году": true, "год": true, "вечер": true, "вечером": true, "сутки": true}

// nextVerb returns the start of the first finite verb after offset end in
// toks, or math.MaxInt.
func (x *Extractor) nextVerb(toks []doc.Token, end int) int {
	for _, t := range toks {
		if t.Start < end {
			continue
		}
		if x.finiteVerb(t.Text) {
			return t.Start
		}
	}
	return math.MaxInt
}

// finiteVerb reports whether a lower-case word reads first as a finite
// verb in the indicative («провел»; not the imperative «Винай», a name).
func (x *Extractor) finiteVerb(w string) bool {
	if !tokenize.StartsLower(w) {
		return false
	}
	ps := x.A.Parse(w)
	return len(ps) > 0 && ps[0].Tag.POS() == morph.VERB && !ps[0].Tag.Is(morph.Impr)
}

// infinitiveBetween reports whether a token of toks from offset from up
// to offset to reads as an infinitive (the tagger's, or the dictionary's
// first reading).
func (x *Extractor) infinitiveBetween(toks []doc.Token, from, to int) bool {
	for _, t := range toks {
		if t.Start < from || t.End > to {
			continue
		}
		if strings.Contains(t.Feats, "VerbForm=Inf") {
			return true
		}
		if t.Feats == "" {
			if ps := x.A.Parse(t.Text); len(ps) > 0 && ps[0].Tag.POS() == morph.INFN {
				return true
			}
		}
	}
	return false
}

// tokenAt returns the index of the token of toks that starts at pos, or -1.
func tokenAt(toks []doc.Token, pos int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= pos })
	if i < len(toks) && toks[i].Start == pos {
		return i
	}
	return -1
}

// namedAfter reports whether every entity of ids has a mention among the
// mentions sent (indexes into ms) that starts at offset end or later.
func namedAfter(ids []string, ms []mention, sent []int, end int) bool {
	for _, id := range ids {
		found := false
		for _, mi := range sent {
			if ms[mi].entity == id && ms[mi].Start >= end {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// mentions lists every mention with its entity, marking those nested in a
// PROFESSION, ORGANIZATION or EVENT mention (a place in a post, «главы
// Удмуртии»; a person's name in an event name), in one of its own type, or
// a DATE in a TIME and a TIME in a DATE («на 19 апреля 2020 года» in «в ночь
// с 18 на 19 апреля 2020 года»), and the names listed right after a nested
// one. text is d's text as runes.
func mentions(d *doc.Document, text []rune) []mention {
	var ms []mention
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			ms = append(ms, mention{Mention: m, entity: e.ID})
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	// Sweep: open holds the mentions that may still contain the next ones.
	var open []int
	for i := range ms {
		cur := ms[i]
		n := 0
		for _, j := range open {
			if ms[j].End > cur.Start {
				open[n] = j
				n++
			}
		}
		open = open[:n]
		for _, j := range open {
			o := ms[j]
			if o.Span != cur.Span && o.Span.Contains(cur.Span) &&
				(o.Type == "PROFESSION" || o.Type == "ORGANIZATION" || o.Type == "EVENT" || o.Type == cur.Type ||
					o.Type == "TIME" && cur.Type == "DATE" || o.Type == "DATE" && cur.Type == "TIME" ||
					placeTypes[o.Type] && cur.Type == "PERSON") {
				// (a person a place is named for, «на улице Генерала
				// Тюленева», «бульвар Тараса Шевченко», takes no part)
				ms[i].nested = true
				break
			}
		}
		open = append(open, i)
	}
	// A name listed right after a nested one of its type is nested too:
	// «журналисты The Verge и Bloomberg» (the second organization is the
	// post's as much as the first).
	for i := 1; i < len(ms); i++ {
		if ms[i].nested {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := ms[j]
			if p.End > ms[i].Start || p.Type != ms[i].Type {
				continue
			}
			if p.nested && p.End <= len(text) && listJoint(string(text[p.End:ms[i].Start])) {
				ms[i].nested = true
			}
			break
		}
	}
	return ms
}

// listJoint reports whether s only joins two names of a list: «и» or a
// comma, with spaces.
func listJoint(s string) bool {
	s = strings.TrimSpace(s)
	return s == "и" || s == ","
}

// triggers finds the event triggers of d in text order; runes is d's
// text as runes.
func (x *Extractor) triggers(d *doc.Document, runes []rune, ms []mention, sentOf func(int) int) []trigger {
	var out []trigger
	// The stretches of text inside EVENT, PERSON, ORGANIZATION and
	// WORK_OF_ART mentions, merged into disjoint spans sorted by start (ms
	// is sorted by start): a word of a title is no trigger («роману «Убить
	// пересмешника»», «песню «Дин-дон, ведьма умерла!»»: NEREL marks none).
	var cover []doc.Span
	for _, m := range ms {
		if m.Type != "EVENT" && m.Type != "PERSON" && m.Type != "ORGANIZATION" && m.Type != "WORK_OF_ART" {
			continue
		}
		if n := len(cover); n > 0 && m.Start <= cover[n-1].End {
			cover[n-1].End = max(cover[n-1].End, m.End)
			continue
		}
		cover = append(cover, m.Span)
	}
	orgStarts := map[int]bool{} // where ORGANIZATION mentions start: a company bought (boughtCompany)
	for _, m := range ms {
		if m.Type == "ORGANIZATION" {
			orgStarts[m.Start] = true
		}
	}
	covered := func(sp doc.Span) bool {
		i := sort.Search(len(cover), func(i int) bool { return cover[i].End > sp.Start })
		return i < len(cover) && cover[i].Overlaps(sp)
	}
	// verbPost appends the trigger of a verb and its post, from a to b, of
	// sentence si: «покинул пост», «вступил в эту должность».
	verbPost := func(a, b int, typ string, si int) {
		out = append(out, trigger{span: doc.Span{Start: a, End: b}, text: string(runes[a:b]), typ: typ, verb: true, sent: si})
	}
	gasBlast := false // an explosion of gas told before (mishap)
	for _, m := range ms {
		if m.Type != "EVENT" {
			continue
		}
		typ := x.mentionType(m.Text)
		if typ == Other {
			typ = x.kindBefore(d, m)
		}
		told := "" // the type the event is told as, when its arguments are read as Other's (mishap.go)
		if typ == Other || typ == Attack {
			// «столкновение с грузовиком», «взрыв бытового газа»,
			// «сошел с рельсов»: an accident (mishap.go)
			if v := x.mishap(d.Sentences[sentOf(m.Start)].Tokens, m); v != Other && typ == Attack {
				typ = v
				gasBlast = true
			} else if v != Other {
				told = v
			} else if typ == Attack && gasBlast && x.eventLemma(m.Text) == "взрыв" {
				// «взрыва бытового газа» … «Взрыв прогремел в субботу»:
				// the same explosion, an accident
				typ = Accident
			}
		}
		if typ == Meeting && x.eventLemma(m.Text) == "встреча" && x.sportsMatch(d, sentOf(m.Start)) {
			typ = Other // «Встречу посетило 78 011 зрителей»: a match (kinds.go; typed at the end)
		}
		if typ == Other && x.relieved(d.Sentences[sentOf(m.Start)].Tokens, m.Span) {
			typ = Dismissal // «от должности освобожден Георгий Борисенко»
		}
		if typ == Death && x.nonhumanDeath(d.Sentences[sentOf(m.Start)].Tokens, m.Span) {
			typ = Other // «Массовая гибель рыбы»: no person died (animaldeath.go)
		}
		if typ == Dismissal && retired(d, m) {
			typ = Other // «генералов в отставке»: a state, no dismissal
		}
		if typ == Arrest && (x.seizure(d.Sentences[sentOf(m.Start)].Tokens, m.Span) || x.delayed(d.Sentences[sentOf(m.Start)].Tokens, m.Span)) {
			typ = Other // «суд наложил арест на имущество», «рейс задержали»: no one arrested
		}
		if toks := d.Sentences[sentOf(m.Start)].Tokens; typ == Appointment && (x.schedules(toks, m.Span) || x.setsEvent(toks, tokenAt(toks, m.Start), ms) || x.tops(toks, m.Span)) {
			typ = Other // «назначит дополнительные рейсы», «возглавил британский чарт»
		} else if v := tokenAt(toks, m.Start); typ == Visit && v >= 0 && x.verbAt(toks, v) && x.attends(toks, v) {
			// «Запуск на Байконуре посетил министр»: attendance (not «Во
			// время визита Паслер провел совещание», a noun)
			typ = Other
		} else if typ == Signing {
			typ = x.decreeOf(toks, m.End, typ) // «подписал указ о назначении»
		}
		span, text := m.Span, m.Text
		if toks := d.Sentences[sentOf(m.Start)].Tokens; typ == Other {
			if k := tokenAt(toks, m.Start); k >= 0 && toks[k].End == m.End {
				if end, ok := x.tookPost(toks, k); ok {
					// «выдвинул на пост главы ФБР»: the verb and its post
					typ, span.End = Appointment, end
					text = string(runes[span.Start:span.End])
				} else if sp, ok := x.leftPost(toks, k); ok {
					// «свой пост покинула глава службы»: the verb and its
					// post (leftpost.go)
					typ, span = Dismissal, sp
					text = string(runes[span.Start:span.End])
				}
			}
		}
		out = append(out, trigger{span: span, text: text, typ: typ, told: told, entity: m.entity, sent: sentOf(m.Start)})
	}
	for si, s := range d.Sentences {
		for _, tok := range s.Tokens {
			if covered(tok.Span) {
				continue
			}
			l, pos := x.lemma(tok.Text)
			switch tok.POS {
			case "", "VERB", "AUX", "NOUN", "PROPN":
			default:
				// the tagger read the sentence: «чистой прибыли» is no
				// arrival («прибыли», likelier a form of прибыть alone)
				continue
			}
			if tok.POS == "NOUN" && pos != morph.NOUN || tok.POS == "VERB" && pos == morph.NOUN {
				continue
			}
			switch pos {
			case morph.VERB, morph.INFN, morph.GRND, morph.PRTS:
				typ, ok := verbs[l]
				if ok && imperfective[l] && (pos == morph.INFN || !dayNamed(d, ms, si) && !monthNamed(d, ms, si)) {
					continue // «с которой он встречался несколько лет»: no one event
				}
				if !ok && dealVerbs[l] && pos == morph.VERB && x.boughtCompany(s.Tokens, tokenAt(s.Tokens, tok.Start), orgStarts) {
					typ, ok = Acquisition, true // «купила сеть магазинов «Дикси»» (deal.go)
				}
				if !ok && deliveryVerbs[l] && x.batchAfter(s.Tokens, tokenAt(s.Tokens, tok.Start)) {
					typ, ok = Delivery, true // «передал МВД партию автоматов»
				}
				if k := tokenAt(s.Tokens, tok.Start); !ok && leaving[l] && pos == morph.VERB && k >= 0 {
					if p := x.postNear(s.Tokens, k); p >= 0 {
						// «свой пост покинет Любовь Глебова», «покинул пост
						// губернатора»: a dismissal, told by the verb and
						// the post (an intention, «решил покинуть пост», is
						// none: NEREL marks 31 of 43 in train, the infinitives
						// not)
						a, b := s.Tokens[min(k, p)], s.Tokens[max(k, p)]
						verbPost(a.Start, b.End, Dismissal, si)
						continue
					}
				}
				if k := tokenAt(s.Tokens, tok.Start); !ok && completeVerbs[l] && pos == morph.VERB && k >= 0 {
					if n := x.closedDeal(s.Tokens, k, orgStarts); n >= 0 && !covered(s.Tokens[n].Span) {
						// «завершила поглощение „Азота“» (deal.go)
						verbPost(tok.Start, s.Tokens[n].End, Acquisition, si)
						continue
					}
				}
				if k := tokenAt(s.Tokens, tok.Start); !ok && l == "заключить" && pos == morph.VERB {
					if n := x.concluded(s.Tokens, k); n >= 0 && !covered(s.Tokens[n].Span) && !x.sportsMatch(d, si) {
						// «заключили контракт на поставку»: a signing,
						// told by the verb and its document (concluded.go)
						a, b := s.Tokens[min(k, n)], s.Tokens[max(k, n)]
						verbPost(a.Start, b.End, Signing, si)
						continue
					}
				}
				if k := tokenAt(s.Tokens, tok.Start); !ok && (pos == morph.VERB || pos == morph.PRTS) && x.honoured(s.Tokens, k, l) {
					// «Медалью Луки Крымского отмечен хирург», «присвоено
					// звание «Заслуженный врач»»: an award (award.go)
					out = append(out, trigger{span: tok.Span, text: tok.Text, typ: Award, verb: true, sent: si})
					continue
				}
				if k := tokenAt(s.Tokens, tok.Start); !ok && pos == morph.VERB && (l == "столкнуться" && x.collided(s.Tokens, k) && (!accidentBefore(d, out, si) || addedOpening(s)) || (l == "сойти" && x.derailed(s.Tokens, k) || l == "обрушиться" && !covered(tok.Span) && x.fellIn(s.Tokens, k)) && (!accidentTold(out, si) || addedOpening(s))) {
					// «автобус столкнулся с грузовиком», «с рельсов сошли
					// восемь вагонов», «Часть перекрытия обрушилась»
					// (mishap.go): an accident (another
					// one after an accident told when the sentence opens
					// with «Кроме того», addedOpening), its
					// arguments read as an untyped event's (as mishap's;
					// concluded.go)
					out = append(out, trigger{span: tok.Span, text: tok.Text, typ: Other, told: Accident, verb: true, sent: si})
					continue
				}
				if end, took := x.tookPost(s.Tokens, tokenAt(s.Tokens, tok.Start)); !ok && took {
					// «вступил в эту должность»: an appointment, told by
					// the verb and its post
					verbPost(tok.Start, end, Appointment, si)
					continue
				}
				if ok && (l == "избрать" || l == "объявить") && x.courtMeasure(s.Tokens, tokenAt(s.Tokens, tok.Start), l) {
					continue // «избрал меру пресечения», «объявлен в розыск»: a court's measure (measure.go)
				}
				if ok && l == "объявить" && x.declaredAs(s.Tokens, tokenAt(s.Tokens, tok.Start)) {
					continue // «будет объявлен чемпионом мира»: no statement
				}
				if ok && l == "сдаться" && pos == morph.INFN {
					continue // «предложил сдаться»: a call, no surrender (train: the 2 finite «сдался» are NEREL events)
				}
				if ok && typ == Arrest && (x.seizure(s.Tokens, tok.Span) || x.delayed(s.Tokens, tok.Span)) {
					continue // «суд арестовал счета компании», «задержали вылет»
				}
				if ok && l == "назначить" && scheduledFor(s.Tokens, tokenAt(s.Tokens, tok.Start), ms) {
					continue // «рассмотрение назначено на май»: a date set, no appointment
				}
				if ok && typ == Appointment && x.setsEvent(s.Tokens, tokenAt(s.Tokens, tok.Start), ms) {
					continue // «будут назначены внеочередные выборы», «возглавил восстание»: an event set or led
				}
				if ok && l == "прибыть" && toScene(s.Tokens, tokenAt(s.Tokens, tok.Start)) {
					continue // «на место прибыли сотрудники полиции»: no visit
				}
				if ok && l == "прибыть" && x.goodsArrive(s.Tokens, tokenAt(s.Tokens, tok.Start)) {
					continue // «Груз прибыл из Японии»: goods shipped (goods.go)
				}
				span, text := tok.Span, tok.Text
				if n := x.announced(s.Tokens, tokenAt(s.Tokens, tok.Start)); ok && l == "объявить" && n >= 0 {
					if covered(s.Tokens[n].Span) {
						continue // the EVENT mention is the event announced
					}
					// «рабочие объявили забастовку»: a strike, told by the
					// verb and its object
					nl, _ := x.lemma(s.Tokens[n].Text)
					typ, span.End = nouns[nl].typ, s.Tokens[n].End
					text = string(runes[span.Start:span.End])
				}
				if ok && typ == Signing {
					typ = x.decreeOf(s.Tokens, tok.End, typ)
				}
				if ok && !(typ == Appointment && x.appointsNoOne(s.Tokens, tok.Span)) && !(typ == Visit && x.attends(s.Tokens, tokenAt(s.Tokens, tok.Start))) &&
					!(l == "вручить" && !x.gives(s.Tokens, tokenAt(s.Tokens, tok.Start), prizes) && !x.prizeFronted(s.Tokens, tokenAt(s.Tokens, tok.Start))) {
					out = append(out, trigger{span: span, text: text, typ: typ, verb: true, sent: si})
				}
			case morph.NOUN:
				if l == "встреча" && x.sportsMatch(d, si) {
					continue // a match, not a meeting (kinds.go)
				}
				if n, ok := nouns[l]; ok && (n.always || n.typ == Attack && x.undergone(s.Tokens, tokenAt(s.Tokens, tok.Start)) || n.typ == Visit && toNamedPlace(s.Tokens, tokenAt(s.Tokens, tok.Start))) && !x.sinceDay(s.Tokens, tokenAt(s.Tokens, tok.Start)) && !x.signedPaper(s.Tokens, tokenAt(s.Tokens, tok.Start)) && !x.accessOnly(s.Tokens, tokenAt(s.Tokens, tok.Start)) {
					out = append(out, trigger{span: tok.Span, text: tok.Text, typ: n.typ, sent: si})
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].span.Start < out[j].span.Start })
	return out
}

// aheadOfPast reports whether the story's last date, lastDate, was named in
// a clause the tagger read in the future (a DATE mention among the
// sentence's mentions inSent with that value) while trigger t's clause is in
// the past: «Большой театр представит в декабре премьеру … . Об этом
// сообщил директор на пресс-конференции»: the press conference was not in
// December. The story then goes on in no time it names. A date named as
// ahead of the story's day («в следующем году»; aheadWords), or set ahead
// for an event («Инаугурация назначена на 6 августа»; daySetAhead), is in
// the future whatever the tense of its clause.
func aheadOfPast(d *doc.Document, ms []mention, inSent []int, dates map[string]string, lastDate string, t trigger) bool {
	if doc.VerbTense(d.Sentences[t.sent].Tokens, t.span) >= 0 {
		return false
	}
	for _, mi := range inSent {
		m := ms[mi]
		if (m.Type == "DATE" || m.Type == "TIME") && dates[m.entity] == lastDate {
			si := doc.SentenceOf(d.Sentences, m.Span)
			return si >= 0 && (doc.VerbTense(d.Sentences[si].Tokens, m.Span) > 0 || aheadWords(m.Text) || daySetAhead(d.Sentences[si].Tokens, m.Mention))
		}
	}
	return false
}

// preparations are the lemmas of nouns that make the event noun after them
// one still to come: «подготовку визита».
var preparations = map[string]bool{"подготовка": true, "планирование": true}

// prepared reports whether the word before the event noun at span is one of
// preparations.
func (x *Extractor) prepared(toks []doc.Token, span doc.Span) bool {
	i := tokenAt(toks, span.Start)
	if i < 1 {
		return false
	}
	l, _ := x.lemma(toks[i-1].Text)
	return preparations[l]
}

// toNamedPlace reports whether «в», «во» or «на» and a capitalized word
// follow the noun at toks[k]: where one goes («рабочей поездки в Ижевск»,
// «приезд в Москву»), which makes a noun of travel a visit (NEREL marks 3
// of 4 «поездка в …» in train and dev as events).
func toNamedPlace(toks []doc.Token, k int) bool {
	if k < 0 || k+2 >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[k+1].Text) {
	case "в", "во", "на":
		r := []rune(toks[k+2].Text)
		return len(r) > 1 && unicode.IsUpper(r[0])
	}
	return false
}

// undergone reports whether the noun at toks[k] follows a form of
// «подвергнуться» (adjectives between): «Курская область подверглась
// массированной атаке беспилотников», «подвергся нападению» — the event
// happening to the subject, a trigger whether or not the recognizer tagged
// the noun.
func (x *Extractor) undergone(toks []doc.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		l, pos := x.lemma(toks[j].Text)
		switch {
		case l == "подвергнуться" || l == "подвергаться":
			return true
		case pos != morph.ADJF && pos != morph.PRTF:
			return false
		}
	}
	return false
}

// appeals are the lemmas of nouns of a complaint against a decision,
// whose «на» names what is contested: «жалоба на арест».
var appeals = map[string]bool{"жалоба": true, "апелляция": true, "кассация": true, "обжалование": true}

// contested reports whether the event noun at span follows «на» after one
// of appeals («Рассмотрение жалобы на арест назначено на 10 декабря»): an
// event the story has told, which the sentence's date does not date (the
// hearing's).
func (x *Extractor) contested(toks []doc.Token, span doc.Span) bool {
	i := tokenAt(toks, span.Start)
	if i < 2 || !strings.EqualFold(toks[i-1].Text, "на") {
		return false
	}
	l, _ := x.lemma(toks[i-2].Text)
	return appeals[l]
}

// aheadStems open the words that make a date ahead of the story's day
// whatever the tense of its clause: «пригласил посетить Турцию в
// следующем году», «в будущем году», «в предстоящие выходные».
var aheadStems = []string{"следующ", "будущ", "предстоящ", "грядущ"}

// aheadWords reports whether a date's text holds a word of aheadStems.
func aheadWords(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		for _, s := range aheadStems {
			if strings.HasPrefix(w, s) {
				return true
			}
		}
	}
	return false
}

// sinceDay reports whether the event noun at toks[k] follows «дня»,
// «момента» or «даты», with a possessive between («вступает в силу со дня
// его подписания», «с момента подписания»): a time told by an event the
// story has told, no new one.
func (x *Extractor) sinceDay(toks []doc.Token, k int) bool {
	j := k - 1
	if j >= 0 && (strings.EqualFold(toks[j].Text, "его") || strings.EqualFold(toks[j].Text, "ее") || strings.EqualFold(toks[j].Text, "её") || strings.EqualFold(toks[j].Text, "их")) {
		j--
	}
	if j < 0 {
		return false
	}
	l, _ := x.lemma(toks[j].Text)
	return l == "день" || l == "момент" || l == "дата"
}

// decrees are the lemmas of the documents whose signing is the act they
// name («указ о назначении»).
var decrees = map[string]bool{"указ": true, "распоряжение": true, "постановление": true, "приказ": true}

// decreeOf returns the type of the act a signed decree names — «подписал
// указ о назначении Алексея Дюмина секретарем Госсовета» is an
// appointment, «… об освобождении от должности» a dismissal — reading the
// tokens of toks from offset from on: a decree noun unless the trigger
// ends with one, then «о» or «об» and an event noun of those types; typ
// when there is none.
func (x *Extractor) decreeOf(toks []doc.Token, from int, typ string) string {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= from })
	if l, _ := x.lemma(toks[max(k-1, 0)].Text); k == 0 || !decrees[l] {
		if k >= len(toks) {
			return typ
		}
		if l, _ := x.lemma(toks[k].Text); !decrees[l] {
			return typ
		}
		k++
	}
	if k+1 >= len(toks) || !strings.EqualFold(toks[k].Text, "о") && !strings.EqualFold(toks[k].Text, "об") {
		return typ
	}
	l, _ := x.lemma(toks[k+1].Text)
	if l == "освобождение" {
		return Dismissal
	}
	if n, ok := nouns[l]; ok && (n.typ == Appointment || n.typ == Dismissal) {
		return n.typ
	}
	return typ
}

// relieved reports whether the mention at sp is a form of «освободить»
// with «от должности» or «от поста» right before or after it, outside the
// mention: «Этим же указом от должности освобожден Георгий Борисенко».
func (x *Extractor) relieved(toks []doc.Token, sp doc.Span) bool {
	i := tokenAt(toks, sp.Start)
	if i < 0 {
		return false
	}
	if l, _ := x.lemma(toks[i].Text); l != "освободить" {
		return false
	}
	j := i
	for j < len(toks) && toks[j].End <= sp.End {
		j++
	}
	post := func(k int) bool {
		if k < 0 || k+1 >= len(toks) || !strings.EqualFold(toks[k].Text, "от") {
			return false
		}
		l, _ := x.lemma(toks[k+1].Text)
		return l == "должность" || l == "пост"
	}
	return post(i-2) || post(j)
}

// leaving lists verbs of leaving a post («покинуть пост»).
var leaving = map[string]bool{"покинуть": true, "оставить": true, "уйти": true, "освободить": true, "сложить": true}

// leavingNouns lists the nouns of leaving a post that make an EVENT
// mention with «пост» or «должность» a dismissal, not an appointment:
// «объявил об уходе с поста председателя партии», «освобождение от
// должности», «сложение полномочий» (NEREL train and dev: «уходе с поста»
// 6, «уходе с должности» 2).
var leavingNouns = map[string]bool{"уход": true, "освобождение": true, "сложение": true}

// removing lists verbs of removing from a post that make an EVENT mention
// with «пост» or «должность» a dismissal («отстранен от должности»,
// «лишился своего поста»; «снят с должности», whose «снят» the dictionary
// reads as the short adjective «снятой»). Unlike leaving, they make no
// trigger of their own outside a mention (NEREL train: 2 more false events).
var removing = map[string]bool{"снять": true, "снятой": true, "отстранить": true, "уволить": true, "лишить": true, "лишиться": true}

// postNear returns the index of «пост» or «должность» standing within two
// words of the verb at toks[k] (after it, «покинул пост», «ушел с поста»;
// or before it, «свой пост покинет»), -1 if none.
func (x *Extractor) postNear(toks []doc.Token, k int) int {
	for j := max(0, k-2); j < min(len(toks), k+4); j++ {
		if j == k || punctMark(toks[j].Text) && (j-k)*(j-k) <= 4 {
			continue
		}
		if l, _ := x.lemma(toks[j].Text); (l == "пост" || l == "должность") && (j < k && j >= k-2 || j > k && j <= k+3) {
			return j
		}
	}
	return -1
}

// mentionType returns the type of an EVENT mention: with «пост» or
// «должность», an appointment («вступил в должность», «выдвинул на пост»),
// or a dismissal with a verb of leaving («пост покинет»); otherwise the
// type of its first event noun or verb («подписал закон», «погиб один
// человек»), or Other.
func (x *Extractor) mentionType(text string) string {
	var lemmas []string
	post := false
	for _, w := range strings.Fields(text) {
		l, pos := x.lemma(strings.Trim(w, "«»\"“”„,.()"))
		if pos == morph.PRTS && dealVerbs[l] {
			// «рукопись продана за 140 тысяч евро»: a thing sold, no
			// parties in the clause (as ACQUISITION its persons became
			// participants: NEREL train 1 wrong more); stays OTHER
			l = ""
		}
		if v := x.shortParticiple(strings.Trim(w, "«»\"“”„,.()")); v != "" {
			l = v // «были убиты»: the verb's participle, not the adjective
		}
		lemmas = append(lemmas, l)
		post = post || l == "пост" || l == "должность"
	}
	if powersLaid(lemmas) {
		return Dismissal
	}
	if post {
		for _, l := range lemmas {
			if leaving[l] || removing[l] || leavingNouns[l] {
				return Dismissal
			}
		}
		return Appointment
	}
	l := eventWord(lemmas)
	if n, ok := nouns[l]; ok {
		return n.typ
	}
	if l == "" && called(lemmas) {
		return Meeting // «провели телефонный разговор»
	}
	if v, ok := verbs[l]; ok {
		return v
	}
	for _, l := range lemmas {
		if v, ok := typingVerbs[l]; ok {
			return v
		}
	}
	return Other
}

// typingVerbs type an EVENT mention the recognizer found that they lead
// («столкнулись грузовик и автобус»: an accident) but make no trigger of
// their own: as a trigger «столкнуться» adds events NEREL does not have
// («столкнулись с проблемой»: NEREL dev events 52.95 → 52.90). So with
// «напасть» («напал с ножом на прохожих»: an attack; as a trigger it adds
// two events NEREL train does not tag, «напали на него не гастарбайтеры»)
// and the verbs of a vessel or vehicle overturned («перевернулся
// катамаран», «опрокинулся автобус»: an accident).
var typingVerbs = map[string]string{"столкнуться": Accident, "напасть": Attack, "нападать": Attack,
	"перевернуться": Accident, "опрокинуться": Accident,
	// the verbs of a deal («Roche Holding купил Genentech»; deal.go)
	"купить": Acquisition, "приобрести": Acquisition, "продать": Acquisition, "выкупить": Acquisition, "поглотить": Acquisition}

// called reports whether lemmas name a telephone conversation: «разговор»
// (or «переговоры», «беседа», which are event nouns already) after
// «телефонный» — talks held over the telephone, a meeting.
func called(lemmas []string) bool {
	for i := 1; i < len(lemmas); i++ {
		if lemmas[i] == "разговор" && lemmas[i-1] == "телефонный" {
			return true
		}
	}
	return false
}

// eventWord returns the first of lemmas that is an event noun or verb — but
// for «объявить» followed by an event noun, the noun («объявили
// забастовку»: what is announced is the event) — or "".
func eventWord(lemmas []string) string {
	for i, l := range lemmas {
		if l == "акция" && shares(lemmas, i) {
			continue
		}
		if _, ok := nouns[l]; ok {
			return l
		}
		if _, ok := verbs[l]; ok {
			if l == "объявить" {
				for _, o := range lemmas[i+1:] {
					if _, ok := nouns[o]; ok {
						return o
					}
				}
			}
			return l
		}
	}
	return ""
}

// shareMoves are the lemmas of the words that make «акция» after them a
// company's shares, not a protest: «первичное размещение акций», «обвал
// акций», «падение акций компании» (NEREL train's EVENT mentions so worded).
var shareMoves = map[string]bool{"размещение": true, "обвал": true, "падение": true, "рост": true, "продажа": true,
	"покупка": true, "выкуп": true, "пакет": true, "эмиссия": true, "допэмиссия": true, "котировка": true,
	"стоимость": true, "цена": true, "курс": true, "подорожание": true, "удешевление": true}

// shares reports whether lemmas[i], «акция», names shares: after a word of
// shareMoves, or before «компания» or a verb of price («акции компании
// упали»).
func shares(lemmas []string, i int) bool {
	for _, l := range lemmas[:i] {
		if shareMoves[l] {
			return true
		}
	}
	if i+1 < len(lemmas) {
		switch lemmas[i+1] {
		case "компания", "упасть", "вырасти", "подорожать", "подешеветь", "снизиться", "подняться", "обвалиться":
			return true
		}
	}
	return false
}

// announced returns the index of the event noun that the verb at toks[v],
// «объявить», takes as its object («объявили забастовку», «объявил
// бессрочную голодовку»: the event is the noun's, not a statement), or
// after «о» a deal («„Яндекс“ объявил о покупке сервиса»: news tell a
// takeover so), or -1.
func (x *Extractor) announced(toks []doc.Token, v int) int {
	about := false
	for j := v + 1; v >= 0 && j < len(toks) && j <= v+3; j++ {
		l, pos := x.lemma(toks[j].Text)
		if n, ok := nouns[l]; ok && pos == morph.NOUN && (!about || n.typ == Acquisition) {
			return j
		}
		if j == v+1 && (strings.EqualFold(toks[j].Text, "о") || strings.EqualFold(toks[j].Text, "об")) {
			about = true
			continue
		}
		if pos != morph.ADJF {
			return -1
		}
	}
	return -1
}

// maxWithGap bounds the words between «с» and the name of whom a meeting
// verb's subject meets («с президентом Узбекистана Шавкатом Мирзиёевым»).
const maxWithGap = 4

// metWith reports whether a mention of entity id among inSent follows the
// meeting verb t after «с» or «со», at most maxWithGap words between, no
// punctuation: the one met.
func (x *Extractor) metWith(toks []doc.Token, ms []mention, inSent []int, t trigger, id string) bool {
	for _, mi := range inSent {
		m := ms[mi]
		if m.entity != id || m.Start < t.span.End {
			continue
		}
		i := tokenAt(toks, m.Start)
		for j := i - 1; j >= 0 && j >= i-1-maxWithGap && toks[j].Start >= t.span.End; j-- {
			w := strings.ToLower(toks[j].Text)
			if w == "с" || w == "со" {
				return true
			}
			if punctMark(w) {
				break
			}
		}
	}
	return false
}

// objectControl lists verbs whose object does what the infinitive after
// them says («пригласил Путина посетить Турцию», «попросил министра
// провести проверку»).
var objectControl = map[string]bool{"пригласить": true, "приглашать": true, "попросить": true, "просить": true,
	"призвать": true, "призывать": true, "убедить": true, "уговорить": true, "поручить": true, "поручать": true}

// inviterEnd returns the start of the verb of objectControl that governs
// the infinitive trigger t (the nearest finite verb before it, at or after
// offset lo, the start of its clause), or -1: the names before that verb
// are its subject's, not the infinitive's.
func (x *Extractor) inviterEnd(toks []doc.Token, t trigger, lo int) int {
	v := tokenAt(toks, t.span.Start)
	if !t.verb || v < 0 {
		return -1
	}
	if _, pos := x.lemma(toks[v].Text); pos != morph.INFN {
		return -1
	}
	for j := v - 1; j >= 0 && toks[j].Start >= lo; j-- {
		if x.finiteVerb(toks[j].Text) {
			if l, _ := x.lemma(toks[j].Text); objectControl[l] {
				return toks[j].Start
			}
			return -1
		}
	}
	return -1
}

// thePaper reports whether the signing verb t has «документ» as its
// object or subject right before it, or after it past adjectives and
// followed by nothing but a full stop or a comma: the paper named before
// («Документ подписали во вторник», «подписали документ.»).
func (x *Extractor) thePaper(toks []doc.Token, t trigger) bool {
	v := tokenAt(toks, t.span.Start)
	if v < 0 {
		return false
	}
	isPaper := func(j int) bool {
		l, _ := x.lemma(toks[j].Text)
		return l == "документ"
	}
	if v > 0 && isPaper(v-1) {
		return true
	}
	j := v + 1
	for j < len(toks) {
		if _, pos := x.lemma(toks[j].Text); pos != morph.ADJF {
			break
		}
		j++
	}
	return j < len(toks) && isPaper(j) && (j+1 == len(toks) || toks[j+1].Text == "." || toks[j+1].Text == ",")
}

// dayBefore reports whether «Накануне» opens toks as an adverb, the day
// before the story's («Накануне Байрамов встретился»; not «Накануне
// встречи», a preposition, nor «Накануне, 5 мая, …» with a date); a
// preposition after it opens another phrase («Накануне в Ташкенте прошло
// заседание»).
func (x *Extractor) dayBefore(toks []doc.Token) bool {
	k := placedBefore(toks)
	if k+1 >= len(toks) || !strings.EqualFold(toks[k].Text, "накануне") {
		return false
	}
	if toks[k+1].POS == "ADP" || toks[k+1].POS == "" && x.afterPreposition(toks, k+2) {
		return true // «Накануне в Ташкенте прошло заседание»
	}
	ps := x.A.Parse(toks[k+1].Text)
	return !slices.ContainsFunc(ps, func(p morph.Parse) bool {
		return p.Tag.Case() == morph.Gent && p.Tag.POS() != morph.VERB
	}) || tokenize.StartsUpper(toks[k+1].Text) && toks[k+1].POS == "PROPN" && strings.Contains(toks[k+1].Feats, "Case=Nom")
}

// signedPaper reports whether the event noun at toks[n] is the paper a
// form of «подписать» before it signs, adjectives between («лидеры
// подписали совместное заявление»): a document, no statement of its own.
func (x *Extractor) signedPaper(toks []doc.Token, n int) bool {
	for j := n - 1; j >= 0 && j >= n-3; j-- {
		l, pos := x.lemma(toks[j].Text)
		if l == "подписать" {
			return true
		}
		if pos != morph.ADJF {
			return false
		}
	}
	return false
}

// coordinated reports whether mention m is joined to a mention of its type of
// entity id in the same sentence (inSent) by «и» or a comma alone, the
// words of other mentions between them aside («Дмитрия Шугаева и главы
// ГВПК Республики Беларусь Дмитрия Пантуса»). text is the document's text.
func coordinated(text []rune, ms []mention, inSent []int, id string, m mention) bool {
	for _, pi := range inSent {
		p := ms[pi]
		if p.entity != id || p.Type != m.Type || p.nested {
			continue
		}
		lo, hi := p.End, m.Start
		if m.End <= p.Start {
			lo, hi = m.End, p.Start
		}
		if lo >= hi {
			continue
		}
		var gap []rune
		for k := lo; k < hi; k++ {
			inside := false
			for _, qi := range inSent {
				if q := ms[qi]; q.Start >= lo && q.End <= hi && q.Start <= k && k < q.End {
					inside = true
					break
				}
			}
			if !inside {
				gap = append(gap, text[k])
			}
		}
		if g := strings.Join(strings.Fields(string(gap)), " "); g == "и" || g == "," {
			return true
		}
	}
	return false
}

// dateValue returns the calendar part of a normalized DATE value: "" for
// durations and sets (P10D), the start of a range (XXXX-04-13/XXXX-04-14).
func dateValue(v string) string {
	v, _, _ = strings.Cut(v, "/")
	v, _, _ = strings.Cut(v, "T") // «в ночь с 18 на 19 апреля»: the day, not the hour
	if v == "" || !(v[0] >= '0' && v[0] <= '9' || v[0] == 'X') {
		return ""
	}
	return v
}

// hasAgent reports whether a person is the subject of ev's verb: a person
// among its arguments of role (RoleAgent, or RoleParticipant for a passive
// verb), not one met or acted upon after it («министр встретился с
// Рустамом Миннихановым» still needs its subject).
func hasAgent(ev *doc.Event, types map[string]string, role string) bool {
	for _, a := range ev.Arguments {
		if a.Role == role && types[a.Entity] == "PERSON" {
			return true
		}
	}
	return false
}

// namedInside reports whether a mention of entity id among the sentence's
// mentions inSent lies inside m.
func namedInside(ms []mention, inSent []int, id string, m mention) bool {
	for _, i := range inSent {
		if o := ms[i]; o.entity == id && o.Start >= m.Start && o.End <= m.End {
			return true
		}
	}
	return false
}

// isParticipant reports whether the entity takes part in ev.
func isParticipant(ev *doc.Event, id string) bool {
	for _, p := range ev.Participants {
		if p == id {
			return true
		}
	}
	return false
}

// dropParticipant removes the entity from ev's participants and arguments.
func dropParticipant(ev *doc.Event, id string) {
	ps := ev.Participants[:0]
	for _, p := range ev.Participants {
		if p != id {
			ps = append(ps, p)
		}
	}
	ev.Participants = ps
	as := ev.Arguments[:0]
	for _, a := range ev.Arguments {
		if a.Entity != id {
			as = append(as, a)
		}
	}
	ev.Arguments = as
}

// hasRole reports whether ev has an argument of the role.
func hasRole(ev *doc.Event, role string) bool {
	for _, a := range ev.Arguments {
		if a.Role == role {
			return true
		}
	}
	return false
}

// sourceWords end the phrases that name where a report comes from: «по
// данным», «по словам», «по информации», «по сообщению», «согласно», «со
// ссылкой на».
var sourceWords = map[string]bool{"данным": true, "словам": true, "информации": true, "сообщению": true, "согласно": true, "ссылкой": true}

// sourceBack is how many words before a name a source phrase may end
// («по данным пресс-службы МВД»).
const sourceBack = 3

// reportSource tells how a mention names the source of a report, who
// tells of the events of its sentence and takes no part in them.
type reportSource uint8

const (
	// sourcePhrase: a source word before it («по данным ООН, погибли…»;
	// source).
	sourcePhrase reportSource = 1 << iota
	// sourceClause: it stands in an opening clause of report («Как сообщил
	// пресс-секретарь Кремля Дмитрий Песков, Путин встретился …»;
	// relation.ReportOpened), the source of the events after the comma
	// that closes the clause (tells).
	sourceClause
)

// reportSources returns how the person, organization and country
// mentions of a sentence (inSent, by their index in ms) name the source of
// a report, those that do: one computation per sentence that its triggers
// share (the same test as relation.ReportedSource, whose part that
// depends on the event is left to tells).
func (x *Extractor) reportSources(text []rune, toks []doc.Token, ms []mention, inSent []int) map[int]reportSource {
	srcs := map[int]reportSource{}
	for _, mi := range inSent {
		m := ms[mi]
		if !partyTypes[m.Type] {
			continue
		}
		var s reportSource
		if x.source(toks, m) {
			s |= sourcePhrase
		}
		if relation.ReportOpened(text, m.Span) {
			s |= sourceClause
		}
		if s != 0 {
			srcs[mi] = s
		}
	}
	return srcs
}

// tells reports whether a mention m of source kind s names the source of
// a clause of report that a comma closes before the trigger t
// (relation.ReportedSource): «Как сообщил Песков, Путин встретился …»
// tells of the meeting; Песков is no party to it.
func (s reportSource) tells(text []rune, m mention, t trigger) bool {
	return s&sourceClause != 0 && relation.ReportClosedBefore(text, m.Span, t.span)
}

// source reports whether the mention m names the source of a report («по
// данным ООН, погибли…»), not a participant: a source word stands at most
// sourceBack words before it, with no punctuation between.
func (x *Extractor) source(toks []doc.Token, m mention) bool {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.Start })
	for j := i - 1; j >= 0 && j >= i-sourceBack; j-- {
		w := strings.ToLower(toks[j].Text)
		if sourceWords[w] {
			return true
		}
		if !unicode.IsLetter([]rune(w)[0]) {
			return false
		}
	}
	return false
}

// ofTopic reports whether a topic preposition («о», «об», «обо», «по»)
// stands between offsets from and to: a place after it is the topic's
// («подписали соглашение о создании центра обработки данных в Иннополисе»,
// «дорожную карту по строительству АЭС в Казахстане»), not where the event
// happens (NEREL train: 9 wrong places fewer, no right one lost).
func ofTopic(toks []doc.Token, ms []mention, inSent []int, from, to int) bool {
	for _, tk := range toks {
		if tk.Start >= from && tk.Start < to {
			switch strings.ToLower(tk.Text) {
			case "о", "об", "обо", "по":
				if !inTime(ms, inSent, tk.Start) {
					return true
				}
			}
		}
	}
	return false
}

// inTime reports whether offset pos lies in a DATE or TIME mention among
// inSent: «по» of «в 06:40 по местному времени» opens no topic.
func inTime(ms []mention, inSent []int, pos int) bool {
	for _, mi := range inSent {
		if m := ms[mi]; (m.Type == "DATE" || m.Type == "TIME") && m.Start <= pos && pos < m.End {
			return true
		}
	}
	return false
}

// listEnd returns the first comma after the trigger that does not
// continue a list of names, where the names of an event noun and the place
// of any trigger end («встреча с Иваном Петровым и Петром Ивановым, после
// которой …»; «выступил в Казани, а потом в Москве»).
func listEnd(toks []doc.Token, ms []mention, inSent []int, t trigger) int {
	starts := nameStarts(ms, inSent)
	for j := tokenAt(toks, t.span.Start) + 1; j > 0 && j+1 < len(toks); j++ {
		if toks[j].Text == "," && !starts[toks[j+1].Start] {
			return toks[j].Start
		}
	}
	return math.MaxInt
}

// nameStarts returns the start offsets of the person and organization
// mentions among inSent: a comma before one continues a list of names.
func nameStarts(ms []mention, inSent []int) map[int]bool {
	starts := map[int]bool{}
	for _, mi := range inSent {
		if m := ms[mi]; m.Type == "PERSON" || m.Type == "ORGANIZATION" {
			starts[m.Start] = true
		}
	}
	return starts
}
