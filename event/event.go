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
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
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
	"удар": {Attack, false}, "штурм": {Attack, false}, "взрыв": {Attack, false},
	"выборы": {Election, false}, "голосование": {Election, false}, "референдум": {Election, false},
	"заявление": {Statement, false},
	"смерть":    {Death, false}, "гибель": {Death, false}, "убийство": {Death, false},
	"арест": {Arrest, false}, "задержание": {Arrest, false},
	"акция": {Protest, false}, "митинг": {Protest, false}, "протест": {Protest, false}, "забастовка": {Protest, false},
	"авария": {Accident, false}, "катастрофа": {Accident, false}, "крушение": {Accident, false}, "дтп": {Accident, false},
	"награждение": {Award, false},
}

// verbs maps event verbs (infinitive lemmas) to types.
var verbs = map[string]string{
	"встретиться": Meeting, "посетить": Visit, "побывать": Visit, "прибыть": Visit,
	"подписать": Signing, "назначить": Appointment, "уволить": Dismissal,
	"атаковать": Attack, "обстрелять": Attack, "избрать": Election, "заявить": Statement,
	"погибнуть": Death, "умереть": Death, "задержать": Arrest, "арестовать": Arrest,
	"наградить": Award,
}

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
}

// New returns an Extractor over the embedded dictionary.
func New() (*Extractor, error) {
	a, err := morph.Default()
	if err != nil {
		return nil, err
	}
	return &Extractor{A: a}, nil
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
}

// lemma returns the lemma of the likeliest parse of word, and its part of
// speech.
func (x *Extractor) lemma(word string) (string, morph.Grammeme) {
	ps := x.A.Parse(word)
	if len(ps) == 0 {
		return strings.ToLower(word), 0
	}
	best := ps[0]
	for _, p := range ps[1:] {
		if p.Score > best.Score {
			best = p
		}
	}
	return strings.ReplaceAll(best.Normal, "ё", "е"), best.Tag.POS()
}

// Extract returns the events of d, whose sentences, entities and relations
// are filled, and whose DATE entities carry their normalized Value.
func (x *Extractor) Extract(d *doc.Document) []doc.Event {
	ms := mentions(d)
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
	for i, m := range ms {
		bySent[m.sent] = append(bySent[m.sent], i)
	}
	types := map[string]string{}
	for _, e := range d.Entities {
		types[e.ID] = e.Type
	}
	trigs := x.triggers(d, ms, sentOf)
	dates := map[string]string{}
	for _, e := range d.Entities {
		if e.Value != "" {
			dates[e.ID] = e.Value
		}
	}
	perSent := map[int]int{}
	for _, t := range trigs {
		perSent[t.sent]++
	}
	var out []doc.Event
	lastDate := ""
	lastDateSent := -1
	for _, t := range trigs {
		ev := doc.Event{
			Type:     t.typ,
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
		// Relations first.
		if t.entity != "" {
			for _, r := range d.Relations {
				switch {
				case r.Tail == t.entity && (r.Type == "PARTICIPANT_IN" || r.Type == "AGENT"):
					add(roleOf(r.Type), r.Head)
				case r.Tail == t.entity && r.Type == "ORGANIZES":
					add(RoleOrganizer, r.Head)
				case r.Head == t.entity && r.Type == "TAKES_PLACE_IN" && ev.Place == "":
					ev.Place = r.Tail
					add(RolePlace, r.Tail)
				case r.Head == t.entity && (r.Type == "POINT_IN_TIME" || r.Type == "START_TIME") && ev.Date == "":
					if v := dates[r.Tail]; v != "" {
						ev.Date = v
						add(RoleTime, r.Tail)
					}
				}
			}
		}
		// Then the sentence: its date, its place after a locative
		// preposition, and — unless the relations named them — its people
		// and organizations.
		fromRelations := len(ev.Participants) > 0
		var sentDate string
		for _, mi := range bySent[t.sent] {
			m := ms[mi]
			if m.nested {
				continue
			}
			after := m.Start >= t.span.End
			switch {
			case m.Type == "DATE" && dates[m.entity] != "":
				if sentDate == "" {
					sentDate = dates[m.entity]
					if ev.Date == "" {
						ev.Date = sentDate
						add(RoleTime, m.entity)
					}
				}
			case (m.Type == "PERSON" || m.Type == "ORGANIZATION") && t.verb && after:
				if t.typ == Visit && ev.Place == "" && m.Type == "ORGANIZATION" {
					ev.Place = m.entity
					add(RolePlace, m.entity)
				} else {
					add(RoleObject, m.entity)
				}
			case (m.Type == "PERSON" || m.Type == "ORGANIZATION") && !fromRelations:
				if t.verb {
					add(RoleAgent, m.entity)
				} else {
					add(RoleParticipant, m.entity)
				}
			case placeTypes[m.Type] && x.locative(d, m) && properName(m.Text):
				if ev.Place == "" || placeRank[m.Type] > placeRank[types[ev.Place]] {
					ev.Place = m.entity
				}
			}
		}
		if ev.Place != "" {
			add(RolePlace, ev.Place)
		}
		if ev.Date == "" && lastDate != "" && t.sent >= lastDateSent {
			// The story goes on in the time it last named.
			ev.Date = lastDate
		}
		if sentDate != "" {
			lastDate, lastDateSent = sentDate, t.sent
		} else if ev.Date != "" {
			lastDate, lastDateSent = ev.Date, t.sent
		}
		if prev := x.antecedent(d, out, t); prev != nil {
			// «на встрече», «участники заседания»: the event told before.
			// Its sentence's people join it, unless another event of the
			// sentence claims them.
			if perSent[t.sent] > 1 {
				continue
			}
			for _, a := range ev.Arguments {
				if a.Role == RoleParticipant && types[a.Entity] == "PERSON" {
					prev.Participants = appendNew(prev.Participants, a.Entity)
					if !hasArg(prev, a.Entity) {
						prev.Arguments = append(prev.Arguments, a)
					}
				}
			}
			continue
		}
		ev.ID = fmt.Sprintf("V%d", len(out)+1)
		out = append(out, ev)
	}
	return out
}

// happening lists verbs that bring a new event about («провели встречу»,
// «состоялась встреча»).
var happening = map[string]bool{"провести": true, "состояться": true, "пройти": true, "начаться": true,
	"организовать": true, "устроить": true, "открыться": true, "завершиться": true}

// antecedent returns the earlier event that a bare event noun refers back
// to: the latest one of the same type whose trigger has the same lemma,
// when no verb of happening stands next to the noun.
func (x *Extractor) antecedent(d *doc.Document, prev []doc.Event, t trigger) *doc.Event {
	if t.verb || strings.ContainsAny(t.text, " -«\"") {
		return nil
	}
	lemma, _ := x.lemma(t.text)
	s := d.Sentences[t.sent]
	if i := tokenAt(s.Tokens, t.span.Start); i >= 0 {
		for j := max(0, i-3); j < min(len(s.Tokens), i+3); j++ {
			if l, pos := x.lemma(s.Tokens[j].Text); (pos == morph.VERB || pos == morph.INFN || pos == morph.PRTF) && happening[l] &&
				x.governed(s.Tokens, j) == i {
				return nil
			}
		}
	}
	for i := len(prev) - 1; i >= 0; i-- {
		if prev[i].Type != t.typ {
			continue
		}
		for _, w := range strings.Fields(prev[i].Trigger.Text) {
			if l, _ := x.lemma(strings.Trim(w, "«»\"“”„,.()")); l == lemma {
				return &prev[i]
			}
		}
	}
	return nil
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

func hasArg(ev *doc.Event, id string) bool {
	for _, a := range ev.Arguments {
		if a.Entity == id {
			return true
		}
	}
	return false
}

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
// («в Ижевске», «на заводе»).
func (x *Extractor) locative(d *doc.Document, m mention) bool {
	toks := d.Sentences[m.sent].Tokens
	i := tokenAt(toks, m.Start)
	if i <= 0 {
		return false
	}
	// «в Ижевске», or over modifiers: «в российском городе Ижевске».
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch strings.ToLower(toks[j].Text) {
		case "в", "во", "на":
			return true
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

// mentions lists every mention with its entity, marking those nested in a
// PROFESSION, ORGANIZATION or EVENT mention (a place in a post, «главы
// Удмуртии»; a person's name in an event name).
func mentions(d *doc.Document) []mention {
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
				(o.Type == "PROFESSION" || o.Type == "ORGANIZATION" || o.Type == "EVENT" || o.Type == cur.Type) {
				ms[i].nested = true
				break
			}
		}
		open = append(open, i)
	}
	return ms
}

// triggers finds the event triggers of d in text order.
func (x *Extractor) triggers(d *doc.Document, ms []mention, sentOf func(int) int) []trigger {
	var out []trigger
	// The stretches of text inside EVENT, PERSON and ORGANIZATION mentions,
	// merged into disjoint spans sorted by start (ms is sorted by start).
	var cover []doc.Span
	for _, m := range ms {
		if m.Type != "EVENT" && m.Type != "PERSON" && m.Type != "ORGANIZATION" {
			continue
		}
		if n := len(cover); n > 0 && m.Start <= cover[n-1].End {
			cover[n-1].End = max(cover[n-1].End, m.End)
			continue
		}
		cover = append(cover, m.Span)
	}
	covered := func(sp doc.Span) bool {
		i := sort.Search(len(cover), func(i int) bool { return cover[i].End > sp.Start })
		return i < len(cover) && cover[i].Overlaps(sp)
	}
	for _, m := range ms {
		if m.Type != "EVENT" {
			continue
		}
		typ := Other
		for _, w := range strings.Fields(m.Text) {
			l, _ := x.lemma(strings.Trim(w, "«»\"“”„,.()"))
			if n, ok := nouns[l]; ok {
				typ = n.typ
				break
			}
		}
		out = append(out, trigger{span: m.Span, text: m.Text, typ: typ, entity: m.entity, sent: sentOf(m.Start)})
	}
	for si, s := range d.Sentences {
		for _, tok := range s.Tokens {
			if covered(tok.Span) {
				continue
			}
			l, pos := x.lemma(tok.Text)
			switch pos {
			case morph.VERB, morph.INFN, morph.GRND:
				if typ, ok := verbs[l]; ok {
					out = append(out, trigger{span: tok.Span, text: tok.Text, typ: typ, verb: true, sent: si})
				}
			case morph.NOUN:
				if n, ok := nouns[l]; ok && n.always {
					out = append(out, trigger{span: tok.Span, text: tok.Text, typ: n.typ, sent: si})
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].span.Start < out[j].span.Start })
	return out
}
