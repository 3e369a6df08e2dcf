package refine

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// weekdayLemmas are the lemmas of the names of the days of the week.
var weekdayLemmas = map[string]bool{"понедельник": true, "вторник": true, "среда": true, "четверг": true,
	"пятница": true, "суббота": true, "воскресенье": true}

// coordinatedDates splits a DATE that joins two whole dates with «и»,
// each a day of the week or a range of years, into the two: «в пятницу и
// субботу» → «в пятницу» + «субботу», «в 1985—1990 и 2006—2011 годах» →
// «в 1985—1990» + «2006—2011 годах». NEREL tags such days and ranges
// apart (train «в среду» + «четверг», dev 3 of 3), while it keeps one
// DATE over a shared month or unit («12 и 13 января 2013 года», «в июле и
// августе 2019 года», «в 2009 и 2010 годах», «в понедельник и вторник на
// следующей неделе»), which the rule leaves.
func (r *Refiner) coordinatedDates(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	have := spansOf(ms, "DATE")
	drop := map[doc.Span]bool{}
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "DATE" || strings.Count(m.Text, " и ") != 1 {
			continue
		}
		toks, first, last := tokensOf(sents, m)
		if first < 0 || last < 0 {
			continue
		}
		and := -1
		for k := first + 1; k < last; k++ {
			if toks[k].Text == "и" {
				and = k
			}
		}
		if and < 0 || !(r.weekday(toks[and-1].Text) && and+1 == last && r.weekday(toks[last].Text) ||
			yearRangeEnd(toks, and-1) && yearRangeEnd(toks, min(and+3, last))) {
			continue
		}
		drop[m.Span] = true
		for _, sp := range []doc.Span{{Start: m.Start, End: toks[and-1].End}, {Start: toks[and+1].Start, End: m.End}} {
			if !have[sp] {
				have[sp] = true
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "DATE"})
			}
		}
	}
	if len(drop) == 0 {
		return ms
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] && m.Type == "DATE" })
}

// weekday reports whether w is a form of the name of a day of the week.
func (r *Refiner) weekday(w string) bool {
	return anyIn(r.nounLemmas(w), weekdayLemmas)
}

// yearRangeEnd reports whether toks[k] ends a range of two years of four
// digits joined by a dash («1985—1990»).
func yearRangeEnd(toks []doc.Token, k int) bool {
	year := func(w string) bool { return utf8.RuneCountInString(w) == 4 && allDigits(w) }
	return k >= 2 && year(toks[k].Text) && dashes[toks[k-1].Text] && year(toks[k-2].Text)
}

// titleDates drops a DATE without digits that opens a short quoted name
// with more words after it: «Один день» of the story «Один день Ивана
// Денисовича», «Шукшинские дни» of the festival «Шукшинские дни на Алтае».
// The words are a title's, no date: NEREL tags none (dev 7 such DATEs,
// train none), while it does tag a date opening a quoted sentence
// («Несколько дней назад Людмила Георгиевна перенесла инфаркт…»), which
// has more words or punctuation.
func titleDates(text []rune, ms []doc.Mention) []doc.Mention {
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "DATE" || m.Start == 0 || text[m.Start-1] != '«' || strings.ContainsAny(m.Text, "0123456789") || !tokenize.StartsUpper(m.Text) {
			continue
		}
		end := m.End
		for end < len(text) && end-m.Start < 80 && text[end] != '»' && !strings.ContainsRune(".,;:!?…\n«", text[end]) {
			end++
		}
		if end < len(text) && text[end] == '»' && end > m.End+1 && len(fields(string(text[m.Start:end]))) <= 6 {
			drop[m.Span] = true
		}
	}
	return without(ms, "DATE", func(m doc.Mention) bool { return drop[m.Span] })
}
