package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// ministryShortStems are the short names of ministries that decline as
// masculine nouns («Минздрав», «Минздрава», «Минстроем»), and
// ministryShortFixed those that do not («Минобороны», «Минприроды»).
var (
	ministryShortStems = []string{"Минздрав", "Минтранс", "Минфин", "Минсельхоз", "Минспорт", "Минтруд", "Минпромторг",
		"Минюст", "Минрегион", "Минэк", "Минпром", "Минстрой", "Минсоцзащит"}
	ministryShortFixed = []string{"Минобороны", "Минприроды", "Минобрнауки", "Минпросвещения", "Минэкономразвития",
		"Минкультуры", "Минэнерго", "Минкомсвязи", "Минцифры", "Минвостокразвития", "Минсоцразвития", "Минобразования",
		"Минздравсоцразвития", "Минсвязи", "Минэкологии", "Минтуризма", "Минмолодежи", "Минимущества", "Минспорта",
		"Минтруда", "Минстроя", "Минсоцзащиты", "МинЖКХ"}
)

// ministryShortForms are the forms of ministryShortStems and
// ministryShortFixed as a text writes them.
var ministryShortForms = func() map[string]bool {
	out := map[string]bool{}
	for _, s := range ministryShortFixed {
		out[s] = true
	}
	for _, s := range ministryShortStems {
		if stem, ok := strings.CutSuffix(s, "й"); ok {
			for _, e := range []string{"й", "я", "ю", "ем", "е"} {
				out[stem+e] = true
			}
			continue
		}
		for _, e := range []string{"", "а", "у", "ом", "е"} {
			out[s+e] = true
		}
	}
	return out
}()

// ministryShortNames makes the short name of a ministry
// (ministryShortForms: «Минздрав Башкирии», «Минстрой Приморья») an
// ORGANIZATION, and the name with the place right after it one too, as
// NEREL annotates both («Минспорта Чувашии», «Минобороны России»): the
// recognizer misses them after a region's name or reads them as a person
// («Минсельхоз Кубани»). A mention of another type over the name or over
// the name and the place is dropped. Where the recognizer has the name
// with the place, the name alone is left as it is. NEREL v1.1 train and
// dev: all 32 such words are organizations, alone or with a place (and
// alone inside 5 of the 7 with a place).
func (r *Refiner) ministryShortNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveText(ministryShortForms) {
		return ms
	}
	places := longestPlaces(ms)
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, s := range sents {
		for i, t := range s.Tokens {
			if !ministryShortForms[t.Text] {
				continue
			}
			spans := []doc.Span{t.Span}
			if i+1 < len(s.Tokens) {
				if p, ok := places[s.Tokens[i+1].Start]; ok && p.Type != "FACILITY" {
					spans = append(spans, doc.Span{Start: t.Start, End: p.End})
				}
			}
			for _, m := range ms {
				if m.Type == "PERSON" && m.Start == t.Start && m.End > t.End {
					spans = append(spans, m.Span) // «Минсельхоз Кубани» read as a person
				}
			}
			if slices.ContainsFunc(ms, func(m doc.Mention) bool { return m.Type == "ORGANIZATION" && m.Start == t.Start && m.End > t.End }) {
				// the recognizer has the name with the place: the name
				// alone is as it left it (NEREL nests it in 5 of 7)
				continue
			}
			for _, sp := range spans {
				if hasType(ms, sp, "ORGANIZATION") {
					continue
				}
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
				drop[sp] = true
			}
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] && m.Type != "ORGANIZATION" })
}
