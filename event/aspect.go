package event

import (
	"regexp"
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// imperfective lists the imperfective event verbs of the verbs map: they
// tell one event only in a finite form (not «регулярно встречаться») in a
// sentence that names its day (dayNamed): «Накануне Лавров встречался с
// президентом Турции», «Во вторник Хинштейн посещал пострадавшие районы»,
// «Во вторник полиция задерживала участников акции»; without one they
// most often tell a habit or a relationship («он регулярно посещал
// психотерапевта», «с которой он встречался несколько лет»), which NEREL
// marks as no event. («прибывать» and «увольнять» cost NEREL train: a
// present «прибывает» of a headline, an «увольнял» of a biography.)
var imperfective = map[string]bool{"встречаться": true, "беседовать": true, "посещать": true,
	"подписывать": true, "обстреливать": true, "задерживать": true, "арестовывать": true, "награждать": true}

// dayValue matches a DATE or TIME value of one day or a part of it.
var dayValue = regexp.MustCompile(`^(\d{4}|XXXX)-\d\d-\d\d`)

// dayWords are the words that name a day relative to another, which timex
// gives no value without the document's date.
var dayWords = map[string]bool{"накануне": true, "вчера": true, "сегодня": true, "позавчера": true}

// dayNamed reports whether sentence si of d names the day of an event: a
// DATE or TIME mention among ms with a day's value or a weekday («в
// среду», «в ночь на среду») — not a duration, a year or a time since
// («несколько лет», «с 2017 года»), nor every such day («каждое второе
// воскресенье месяца») — or a word of dayWords, which the recognizer may
// leave out («Накануне Лавров встречался …»).
func dayNamed(d *doc.Document, ms []mention, si int) bool {
	for _, tok := range d.Sentences[si].Tokens {
		if dayWords[strings.ToLower(tok.Text)] {
			return true
		}
	}
	values := map[string]string{}
	for _, e := range d.Entities {
		if e.Type == "DATE" || e.Type == "TIME" {
			values[e.ID] = e.Value
		}
	}
	for _, m := range ms {
		if m.sent != si || m.Type != "DATE" && m.Type != "TIME" {
			continue
		}
		if dayValue.MatchString(values[m.entity]) {
			return true
		}
		ws := strings.Fields(strings.ToLower(m.Text))
		if slices.ContainsFunc(ws, func(w string) bool { return strings.HasPrefix(w, "кажд") }) {
			continue // «каждое второе воскресенье месяца»: a habit
		}
		if slices.ContainsFunc(ws, func(w string) bool { return weekdayWords[w] }) {
			return true
		}
	}
	return false
}

// endVerbs tell the end or the length of an event told before («Визит
// завершится 7 ноября», «Переговоры продлились три часа»): their noun is
// that event, and their date its end, not another event's day.
var endVerbs = map[string]bool{"завершиться": true, "закончиться": true, "окончиться": true, "продлиться": true}

// ending reports whether the event noun of t is the subject an end verb
// governs (endVerbs; governed), within three words of it.
func (x *Extractor) ending(d *doc.Document, t trigger) bool {
	if t.verb {
		return false
	}
	toks := d.Sentences[t.sent].Tokens
	i := tokenAt(toks, t.span.Start)
	if i < 0 {
		return false
	}
	for j := max(0, i-3); j < min(len(toks), i+4); j++ {
		if l, pos := x.lemma(toks[j].Text); (pos == morph.VERB || pos == morph.PRTF) && endVerbs[l] && x.governed(toks, j) == i {
			return true
		}
	}
	return false
}

// meetingOfHeadline returns the headline's meeting that a meeting of the
// lead (t, in the first leadSentences sentences after a headline) tells
// again by another word of the type: «Лавров провел переговоры с Фиданом»
// … «Лавров в среду встретился в Анкаре с главой МИД Турции Хаканом
// Фиданом»; «Переговоры Лаврова и Фидана прошли в Анкаре» … «Лавров
// встретился с Фиданом». Two of its parties (parties) at least must be
// the headline event's, or all the headline event's, one at least, among
// them («Переговоры Мишустина и премьера Казахстана» … «Мишустин
// встретился с премьер-министром Казахстана Олжасом Бектеновым»); and its
// sentence's date (date) no other; else nil.
func meetingOfHeadline(d *doc.Document, prev []doc.Event, t trigger, date string, parties []string) *doc.Event {
	if t.typ != Meeting || t.sent == 0 || t.sent > leadSentences || len(d.Sentences) == 0 || !headline(d.Sentences[0]) {
		return nil
	}
	for i := range prev {
		e := &prev[i]
		if e.Evidence != d.Sentences[0].Span || e.Type != Meeting {
			continue
		}
		if date != "" && e.Date != "" && !sameDate(date, e.Date) {
			return nil
		}
		shared := 0
		for _, p := range parties {
			if isParticipant(e, p) {
				shared++
			}
		}
		if shared >= 2 || shared >= 1 && subset(e.Participants, parties) {
			return e
		}
	}
	return nil
}
