package refine

import (
	"regexp"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// digitOrdinal matches an ordinal written in digits with its case ending:
// «1-го», «58-й», «15-м», «9-му».
var digitOrdinal = regexp.MustCompile(`^\d{1,3}-(?:й|го|ого|му|ому|м|ым|ом|я|ая|ой|ую|е|ое|ю)$`)

// ordinalUnits starts an ORGANIZATION at the ordinal in digits right
// before it: «войска 1-го Украинского фронта СССР», where the recognizer
// found «Украинского фронта СССР», becomes «1-го Украинского фронта СССР»
// (the ORDINAL stays nested). The number is part of the name of a
// numbered unit: NEREL v1.1 train opens all 8 organizations so preceded
// with it («58-й армии», «75-го отдела полиции», «21-го лицея») and has
// none that starts right after one. The name must open with a Cyrillic
// word in lower case after its first letter: an acronym after a date's
// ordinal is no unit («с 1-го ВТБ повысит ставки»). An ORGANIZATION
// already from the ordinal is kept, and the shorter one then dropped.
func ordinalUnits(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	have := spansOf(ms, "ORGANIZATION")
	for i, m := range ms {
		if m.Type != "ORGANIZATION" {
			continue
		}
		before, first, ok := tokenBefore(sents, m)
		if !ok || !digitOrdinal.MatchString(before.Text) || !unitWord(first.Text) {
			continue
		}
		sp := doc.Span{Start: before.Start, End: m.End}
		out = own(out, ms)
		out[i].Span = sp
		out[i].Text = string(text[sp.Start:sp.End])
		if have[sp] {
			out[i].Type = "" // (dropped below: the longer one is there)
		}
	}
	if out == nil {
		return ms
	}
	kept := out[:0]
	for _, m := range out {
		if m.Type != "" {
			kept = append(kept, m)
		}
	}
	return sortedMentions(kept)
}

// unitWord reports whether w is a Cyrillic word, or words joined by
// hyphens, with no capital after its first letter: «Украинского»,
// «отдела», «Северо-Кавказского»; not an acronym.
func unitWord(w string) bool {
	for i, c := range w {
		if c == '-' && i > 0 {
			continue
		}
		if !unicode.Is(unicode.Cyrillic, c) || i > 0 && tokenize.IsUpper(c) && w[i-1] != '-' {
			return false
		}
	}
	return len(w) > 0
}

// tokenBefore returns the token one space before m in its sentence and
// m's first token; ok is false when m does not open at a token or no
// token is so before it.
func tokenBefore(sents []doc.Sentence, m doc.Mention) (before, first doc.Token, ok bool) {
	toks := sentenceTokens(sents, m)
	k, _ := mentionTokens(toks, m)
	if k < 1 || toks[k-1].End+1 != m.Start {
		return doc.Token{}, doc.Token{}, false
	}
	return toks[k-1], toks[k], true
}
