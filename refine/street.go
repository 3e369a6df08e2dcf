package refine

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// streetNouns are the lemmas of the nouns of streets and squares that a
// name follows in an address: «на улице Лесной», «проспекта Вернадского».
var streetNouns = map[string]bool{"улица": true, "проспект": true, "переулок": true, "бульвар": true, "площадь": true,
	"набережная": true, "проезд": true, "тупик": true, "аллея": true}

// maxStreetWords bounds the capitalized words of a street's name after its
// noun («улице Михаила Грушевского», «площади Святого Петра»).
const maxStreetWords = 3

// streetNames makes a lower-case noun of a street or square (streetNouns)
// and the capitalized words right after it one FACILITY: «на улице
// Лесной», «площади Победы», «бульваре Дмитрия Донского». NEREL v1.1
// train tags all 24 such gold names so, the noun included, with a person
// they are named after nested («улице Раевского», PERSON «Раевского»),
// which stays. The recognizer reads an adjective's name as the town or
// region it comes from («улице Тверской» a CITY, «Лесной» a town): a place
// or facility mention of exactly such one word, an adjective, is dropped.
// A name that is a place in the genitive is the town the street is in
// («улицах Каира», «главной улице Москвы») and is left alone, as is a
// plural noun and a noun some mention already spans or crosses.
func (r *Refiner) streetNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			if !tokenize.StartsLower(toks[i].Text) || !streetWord(toks[i+1].Text) || !anyIn(r.nounLemmas(toks[i].Text), streetNouns) || r.pluralOnly(toks[i].Text) {
				continue
			}
			j := i + 1
			for j+1 < len(toks) && j+1 <= i+maxStreetWords && streetWord(toks[j+1].Text) && toks[j].End+1 == toks[j+1].Start {
				j++
			}
			// an adjective's name runs on over the genitive noun it agrees
			// with: «набережной Обводного канала»
			if j+1 < len(toks) && tokenize.StartsLower(toks[j+1].Text) && utf8.RuneCountInString(toks[j+1].Text) > 2 && r.genitiveAdjective(toks[j].Text) && r.genitive(toks[j+1].Text) {
				j++
			}
			adj := i+1 == j && r.capitalizedAdjective(lastPart(toks[j].Text))
			sp := doc.Span{Start: toks[i].Start, End: toks[j].End}
			name := doc.Span{Start: toks[i+1].Start, End: toks[j].End}
			have, blocked := streetMentions(ms, sp, name, adj)
			if blocked {
				continue
			}
			if adj {
				drop[name] = true
			}
			if !have {
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "FACILITY"})
			}
		}
	}
	if len(drop) == 0 {
		return withAdded(ms, added)
	}
	out := make([]doc.Mention, 0, len(ms)+len(added))
	for _, m := range ms {
		if !drop[m.Span] || !isPlaceType(m.Type) && m.Type != "FACILITY" {
			out = append(out, m)
		}
	}
	return sortedMentions(append(out, added...))
}

// streetMentions reports whether a FACILITY of ms is the street's span sp
// already (have), and whether the street is blocked from being one: another
// mention starts at its noun or crosses the span, or the name is no
// adjective (adj) and a place mention overlaps it or a FACILITY is it:
// NEREL tags the name alone when it is a noun of its own («площади
// Тахрир», «улице Крещатик», four times in train).
func streetMentions(ms []doc.Mention, sp, name doc.Span, adj bool) (have, blocked bool) {
	for _, m := range ms {
		switch {
		case m.Span == sp && m.Type == "FACILITY":
			have = true
		case m.Start == sp.Start,
			m.Overlaps(sp) && (m.Start < sp.Start && m.End < sp.End || m.Start > sp.Start && m.End > sp.End),
			m.Overlaps(name) && isPlaceType(m.Type) && !adj,
			m.Span == name && m.Type == "FACILITY" && !adj:
			return have, true
		}
	}
	return have, false
}

// streetWord reports whether w is a capitalized Cyrillic word of a street's
// name, or such words joined by hyphens («Победы-Софийской»).
func streetWord(w string) bool {
	for part := range strings.SplitSeq(w, "-") {
		if !cyrillicName(part) {
			return false
		}
	}
	return true
}

// lastPart returns the part of w after its last hyphen, or w.
func lastPart(w string) string {
	return w[strings.LastIndexByte(w, '-')+1:]
}
