package refine

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// organizationRepeats adds an ORGANIZATION where the words of one the
// recognizer found elsewhere in the document come again, unquoted, and no
// mention overlaps them: an abbreviation in capitals or a capitalized
// Latin word as written («ОСК», «Arcelik принадлежит …»), or a name of two to four words, the first capitalized, each word sharing
// a lemma with the word at its place in the name, so in another case
// («Адмиралтейских верфей» … «Адмиралтейские верфи, входящие в ОСК,
// строят …»). The recognizer misses a name it found once when the words
// around it differ, most often at the start of a sentence (quotedRepeats
// does the same for names in guillemets, and a name found right after an
// opening quote is left to it). A sentence with no word in
// lower case is left alone: in a text in capitals every word is written
// as an abbreviation.
func (r *Refiner) organizationRepeats(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var orgBuf, startBuf [32]int
	orgs := orgBuf[:0]     // (the organizations, in the order of ms: most documents have few)
	starts := startBuf[:0] // (their starts, sorted, once each)
	for k, m := range ms {
		if m.Type == "ORGANIZATION" {
			orgs = append(orgs, k)
			if at, found := slices.BinarySearch(starts, m.Start); !found {
				starts = slices.Insert(starts, at, m.Start)
			}
		}
	}
	if len(orgs) == 0 {
		return ms
	}
	acronyms := map[string]bool{}
	var names [][]*formFacts
	for _, s := range sents {
		toks := s.Tokens
		for i := range toks {
			if st := toks[i].Start; st < starts[0] || st > starts[len(starts)-1] {
				continue
			} else if _, found := slices.BinarySearch(starts, st); !found {
				continue
			}
			for _, k := range orgs {
				m := ms[k]
				if m.Start != toks[i].Start || i > 0 && strings.ContainsAny(toks[i-1].Text, "«\"„“") {
					continue // (a quoted name is quotedRepeats', or a piece of a longer one: «Новая жизнь — Россия»)
				}
				j := i
				for j < len(toks) && toks[j].End < m.End {
					j++
				}
				if j >= len(toks) || toks[j].End != m.End {
					continue
				}
				switch {
				case i == j && (acronym(toks[i].Text) || capitalizedLatin(toks[i].Text) && !latinNeighbour(toks, i)):
					acronyms[toks[i].Text] = true
				case j > i && j-i < 4 && plainName(toks[i:j+1]):
					name := make([]*formFacts, 0, j-i+1)
					for _, t := range toks[i : j+1] {
						name = append(name, r.facts(t.Text))
					}
					names = append(names, name)
				}
			}
		}
	}
	if len(acronyms) == 0 && len(names) == 0 {
		return ms
	}
	var added []doc.Mention
	var dates map[doc.Span]bool // (month adjectives read as dates, which the names replace)
	add := func(toks []doc.Token, i, j int) bool {
		sp := doc.Span{Start: toks[i].Start, End: toks[j].End}
		if overlapsAny(added, sp) {
			return false
		}
		if overlapsAny(ms, sp) {
			if j == i || !r.monthDateOpening(ms, toks[i], sp) {
				return false
			}
			if dates == nil {
				dates = map[doc.Span]bool{}
			}
			dates[toks[i].Span] = true
		}
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
		return true
	}
	for _, s := range sents {
		toks := s.Tokens
		if len(toks) == 0 || !slices.ContainsFunc(text[toks[0].Start:toks[len(toks)-1].End], tokenize.IsLower) {
			continue // a sentence in capitals, where every word looks like an abbreviation
		}
		for i := 0; i < len(toks); i++ {
			// (acronyms holds capitalized words alone: acronym and
			// capitalizedLatin ask a capital first)
			if c, _ := decodeFirst(toks[i].Text); !tokenize.IsUpper(c) {
				continue
			}
			if acronyms[toks[i].Text] && (acronym(toks[i].Text) || !latinNeighbour(toks, i)) && add(toks, i, i) {
				continue
			}
			var first *formFacts // (the facts of toks[i], for the first word of every name)
			for _, name := range names {
				j := i + len(name) - 1
				if j >= len(toks) {
					continue
				}
				if first == nil {
					first = r.facts(toks[i].Text)
				}
				if sharesLemma(first, name[0]) && r.sameLemmas(toks[i+1:j+1], name[1:]) && add(toks, i, j) {
					i = j
					break
				}
			}
		}
	}
	if dates != nil {
		return withReplaced(ms, added, func(m doc.Mention) bool { return m.Type == "DATE" && dates[m.Span] })
	}
	return withAdded(ms, added)
}

// monthDateOpening reports whether the one mention of ms that overlaps
// sp, a repeat of an organization's name, is a DATE of its first word t,
// an adjective of a month (monthAdjectives): «Октябрьская железная дорога
// сообщила», at a sentence's start, where the recognizer read
// «Октябрьская» as a date, while «Начальник Октябрьской железной дороги»
// was the organization. NEREL v1.1 train has no such name: its month
// adjectives are the DATE of a revolution («Октябрьской революции», 4 of
// 4), which no organization's name repeats.
func (r *Refiner) monthDateOpening(ms []doc.Mention, t doc.Token, sp doc.Span) bool {
	n := 0
	for _, m := range ms {
		if m.Start < sp.End && sp.Start < m.End {
			if m.Type != "DATE" || m.Span != t.Span {
				return false
			}
			n++
		}
	}
	return n == 1 && anyIn(r.facts(t.Text).lemmas, monthAdjectives)
}

// acronym reports whether w is an abbreviation of two to six Cyrillic
// capitals, or a code of a capital and digits: «ОСК», «ВНК», «X5». Latin
// capitals alone are left out: the truecaser keeps a Latin word of a
// text in capitals as it is («ART» of «ART IN ART», a work's name in NEREL
// dev), which would pass for an abbreviation.
func acronym(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 6 {
		return false
	}
	latin := true
	for _, c := range w {
		if !tokenize.IsUpper(c) && !unicode.IsDigit(c) {
			return false
		}
		if unicode.Is(unicode.Cyrillic, c) {
			latin = false
		}
	}
	c, _ := decodeFirst(w)
	return tokenize.IsUpper(c) && (!latin || letterCode(w))
}

// capitalizedLatin reports whether w is a capitalized Latin word of three
// letters or more with a lower-case letter: «Arcelik», «Foton». Russian
// news write a foreign company's name so, and the same word is the same
// company, when no other Latin word stands next to it (latinNeighbour).
func capitalizedLatin(w string) bool {
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	lower := false
	for k, c := range w {
		switch {
		case !isLatin(c):
			return false
		case k == 0 && !tokenize.IsUpper(c):
			return false
		case tokenize.IsLower(c):
			lower = true
		}
	}
	return lower
}

// latinNeighbour reports whether a Latin word stands right before or after
// toks[i]: the word is part of a longer foreign name («Art in Art», a work's
// title in NEREL dev, whose «Art» the recognizer read once as an
// organization).
func latinNeighbour(toks []doc.Token, i int) bool {
	return i > 0 && latinWord(toks[i-1].Text) || i+1 < len(toks) && latinWord(toks[i+1].Text)
}

// plainName reports whether toks are words of letters and hyphens, the
// first capitalized: a name that a repeat in another case may inflect.
func plainName(toks []doc.Token) bool {
	if c, _ := decodeFirst(toks[0].Text); !tokenize.IsUpper(c) {
		return false
	}
	for _, t := range toks {
		for _, c := range t.Text {
			if !tokenize.IsLetter(c) && c != '-' {
				return false
			}
		}
	}
	return true
}

// sameLemmas reports whether each token of toks has a lemma of the word at
// its place in name.
func (r *Refiner) sameLemmas(toks []doc.Token, name []*formFacts) bool {
	for k, t := range toks {
		if !sharesLemma(r.facts(t.Text), name[k]) {
			return false
		}
	}
	return true
}

// sharesLemma reports whether the forms of f and g have a lemma in common.
func sharesLemma(f, g *formFacts) bool {
	return slices.ContainsFunc(f.lemmas, func(l string) bool { return slices.Contains(g.lemmas, l) })
}
