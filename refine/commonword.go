package refine

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// plainAdjectiveCities drops a one-word CITY that is a capitalized
// adjective of no place: every reading of it is a full adjective the
// dictionary knows, none a name or a place, and it is not made from a
// place's name (placeAdjective), and a lower-case noun it agrees with
// follows: «с Симфоническим оркестром Метрополитен-оперы» is no city. A
// settlement's name of an adjective's shape stands alone («в посёлке
// Привольный в церкви», a CITY in NEREL train) and stays.
func (r *Refiner) plainAdjectiveCities(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "CITY" {
			continue
		}
		toks := sentenceTokens(sents, m)
		i, j := mentionTokens(toks, m)
		if i < 0 || j != i || j+1 >= len(toks) || !tokenize.StartsUpper(toks[i].Text) || tokenize.StartsUpper(toks[j+1].Text) || utf8.RuneCountInString(toks[j+1].Text) < 3 ||
			!r.plainAdjective(toks[i].Text) || r.placeAdjective(toks[i].Text) || !r.agree(toks[i].Text, toks[j+1].Text) {
			continue
		}
		drop[m.Span] = true
	}
	return without(ms, "CITY", func(m doc.Mention) bool { return drop[m.Span] })
}

// plainAdjective reports whether the dictionary knows w and every reading
// of it is a full adjective of no name or place, and none an adjective in
// -ский or -цкий, the shape of a place's adjective (Уфимский, which
// placeAdjective does not trace to Уфа), but for -ческий.
func (r *Refiner) plainAdjective(w string) bool {
	ps := r.parse(w)
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		if p.Tag.POS() != morph.ADJF || p.Method() != morph.MethodDictionary || properTag(p) || p.Tag.Is(morph.Orgn) {
			return false
		}
		if n := fold(p.Normal); (strings.HasSuffix(n, "ский") || strings.HasSuffix(n, "цкий")) && !strings.HasSuffix(n, "ческий") {
			return false
		}
	}
	return true
}
