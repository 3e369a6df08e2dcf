package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// facilityParts are the last parts of one-word compound names of buildings,
// squares, streets and grounds borrowed from English (Карнеги-холл,
// Таймс-сквер, Даунинг-стрит, Минск-арена, Эмпайр-стейт-билдинг,
// Гайд-парк, Пикадилли-сёркус), each with whether a name so ending stays
// an organization when the recognizer typed it one: a hall or a street
// names its owner in NEREL train too («Карнеги-Холла», «Уолл-стрит» are
// organizations there), a square, an arena or a tower hardly.
var facilityParts = map[string]bool{"холл": false, "стрит": false, "парк": false,
	"сквер": true, "арена": true, "билдинг": true, "сёркус": true, "серкус": true, "плаза": true, "тауэр": true}

// facilityEndings are the case endings such a last part takes.
var facilityEndings = []string{"", "а", "у", "е", "ом", "ой", "ы", "ах"}

// facilityPart returns whether the capitalized word w is a compound
// whose last part is a facility's (facilityParts), and whether a name so
// ending stays an organization.
func facilityPart(w string) (ok, org bool) {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false, false // (most words: asked of every token)
	}
	if c, _ := decodeFirst(w); !tokenize.IsUpper(c) {
		return false, false
	}
	last := lowerCase(w[i+1:])
	for _, e := range facilityEndings {
		if stem, cut := strings.CutSuffix(last, e); cut {
			if o, found := facilityParts[stem]; found {
				return true, !o
			}
			if o, found := facilityParts[stem+"а"]; found && e != "" { // арен|е, плаз|ы
				return true, !o
			}
		}
	}
	return false, false
}

// facilityWords makes a one-word compound name of a building, a square or
// a street (facilityPart: «Карнеги-холле», «Таймс-Сквер») a FACILITY: a
// mention of exactly the word typed as a place, a person or a post (the
// recognizer's CITY «Карнеги-холла», PROFESSION «Таймс-сквер») is
// retyped, and so is an organization unless the last part is a hall, a
// street or a park; the word gets a FACILITY when no mention is of
// exactly it. NEREL train tags 8 of its 11 such words FACILITY (the
// others, «Уолл-стрит» twice and «Карнеги-Холла», organizations the rule
// leaves so), dev 11 of 12 (Таймс-Сквер 4, Карнеги-холл 4, …).
func facilityWords(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out, added []doc.Mention
	for _, s := range sents {
		for _, t := range s.Tokens {
			ok, org := facilityPart(t.Text)
			if !ok {
				continue
			}
			exact := false
			for i, m := range ms {
				if m.Span != t.Span {
					continue
				}
				exact = true
				if m.Type == "FACILITY" || m.Type == "ORGANIZATION" && org || !isPlaceType(m.Type) && m.Type != "PERSON" && m.Type != "PROFESSION" && m.Type != "ORGANIZATION" {
					continue
				}
				out = own(out, ms)
				out[i].Type = "FACILITY"
			}
			if !exact {
				added = append(added, doc.Mention{Span: t.Span, Text: t.Text, Type: "FACILITY"})
			}
		}
	}
	if out == nil {
		out = ms
	}
	return withAdded(out, added)
}
