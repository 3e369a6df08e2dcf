package names

import (
	"slices"
	"sort"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// dashPostHints gives a person's name of two words or more that opens its
// clause (the text's start or punctuation before it) and is followed by a
// dash and an animate noun in the nominative — the post or kind of person
// it is («…, Ннека Угбома - руководитель проекта Mushroom works») — the
// nominative: a name defined so is the nominative the noun after the dash
// agrees with, as in a list of speakers, whatever genitive the tagger reads
// in unknown foreign words. «Сын Ивана Петрова — депутат» (the name
// depends on the noun before it) keeps the tagger's case. hints are the
// tagger's for m's tokens; toks the document's tokens.
func dashPostHints(hints []Hint, toks []doc.Token, m doc.Mention) []Hint {
	if len(hints) < 2 || allNominative(hints) {
		return hints
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.End })
	if i+1 >= len(toks) || !slices.Contains([]string{"-", "—", "–"}, toks[i].Text) {
		return hints
	}
	post := toks[i+1]
	if post.POS != "NOUN" || !strings.Contains(post.Feats, "Case=Nom") || !strings.Contains(post.Feats, "Animacy=Anim") {
		return hints
	}
	if j := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= m.Start }); j > 0 && toks[j-1].POS != "PUNCT" {
		return hints
	}
	out := append([]Hint(nil), hints...)
	for k := range out {
		if out[k].Case != morph.Nomn {
			out[k].Case, out[k].Gender = morph.Nomn, 0
		}
		out[k].Apposed = true
	}
	return out
}

// unknownNominative reports whether a person's name is in the nominative
// by its post, its verb or a dash (allNominative) and the dictionary knows
// none of its words as a name: the name is then as written, whatever
// genitive the guesser reads in foreign words in -а («Ннека Угбома - руководитель»
// is no «Ннек Угбом»).
func unknownNominative(hints []Hint, parses [][]morph.Parse) bool {
	return allNominative(hints) && !slices.ContainsFunc(parses, knownName) && slices.ContainsFunc(parses, func(ps []morph.Parse) bool { return ps != nil })
}
