package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// cupNouns are the lemmas of the capitalized nouns that name a contest or
// a prize after a person: «Кубок Гагарина», «Кубка Стэнли», «Мемориал
// Таля».
var cupNouns = map[string]bool{"кубок": true, "мемориал": true}

// honoredCups makes a capitalized cup noun (cupNouns) typed EVENT or AWARD
// and the PERSON right after it one EVENT, the person nested: «в финале
// Кубка Гагарина» was the EVENT «Кубка» and the PERSON «Гагарина» (NEREL
// train tags «Кубка Стэнли» so, 2 of 2, with the country or region of
// other cups inside the name too: «Кубка России»).
func (r *Refiner) honoredCups(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "EVENT" && m.Type != "AWARD" || strings.Contains(m.Text, " ") || !tokenize.StartsUpper(m.Text) || !r.cupNoun(m.Text) {
			continue
		}
		for _, p := range ms {
			if p.Type != "PERSON" || p.Start != m.End+1 || text[m.End] != ' ' {
				continue
			}
			sp := doc.Span{Start: m.Start, End: p.End}
			if hasType(ms, sp, "EVENT") {
				break
			}
			drop[m.Span] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
			break
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] && (m.Type == "EVENT" || m.Type == "AWARD") })
}

// cupNoun reports whether some noun reading of w has a lemma in cupNouns.
func (r *Refiner) cupNoun(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.NOUN && cupNouns[fold(p.Normal)] {
			return true
		}
	}
	return false
}

// adverbPenalty reports whether m is a PENALTY of one word that the
// dictionary likeliest reads as an adverb («заочно арестовал»): NEREL
// train and dev have no penalty so written (their one-word penalties are
// nouns: тюрьмы, штраф, арест).
func (r *Refiner) adverbPenalty(m doc.Mention) bool {
	return m.Type == "PENALTY" && !strings.Contains(m.Text, " ") && r.likeliest(m.Text) == morph.ADVB
}

// organizationEvent reports whether m is an EVENT of one lower-case word
// whose noun reading is a kind of company (companyNouns): «госкорпорация
// планирует» read as an event. NEREL v1.1 train and dev have no event so
// named.
func (r *Refiner) organizationEvent(m doc.Mention) bool {
	if m.Type != "EVENT" || strings.Contains(m.Text, " ") || !tokenize.StartsLower(m.Text) {
		return false
	}
	return anyIn(r.nounLemmas(m.Text), companyNouns)
}

// companyNouns are the nouns of kinds of company (not «движение»,
// «объединение», «партия», which also name events or things).
var companyNouns = map[string]bool{"компания": true, "корпорация": true, "госкорпорация": true, "холдинг": true, "концерн": true,
	"завод": true, "предприятие": true, "фабрика": true, "комбинат": true, "банк": true, "фирма": true, "агентство": true}

// eponymNouns are the lemmas of the nouns that name a disease or an award
// after a person: «болезнь Альцгеймера», «синдром Дауна», «Медалью
// Пушкина»; and those that name a disease after a place or a word of its
// own («лихорадка Денге», «лихорадки Западного Нила», «вирус Зика»).
var eponymNouns = map[string]string{"болезнь": "DISEASE", "синдром": "DISEASE", "медаль": "AWARD", "лихорадка": "DISEASE", "вирус": "DISEASE"}

// namedDiseaseNouns are the eponymNouns whose capitalized name after them
// is never their owner («лихорадка Марбург», «вирус Эбола»), unlike
// «болезнь» («болезнью Неруды»: his illness): the recognizer reads the
// name as a place, an organization or a person, and it goes.
var namedDiseaseNouns = map[string]bool{"лихорадка": true, "вирус": true}

// eponymStems are what every form of eponymNouns opens with.
var eponymStems = []string{"болезн", "синдром", "медал", "лихорад", "вирус"}

// foldPrefix reports whether w opens with the lower-case prefix p, in
// either case («Медалью», «медалью»), without building a folded copy.
func foldPrefix(w, p string) bool {
	return len(w) >= len(p) && equalFold(w[:len(p)], p)
}

// eponyms makes a noun of eponymNouns and the one capitalized word after it
// that the recognizer read as a PERSON or the eponym's type one mention of
// the eponym's type: «болезни Альцгеймера» was the DISEASE «Альцгеймера»
// (NEREL v1.1 train and dev tag «болезнь Паркинсона» whole, 5 of 5, once
// with the person nested; the recognizer's one-word disease goes, its
// person stays). A word that ends the name of a person named in full in
// the text is that person's («болезнью Неруды»: his illness). An award
// noun counts only capitalized, as its names are written, and its person
// may be named in full («Медалью Луки Крымского»). After «лихорадка» and
// «вирус» (namedDiseaseNouns) the name is a mention of any type of one to
// three capitalized words («лихорадки Западного Нила», a LOCATION;
// «лихорадкой Денге», an ORGANIZATION), which goes, and a mention that
// opens a sentence with the noun («Вирус Зика», a PERSON) becomes the
// DISEASE (twenty-second session: NEREL v1.1 train and dev have no such
// name on one line with the noun, so the rule changes nothing there).
func (r *Refiner) eponyms(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	dropAny := map[doc.Mention]bool{} // (names after namedDiseaseNouns, of any type)
	var names []doc.Span              // (… and what they hold: «Нила» of «Западного Нила»)
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			next := toks[i+1]
			if !tokenize.StartsUpper(next.Text) || !slices.ContainsFunc(eponymStems, func(p string) bool { return foldPrefix(toks[i].Text, p) }) {
				continue // (the dictionary is asked only of words that may be one of eponymNouns)
			}
			typ, named := "", false
			for _, l := range r.nounLemmas(toks[i].Text) {
				if t := eponymNouns[l]; t != "" {
					typ, named = t, namedDiseaseNouns[l]
				}
			}
			if typ == "" || typ == "AWARD" && !tokenize.StartsUpper(toks[i].Text) {
				continue
			}
			if named {
				if m, ok := r.namedDisease(toks, i, ms); ok {
					sp := doc.Span{Start: toks[i].Start, End: m.End}
					added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: typ})
					dropAny[m] = true
					names = append(names, doc.Span{Start: toks[i+1].Start, End: m.End})
					dropAny[doc.Mention{Span: toks[i].Span, Text: toks[i].Text, Type: typ}] = true // (the noun alone)
				}
				continue
			}
			end := next.End
			if !slices.ContainsFunc(ms, func(m doc.Mention) bool { return m.Span == next.Span && (m.Type == "PERSON" || m.Type == typ) }) {
				p, ok := startingAt(ms, next.Start, "PERSON")
				if typ != "AWARD" || !ok || !capitalizedRun(toks, i+1, p.End) {
					continue
				}
				end = p.End // «Медалью Луки Крымского»
			}
			if _, ok := startingAt(ms, toks[i].Start, typ); ok || end == next.End && namedInFull(ms, next) {
				continue
			}
			sp := doc.Span{Start: toks[i].Start, End: end}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: typ})
			drop[next.Span] = true
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		return dropAny[m] || drop[m.Span] && (m.Type == "DISEASE" || m.Type == "AWARD") ||
			m.Type != "DISEASE" && slices.ContainsFunc(names, func(n doc.Span) bool { return n.Start <= m.Start && m.End <= n.End })
	})
}

// namedDisease returns the mention that names the disease of the noun at
// toks[i] (a namedDiseaseNouns word), and whether there is one: a mention
// other than a DISEASE that starts at the word after the noun, or at the
// noun when it opens the sentence, and ends within three capitalized
// words after the noun («лихорадки Западного Нила», «Вирус Зика»). None
// when a DISEASE longer than the noun starts at it («лихорадки Эбола»).
func (r *Refiner) namedDisease(toks []doc.Token, i int, ms []doc.Mention) (doc.Mention, bool) {
	if d, ok := startingAt(ms, toks[i].Start, "DISEASE"); ok && d.End > toks[i].End {
		return doc.Mention{}, false
	}
	for _, m := range ms {
		if m.Type == "DISEASE" || m.End <= toks[i+1].Start || !(m.Start == toks[i+1].Start || i == 0 && m.Start == toks[i].Start) {
			continue
		}
		if capitalizedRun(toks, i+1, m.End) && (m.End <= toks[min(i+3, len(toks)-1)].End) {
			return m, true
		}
	}
	return doc.Mention{}, false
}

// capitalizedRun reports whether the tokens from toks[k] to the one ending
// at end are all capitalized words, each a space after the one before.
func capitalizedRun(toks []doc.Token, k, end int) bool {
	for j := k; j < len(toks) && toks[j].End <= end; j++ {
		if !tokenize.StartsUpper(toks[j].Text) || j > k && !adjacent(toks[j-1], toks[j]) {
			return false
		}
		if toks[j].End == end {
			return true
		}
	}
	return false
}

// namedInFull reports whether a PERSON of two words or more among ms, other
// than one at t, ends in a word that opens with the first five letters of
// t («Пабло Неруда» for «Неруды»).
func namedInFull(ms []doc.Mention, t doc.Token) bool {
	key := tokenize.Prefix(fold(t.Text), 5)
	for _, m := range ms {
		if m.Type != "PERSON" || m.Span == t.Span {
			continue
		}
		if ws := fields(m.Text); len(ws) >= 2 && strings.HasPrefix(fold(ws[len(ws)-1]), key) {
			return true
		}
	}
	return false
}
