package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// clanForms are the forms of «клан» clanOrganizations reads, with whether
// they are plural (a list of clans after a dash).
var clanForms = map[string]bool{"клан": false, "клана": false, "клану": false, "кланом": false, "клане": false,
	"кланы": true, "кланов": true, "кланам": true, "кланами": true, "кланах": true}

// clanLemma is the lemma of clanForms.
var clanLemma = map[string]bool{"клан": true}

// mafiaWords are the lemmas that make a text about organized crime, where
// a «клан» is a criminal organization and not a family.
var mafiaWords = map[string]bool{"мафия": true, "мафиозный": true, "мафиози": true, "каморра": true, "ндрангета": true}

// clanOrganizations reads the names of mafia clans as ORGANIZATION: the
// capitalized name right after «клан» («главарем клана Гамбино») or the
// list after «кланов —» («пять кланов — Бонанно, Гамбино, Дженовезе,
// Коломбо и Луккезе»), in a text about the mafia. NEREL marks such a
// «семья» as an organization (Wikidata «Семья Гамбино»), while the taggers
// read the Italian surnames as persons (or «Коломбо» as the city); the
// mentions inside the clan phrase other than posts go. A plural surname
// («клан Шаймиевых») is a FAMILY (familyOf), and a place after the noun
// («кланов Нью-Йорка») is whose the clans are, so both stay.
func (r *Refiner) clanOrganizations(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(clanLemma) || !r.mayHave(mafiaWords) {
		return ms
	}
	var added []doc.Mention
	var drops []doc.Span
	for _, s := range sents {
		toks := s.Tokens
		for i, t := range toks {
			plural, ok := clanForms[t.Text]
			if !ok {
				continue
			}
			names := r.clanNames(toks, i+1, plural)
			for _, k := range names {
				sp := doc.Span{Start: toks[k].Start, End: toks[k].End}
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
			}
			if len(names) > 0 {
				drops = append(drops, doc.Span{Start: t.Start, End: toks[names[len(names)-1]].End})
			}
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		for _, d := range drops {
			if m.Start >= d.Start && m.End <= d.End && m.Type != "PROFESSION" {
				return true
			}
		}
		return false
	})
}

// clanDashes open the list of clans.
var clanDashes = map[string]bool{"—": true, "–": true, "-": true, ":": true}

// clanNames returns the indexes in toks of the clan names from j on: one
// name right after a singular «клан», a list («A, B и C») after a dash
// when plural; nil when there is none.
func (r *Refiner) clanNames(toks []doc.Token, j int, plural bool) []int {
	if plural {
		if j >= len(toks) || !clanDashes[toks[j].Text] {
			return nil
		}
		j++
	}
	if j >= len(toks) || !r.clanName(toks[j].Text, plural) {
		return nil
	}
	names := []int{j}
	for plural && j+2 < len(toks) && (toks[j+1].Text == "," || toks[j+1].Text == "и") && r.clanName(toks[j+2].Text, true) {
		j += 2
		names = append(names, j)
	}
	return names
}

// clanName reports whether w may be the name of a clan: a capitalized
// word, not a plural surname (a family), and, unless listed, not a place
// in an oblique case («Нью-Йорка»; an indeclinable «Гамбино» may be one).
func (r *Refiner) clanName(w string, listed bool) bool {
	rs := []rune(w)
	if len(rs) < 3 || !tokenize.IsUpper(rs[0]) || !tokenize.IsLower(rs[1]) {
		return false
	}
	for _, suf := range []string{"ых", "их", "овы", "евы"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	if listed {
		return true
	}
	for _, p := range r.parse(w) {
		if p.Tag.Is(morph.Geox) && p.Normal != fold(w) {
			return false
		}
	}
	return true
}

// syndicateStems are the stems of the names of the criminal syndicates
// (nouns of the first declension: «Ндрангета», «Каморра», «Якудза»,
// «Коза Ностра» after «Коза»), which syndicateNames reads.
var syndicateStems = []string{"ндрангет", "каморр", "якудз", "ностр"}

// syndicateForms are the forms of syndicateStems, for the early exit.
var syndicateForms = func() map[string]bool {
	forms := map[string]bool{}
	for _, s := range syndicateStems {
		for _, e := range []string{"а", "ы", "и", "е", "у", "ой"} {
			forms[s+e] = true
		}
	}
	return forms
}()

// syndicateNames makes the capitalized name of a criminal syndicate an
// ORGANIZATION: «боссов Ндрангеты», «боссов «Коза Ностры»». NEREL marks
// them as organizations, while the taggers read a quoted «Коза Ностры» as
// a work and «боссов Ндрангеты» as a person; the mentions of other types
// over the name go.
func (r *Refiner) syndicateNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(syndicateForms) {
		return ms
	}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i, t := range toks {
			if !syndicateForms[fold(t.Text)] || !tokenize.IsUpper([]rune(t.Text)[0]) {
				continue
			}
			sp := doc.Span{Start: t.Start, End: t.End}
			if strings.HasPrefix(fold(t.Text), "ностр") {
				if i == 0 || fold(toks[i-1].Text) != "коза" {
					continue
				}
				sp.Start = toks[i-1].Start
			}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
			if p, ok := r.syndicatePost(toks, i, sp); ok {
				added = append(added, doc.Mention{Span: p, Text: string(text[p.Start:p.End]), Type: "PROFESSION"})
			}
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		for _, a := range added {
			if a.Type != "ORGANIZATION" {
				continue
			}
			if m.Type != "PROFESSION" && m.Start < a.End && a.Start < m.End {
				return true
			}
		}
		return false
	})
}

// syndicatePosts are the lemmas of the posts in a syndicate.
var syndicatePosts = map[string]bool{"босс": true, "главарь": true, "глава": true, "лидер": true, "член": true}

// syndicatePost returns the span of a post before the syndicate name sp
// ending at toks[i] («боссов Ндрангеты», «боссов «Коза Ностры»», with its
// quotes), which NEREL marks as a PROFESSION, and whether there is one.
func (r *Refiner) syndicatePost(toks []doc.Token, i int, sp doc.Span) (doc.Span, bool) {
	k := i - 1
	for k >= 0 && toks[k].Start >= sp.Start {
		k--
	}
	end := sp.End
	if k >= 0 && toks[k].Text == "«" {
		if i+1 >= len(toks) || toks[i+1].Text != "»" {
			return doc.Span{}, false
		}
		end = toks[i+1].End
		k--
	}
	if k < 0 {
		return doc.Span{}, false
	}
	for _, p := range r.parse(toks[k].Text) {
		if p.Tag.POS() == morph.NOUN && syndicatePosts[p.Normal] {
			return doc.Span{Start: toks[k].Start, End: end}, true
		}
	}
	return doc.Span{}, false
}
