package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// naturalAreaHeads are the lemmas of the nouns of natural places and
// protected areas that a capitalized adjective names: «Цемесская бухта»,
// «Сохондинский заповедник». NEREL train and dev tag such names LOCATION
// («Средиземном море», «Южно-Китайского моря», 14 of 14 outside the
// titles of paintings). A reservoir («водохранилище») is left out: built
// by a dam, it is a FACILITY in NEREL train («Куйбышевского
// водохранилища»).
var naturalAreaHeads = map[string]bool{
	"бухта": true, "залив": true, "озеро": true, "пролив": true, "море": true,
	"лиман": true, "заповедник": true, "заказник": true,
}

// naturalAreaTypes are the types the recognizer gives such names or their
// adjective alone.
var naturalAreaTypes = map[string]bool{"FACILITY": true, "ORGANIZATION": true, "PERSON": true, "CITY": true, "DISTRICT": true, "STATE_OR_PROVINCE": true}

// naturePlaces makes a LOCATION of a name of a natural place or a
// protected area: a mention of naturalAreaTypes that is a capitalized
// adjective and a lower-case noun of naturalAreaHeads («Цемесской бухты»,
// a FACILITY), or the capitalized adjective alone right before such a noun
// («Сохондинского» of «Сохондинского заповедника», a PERSON), which then
// takes in the noun (only a PERSON: a one-word CITY or region is the
// town's or the region's, nested in the name). NEREL train and dev: the
// rule moves no mention (their names of seas are LOCATION already; with
// «водохранилище» it moved one, wrongly).
func (r *Refiner) naturePlaces(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(naturalAreaHeads) {
		return ms
	}
	var out []doc.Mention
	for i, m := range ms {
		if !naturalAreaTypes[m.Type] {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || !tokenize.StartsUpper(toks[first].Text) || !adjectiveForm(toks[first]) {
			continue
		}
		end := m.End
		switch {
		case last == first+1 && tokenize.StartsLower(toks[last].Text) && anyIn(r.nounLemmas(toks[last].Text), naturalAreaHeads):
		case last == first && m.Type == "PERSON" && last+1 < len(toks) && toks[last].End+1 == toks[last+1].Start &&
			tokenize.StartsLower(toks[last+1].Text) && anyIn(r.nounLemmas(toks[last+1].Text), naturalAreaHeads):
			end = toks[last+1].End
		default:
			continue
		}
		out = own(out, ms)
		out[i].Type = "LOCATION"
		out[i].End = end
		out[i].Text = string(text[m.Start:end])
	}
	if out == nil {
		return ms
	}
	return sortedMentions(out)
}

// adjectiveFormEndings are the endings of an adjective's forms (and of an
// unknown name's written as one: «Цемесской», which the tagger may read as
// a proper noun).
var adjectiveFormEndings = []string{"ий", "ый", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю", "ей"}

// adjectiveForm reports whether t is tagged an adjective, or a proper
// noun (or an untagged word) written with an adjective's ending.
func adjectiveForm(t doc.Token) bool {
	if t.POS == "ADJ" {
		return true
	}
	if t.POS != "PROPN" && t.POS != "" { // (untagged: read by the ending)
		return false
	}
	for _, e := range adjectiveFormEndings {
		if strings.HasSuffix(t.Text, e) {
			return true
		}
	}
	return false
}

// stormHeads are the lemmas of the nouns of a storm that meteorologists
// name: «тайфун „Хайшень“», «ураган „Милтон“», «циклон „Даниэль“».
var stormHeads = map[string]bool{"тайфун": true, "ураган": true, "циклон": true, "шторм": true, "смерч": true}

// stormNames makes an EVENT of a storm's noun and the name in
// «guillemets» right after it («Тайфун „Хайшень“ обрушился на Приморье»),
// in place of the mentions inside the quotes (the recognizer read
// «Хайшень» as an ORGANIZATION). A mention that covers the noun already
// leaves the words alone. NEREL train and dev have no such name (their one
// «Ураган» is a PRODUCT, a rocket system, with no quote after it).
func (r *Refiner) stormNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(stormHeads) {
		return ms
	}
	var added []doc.Mention
	var inside []doc.Span
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+3 < len(toks); i++ {
			if toks[i+1].Text != "«" || !anyIn(r.nounLemmas(toks[i].Text), stormHeads) || !tokenize.StartsUpper(toks[i+2].Text) {
				continue
			}
			j := i + 2
			for j < len(toks) && j < i+6 && toks[j].Text != "»" {
				j++
			}
			if j == len(toks) || toks[j].Text != "»" {
				continue
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[j].End}
			if slices.ContainsFunc(ms, func(m doc.Mention) bool { return m.Start <= toks[i].Start && m.End > toks[i].Start }) {
				continue
			}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
			inside = append(inside, doc.Span{Start: toks[i+1].Start, End: toks[j].End})
		}
	}
	if len(added) == 0 {
		return ms
	}
	var kept []doc.Mention
	for _, m := range ms {
		if !slices.ContainsFunc(inside, func(sp doc.Span) bool { return m.Start >= sp.Start && m.End <= sp.End }) {
			kept = append(kept, m)
		}
	}
	return withAdded(kept, added)
}
