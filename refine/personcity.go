package refine

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// kinNouns are the lemmas of the nouns of kin and marriage that a person's
// name follows in apposition: «дочь Стефани», «супруги Бейонсе».
var kinNouns = map[string]bool{"мать": true, "отец": true, "сын": true, "дочь": true, "брат": true, "сестра": true,
	"жена": true, "муж": true, "супруга": true, "супруг": true, "внук": true, "внучка": true, "племянник": true,
	"племянница": true, "вдова": true, "невеста": true, "жених": true}

// apposedCityPersons retypes a PERSON a one-word CITY (no adjective) that
// names a relative or a post's holder in apposition: right after a noun of
// kin («внебрачная дочь Стефани»: NEREL v1.1 train tags all 78 one-word
// names after a noun of kin PERSON), or after a post (the end of a
// PROFESSION) when the dictionary knows the word as a first name and no
// place, or when a noun of kin stands before the post («супруги певицы
// Бейонсе»). An unknown word after a post alone is as often a place
// («спасателя Малибу», «архиепископ Ньюарка»), and is left. A PROFESSION the
// recognizer ran over the name («певицы Бейонсе») ends before it, as NEREL
// tags the post apart from its holder.
func (r *Refiner) apposedCityPersons(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	postEnds, have := map[int]bool{}, map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type == "PROFESSION" {
			postEnds[m.End] = true
			have[m.Span] = true
		}
	}
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	for _, m := range ms {
		if m.Type != "CITY" || strings.ContainsAny(m.Text, " -") || !unicode.Is(unicode.Cyrillic, firstRune(m.Text)) {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 1 || last != first || !tokenize.StartsLower(toks[first-1].Text) {
			continue
		}
		prev := toks[first-1]
		// a noun of kin right before the name or before the post before it:
		// «дочь Стефани», «супруги певицы Бейонсе»
		var overrun []doc.Mention // a post the recognizer ran over the name: «певицы Бейонсе»
		for _, o := range ms {
			if o.Type == "PROFESSION" && o.End == m.End && o.Start <= prev.Start {
				overrun = append(overrun, o)
			}
		}
		// (a place's adjective is none: «жены герцогини Кембриджской»)
		noun := !slices.ContainsFunc(r.parse(m.Text), func(p morph.Parse) bool { return p.Tag.POS() == morph.ADJF })
		post := (postEnds[prev.End] || len(overrun) > 0) && len(r.placeLemmas(m.Text)) == 0 &&
			(r.firstName(m.Text) || first > 1 && r.kinNoun(toks[first-2].Text))
		found := noun && (r.kinNoun(prev.Text) || post)
		for _, o := range overrun {
			if !found {
				break
			}
			drop[o] = true
			if sp := (doc.Span{Start: o.Start, End: prev.End}); !have[sp] {
				have[sp] = true
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PROFESSION"})
			}
		}
		if found {
			drop[m] = true
			m.Type = "PERSON"
			added = append(added, m)
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m] })
}

// kinNoun reports whether the dictionary reads w as a noun of kin
// (kinNouns).
func (r *Refiner) kinNoun(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.NOUN && kinNouns[p.Normal] {
			return true
		}
	}
	return false
}
