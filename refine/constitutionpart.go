package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// rulingPartWords are the stems of the nouns of a part of a law that a
// court's ruling names after «Конституции» («не соответствующей
// Конституции норму Налогового кодекса», «положения статьи 12»); the
// first three open a LAW of their own in NEREL («статьи 12 закона»).
var rulingPartWords = []string{"стать", "част", "пункт", "норм", "положени", "правил"}

// rulingPartOpens reports whether the stem of rulingPartWords that w opens with
// opens a LAW of its own (an article, a part, a clause).
func rulingPartOpens(w string) (part, opens bool) {
	w = lowerCase(w)
	for i, s := range rulingPartWords {
		if strings.HasPrefix(w, s) {
			return true, i < 3
		}
	}
	return false, false
}

// constitutionParts splits a LAW that runs from «Конституции» (and a
// country's name after it) on into a lower-case noun of a part of another
// law (rulingPartWords): the recognizer reads «признал не соответствующей
// Конституции норму Налогового кодекса» as one LAW «Конституции норму
// Налогового кодекса», which then takes the other law's name. The
// constitution keeps its own LAW (added when missing); the rest is a LAW
// when it opens with an article, a part or a clause («положения статьи 12
// закона» → «статьи 12 закона» is left to the recognizer's own mentions),
// and the code's LAW inside stays. NEREL v1.1 train has no LAW that runs
// from «Конституции» into such a noun (its 55 opening so are the
// constitution's name: «Конституции Украины в редакции 2004 года»).
func (r *Refiner) constitutionParts(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(map[string]bool{"конституция": true}) {
		return ms
	}
	have := map[doc.Span]string{}
	for _, m := range ms {
		have[m.Span] += m.Type + " "
	}
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	for _, m := range ms {
		if m.Type != "LAW" || !strings.HasPrefix(m.Text, "Конституци") || !strings.Contains(m.Text, " ") {
			continue
		}
		toks, first, last := tokensOf(sents, m)
		if first < 0 {
			continue
		}
		k := first + 1
		if k <= last && (tokenize.StartsUpper(toks[k].Text)) {
			k++ // «Конституции РФ норму …»
		}
		if k > last {
			continue
		}
		part, opens := rulingPartOpens(toks[k].Text)
		if !part || !tokenize.StartsLower(toks[k].Text) {
			continue
		}
		drop[m] = true
		if c := (doc.Span{Start: m.Start, End: toks[k-1].End}); !strings.Contains(have[c], "LAW ") {
			added = append(added, doc.Mention{Span: c, Text: string(text[c.Start:c.End]), Type: "LAW"})
		}
		if rest := (doc.Span{Start: toks[k].Start, End: m.End}); opens && k < last && !strings.Contains(have[rest], "LAW ") {
			added = append(added, doc.Mention{Span: rest, Text: string(text[rest.Start:rest.End]), Type: "LAW"})
		}
	}
	if len(drop) == 0 {
		return ms
	}
	return swapped(ms, drop, added)
}
