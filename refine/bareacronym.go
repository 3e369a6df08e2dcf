package refine

import (
	"slices"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// acronymHeads are the lemmas of the nouns that open the full name of an
// institution an acronym abbreviates: «Агентство стратегических
// инициатив» (АСИ), «Фонд развития территорий» (ФРТ).
var acronymHeads = map[string]bool{
	"фонд": true, "агентство": true, "корпорация": true, "госкорпорация": true, "компания": true,
	"служба": true, "министерство": true, "комитет": true, "центр": true, "банк": true, "союз": true,
	"ассоциация": true, "объединение": true, "организация": true, "партия": true, "федерация": true,
	"палата": true, "инспекция": true, "комиссия": true, "управление": true, "институт": true,
}

// bareAcronymOpenings adds an ORGANIZATION over the full name of an
// acronym that no mention of the text types, or that only a post holds
// («Глава АСИ»), and over the acronym itself: the full name is a
// capitalized noun of an institution (acronymHeads) and the lower-case
// words after it whose initials spell the acronym (spellingRun), where no
// mention lies: «Агентство стратегических инициатив представило …» at a
// sentence's start, which the recognizer missed, with «Глава АСИ» later.
// acronymOpenings does the same for an acronym the recognizer typed an
// ORGANIZATION; an acronym the dictionary knows as a place's is left.
func (r *Refiner) bareAcronymOpenings(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(acronymHeads) {
		return ms
	}
	var acronyms []string
	var at []doc.Mention
	for _, s := range sents {
		for _, t := range s.Tokens {
			if n := utf8.RuneCountInString(t.Text); n < 3 || n > 6 || !cyrillicAcronym(t.Text) {
				continue
			}
			if slices.ContainsFunc(ms, func(m doc.Mention) bool { return m.Type != "PROFESSION" && m.Overlaps(t.Span) }) {
				continue
			}
			at = append(at, doc.Mention{Span: t.Span, Text: t.Text, Type: "ORGANIZATION"})
			if !slices.Contains(acronyms, t.Text) {
				acronyms = append(acronyms, t.Text)
			}
		}
	}
	if acronyms == nil {
		return ms
	}
	for _, m := range ms {
		if m.Type == "ORGANIZATION" || isPlaceType(m.Type) {
			acronyms = slices.DeleteFunc(acronyms, func(a string) bool { return m.Text == a || spelt(fields(m.Text)) == a })
		}
	}
	acronyms = slices.DeleteFunc(acronyms, r.placeWord)
	added, spelled := spellingRuns(sents, ms, acronyms, func(t doc.Token) bool {
		return tokenize.IsUpper(firstRune(t.Text)) && !cyrillicAcronym(t.Text) && anyIn(r.nounLemmas(t.Text), acronymHeads)
	})
	for _, m := range at {
		if spelled[m.Text] {
			added = append(added, m)
		}
	}
	return withAdded(ms, added)
}
