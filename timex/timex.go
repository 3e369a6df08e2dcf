// Package timex normalizes date and time expressions in Russian (first) and
// English text to ISO 8601 values, with the precision the text gives.
//
// Normalize takes the text of one expression («в октябре 2024 года»,
// «12.10.24», "October 12, 2024") and a reference date (the document date)
// and returns its value ("2024-10"). Find scans running text and returns every
// expression it recognises, with code-point offsets, so that dates can be
// attached to events.
//
// Values follow ISO 8601 and, where ISO has no form, TimeML (TIMEX3):
//
//	2024            a year               2024-10        a month
//	2024-10-12      a day                XXXX-10-12     a day, year unknown
//	2024-W41        an ISO week          2024-Q1        a quarter
//	2024-H1         a half year          2022-SP        a season (SP SU FA WI)
//	199             a decade (1990s)     18             a century (1800s)
//	T10:30          a clock time         2024-10-12T10:30+03:00
//	PRESENT_REF     «сейчас»             PAST_REF, FUTURE_REF «недавно», «в будущем»
//	2024-10-12TMO   a part of a day (MO morning, AF afternoon, EV evening, NI night)
//	P3D, P2Y, PXY   durations (X: an unspecified number, «несколько лет»)
//	2019/2021       a range: Start "2019", End "2021"
//
// The reference date resolves expressions that depend on it: «вчера»,
// «в прошлом году», «три дня назад», «в понедельник», and the year of «12
// октября». With a zero reference date a missing year is written XXXX and
// expressions that only the reference date can resolve are not accepted.
// See docs/timex.md for the rules and heuristics.
package timex

import (
	"strconv"
	"strings"
	"time"
)

// Precision is the granularity of a normalized value.
type Precision uint8

// Precisions, from coarsest to finest. Duration marks a length of time (P3D)
// rather than a point or a period of the calendar.
const (
	PrecisionNone Precision = iota
	Century
	Decade
	Year
	Half
	Quarter
	Season
	Month
	Week
	Day
	PartOfDay
	Minute
	Duration
)

var precisionNames = [...]string{
	PrecisionNone: "none",
	Century:       "century",
	Decade:        "decade",
	Year:          "year",
	Half:          "half",
	Quarter:       "quarter",
	Season:        "season",
	Month:         "month",
	Week:          "week",
	Day:           "day",
	PartOfDay:     "part-of-day",
	Minute:        "minute",
	Duration:      "duration",
}

// String returns the lowercase name of the precision ("day", "month", …).
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "precision(" + strconv.Itoa(int(p)) + ")"
}

// Modifiers of a value, after TimeML's TIMEX3 mod attribute.
const (
	ModStart       = "START"         // «в начале 2023 года»
	ModMid         = "MID"           // «в середине 2023 года»
	ModEnd         = "END"           // «в конце 2023 года»
	ModBefore      = "BEFORE"        // «до 2030 года»
	ModAfter       = "AFTER"         // «после 2020 года»
	ModOnOrAfter   = "ON_OR_AFTER"   // «с 2019 года»
	ModOnOrBefore  = "ON_OR_BEFORE"  // «к 2030 году», «по 19 мая»
	ModMoreThan    = "MORE_THAN"     // durations: «более трёх лет»
	ModLessThan    = "LESS_THAN"     // durations: «менее года», «почти два года»
	ModEqualOrLess = "EQUAL_OR_LESS" // durations: «до трёх лет», «не более года»
)

// Value is a normalized date or time expression.
type Value struct {
	// Value is the ISO 8601 (or TimeML) value: "2024-10-12", "2024-10",
	// "XXXX-10-12", "2024-Q1", "T10:30", "P3D", or "Start/End" for a range.
	Value string `json:"value"`
	// Start and End are the two ends of a range; both empty otherwise.
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
	// Precision is the granularity of Value (of Start for a range).
	Precision Precision `json:"precision"`
	// Approx marks a vague value: «на днях», «около 2000 года», «несколько дней назад».
	Approx bool `json:"approx,omitempty"`
	// Mod is one of the Mod* constants, or empty.
	Mod string `json:"mod,omitempty"`
}

// Match is one expression found by Find.
type Match struct {
	// Start and End are code-point offsets into the scanned text, half-open.
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the matched text, text[Start:End] in code points.
	Text  string `json:"text"`
	Value Value  `json:"value"`
}

// Normalize returns the value of one date or time expression, such as a
// NEREL DATE or TIME mention. The whole of text (bar surrounding spaces and
// punctuation) must be one expression, or two in apposition («в среду, 29
// апреля 2020 года»); ok is false otherwise. ref is the document date; pass
// the zero time when it is unknown. Unlike Find, Normalize takes a bare
// number from 1000 to 2100 («2013») as a year, since its caller says the
// text is a date.
func Normalize(text string, ref time.Time) (Value, bool) {
	return NormalizeTense(text, ref, TenseUnknown)
}

// Tense is the tense of the sentence a date stands in, which decides the
// side of the document date a date given without its year or week falls
// on: «3 марта» in «заседание прошло 3 марта» is the last 3 March, in
// «заседание пройдёт 3 марта» the next one.
type Tense int

// Tenses.
const (
	TenseUnknown Tense = 0
	TensePast    Tense = -1
	TenseFuture  Tense = 1
)

// SentenceTense reads the tense of a sentence as Find does for weekdays:
// future when it holds a marker of the future (будет, состоится, пройдёт,
// планируется, "will"), else past when it holds a past-tense verb, else
// unknown.
func SentenceTense(sentence string) Tense {
	toks := lex(sentence)
	p := newParser(toks, time.Time{})
	return Tense(p.tenseOf(0, len(toks), 0, 0))
}

// ClauseTense reads the tense of the clause of a sentence in which the
// expression at code point offset at stands: a clause the sentence reports
// («…, что депутаты проведут совещание 2 декабря», «…, чтобы …») has its
// own tense, which the reporting verb's past does not give it — unknown
// when the clause holds no marker; the main clause has its own tense too
// (a future marker of the reported clause is not its), else the sentence's.
// With no marker, a date after «с» in a clause with a present-tense verb of
// a state going on («с 3 мая действует режим ЧС») is in the past.
func ClauseTense(sentence string, at int) Tense {
	toks := lex(sentence)
	p := newParser(toks, time.Time{})
	lo, hi, main := 0, len(toks), true
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].low != "," || toks[k+1].low != "что" && toks[k+1].low != "чтобы" {
			continue
		}
		if toks[k].start <= at {
			lo, main = k+1, false
		} else {
			hi = k
			break
		}
	}
	t := Tense(p.tenseOf(lo, hi, 0, 0))
	if t == TenseUnknown && main {
		t = Tense(p.tenseOf(0, len(toks), 0, 0))
	}
	if t == TenseUnknown && since(toks, at) {
		// «В регионе с 3 мая действует режим ЧС»: a state that holds
		// since a day has begun.
		for k := lo; k < hi; k++ {
			if ongoing[toks[k].low] {
				return TensePast
			}
		}
	}
	return t
}

// ExtendedTerm reports whether the expression at code point offset at of
// sentence opens with «до» and a day's number or a month in a sentence that holds a
// form of «продлить» or «продлевать» («суд продлил срок ареста до 15
// декабря», «арест продлен до 3 марта»): the end of a term extended, a day
// the past of the act does not place. Not «продлиться» («выставка
// продлилась до 15 марта»: what lasted till a day that has passed).
func ExtendedTerm(sentence string, at int) bool {
	toks := lex(sentence)
	k := -1
	for x := 0; x+1 < len(toks); x++ {
		if toks[x].start == at {
			k = x
			break
		}
	}
	if k < 0 || toks[k].low != "до" {
		return false
	}
	if m, _ := monthOf(toks[k+1].low); (toks[k+1].kind != tNum || toks[k+1].ndig > 2) && m == 0 {
		return false
	}
	for _, t := range toks {
		if strings.HasPrefix(t.low, "продл") && !strings.HasSuffix(t.low, "ся") && !strings.HasSuffix(t.low, "сь") {
			return true
		}
	}
	return false
}

// since reports whether the token at code point offset at opens «с …» or
// «начиная с …».
func since(toks []tok, at int) bool {
	for k, t := range toks {
		if t.start == at {
			return t.low == "с" || t.low == "начиная" && k+1 < len(toks) && toks[k+1].low == "с"
		}
	}
	return false
}

// ongoing lists present-tense verbs of a state that goes on («действует»,
// «продолжается»): with «с» and a date, the date has passed.
var ongoing = map[string]bool{
	"действует": true, "действуют": true, "продолжается": true, "продолжаются": true, "длится": true,
	"длятся": true, "сохраняется": true, "сохраняются": true, "работает": true, "работают": true,
	"находится": true, "находятся": true, "остается": true, "остаются": true, "идет": true, "идут": true,
}

// NormalizeTense is Normalize for an expression whose sentence has the
// given tense: a date without a year («3 марта», «в октябре», «весной») is
// the latest one not after ref in a past-tense sentence and the earliest
// one not before it in a future-tense one, and so is a weekday alone; with
// TenseUnknown it is the nearest, as in Normalize. A day after «на» is a
// day set for something («суд отложил рассмотрение на 4 декабря»): the
// past of the act does not place it, and it is the nearest.
func NormalizeTense(text string, ref time.Time, tense Tense) (Value, bool) {
	return NormalizeAfter(text, "", ref, tense)
}

// NormalizeAfter is NormalizeTense for an expression whose sentence has the
// word before right before it ("" if none): hours after «на» are a clock
// time after a verb of scheduling («перенесли на 15 часов» T15:00) and a
// length of time otherwise («задержали на три часа» PT3H).
func NormalizeAfter(text, before string, ref time.Time, tense Tense) (Value, bool) {
	toks := lex(text)
	i, j := 0, len(toks)
	for i < j && toks[i].kind == tPunct {
		i++
	}
	for j > i && toks[j-1].kind == tPunct {
		j--
	}
	if i >= j {
		return Value{}, false
	}
	if tense == TensePast && setFor(toks[i:j]) {
		tense = TenseUnknown
	}
	p := newParser(toks, ref)
	p.whole = true
	p.given = int(tense)
	p.before = strings.ToLower(before)
	ms := p.scan(i)
	if k := frequencyPrefix(toks, i, j); k > i && k < j {
		// «в сутки до конца марта 2026 года» (a recognizer's span drawn
		// over the frequency before the date): the date
		if rest := p.scan(k); len(rest) == 1 && rest[0].from == k {
			i, ms = k, rest
		}
	}
	// The match may run past j over a trailing abbreviation dot («2024 г.»).
	if len(ms) != 1 || ms[0].from != i || ms[0].to < j {
		return Value{}, false
	}
	return ms[0].e.value(), true
}

// setFor reports whether toks open with «на» and a day's number («на 4
// декабря»), a day something is set for.
func setFor(toks []tok) bool {
	return len(toks) > 2 && toks[0].kind == tWord && toks[0].low == "на" && toks[1].kind == tNum && toks[1].ndig <= 2
}

// frequencyPrefix returns the end of a frequency that opens toks[i:j]
// («в сутки», «раз в год», «в день»), i when there is none.
func frequencyPrefix(toks []tok, i, j int) int {
	k := i
	if k < j && toks[k].low == "раз" {
		k++
	}
	if k+1 >= j || toks[k].low != "в" {
		return i
	}
	switch toks[k+1].low {
	case "сутки", "день", "неделю", "месяц", "год", "час":
		return k + 2
	}
	return i
}

// Find returns every date and time expression in text, in order and without
// overlaps. ref is the document date (zero when unknown). Offsets count code
// points. Prepositions that carry meaning («в», «с», «до», «к») are part of
// the match.
func Find(text string, ref time.Time) []Match {
	toks := lex(text)
	if len(toks) == 0 {
		return nil
	}
	p := newParser(toks, ref)
	ms := p.scan(0)
	if len(ms) == 0 {
		return nil
	}
	runes := []rune(text)
	out := make([]Match, 0, len(ms))
	for _, m := range ms {
		s, e := toks[m.from].start, toks[m.to-1].end
		out = append(out, Match{Start: s, End: e, Text: string(runes[s:e]), Value: m.e.value()})
	}
	return out
}

// value converts an internal expression into the exported Value.
func (e *expr) value() Value {
	v := Value{Precision: e.a.prec, Approx: e.approx, Mod: e.mod}
	if e.lit != "" {
		v.Value = e.lit
		v.Precision = PrecisionNone
		if e.kind == kDur {
			v.Precision = Duration
		}
		return v
	}
	a := e.a.String()
	if e.b != nil {
		b := e.b.String()
		v.Start, v.End = a, b
		v.Value = a + "/" + b
		return v
	}
	v.Value = a
	return v
}

// String formats a point in ISO 8601 / TimeML.
func (t point) String() string {
	var sb strings.Builder
	year := func() {
		if t.year == yearUnknown {
			sb.WriteString("XXXX")
		} else {
			sb.WriteString(pad(t.year, 4))
		}
	}
	switch t.prec {
	case Century:
		sb.WriteString(pad(t.year/100, 2))
	case Decade:
		sb.WriteString(pad(t.year/10, 3))
	case Year:
		year()
	case Half:
		year()
		sb.WriteString("-H" + strconv.Itoa(t.part))
	case Quarter:
		year()
		sb.WriteString("-Q" + strconv.Itoa(t.part))
	case Season:
		year()
		sb.WriteString("-" + seasonCodes[t.part])
	case Month:
		year()
		sb.WriteString("-" + pad(t.month, 2))
	case Week:
		sb.WriteString(pad(t.year, 4) + "-W" + pad(t.part, 2))
	case Day, PartOfDay, Minute:
		if t.month == 0 {
			// A clock time with no date.
		} else {
			year()
			sb.WriteString("-" + pad(t.month, 2) + "-" + pad(t.day, 2))
		}
		switch t.prec {
		case PartOfDay:
			sb.WriteString("T" + t.pod)
		case Minute:
			sb.WriteString("T" + pad(t.hour, 2) + ":" + pad(t.minute, 2))
		}
		if t.prec == Minute {
			sb.WriteString(t.tz)
		}
	}
	return sb.String()
}

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}
