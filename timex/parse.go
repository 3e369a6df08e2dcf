package timex

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// yearUnknown marks a point whose year the text does not give (XXXX).
const yearUnknown = -1 << 20

// point is one position on the calendar at some precision.
type point struct {
	prec             Precision
	year, month, day int
	part             int // week, quarter, half or season number
	hour, minute     int
	pod, tz          string
}

// kind says what an expression is, for merging and filtering.
type kind uint8

const (
	kAbs     kind = iota // names its own place on the calendar (the year may be missing)
	kRel                 // resolved against the reference date
	kDeictic             // a deictic day: вчера, сегодня, завтра
	kWeekday             // a weekday: в понедельник
	kTime                // a clock time with no date
	kPod                 // a part of the day alone: утром
	kDur                 // a duration
	kRef                 // PRESENT_REF, PAST_REF, FUTURE_REF
)

// expr is a parsed expression before it becomes a Value.
type expr struct {
	a      point
	b      *point // end of a range
	lit    string // literal value: a duration or a *_REF
	mod    string
	approx bool
	kind   kind
	unres  bool // needs a reference date that is missing; dropped unless merged
	guess  bool // the year was chosen by the closest-year rule
	wd     int  // the weekday named, for kWeekday
}

type span struct {
	from, to int // token indexes, half-open
	e        expr
}

type parser struct {
	t      []tok
	ref    time.Time
	hasRef bool
	whole  bool // Normalize: the text is known to be one expression
	// given is the tense of the sentence around a Normalize expression
	// (NormalizeTense): -1 past, +1 future, 0 unknown.
	given int
	// before is the lower-case word right before a Normalize expression
	// in its sentence (NormalizeAfter), "" if none or unknown.
	before string
}

func newParser(t []tok, ref time.Time) *parser {
	return &parser{t: t, ref: ref, hasRef: !ref.IsZero()}
}

// w returns the lowercase text of token i if it is a word, else "".
func (p *parser) w(i int) string {
	if i >= 0 && i < len(p.t) && p.t[i].kind == tWord {
		return p.t[i].low
	}
	return ""
}

// n returns the value and digit count of number token i.
func (p *parser) n(i int) (int, int, bool) {
	if i >= 0 && i < len(p.t) && p.t[i].kind == tNum {
		return p.t[i].num, p.t[i].ndig, true
	}
	return 0, 0, false
}

// glued reports whether token i follows token i-1 with no space.
func (p *parser) glued(i int) bool { return i > 0 && i < len(p.t) && !p.t[i].space }

func (p *parser) punct(i int, s string) bool { return isPunct(p.t, i, s) }

// dot skips an abbreviation dot glued to token i-1.
func (p *parser) dot(i int) int {
	if p.punct(i, ".") && p.glued(i) {
		return i + 1
	}
	return i
}

// scan finds expressions from token i on, merges appositions and drops what
// cannot be resolved.
func (p *parser) scan(i int) []span {
	var out []span
	for i < len(p.t) {
		if !p.canStart(i) {
			i++
			continue
		}
		if e, end, ok := p.top(i); ok && end > i {
			out = append(out, span{i, end, e})
			i = end
			continue
		}
		i++
	}
	out = p.merge(out)
	kept := out[:0]
	for _, s := range out {
		if s.e.unres || (s.e.kind == kPod && !p.whole) {
			continue
		}
		kept = append(kept, s)
	}
	return kept
}

// canStart is a fast filter: whether an expression can start at token i.
func (p *parser) canStart(i int) bool {
	t := p.t[i]
	switch t.kind {
	case tNum:
		return true
	case tWord:
		return starters[t.low] || ordinalOf(t.low) > 0 || romanOf(t.text) > 0
	}
	return false
}

// starters holds every word an expression can begin with.
var starters = map[string]bool{}

// buildStarters fills starters; words.go calls it after its vocabularies
// are built.
func buildStarters() {
	for _, m := range []map[string]int{ruMonths, enMonths, weekdays, cardinals, relWords, deicticDays, seasons, decadeWords} {
		for w := range m {
			starters[w] = true
		}
	}
	for _, m := range []map[string]string{prepMods, partMods, partsOfDay, halfUnits} {
		for w := range m {
			starters[w] = true
		}
	}
	for w := range units {
		starters[w] = true
	}
	for _, w := range []string{"около", "примерно", "приблизительно", "ориентировочно", "about", "around", "approximately",
		"circa", "начиная", "не", "через", "еще", "почти", "днях", "сегодняшний", "сегодняшнего", "the", "q", "ночь",
		"полдень", "полночь", "noon", "midnight", "сейчас", "now", "currently", "nowadays", "настоящее", "данный",
		"настоящий", "наши", "недавно", "recently", "будущем", "ближайшее", "более", "свыше", "больше", "over",
		"менее", "меньше", "almost", "for", "последние", "последних", "ближайшие", "ближайших", "следующие",
		"целых", "целый", "целую", "последний", "последнюю", "последнее", "last", "past", "next", "полтора", "первых",
		"полутора", "mid", "early", "late", "в", "на", "чуть", "немногим", "немного"} {
		starters[w] = true
	}
}

// edgesOK rejects a match that starts or ends inside a run of digits and
// connectors (phone numbers, «Тор-М2», «Covid-19», 2024.5).
func (p *parser) edgesOK(i, j int) bool {
	t := p.t
	if t[i].kind == tNum && p.glued(i) {
		prev := t[i-1]
		if prev.kind != tPunct {
			return false
		}
		if prev.low == "-" || prev.low == "." || prev.low == "/" || prev.low == ":" || prev.low == "+" || prev.low == "," {
			if p.glued(i-1) && t[i-2].kind != tPunct {
				return false
			}
		}
	}
	if t[j-1].kind == tNum && j < len(t) && !t[j].space {
		next := t[j]
		if next.kind != tPunct {
			return false
		}
		if (next.low == "-" || next.low == "." || next.low == "/" || next.low == ":" || next.low == ",") &&
			j+1 < len(t) && !t[j+1].space && t[j+1].kind == tNum {
			return false
		}
	}
	return true
}

// top parses the longest expression starting at token i.
func (p *parser) top(i int) (expr, int, bool) {
	k := i
	approx := false
	switch p.w(k) {
	case "около", "примерно", "приблизительно", "ориентировочно", "about", "around", "approximately", "circa":
		approx = true
		k++
	}
	e, end, ok := p.withPrep(k)
	if !ok && approx {
		return expr{}, 0, false
	}
	if !ok || !p.edgesOK(i, end) {
		return expr{}, 0, false
	}
	if approx {
		e.approx = true
	}
	return e, end, true
}

// prepMods maps prepositions to the modifier they give a date.
var prepMods = map[string]string{
	"в": "", "во": "", "на": "", "за": "", "in": "", "on": "", "at": "", "of": "", "during": "",
	"с": ModOnOrAfter, "со": ModOnOrAfter, "since": ModOnOrAfter, "from": ModOnOrAfter,
	"до": ModBefore, "before": ModBefore, "until": ModBefore, "till": ModBefore,
	"после": ModAfter, "after": ModAfter,
	"к": ModOnOrBefore, "ко": ModOnOrBefore, "by": ModOnOrBefore, "по": ModOnOrBefore,
	"между": "", "between": "",
	// «приказ от 19.07.2016», «закон от 3 апреля»: a paper's date; «от 5 до
	// 10 марта» is a range (rangeExpr)
	"от": "",
}

// withPrep parses an optional preposition and a core expression.
func (p *parser) withPrep(k int) (expr, int, bool) {
	best, bestEnd, found := expr{}, 0, false
	try := func(e expr, end int, ok bool) {
		if ok && end > bestEnd {
			best, bestEnd, found = e, end, true
		}
	}
	w := p.w(k)
	prep, pk := "", k
	switch {
	case w == "начиная" && (p.w(k+1) == "с" || p.w(k+1) == "со"):
		prep, pk = "с", k+2
	case w == "не" && (p.w(k+1) == "позднее" || p.w(k+1) == "позже"):
		prep, pk = "к", k+2
	case w == "не" && p.w(k+1) == "ранее":
		prep, pk = "с", k+2
	default:
		if _, ok := prepMods[w]; ok {
			prep, pk = w, k+1
		}
	}
	if prep != "" {
		e, end, ok := p.core(pk, prep)
		if ok {
			if e.kind == kDur {
				if prep == "до" {
					e.mod = ModEqualOrLess
				}
			} else if m := prepMods[prep]; m != "" && e.b == nil && e.kind != kRef {
				e.mod = m
			}
		}
		try(e, end, ok)
	}
	e, end, ok := p.core(k, "")
	try(e, end, ok)
	return best, bestEnd, found
}

// core parses an expression without its preposition; prep is the
// preposition before it ("" if none).
func (p *parser) core(k int, prep string) (expr, int, bool) {
	if k >= len(p.t) {
		return expr{}, 0, false
	}
	best, bestEnd, found := expr{}, 0, false
	try := func(e expr, end int, ok bool) {
		if ok && end > bestEnd {
			best, bestEnd, found = e, end, true
		}
	}
	try(p.rangeExpr(k, prep))
	try(p.dateExpr(k, prep != ""))
	try(p.partExpr(k))
	try(p.decadeExpr(k, prep != ""))
	try(p.centuryExpr(k))
	try(p.seasonExpr(k, prep != ""))
	try(p.quarterExpr(k))
	try(p.relExpr(k, prep))
	try(p.weekdayExpr(k, prep != ""))
	try(p.weekendExpr(k, prep != ""))
	try(p.timeExpr(k, prep))
	try(p.nightExpr(k))
	try(p.refExpr(k, prep))
	// the part of the day before the duration: «днем» is «в среду днем»'s
	// afternoon, not a day's length (both end at the same word; the first
	// one tried keeps a tie)
	try(p.podExpr(k))
	try(p.durExpr(k, prep))
	return best, bestEnd, found
}

// ---- days, months, years ----

// dmy is a possibly partial calendar date.
type dmy struct {
	day, month, year int // 0 when absent
	yearRel          bool
	yearSaid         bool // the year carries a designator (год, г., -го) or is part of a numeric date
	yearUnres        bool // a relative year with no reference date
	en               bool
}

// yearPart parses a year: «2024», «2024 года», «2024 г.», «2024-м году»,
// «1931г», or a relative year «прошлого года», «в этом году».
func (p *parser) yearPart(k int) (y, end int, said, rel, unres, ok bool) {
	if v, nd, isNum := p.n(k); isNum && (nd == 4 || nd == 3) {
		j := k + 1
		// ordinal suffix: 2024-м, 1945-го
		if p.punct(j, "-") && p.glued(j) && p.glued(j+1) {
			switch p.w(j + 1) {
			case "м", "го", "й", "ом", "ому", "му", "ый", "ого":
				j += 2
				said = true
			}
		}
		if pl, isYW := yearWords[p.w(j)]; isYW && !pl {
			w := p.w(j)
			j++
			if w == "г" {
				j = p.dot(j)
			}
			said = true
		}
		if nd == 3 && (!said || p.w(j-1) != "г" && p.w(j-1) != "году" && p.w(j-1) != "года" && p.w(j-1) != "год" && !p.punct(j-1, ".")) {
			return 0, 0, false, false, false, false
		}
		if v < 1000 && !said || v > 2100 || v == 0 {
			return 0, 0, false, false, false, false
		}
		if p.bcAt(j) {
			return 0, 0, false, false, false, false
		}
		return v, j, said, false, false, true
	}
	if off, isRel := relWords[p.w(k)]; isRel {
		switch p.w(k + 1) {
		case "года", "году", "год", "year":
			if !p.hasRef {
				return 0, k + 2, true, true, true, true
			}
			return p.ref.Year() + off, k + 2, true, true, false, true
		}
	}
	return 0, 0, false, false, false, false
}

// bcAt reports whether «до н. э.» or «до нашей эры» starts at token j.
func (p *parser) bcAt(j int) bool {
	if p.w(j) != "до" {
		return p.w(j) == "bc" || p.w(j) == "bce"
	}
	return p.w(j+1) == "н" || p.w(j+1) == "нашей"
}

// dayNum parses a day of the month with an optional ordinal suffix
// («1-го», «12th»).
func (p *parser) dayNum(k int) (int, int, bool) {
	v, nd, ok := p.n(k)
	if !ok || nd > 2 || v < 1 || v > 31 {
		return 0, 0, false
	}
	return v, p.ordinalSuffix(k+1, "го", "е", "ое", "ого"), true
}

// ordinalSuffix returns the token after the ordinal suffix glued to the
// number before token j: a hyphen and one of the Russian endings ru
// («1-го»), or an English one («12th»); j when there is none.
func (p *parser) ordinalSuffix(j int, ru ...string) int {
	if p.punct(j, "-") && p.glued(j) && p.glued(j+1) {
		if slices.Contains(ru, p.w(j+1)) {
			return j + 2
		}
	} else if p.glued(j) {
		switch p.w(j) {
		case "st", "nd", "rd", "th":
			return j + 1
		}
	}
	return j
}

// monthWord parses a month name with an optional abbreviation dot.
func (p *parser) monthWord(k int) (m, end int, en, ok bool) {
	w := p.w(k)
	if w == "" {
		return 0, 0, false, false
	}
	m, en = monthOf(w)
	if m == 0 {
		return 0, 0, false, false
	}
	if en && !p.t[k].upper {
		return 0, 0, false, false
	}
	j := k + 1
	if len([]rune(w)) <= 4 && w != "май" && w != "мая" && w != "маю" && w != "мае" && w != "june" && w != "july" && w != "may" {
		j = p.dot(j)
	}
	return m, j, en, true
}

// numericDate parses 12.10.2024, 12.10.24 and 2024-10-12.
func (p *parser) numericDate(k int) (dmy, int, bool) {
	a, na, ok := p.n(k)
	if !ok {
		return dmy{}, 0, false
	}
	sep := ""
	if p.punct(k+1, ".") {
		sep = "."
	} else if p.punct(k+1, "-") && p.t[k+1].text == "-" {
		sep = "-"
	} else if p.punct(k+1, "/") {
		sep = "/"
	}
	if sep == "" || !p.glued(k+1) || !p.glued(k+2) || !p.punct(k+3, sep) || !p.glued(k+3) || !p.glued(k+4) {
		return dmy{}, 0, false
	}
	b, nb, ok1 := p.n(k + 2)
	c, nc, ok2 := p.n(k + 4)
	if !ok1 || !ok2 {
		return dmy{}, 0, false
	}
	var d dmy
	switch {
	case sep == "-" && na == 4 && nb == 2 && nc == 2:
		d = dmy{day: c, month: b, year: a}
	case (sep == "." || sep == "/") && na <= 2 && nb <= 2 && (nc == 4 || nc == 2):
		if sep == "/" && b > 12 && a <= 12 { // US order, unambiguous
			a, b = b, a
		}
		d = dmy{day: a, month: b, year: c}
		if nc == 2 {
			d.year = p.twoDigitYear(c)
		}
	default:
		return dmy{}, 0, false
	}
	d.yearSaid = true
	if d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysIn(d.year, d.month) || d.year < 1000 || d.year > 2100 {
		return dmy{}, 0, false
	}
	j := k + 5
	if pl, isYW := yearWords[p.w(j)]; isYW && !pl {
		if p.w(j) == "г" {
			j = p.dot(j + 1)
		} else {
			j++
		}
	}
	return d, j, true
}

// twoDigitYear expands a two-digit year: the century that puts it no more
// than 10 years after the reference year (2030 without one).
func (p *parser) twoDigitYear(yy int) int {
	limit := 2030
	if p.hasRef {
		limit = p.ref.Year() + 10
	}
	if 2000+yy <= limit {
		return 2000 + yy
	}
	return 1900 + yy
}

// dmyAt parses the longest date at k: a numeric date, day+month(+year),
// month(+year), English month day(, year). A bare year is not taken here.
func (p *parser) dmyAt(k int) (dmy, int, bool) {
	if d, j, ok := p.numericDate(k); ok {
		return d, j, true
	}
	// day month [year]
	if day, j, ok := p.dayNum(k); ok {
		if p.w(j) == "of" {
			j++
		}
		if m, j2, en, ok := p.monthWord(j); ok {
			d := dmy{day: day, month: m, en: en}
			j = j2
			if en && p.punct(j, ",") {
				if _, _, _, _, _, ok := p.yearPart(j + 1); ok {
					j++
				}
			}
			if y, j3, _, rel, unres, ok := p.yearPart(j); ok {
				d.year, d.yearSaid, d.yearRel, d.yearUnres = y, true, rel, unres
				j = j3
			}
			return d, j, true
		}
	}
	// month [day][,] [year]
	if m, j, en, ok := p.monthWord(k); ok {
		d := dmy{month: m, en: en}
		if en {
			if day, j2, ok := p.dayNum(j); ok {
				d.day, j = day, j2
				if p.punct(j, ",") {
					if _, _, _, _, _, ok := p.yearPart(j + 1); ok {
						j++
					}
				}
			} else if p.w(j) == "of" {
				j++
			}
		}
		if y, j2, said, rel, unres, ok := p.yearPart(j); ok {
			d.year, d.yearSaid, d.yearRel, d.yearUnres = y, said || !en, rel, unres
			j = j2
		}
		return d, j, true
	}
	return dmy{}, 0, false
}

// dateExpr turns a dmy or a year into an expression. prep says whether a
// preposition precedes (it licenses a month alone and a bare year).
func (p *parser) dateExpr(k int, prep bool) (expr, int, bool) {
	if d, j, ok := p.dmyAt(k); ok {
		if d.day == 0 && d.year == 0 && !d.yearUnres && !prep && !p.whole {
			return expr{}, 0, false
		}
		if d.en && d.month == 5 && d.day == 0 && d.year == 0 && !prep {
			return expr{}, 0, false
		}
		e, ok := p.fromDMY(d)
		return e, j, ok
	}
	y, j, said, rel, unres, ok := p.yearPart(k)
	if !ok {
		return expr{}, 0, false
	}
	e := expr{a: point{prec: Year, year: y}}
	if rel {
		e.kind = kRel
		e.unres = unres
		return e, j, true
	}
	if said {
		return e, j, true
	}
	// A bare number: a year only in context.
	if p.whole && j == len(p.t) || p.whole && p.allPunct(j) {
		return e, j, true
	}
	if prep && p.yearContextOK(j) {
		return e, j, true
	}
	// English: "in 2023 revenue grew" — any word but a counted noun.
	if prep && k > 0 && enPreps[p.w(k-1)] && j < len(p.t) && p.t[j].kind == tWord && !enCounted[p.t[j].low] {
		return e, j, true
	}
	return expr{}, 0, false
}

var enPreps = map[string]bool{"in": true, "since": true, "by": true, "until": true, "before": true, "after": true, "from": true, "of": true, "during": true}

// enCounted are English nouns that make a preceding number a count.
var enCounted = map[string]bool{"people": true, "times": true, "dollars": true, "euros": true, "units": true,
	"percent": true, "votes": true, "cases": true, "tons": true, "miles": true, "km": true, "metres": true,
	"meters": true, "pounds": true, "men": true, "women": true, "children": true, "troops": true, "jobs": true}

func (p *parser) allPunct(j int) bool {
	for ; j < len(p.t); j++ {
		if p.t[j].kind != tPunct {
			return false
		}
	}
	return true
}

// yearContextOK reports whether a bare number after a preposition, ending
// before token j, can be a year: it must not be followed by a counted noun
// («в 2024 раза», «в 2000 рублей»).
func (p *parser) yearContextOK(j int) bool {
	if j >= len(p.t) {
		return true
	}
	t := p.t[j]
	switch t.kind {
	case tPunct:
		return t.low != "%" && t.low != "$" && t.low != "€" && t.low != "₽"
	case tNum:
		return false
	}
	if t.upper || nextWordOK[t.low] || pastVerb(t.low) || futureWords[t.low] {
		return true
	}
	if m, _ := monthOf(t.low); m > 0 {
		return false
	}
	return false
}

// fromDMY resolves a dmy into an expression, filling a missing year from the
// reference date.
func (p *parser) fromDMY(d dmy) (expr, bool) {
	e := expr{kind: kAbs}
	if d.yearRel {
		e.kind = kRel
		e.unres = d.yearUnres
	}
	if d.month < 1 || d.month > 12 {
		return expr{}, false
	}
	if d.day > 0 {
		y := d.year
		if y == 0 {
			y = p.yearOf(d.month, d.day, false)
			e.guess = p.hasRef
		}
		if d.day > daysIn(y, d.month) {
			return expr{}, false
		}
		e.a = point{prec: Day, year: y, month: d.month, day: d.day}
		return e, true
	}
	y := d.year
	if y == 0 {
		y = p.yearOf(d.month, 15, true)
	}
	e.a = point{prec: Month, year: y, month: d.month}
	return e, true
}

// yearOf returns the year of a date given without one: month/day (a day of
// the month, or with monthLevel the month as a whole, day then being its
// middle). In a past-tense sentence (p.given -1) it is the latest year in
// which the date (the month's first day) is not after the reference date,
// in a future-tense one the earliest in which it (the month's last day) is
// not before it; otherwise, or when no such year is near, closestYear's.
func (p *parser) yearOf(month, day int, monthLevel bool) int {
	if !p.hasRef || p.given == 0 {
		return p.closestYear(month, day)
	}
	ry := p.ref.Year()
	ref := civil(ry, int(p.ref.Month()), p.ref.Day())
	if p.given < 0 {
		for y := ry + 1; y >= ry-1; y-- {
			d := min(day, daysIn(y, month))
			if monthLevel {
				d = 1
			}
			if civil(y, month, d) <= ref {
				return y
			}
		}
	} else {
		for y := ry - 1; y <= ry+1; y++ {
			d := min(day, daysIn(y, month))
			if monthLevel {
				d = daysIn(y, month)
			}
			if civil(y, month, d) >= ref {
				return y
			}
		}
	}
	return p.closestYear(month, day)
}

// closestYear returns the year that puts month/day closest to the reference
// date (one of the reference year and its two neighbours; ties go to the
// earlier date), or yearUnknown without a reference date.
func (p *parser) closestYear(month, day int) int {
	if !p.hasRef {
		return yearUnknown
	}
	ry := p.ref.Year()
	best, bestD := ry, int64(-1)
	ref := civil(ry, int(p.ref.Month()), p.ref.Day())
	for _, y := range []int{ry - 1, ry, ry + 1} {
		dd := day
		if dd > daysIn(y, month) {
			dd = daysIn(y, month)
		}
		dist := civil(y, month, dd) - ref
		if dist < 0 {
			dist = -dist
		}
		if bestD < 0 || dist < bestD {
			best, bestD = y, dist
		}
	}
	return best
}

// civil returns the day number of a date (days since 1970-01-01).
func civil(y, m, d int) int64 {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

func daysIn(y, m int) int {
	switch m {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y == yearUnknown || y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}

// ---- ranges ----

// rangeEnd parses one end of a range: a date, a bare day, a bare year, or a
// month.
func (p *parser) rangeEnd(k int) (dmy, int, bool) {
	if d, j, ok := p.dmyAt(k); ok {
		return d, j, true
	}
	if y, j, said, rel, _, ok := p.yearPart(k); ok && !rel {
		return dmy{year: y, yearSaid: said}, j, true
	}
	if v, nd, ok := p.n(k); ok && nd == 4 && v >= 1000 && v <= 2100 {
		j := k + 1
		if pl, isYW := yearWords[p.w(j)]; isYW && pl {
			j++
			if p.w(j-1) == "гг" {
				j = p.dot(j)
			}
			return dmy{year: v, yearSaid: true}, j, true
		}
		return dmy{year: v}, j, true
	}
	if day, j, ok := p.dayNum(k); ok {
		return dmy{day: day}, j, true
	}
	return dmy{}, 0, false
}

// rangeExpr parses «с 10 по 12 октября 2024 года», «10–12 октября»,
// «2019–2021 годы», «с 16 апреля по 19 мая», «в ноябре-декабре», «с 3 на 4
// июня».
func (p *parser) rangeExpr(k int, prep string) (expr, int, bool) {
	l, j, ok := p.rangeEnd(k)
	if !ok {
		return expr{}, 0, false
	}
	open := prep == "с" || prep == "со" || prep == "от" || prep == "from" || prep == "между" || prep == "between"
	sep := p.w(j)
	switch {
	case p.punct(j, "-"):
		sep = "-"
	case open && (sep == "по" || sep == "до" || sep == "to" || sep == "until" || sep == "through" || sep == "till"):
	case (prep == "с" || prep == "со") && sep == "на":
	case (prep == "между" && sep == "и") || (prep == "between" && sep == "and"):
	case prep == "" && sep == "и" && p.whole:
		// «3 и 4 июля», a DATE mention of two days in a row sharing the
		// month: the two days (checked below)
	default:
		return expr{}, 0, false
	}
	r, end, ok := p.rangeEnd(j + 1)
	if !ok {
		return expr{}, 0, false
	}
	if sep == "и" && prep == "" && (l.month != 0 || l.year != 0 || r.day != l.day+1) {
		return expr{}, 0, false
	}
	// After a bare year, «годы», «гг.» may follow the right end.
	if r.day == 0 && r.month == 0 && r.year > 0 && !r.yearSaid {
		if _, isYW := yearWords[p.w(end)]; isYW {
			w := p.w(end)
			end++
			if w == "гг" || w == "г" {
				end = p.dot(end)
			}
			r.yearSaid = true
		}
	}
	// Fill the left end from the right.
	switch {
	case l.day > 0 && l.month == 0:
		if r.month == 0 || r.day == 0 {
			return expr{}, 0, false
		}
		l.month = r.month
		l.year, l.yearSaid, l.yearRel, l.yearUnres = r.year, r.yearSaid, r.yearRel, r.yearUnres
	case l.month > 0 && l.year == 0:
		if r.month == 0 || (l.day == 0) != (r.day == 0) {
			return expr{}, 0, false
		}
		l.year, l.yearRel, l.yearUnres = r.year, r.yearRel, r.yearUnres
		if r.year > 0 && l.month > r.month {
			l.year = r.year - 1
		}
	case l.month == 0 && l.year > 0:
		if r.month != 0 || r.day != 0 || r.year == 0 || r.year <= l.year {
			return expr{}, 0, false
		}
		if !r.yearSaid && !l.yearSaid && !open && !p.whole && !(prep != "" && p.yearContextOK(end)) {
			return expr{}, 0, false
		}
	default:
		if r.month == 0 || (l.day == 0) != (r.day == 0) {
			return expr{}, 0, false
		}
	}
	if l.day == 0 && l.month > 0 && r.day == 0 && r.year == 0 && !open && prep == "" && !p.whole {
		// «ноябре-декабре» with no preposition: too weak.
		return expr{}, 0, false
	}
	var a, b expr
	if l.month == 0 {
		a = expr{a: point{prec: Year, year: l.year}}
		b = expr{a: point{prec: Year, year: r.year}}
	} else {
		switch {
		case r.year == 0 && p.hasRef && p.given < 0:
			// A range told in the past had begun by the reference
			// date; it may not have ended («находится с визитом с 16
			// по 18 ноября» on 17 November).
			l.year = p.yearOf(l.month, max(l.day, 1), l.day == 0)
			r.year = l.year
			if l.month > r.month {
				r.year++
			}
		case r.year == 0 && p.hasRef:
			dd := r.day
			if dd == 0 {
				dd = 15
			}
			r.year = p.yearOf(r.month, dd, r.day == 0)
			l.year = r.year
			if l.month > r.month {
				l.year--
			}
		}
		var okA, okB bool
		if a, okA = p.fromDMY(l); !okA {
			return expr{}, 0, false
		}
		if b, okB = p.fromDMY(r); !okB {
			return expr{}, 0, false
		}
		if a.a.year != yearUnknown && b.a.year != yearUnknown &&
			civil(a.a.year, a.a.month, max(a.a.day, 1)) > civil(b.a.year, b.a.month, max(b.a.day, 1)) {
			return expr{}, 0, false
		}
	}
	bp := b.a
	e := expr{a: a.a, b: &bp, kind: kAbs, unres: a.unres || b.unres}
	if l.yearRel || r.yearRel {
		e.kind = kRel
	}
	return e, end, true
}

// nightExpr parses «ночь на 18 апреля» and «ночь с 18 на 19 апреля» (after
// «в»).
func (p *parser) nightExpr(k int) (expr, int, bool) {
	if p.w(k) != "ночь" {
		return expr{}, 0, false
	}
	switch p.w(k + 1) {
	case "на":
		d, j, ok := p.dmyAt(k + 2)
		if !ok || d.day == 0 {
			if wd := weekdayOf(p.w(k + 2)); wd > 0 {
				e, j, ok := p.weekdayExpr(k+2, true)
				if ok && e.a.prec == Day {
					e.a.prec, e.a.pod = PartOfDay, "NI"
				}
				return e, j, ok
			}
			return expr{}, 0, false
		}
		e, ok := p.fromDMY(d)
		if ok {
			e.a.prec, e.a.pod = PartOfDay, "NI"
		}
		return e, j, ok
	case "с":
		if weekdayOf(p.w(k+2)) > 0 && p.w(k+3) == "на" && weekdayOf(p.w(k+4)) > 0 {
			// «в ночь с пятницы на субботу»: the two days, as «в ночь с
			// 18 на 19 апреля»
			e, _, ok := p.weekdayExpr(k+2, true)
			if !ok || e.unres {
				return e, k + 5, ok
			}
			d := time.Date(e.a.year, time.Month(e.a.month), e.a.day+1, 0, 0, 0, 0, time.UTC)
			e.kind, e.wd = kRel, 0
			e.b = &point{prec: Day, year: d.Year(), month: int(d.Month()), day: d.Day()}
			return e, k + 5, true
		}
		return p.rangeExpr(k+2, "с")
	}
	return expr{}, 0, false
}

// ---- parts of periods, decades, centuries, seasons, quarters ----

var partMods = map[string]string{
	"начале": ModStart, "начало": ModStart, "начала": ModStart, "начину": ModStart,
	"середине": ModMid, "середина": ModMid, "середины": ModMid, "середину": ModMid,
	"конце": ModEnd, "конец": ModEnd, "конца": ModEnd, "концу": ModEnd,
	"early": ModStart, "mid": ModMid, "late": ModEnd,
}

// partExpr parses «начале 2023 года», «конце октября», «первой половине 2020
// года», «середине 1970-х», "early 2023", "mid-2023".
func (p *parser) partExpr(k int) (expr, int, bool) {
	w := p.w(k)
	mod, half := partMods[w], 0
	j := k + 1
	if (w == "первых" || w == "последних") && p.w(k+1) == "числах" {
		// «в первых числах декабря», «в последних числах октября»
		mod, j = ModStart, k+2
		if w == "последних" {
			mod = ModEnd
		}
	}
	if o := ordinalOf(w); mod == "" && (o >= 1 && o <= 3 || w == "последней") && p.w(k+1) == "декаде" {
		return p.tenDays(o, k+2)
	}
	if mod == "" {
		if o := ordinalOf(w); (o == 1 || o == 2) && (p.w(k+1) == "половине" || p.w(k+1) == "половина" || p.w(k+1) == "половину" || p.w(k+1) == "половины") {
			half = o
			j = k + 2
		} else if w == "the" && (p.w(k+1) == "beginning" || p.w(k+1) == "end" || p.w(k+1) == "middle") && p.w(k+2) == "of" {
			mod = map[string]string{"beginning": ModStart, "end": ModEnd, "middle": ModMid}[p.w(k+1)]
			j = k + 3
		} else {
			return expr{}, 0, false
		}
	} else if w == "mid" && p.punct(j, "-") {
		j++
	}
	e, end, ok := p.partInner(j)
	if !ok {
		return expr{}, 0, false
	}
	if half > 0 {
		if e.a.prec == Year && e.b == nil {
			e.a.prec, e.a.part = Half, half
			return e, end, true
		}
		mod = ModStart
		if half == 2 {
			mod = ModEnd
		}
	}
	if e.b == nil {
		e.mod = mod
	}
	return e, end, true
}

// tenDays parses the month after «в первой декаде» (o 1, 2, 3; 0 for
// «последней», the third) at k: «в первой декаде декабря» →
// 2025-12-01/2025-12-10, the third decade running to the month's end.
func (p *parser) tenDays(o, k int) (expr, int, bool) {
	e, end, ok := p.partInner(k)
	if !ok || e.b != nil || e.a.prec != Month {
		return expr{}, 0, false
	}
	if o == 0 {
		o = 3
	}
	from, to := 10*(o-1)+1, 10*o
	if o == 3 && e.a.year != yearUnknown {
		to = daysIn(e.a.year, e.a.month)
	} else if o == 3 {
		to = daysIn(2000, e.a.month) // (a leap year: February's third decade ends on the 29th)
	}
	b := e.a
	e.a.prec, e.a.day = Day, from
	b.prec, b.day = Day, to
	e.b = &b
	return e, end, true
}

// partInner parses what follows «в начале»: a year, a month, a decade, a
// century, or the bare «года», «месяца» for the reference period.
func (p *parser) partInner(j int) (expr, int, bool) {
	best, bestEnd, found := expr{}, 0, false
	try := func(e expr, end int, ok bool) {
		if ok && end > bestEnd {
			best, bestEnd, found = e, end, true
		}
	}
	try(p.dateExpr(j, true))
	try(p.decadeExpr(j, true))
	try(p.centuryExpr(j))
	try(p.relExpr(j, ""))
	switch p.w(j) {
	case "года", "год", "году":
		e := expr{kind: kRel, a: point{prec: Year, year: p.ref.Year()}, unres: !p.hasRef}
		try(e, j+1, true)
	case "месяца", "месяц":
		e := expr{kind: kRel, a: point{prec: Month, year: p.ref.Year(), month: int(p.ref.Month())}, unres: !p.hasRef}
		try(e, j+1, true)
	case "недели":
		// «в конце недели»: the reference week
		y, wk := p.ref.ISOWeek()
		e := expr{kind: kRel, a: point{prec: Week, year: y, part: wk}, unres: !p.hasRef}
		try(e, j+1, true)
	}
	return best, bestEnd, found
}

// decadeExpr parses «1990-х (годах)», «90-е», «1990s», «девяностые годы».
func (p *parser) decadeExpr(k int, prep bool) (expr, int, bool) {
	var year, j int
	if p.w(k) == "the" {
		k++
	}
	if v, nd, ok := p.n(k); ok {
		if v%10 != 0 {
			return expr{}, 0, false
		}
		switch {
		case nd == 4 && v >= 1000 && v <= 2090:
			year = v
		case nd == 2:
			year = 1900 + v
			if v == 0 {
				year = 2000
			}
		default:
			return expr{}, 0, false
		}
		j = k + 1
		if p.glued(j) && p.w(j) == "s" { // 1990s
			j++
		} else if p.punct(j, "-") && p.glued(j) && p.glued(j+1) {
			switch p.w(j + 1) {
			case "е", "х", "ые", "ых", "ым", "ыми", "ми":
				j += 2
			default:
				return expr{}, 0, false
			}
		} else {
			return expr{}, 0, false
		}
	} else if d, ok := decadeWords[p.w(k)]; ok {
		year = 1900 + d
		if d == 0 {
			year = 2000
		}
		j = k + 1
	} else {
		return expr{}, 0, false
	}
	said := false
	if pl, isYW := yearWords[p.w(j)]; isYW && pl {
		w := p.w(j)
		j++
		if w == "гг" {
			j = p.dot(j)
		}
		said = true
	}
	if year < 1000 || (p.t[k].kind == tNum && p.t[k].ndig == 2 || p.t[k].kind == tWord) && !said && !prep && !p.whole {
		return expr{}, 0, false
	}
	// «девяностые годы двадцатого века», «90-х годов XX века»
	if c, j2, ok := p.centuryNum(j); ok && (p.w(j2) == "века" || p.w(j2) == "веке" || p.w(j2) == "в") {
		year = (c-1)*100 + year%100
		j = j2 + 1
		if p.w(j2) == "в" {
			j = p.dot(j)
		}
	}
	return expr{kind: kAbs, a: point{prec: Decade, year: year}}, j, true
}

// centuryNum parses a century number: XXI, 19, двадцать первого, девятнадцатого.
func (p *parser) centuryNum(k int) (int, int, bool) {
	if k >= len(p.t) {
		return 0, 0, false
	}
	t := p.t[k]
	if t.kind == tWord {
		if r := romanOf(t.text); r > 0 && r <= 21 && (t.upper || len(t.text) > 1) {
			return r, k + 1, true
		}
		if t.low == "двадцать" {
			if o := ordinalOf(p.w(k + 1)); o > 0 && o < 10 {
				return 20 + o, k + 2, true
			}
		}
		if o := ordinalOf(t.low); o > 0 {
			return o, k + 1, true
		}
		return 0, 0, false
	}
	if v, nd, ok := p.n(k); ok && nd <= 2 && v >= 1 && v <= 21 {
		return v, p.ordinalSuffix(k+1, "й", "го", "м", "ом", "ого", "ый"), true
	}
	return 0, 0, false
}

var centuryWords = map[string]bool{"век": true, "века": true, "веке": true, "веку": true, "веком": true, "веков": true, "вв": true, "century": true, "centuries": true}

// centuryExpr parses «XX век», «в XXI веке», «19 века», «XIX в.», «XIX—XX
// веков», "the 19th century". The value follows TimeML: "18" is the 1800s.
func (p *parser) centuryExpr(k int) (expr, int, bool) {
	if p.w(k) == "the" {
		k++
	}
	c, j, ok := p.centuryNum(k)
	if !ok {
		return expr{}, 0, false
	}
	var c2 int
	if p.punct(j, "-") {
		if c2, j, ok = p.centuryNum(j + 1); !ok || c2 <= c {
			return expr{}, 0, false
		}
	}
	w := p.w(j)
	switch {
	case centuryWords[w]:
		j++
		if w == "вв" {
			j = p.dot(j)
		}
	case w == "в" && p.punct(j+1, ".") && p.t[k].kind == tWord && romanOf(p.t[k].text) > 0:
		j += 2
	default:
		return expr{}, 0, false
	}
	if p.bcAt(j) {
		return expr{}, 0, false
	}
	e := expr{kind: kAbs, a: point{prec: Century, year: (c - 1) * 100}}
	if c2 > 0 {
		e.b = &point{prec: Century, year: (c2 - 1) * 100}
	}
	return e, j, true
}

// seasonExpr parses «весной 2022 года», «летом», «этой зимой», "spring 2022".
func (p *parser) seasonExpr(k int, prep bool) (expr, int, bool) {
	j := k
	off, rel := relWords[p.w(j)]
	if rel {
		j++
	}
	s := seasonOf(p.w(j))
	if s == 0 {
		return expr{}, 0, false
	}
	w := p.w(j)
	j++
	if p.w(j) == "of" {
		j++
	}
	e := expr{kind: kAbs, a: point{prec: Season, part: s}}
	if y, j2, _, yrel, unres, ok := p.yearPart(j); ok && !rel {
		e.a.year, j = y, j2
		if yrel {
			e.kind, e.unres = kRel, unres
		}
		return e, j, true
	}
	if rel {
		e.kind = kRel
		if !p.hasRef {
			e.unres = true
			return e, j, true
		}
		e.a.year = p.ref.Year() + off
		return e, j, true
	}
	instr := w == "весной" || w == "летом" || w == "осенью" || w == "зимой"
	if !instr && !prep && !p.whole {
		return expr{}, 0, false
	}
	if w[0] < 0x80 && !prep && !p.whole {
		return expr{}, 0, false
	}
	e.a.year = p.yearOf(seasonMonths[s], 15, true)
	return e, j, true
}

var seasonMonths = [...]int{0, 4, 7, 10, 1}

// quarterExpr parses «в первом квартале (2024 года)», «I квартал», «первое
// полугодие», "Q1 2024".
func (p *parser) quarterExpr(k int) (expr, int, bool) {
	var n, j int
	t := p.w(k)
	if t == "q" && p.glued(k+1) {
		v, _, ok := p.n(k + 1)
		if !ok || v < 1 || v > 4 {
			return expr{}, 0, false
		}
		n, j = v, k+2
		e := expr{kind: kAbs, a: point{prec: Quarter, part: n}}
		y, j2, _, rel, unres, ok := p.yearPart(j)
		if !ok {
			if v, nd, isNum := p.n(j); isNum && nd == 4 && v >= 1000 && v <= 2100 {
				y, j2, ok = v, j+1, true
			}
		}
		if !ok {
			return expr{}, 0, false
		}
		e.a.year, j = y, j2
		if rel {
			e.kind, e.unres = kRel, unres
		}
		return e, j, true
	}
	if o := ordinalOf(t); o > 0 {
		n, j = o, k+1
	} else if r := romanOf(p.tText(k)); r > 0 {
		n, j = r, k+1
	} else if v, nd, ok := p.n(k); ok && nd == 1 {
		n, j = v, k+1
		if p.punct(j, "-") && p.glued(j) && p.glued(j+1) {
			j += 2
		}
	} else {
		return expr{}, 0, false
	}
	prec := Quarter
	switch p.w(j) {
	case "квартал", "квартала", "квартале", "кварталу", "quarter":
		if n > 4 {
			return expr{}, 0, false
		}
	case "полугодие", "полугодия", "полугодии", "полугодию", "half":
		if n > 2 {
			return expr{}, 0, false
		}
		prec = Half
	default:
		return expr{}, 0, false
	}
	j++
	if p.w(j) == "of" {
		j++
	}
	e := expr{kind: kAbs, a: point{prec: prec, part: n}}
	if y, j2, _, rel, unres, ok := p.yearPart(j); ok {
		e.a.year, j = y, j2
		if rel {
			e.kind, e.unres = kRel, unres
		}
		return e, j, true
	}
	if !p.hasRef {
		e.a.year = yearUnknown
	} else {
		m := (n-1)*3 + 2
		if prec == Half {
			m = (n-1)*6 + 4
		}
		e.a.year = p.yearOf(m, 15, true)
	}
	return e, j, true
}

func (p *parser) tText(k int) string {
	if k >= 0 && k < len(p.t) && p.t[k].kind == tWord {
		return p.t[k].text
	}
	return ""
}

// ---- relative expressions ----

// relExpr parses «вчера», «на прошлой неделе», «в этом месяце», «прошлом
// году», «три дня назад», «через две недели», «на днях», "last week".
func (p *parser) relExpr(k int, prep string) (expr, int, bool) {
	w := p.w(k)
	if off, ok := deicticDays[w]; ok {
		j := k + 1
		if w == "today" || w == "yesterday" || w == "tomorrow" {
			if prep != "" && prep != "since" && prep != "until" && prep != "by" {
				return expr{}, 0, false
			}
		}
		return p.dayOffset(off, kDeictic), j, true
	}
	if w == "днях" && prep == "на" {
		e := p.dayOffset(0, kRel)
		e.approx = true
		return e, k + 1, true
	}
	if (w == "сегодняшний" && p.w(k+1) == "день") || (w == "сегодняшнего" && p.w(k+1) == "дня") {
		return p.dayOffset(0, kDeictic), k + 2, true
	}
	if w == "the" && p.w(k+1) == "day" && (p.w(k+2) == "before" || p.w(k+2) == "after") && (p.w(k+3) == "yesterday" || p.w(k+3) == "tomorrow") {
		off := -2
		if p.w(k+3) == "tomorrow" {
			off = 2
		}
		return p.dayOffset(off, kDeictic), k + 4, true
	}
	if off, ok := relWords[w]; ok {
		u := p.w(k + 1)
		if day, ok := podDay(u, off); ok {
			// «этим утром», «минувшим вечером» (the evening before the
			// reference date), «минувшей ночью» (the night to it, as «в
			// ночь на 18 апреля» is 18 April's)
			e := p.dayOffset(day, kRel)
			e.a.prec, e.a.pod = PartOfDay, partsOfDay[u]
			return e, k + 2, true
		}
		e := expr{kind: kRel, unres: !p.hasRef}
		switch u {
		case "неделе", "неделя", "неделю", "недели", "week":
			d := p.ref.AddDate(0, 0, 7*off)
			y, wk := d.ISOWeek()
			e.a = point{prec: Week, year: y, part: wk}
		case "месяце", "месяц", "месяца", "month":
			d := time.Date(p.ref.Year(), p.ref.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
			e.a = point{prec: Month, year: d.Year(), month: int(d.Month())}
		case "году", "год", "года", "year":
			e.a = point{prec: Year, year: p.ref.Year() + off}
		case "десятилетии", "десятилетие", "десятилетия", "decade":
			e.a = point{prec: Decade, year: (p.ref.Year()/10 + off) * 10}
		case "веке", "век", "века", "century":
			e.a = point{prec: Century, year: (p.ref.Year()/100 + off) * 100}
		default:
			if m, _ := monthOf(u); m > 0 && !p.punct(k+2, ".") {
				e.a = point{prec: Month, month: m, year: p.relMonthYear(m, off)}
				return e, k + 2, true
			}
			return expr{}, 0, false
		}
		return e, k + 2, true
	}
	// N units ago / через N units
	j := k
	approx := false
	if w == "еще" {
		j++
	}
	if p.w(j) == "почти" || p.w(j) == "примерно" || p.w(j) == "около" {
		approx = true
		j++
	} else if c := j + b2i(softeners[p.w(j)]); comparatives[p.w(c)] {
		// «более года назад», «немногим более года назад», «чуть меньше
		// месяца назад»: about the unit's count before the reference
		approx = true
		j = c + 1
	}
	ahead := false
	if p.w(j) == "через" {
		ahead = true
		j++
		if p.w(j) == "примерно" || p.w(j) == "около" {
			approx = true
			j++
		}
	}
	n, unitEnd, u, ok := p.quantity(j, true)
	if !ok {
		return expr{}, 0, false
	}
	end := unitEnd
	if !ahead {
		switch {
		case p.w(end) == "назад" || p.w(end) == "ago":
			end++
		case p.w(end) == "тому" && p.w(end+1) == "назад":
			end += 2
		default:
			return expr{}, 0, false
		}
	}
	sign := -1
	if ahead {
		sign = 1
	}
	if n < 0 { // «несколько дней назад»
		lit := "PAST_REF"
		if ahead {
			lit = "FUTURE_REF"
		}
		return expr{kind: kRef, lit: lit, approx: true}, end, true
	}
	if u.iso == "TH" || u.iso == "TM" || n > 3000 {
		return expr{}, 0, false
	}
	e := expr{kind: kRel, unres: !p.hasRef, approx: approx}
	if n == 0 { // «полтора года назад»: only whole units are resolved
		return expr{}, 0, false
	}
	amount := sign * n * u.mult
	switch u.iso {
	case "D":
		d := p.ref.AddDate(0, 0, amount)
		e.a = point{prec: Day, year: d.Year(), month: int(d.Month()), day: d.Day()}
	case "W":
		d := p.ref.AddDate(0, 0, 7*amount)
		y, wk := d.ISOWeek()
		e.a = point{prec: Week, year: y, part: wk}
	case "M":
		d := time.Date(p.ref.Year(), p.ref.Month()+time.Month(amount), 1, 0, 0, 0, 0, time.UTC)
		e.a = point{prec: Month, year: d.Year(), month: int(d.Month())}
	case "Y":
		e.a = point{prec: Year, year: p.ref.Year() + amount}
		if u.mult == 10 {
			e.a.prec = Decade
		} else if u.mult == 100 {
			e.a.prec = Century
		}
	}
	return e, end, true
}

// comparatives bound a count of units from above or below («более года
// назад»); softeners may come before them («немногим более», «чуть
// менее»). relExpr reads the count so bounded as approximate.
var comparatives = map[string]bool{"более": true, "больше": true, "свыше": true, "менее": true, "меньше": true}

var softeners = map[string]bool{"чуть": true, "немногим": true, "немного": true, "несколько": true}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// relMonthYear returns the year of «прошлый май» (off -1), «этот май» (0)
// and «следующий май» (+1) against the reference date.
func (p *parser) relMonthYear(m, off int) int {
	ry, rm := p.ref.Year(), int(p.ref.Month())
	switch {
	case off < 0 && m >= rm:
		return ry - 1
	case off > 0 && m <= rm:
		return ry + 1
	}
	return ry
}

// dayOffset is the reference date moved by off days.
func (p *parser) dayOffset(off int, k kind) expr {
	if !p.hasRef {
		return expr{kind: k, unres: true, a: point{prec: Day}}
	}
	d := p.ref.AddDate(0, 0, off)
	return expr{kind: k, a: point{prec: Day, year: d.Year(), month: int(d.Month()), day: d.Day()}}
}

// quantity parses a number (digits or words, «несколько» as -1, «полтора»
// as 0 with frac set) and a unit of time. bare allows the unit alone (1).
func (p *parser) quantity(k int, bare bool) (n, end int, u unit, ok bool) {
	j := k
	n = 1
	switch w := p.w(j); {
	case p.t[min(j, len(p.t)-1)].kind == tNum && j < len(p.t):
		v, nd, _ := p.n(j)
		if nd > 4 || p.glued(j+1) && p.t[j+1].kind != tWord {
			return 0, 0, unit{}, false
		}
		n = v
		j++
	case cardinals[w] != 0:
		n = cardinals[w]
		j++
		if n >= 20 && n%10 == 0 {
			if c := cardinals[p.w(j)]; c > 0 && c < 10 {
				n += c
				j++
			}
		}
		if w == "a" && !bare {
			return 0, 0, unit{}, false
		}
	case w == "полтора" || w == "полутора":
		n = 0
		j++
	default:
		if !bare {
			return 0, 0, unit{}, false
		}
	}
	u, ok = units[p.w(j)]
	if !ok {
		return 0, 0, unit{}, false
	}
	return n, j + 1, u, true
}

// weekdayExpr parses «в понедельник», «в прошлую пятницу», «в эту среду»,
// "on Monday". Without a modifier the day is chosen by the tense of the
// sentence: the last such day up to the reference date in a past-tense
// sentence, the next one from it in a future-tense one, else the nearest.
func (p *parser) weekdayExpr(k int, prep bool) (expr, int, bool) {
	j := k
	off, rel := dayRel(p.w(j))
	if rel {
		j++
	}
	wd := weekdayOf(p.w(j))
	if wd == 0 {
		return expr{}, 0, false
	}
	en := enWeekday(p.w(j))
	if en && !p.t[j].upper {
		return expr{}, 0, false
	}
	j++
	if !prep && !rel && !p.whole && !en && !p.punct(j, ",") {
		return expr{}, 0, false
	}
	e := expr{kind: kWeekday, wd: wd}
	if !p.hasRef {
		e.unres = true
		e.a.prec = Day
		return e, j, true
	}
	dir := 0
	if rel {
		dir = off * 2 // strict: before/after the reference date
		if off == 0 {
			dir = 3 // in the reference week
		}
	} else if !p.whole {
		dir = p.tense(k, j)
	} else {
		dir = p.given
	}
	d := pickWeekday(p.ref, wd, dir)
	e.a = point{prec: Day, year: d.Year(), month: int(d.Month()), day: d.Day()}
	return e, j, true
}

// podDay returns the day, relative to the reference date, of a part of the
// day a relative adjective places (offset off): «этим утром» 0, «минувшим
// вечером» −1, «минувшей ночью» 0 (the night to the reference date); no
// future ones («следующим утром» is relative to another day).
func podDay(u string, off int) (int, bool) {
	switch {
	case off > 0:
		return 0, false
	case u == "ночью" && off < 0:
		return off + 1, true
	case u == "утром" || u == "днем" || u == "вечером":
		return off, true
	}
	return 0, false
}

// dayRel returns the offset of a word that places a weekday or a weekend
// relative to the reference date: the relative adjectives («прошлую»,
// «эти», «следующие») and «ближайший», which is +1 for days only («в
// ближайшую пятницу»; «в ближайшие годы» is a span).
func dayRel(w string) (int, bool) {
	if strings.HasPrefix(w, "ближайш") {
		return 1, true
	}
	off, ok := relWords[w]
	return off, ok
}

// weekendWords are the forms of «выходные» (the weekend).
var weekendWords = map[string]bool{"выходные": true, "выходных": true, "выходным": true}

// weekendExpr parses «в минувшие выходные», «на выходных», «в эти
// выходные», «в ближайшие выходные» into the range of the Saturday and
// the Sunday: «минувшие» the last weekend ended before the reference date,
// «эти» the one of its ISO week, «следующие», «ближайшие» the first one
// starting after it; without a modifier the tense of the sentence chooses
// as for a weekday. «выходные дни» (days off in general) is no date.
func (p *parser) weekendExpr(k int, prep bool) (expr, int, bool) {
	j := k
	off, rel := dayRel(p.w(j))
	if rel {
		j++
	}
	if !weekendWords[p.w(j)] || !prep && !rel || p.w(j+1) == "дни" || p.w(j+1) == "день" {
		return expr{}, 0, false
	}
	j++
	e := expr{kind: kRel}
	if !p.hasRef {
		e.unres = true
		e.a.prec = Day
		return e, j, true
	}
	var sat time.Time
	switch {
	case rel && off < 0:
		sat = pickWeekday(p.ref, 7, -2).AddDate(0, 0, -1)
	case rel && off == 0:
		sat = pickWeekday(p.ref, 6, 3)
	case rel:
		sat = pickWeekday(p.ref, 6, 2)
	default:
		dir := p.given
		if !p.whole {
			dir = p.tense(k, j)
		}
		switch dir {
		case 1:
			sat = pickWeekday(p.ref, 7, 1).AddDate(0, 0, -1)
		default:
			sat = pickWeekday(p.ref, 6, dir)
		}
	}
	sun := sat.AddDate(0, 0, 1)
	e.a = point{prec: Day, year: sat.Year(), month: int(sat.Month()), day: sat.Day()}
	e.b = &point{prec: Day, year: sun.Year(), month: int(sun.Month()), day: sun.Day()}
	return e, j, true
}

// pickWeekday chooses the date of weekday wd (1 Monday … 7 Sunday) near ref:
// dir -1 the latest on or before ref, +1 the earliest on or after it, -2/+2
// strictly before/after, 3 within ref's ISO week, 0 the nearest (past on a
// tie).
func pickWeekday(ref time.Time, wd, dir int) time.Time {
	cur := int(ref.Weekday())
	if cur == 0 {
		cur = 7
	}
	back := (cur - wd + 7) % 7 // days back to the last wd on or before ref
	fwd := (wd - cur + 7) % 7
	switch dir {
	case -1:
		return ref.AddDate(0, 0, -back)
	case 1:
		return ref.AddDate(0, 0, fwd)
	case -2:
		if back == 0 {
			back = 7
		}
		return ref.AddDate(0, 0, -back)
	case 2:
		if fwd == 0 {
			fwd = 7
		}
		return ref.AddDate(0, 0, fwd)
	case 3:
		return ref.AddDate(0, 0, wd-cur)
	}
	if fwd < back {
		return ref.AddDate(0, 0, fwd)
	}
	return ref.AddDate(0, 0, -back)
}

// tenseWindow bounds the tokens tense looks at on either side.
const tenseWindow = 30

// tense guesses the tense of the sentence around tokens [i, j) (at most
// tenseWindow tokens either side): +1 if it holds a future marker (будет,
// состоится), -1 if it holds a past-tense verb, 0 otherwise.
func (p *parser) tense(i, j int) int {
	lo, hi := i, j
	for lo > 0 && i-lo < tenseWindow && !p.sentenceEnd(lo-1) {
		lo--
	}
	for hi < len(p.t) && hi-j < tenseWindow && !p.sentenceEnd(hi) {
		hi++
	}
	return p.tenseOf(lo, hi, i, j)
}

// tenseOf is tense over tokens [lo, hi), those of [i, j) aside.
func (p *parser) tenseOf(lo, hi, i, j int) int {
	past := false
	for x := lo; x < hi; x++ {
		if x >= i && x < j || p.t[x].kind != tWord {
			continue
		}
		if futureWords[p.t[x].low] {
			return 1
		}
		if pastVerb(p.t[x].low) {
			past = true
		}
	}
	if past {
		return -1
	}
	return 0
}

// scheduling reports whether the word w is a verb or participle of setting
// a time («назначили», «перенесено», «запланирована»), after which «на
// 15 часов» is a clock time.
func scheduling(w string) bool {
	for _, stem := range []string{"назнач", "перен", "запланир", "намеч"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

func (p *parser) sentenceEnd(i int) bool {
	t := p.t[i]
	return t.kind == tPunct && (t.low == "." || t.low == "!" || t.low == "?" || t.low == "\n")
}

// ---- clock times ----

// timeExpr parses «10:30», «в 10 часов утра», «в 3 часа ночи», «в 7 вечера»,
// «в полдень», "10:30 pm", with an optional time zone («по московскому
// времени», «мск», UTC). preposition is the word before k ("" if none):
// hours after «на» with no part of the day are a clock time only after a
// verb of scheduling («перенесли на 15 часов»); otherwise they are how
// long («рейс задержали на три часа», «закрыт на 6 часов»: durExpr).
func (p *parser) timeExpr(k int, preposition string) (expr, int, bool) {
	prep := preposition != ""
	h, m, j := -1, 0, k
	said := false
	if v, nd, ok := p.n(k); ok && nd <= 2 && p.punct(k+1, ":") && p.glued(k+1) && p.glued(k+2) {
		mm, nm, ok := p.n(k + 2)
		if !ok || nm != 2 || v > 24 || mm > 59 || v == 24 && mm > 0 {
			return expr{}, 0, false
		}
		h, m, j, said = v, mm, k+3, true
		if p.punct(j, ":") && p.glued(j) && p.glued(j+1) {
			if s, ns, ok := p.n(j + 1); ok && ns == 2 && s < 60 {
				j += 2
			}
		}
	} else if w := p.w(k); (w == "полдень" || w == "полночь" || w == "noon" || w == "midnight") && prep {
		h, j = 12, k+1
		if w == "полночь" || w == "midnight" {
			h = 0
		}
		return expr{kind: kTime, a: point{prec: Minute, hour: h}}, j, true
	} else {
		v := -1
		if n, nd, ok := p.n(k); ok && nd <= 2 {
			v = n
		} else if c := cardinals[p.w(k)]; c > 0 && c <= 12 && p.w(k) != "a" {
			switch p.w(k + 1) {
			case "час", "часа", "часов":
				v = c
			}
		}
		if v < 0 || v > 24 {
			return expr{}, 0, false
		}
		j = k + 1
		switch p.w(j) {
		case "час", "часа", "часов", "o":
			if p.w(j) == "o" { // "o'clock"
				if !p.punct(j+1, "'") && !p.punct(j+1, "’") || p.w(j+2) != "clock" {
					return expr{}, 0, false
				}
				j += 2
			}
			j++
			said = true
			if mv, nm, ok := p.n(j); ok && nm <= 2 && mv < 60 && (p.w(j+1) == "минут" || p.w(j+1) == "минуты" || p.w(j+1) == "минуту" || p.w(j+1) == "мин") {
				m = mv
				j = p.dot(j + 2)
			}
		}
		h = v
		podGen := false
		switch p.w(j) {
		case "утра", "дня", "вечера", "ночи", "am", "pm", "a", "p":
			podGen = true
		}
		if !said && !podGen || !prep && !podGen {
			return expr{}, 0, false
		}
		verb := p.w(k - 2)
		if k-2 < 0 {
			verb = p.before
		}
		if preposition == "на" && !podGen && !scheduling(verb) {
			return expr{}, 0, false
		}
	}
	// part of day or am/pm
	switch w := p.w(j); {
	case w == "утра" || w == "am" || w == "morning":
		if h == 12 {
			h = 0
		}
		j++
	case w == "дня" || w == "pm" || w == "afternoon":
		if h < 12 && (w == "pm" || h <= 6) {
			h += 12
		}
		j++
	case w == "вечера" || w == "evening":
		if h < 12 {
			h += 12
		}
		j++
	case w == "ночи" || w == "night":
		if h == 12 {
			h = 0
		} else if h >= 9 && h < 12 {
			h += 12
		}
		j++
	case (w == "a" || w == "p") && p.punct(j+1, ".") && p.w(j+2) == "m":
		if w == "p" && h < 12 {
			h += 12
		} else if w == "a" && h == 12 {
			h = 0
		}
		j = p.dot(j + 3)
	}
	if h > 24 {
		return expr{}, 0, false
	}
	if h == 24 {
		h = 0
	}
	e := expr{kind: kTime, a: point{prec: Minute, hour: h, minute: m}}
	e.a.tz, j = p.zone(j)
	return e, j, true
}

// zone parses a time zone after a clock time.
func (p *parser) zone(j int) (string, int) {
	w := p.w(j)
	switch {
	case w == "по" && p.w(j+2) == "времени":
		if tz, ok := timezones[p.w(j+1)]; ok {
			return tz, j + 3
		}
	case w == "по" && (p.w(j+1) == "москве" || p.w(j+1) == "мск" || p.w(j+1) == "гринвичу"):
		return timezones[p.w(j+1)], j + 2
	case w == "мск" || w == "msk" || w == "utc" || w == "gmt":
		return timezones[w], j + 1
	case p.punct(j, "(") && (p.w(j+1) == "мск" || p.w(j+1) == "utc" || p.w(j+1) == "gmt") && p.punct(j+2, ")"):
		return timezones[p.w(j+1)], j + 3
	}
	return "", j
}

// podExpr parses a part of the day alone: «утром», «вечером».
func (p *parser) podExpr(k int) (expr, int, bool) {
	switch w := p.w(k); w {
	case "утром", "днем", "вечером", "ночью":
		return expr{kind: kPod, a: point{prec: PartOfDay, pod: partsOfDay[w]}}, k + 1, true
	}
	return expr{}, 0, false
}

// refExpr parses «сейчас», «в настоящее время», «недавно», «в будущем».
func (p *parser) refExpr(k int, prep string) (expr, int, bool) {
	w := p.w(k)
	lit, j := "", k+1
	switch {
	case w == "сейчас" || w == "now" || w == "currently" || w == "nowadays":
		lit = "PRESENT_REF"
	case (prep == "в" || prep == "на") && (w == "настоящее" || w == "данный" || w == "настоящий") &&
		(p.w(k+1) == "время" || p.w(k+1) == "момент"):
		lit, j = "PRESENT_REF", k+2
	case prep == "в" && w == "наши" && p.w(k+1) == "дни":
		lit, j = "PRESENT_REF", k+2
	case w == "недавно" || w == "recently":
		lit = "PAST_REF"
	case prep == "в" && w == "будущем":
		lit = "FUTURE_REF"
	case prep == "в" && w == "ближайшее" && p.w(k+1) == "время":
		lit, j = "FUTURE_REF", k+2
	default:
		return expr{}, 0, false
	}
	return expr{kind: kRef, lit: lit}, j, true
}

// durExpr parses durations: «три года», «10 суток», «в течение недели»,
// «более трёх лет», «полгода», «несколько месяцев».
func (p *parser) durExpr(k int, prep string) (expr, int, bool) {
	j, mod := k, ""
	bare := p.whole || prep == "за" || prep == "на" || prep == "до"
	switch w := p.w(j); {
	case (w == "в" && (p.w(j+1) == "течение" || p.w(j+1) == "течении")) || (w == "на" && p.w(j+1) == "протяжении"):
		j += 2
		bare = true
	case w == "более" || w == "свыше" || w == "больше" || w == "over":
		mod = ModMoreThan
		j++
	case w == "менее" || w == "меньше" || w == "почти" || w == "almost":
		mod = ModLessThan
		j++
	case w == "не" && (p.w(j+1) == "более" || p.w(j+1) == "больше"):
		mod = ModEqualOrLess
		j += 2
	case w == "for":
		j++
	}
	several := false  // «в ближайшие недели»: a plural modifier, several units
	modified := false // «в ближайшие дни» is a span, «(раз) в день» a frequency
	switch w := p.w(j); w {
	case "последние", "последних", "ближайшие", "ближайших", "следующие", "целых", "целый", "целую",
		"последний", "последнюю", "последнее", "last", "past", "next":
		j++
		bare, modified = true, true
		several = strings.HasSuffix(w, "ие") || strings.HasSuffix(w, "их")
	}
	approx := false
	if w := p.w(j); w == "примерно" || w == "около" || w == "приблизительно" {
		approx = true
		j++
	}
	if lit, ok := halfUnits[p.w(j)]; ok && lit != "" {
		return expr{kind: kDur, lit: lit, mod: mod}, j + 1, true
	}
	n, end, u, ok := p.quantity(j, bare)
	if !ok {
		return expr{}, 0, false
	}
	if end == j+1 { // a unit with no number
		if prep == "в" && !modified {
			// «(раз) в день», «в год»: a frequency, not a date.
			return expr{}, 0, false
		}
		if pluralUnits[p.w(j)] || several {
			n = -1 // «в течение последних недель»: several
		}
	}
	if nv, nd, isNum := p.n(j); isNum && u.iso == "Y" && u.mult == 1 {
		// «2024 года» is a year, not a duration.
		switch p.w(end - 1) {
		case "год", "года", "году", "годом", "годы", "годах":
			if nd >= 3 && nv >= 1000 {
				return expr{}, 0, false
			}
		}
	}
	if n == 0 && p.w(j) != "полтора" && p.w(j) != "полутора" {
		return expr{}, 0, false
	}
	num := strconv.Itoa(n * u.mult)
	switch {
	case n < 0:
		num = "X"
	case n == 0: // полтора
		num = map[string]string{"Y": "1.5", "M": "1.5", "W": "1.5", "D": "1.5", "TH": "1.5", "TM": "1.5"}[u.iso]
		if u.mult > 1 {
			num = strconv.Itoa(u.mult * 3 / 2)
		}
	}
	lit := "P" + num + u.iso
	if u.iso == "TH" {
		lit = "PT" + num + "H"
	} else if u.iso == "TM" {
		lit = "PT" + num + "M"
	}
	// «1 год 5 месяцев»: a smaller unit may follow.
	if n > 0 && u.mult == 1 && (u.iso == "Y" || u.iso == "M" || u.iso == "W") {
		if n2, end2, u2, ok := p.quantity(end, false); ok && n2 > 0 && u2.mult == 1 && unitRank[u2.iso] > unitRank[u.iso] && u2.iso[0] != 'T' {
			lit += strconv.Itoa(n2) + u2.iso
			end = end2
		}
	}
	e := expr{kind: kDur, lit: lit, mod: mod, approx: approx || n < 0}
	return e, end, true
}

// pluralUnits are plural unit forms: with no number they mean "several".
var pluralUnits = map[string]bool{"дней": true, "дни": true, "недель": true, "месяцев": true,
	"месяцы": true, "лет": true, "годы": true, "десятилетий": true, "веков": true,
	"часов": true, "минут": true, "days": true, "weeks": true, "months": true, "years": true, "decades": true}

var unitRank = map[string]int{"Y": 1, "M": 2, "W": 3, "D": 4}

// ---- merging appositions ----

// merge joins adjacent expressions that name one time: «в среду, 29 апреля
// 2020 года», «вчера, 9 мая», «22 июля в 23:11», «утром 6 апреля», «через
// четыре года, в декабре 1981».
func (p *parser) merge(in []span) []span {
	if len(in) < 2 {
		return in
	}
	out := []span{in[0]}
	for _, s := range in[1:] {
		last := &out[len(out)-1]
		comma := false
		switch {
		case s.from == last.to:
		case s.from == last.to+1 && p.punct(last.to, ","):
			comma = true
		default:
			out = append(out, s)
			continue
		}
		if e, ok := p.join(last.e, s.e, comma); ok {
			last.e = e
			last.to = s.to
			continue
		}
		out = append(out, s)
	}
	return out
}

func isDay(e expr) bool {
	return e.b == nil && e.lit == "" && (e.a.prec == Day || e.a.prec == PartOfDay) && (e.kind == kAbs || e.kind == kRel)
}

// join merges two adjacent expressions if they describe one time.
func (p *parser) join(a, b expr, comma bool) (expr, bool) {
	soft := func(e expr) bool { return e.kind == kWeekday || e.kind == kDeictic }
	switch {
	case soft(a) && isDay(b):
		return withPod(p.weekdayYear(b, a.wd), a.a.pod), true
	case isDay(a) && soft(b):
		return withPod(p.weekdayYear(a, b.wd), b.a.pod), true
	case a.kind == kPod && (isDay(b) || soft(b)) && !comma:
		return withPod(b, a.a.pod), true
	case (isDay(a) || soft(a)) && b.kind == kPod && !comma:
		return withPod(a, b.a.pod), true
	case (isDay(a) || soft(a)) && b.kind == kTime && b.b == nil:
		return withTime(a, b.a), true
	case a.kind == kTime && a.b == nil && (isDay(b) || soft(b)) && !comma:
		return withTime(b, a.a), true
	case a.kind == kRel && b.kind == kAbs && comma && b.lit == "":
		return b, true
	}
	return expr{}, false
}

// weekdayYear re-chooses a guessed year so that the date falls on weekday
// wd («во вторник, 31 марта» is 2020 when the reference is in 2019), taking
// the candidate closest to the reference date within two years of it.
func (p *parser) weekdayYear(e expr, wd int) expr {
	if !e.guess || wd == 0 || !p.hasRef {
		return e
	}
	ref := civil(p.ref.Year(), int(p.ref.Month()), p.ref.Day())
	best, bestD := 0, int64(-1)
	for y := p.ref.Year() - 2; y <= p.ref.Year()+2; y++ {
		if e.a.day > daysIn(y, e.a.month) {
			continue
		}
		d := time.Date(y, time.Month(e.a.month), e.a.day, 0, 0, 0, 0, time.UTC)
		w := int(d.Weekday())
		if w == 0 {
			w = 7
		}
		if w != wd {
			continue
		}
		dist := civil(y, e.a.month, e.a.day) - ref
		if dist < 0 {
			dist = -dist
		}
		if bestD < 0 || dist < bestD {
			best, bestD = y, dist
		}
	}
	if best != 0 {
		e.a.year = best
	}
	return e
}

func withPod(e expr, pod string) expr {
	if pod != "" && e.a.prec == Day {
		e.a.prec, e.a.pod = PartOfDay, pod
	}
	return e
}

func withTime(e expr, t point) expr {
	if e.a.prec != Day && e.a.prec != PartOfDay {
		return e
	}
	e.a.prec, e.a.hour, e.a.minute, e.a.tz, e.a.pod = Minute, t.hour, t.minute, t.tz, ""
	return e
}
