package event

import (
	"sort"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// nameYearToDateline dates by the dateline's day the events of out dated
// only by a year that the document names solely inside a name, glued to
// it by a hyphen («форум „Армия-2024“», «выставка „Иннопром-2025“»), when
// the dateline (its day, "" if none; the lead may name earlier days) falls in that year: the name's year
// says when the forum is held no better than the report's day does
// Only a name the story tells something happened at, in the past
// («подписали на выставке „Иннопром-2025“»): «пропустит Олимпиаду-2026»,
// «объявил состав на ЧМ-2026» keep the year of an event ahead (was
// date=2025 for «На выставке „Иннопром-2025“ подписали контракт»
// with a dateline of 8 July 2025). The time argument stays the name's
// year, which NEREL relates to such events («ЕГЭ-2013»).
func (x *Extractor) nameYearToDateline(d *doc.Document, text []rune, ms []mention, dates map[string]string, out []doc.Event, dateline string) {
	if len(dateline) != len("2006-01-02") {
		return
	}
	year := dateline[:4]
	named, other := false, false
	for _, m := range ms {
		if m.Type != "DATE" || dates[m.entity] != year {
			continue
		}
		if m.Start >= 2 && m.Start <= len(text) && text[m.Start-1] == '-' && unicode.IsLetter(text[m.Start-2]) {
			named = named || x.heldAt(d.Sentences[m.sent].Tokens, m.Span)
		} else if strings.Contains(m.Text, year) {
			other = true // «в 2025 году»: a year of the story's own
		}
	}
	if !named || other {
		return
	}
	for i := range out {
		if out[i].Date == year {
			out[i].Date = dateline
		}
	}
}

// heldAt reports whether the year at span, glued to a name, is the name
// of a place of the sentence's past event: the name, or the noun right
// before it (a quotation mark between), is in the prepositional case
// after «на» or «в» («на форуме „Армия-2024“», «На форуме-2025»), and the
// verb of its clause is in the past.
func (x *Extractor) heldAt(toks []doc.Token, span doc.Span) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].End > span.Start }) // the token holding it
	if k >= len(toks) || toks[k].Start > span.Start || doc.VerbTense(toks, toks[k].Span) >= 0 {
		return false
	}
	for j := k; j >= max(k-2, 1); j-- {
		if quoteMark(toks[j].Text) {
			continue
		}
		w := toks[j].Text
		if i := strings.LastIndex(w, "-"); j == k && i > 0 {
			w = w[:i]
		}
		prep := strings.ToLower(toks[j-1].Text)
		if prep != "на" && prep != "в" {
			if j == k {
				continue // «„Армия-2024“»: the noun before the quotation mark
			}
			return false
		}
		// (not a word that may be the accusative of a purpose too: the
		// indeclinable «на ЧМ-2026»)
		loc := false
		for _, p := range x.A.Parse(w) {
			if p.Tag.POS() == morph.NOUN && p.Tag.Case() == morph.Accs {
				return false
			}
			loc = loc || p.Tag.POS() == morph.NOUN && (p.Tag.Case() == morph.Loct || p.Tag.Case() == morph.Loc2)
		}
		return loc
	}
	return false
}
