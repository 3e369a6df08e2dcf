package relation

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/timex"
)

// bareDuration reports whether s is a length of time by timex, one unit
// or a count of units (countWord) and no adverb of a part of the day:
// «два дня», «неделю», «три года» (not «за неделю», «не позднее 14 дней»,
// nor «днём», whose last word is in the instrumental). A duration is no
// point of time: «Визит продлится два дня» has no POINT_IN_TIME, START_TIME
// or DATE_OF_… to it. NEREL relates no such DATE; «за неделю», «через
// неделю» stay.
func bareDuration(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	if len(ws) == 0 || len(ws) > 1 && !countWord(ws[0]) || strings.HasSuffix(ws[len(ws)-1], "ом") || strings.HasSuffix(ws[len(ws)-1], "ём") || strings.HasSuffix(ws[len(ws)-1], "ем") {
		return false
	}
	v, ok := timex.Normalize(s, time.Time{})
	return ok && v.Precision == timex.Duration && v.Start == ""
}

// countWord reports whether w counts the units of a duration: a number
// («14»), a numeral («два», «пять») or «несколько», «пару», «полтора».
// What else opens a duration makes it a time NEREL relates: «за
// неделю» (before), «через неделю», «не позднее 14 дней» (END of a term).
func countWord(w string) bool {
	if w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
		return len(w) < 4
	}
	if isAny(w, "несколько", "пару", "пара", "полтора", "полторы", "пол") {
		return true
	}
	return slices.ContainsFunc(readings(w), func(p morph.Parse) bool { return p.Tag.POS() == morph.NUMR })
}

// dateInName reports whether the date t lies inside a mention of another
// type than EVENT, AWARD and LAW (the names of events, awards and laws
// hold their dates) that is not h nor inside h: «19» of «заболел
// COVID-19», «госпитализировали с COVID-19» is no POINT_IN_TIME. NEREL
// relates such a date only from the name holding it, or from outside an
// event, an award or a law («Олимпиада-2016», «премия … 1997 года»).
func dateInName(h, t doc.Mention, mentions []doc.Mention) bool {
	for _, o := range mentions {
		if o.Start <= t.Start && t.End <= o.End && o.Span != t.Span && !isAny(o.Type, "DATE", "TIME", "EVENT", "AWARD", "LAW") &&
			!(h.Start <= o.Start && o.End <= h.End) {
			return true
		}
	}
	return false
}

// insideType reports whether m lies inside a longer mention of type typ:
// «18 лет» in the PENALTY «18 лет заключения» is a term, no one's age.
func insideType(m doc.Mention, mentions []doc.Mention, typ string) bool {
	for _, o := range mentions {
		if o.Type == typ && o.Start <= m.Start && m.End <= o.End && o.End-o.Start > m.End-m.Start {
			return true
		}
	}
	return false
}
