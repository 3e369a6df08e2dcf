package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// articleHeads are the lemmas of the nouns of a piece in a periodical,
// after which a capitalized adjective and a noun in the genitive name the
// periodical: «в статье Частного корреспондента».
var articleHeads = map[string]bool{"статья": true, "публикация": true, "колонка": true, "заметка": true,
	"репортаж": true, "интервью": true}

// articleSources adds an ORGANIZATION for a capitalized adjective and a
// lower-case noun in the genitive that agree with each other,
// right after a noun of a piece in a periodical (articleHeads), when no
// mention but a post or one inside them holds them: «читайте в статье Частного
// корреспондента „Жара продолжается“» (the recognizer read
// «корреспондента» as a post); mid-sentence a capitalized adjective makes
// the phrase a name, and after «статье» the name is the publisher's. A
// quoted title right after the name typed an ORGANIZATION is retyped a
// WORK_OF_ART (the article). NEREL v1.1 train has no such phrase: the
// names after these nouns there are persons («статье Маркина») or quoted
// («публикации РИА „Новости“»); a dative there is the one spoken to,
// not always a periodical («в интервью Сомалийской службе „Голоса
// Америки“», no organization in NEREL train).
func (r *Refiner) articleSources(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	var titles map[doc.Span]bool
	for _, s := range sents {
		toks := s.Tokens
		for i := 1; i+2 < len(toks); i++ {
			if !tokenize.StartsUpper(toks[i].Text) || !tokenize.StartsLower(toks[i+1].Text) || !r.articleNoun(toks[i-1].Text) {
				continue
			}
			cases := r.adjectiveReadings(toks[i].Text) & r.nounCases(toks[i+1].Text) & genitives
			if cases == 0 {
				continue
			}
			name := doc.Span{Start: toks[i].Start, End: toks[i+1].End}
			if held(ms, name) {
				continue
			}
			added = append(added, doc.Mention{Span: name, Text: string(text[name.Start:name.End]), Type: "ORGANIZATION"})
			if j := i + 2; closingQuote(toks, j) > 0 {
				if titles == nil {
					titles = map[doc.Span]bool{}
				}
				titles[doc.Span{Start: toks[j+1].Start, End: toks[closingQuote(toks, j)-1].End}] = true
			}
		}
	}
	if len(added) == 0 {
		return ms
	}
	out := make([]doc.Mention, 0, len(ms)+len(added))
	for _, m := range ms {
		if titles[m.Span] && m.Type == "ORGANIZATION" {
			m.Type = "WORK_OF_ART"
		}
		out = append(out, m)
	}
	return withAdded(out, added)
}

// articleNoun reports whether w is a noun of a piece in a periodical
// (articleHeads) by its likeliest reading.
func (r *Refiner) articleNoun(w string) bool {
	return r.likeliest(w) == morph.NOUN && anyIn(r.nounLemmas(w), articleHeads)
}

// adjectiveReadings returns the cases of w's full-adjective readings.
func (r *Refiner) adjectiveReadings(w string) caseSet {
	var cs caseSet
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.ADJF {
			cs |= caseBit(p)
		}
	}
	return cs
}

// held reports whether a mention of ms other than a post has the span s or
// overlaps it without lying inside it (a place adjective read as a city,
// «Вечернего» of «Вечернего курьера», stays nested).
func held(ms []doc.Mention, s doc.Span) bool {
	for _, m := range ms {
		if m.Overlaps(s) && m.Type != "PROFESSION" && (m.Span == s || m.Start < s.Start || m.End > s.End) {
			return true
		}
	}
	return false
}
