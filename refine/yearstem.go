package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// yearStemEvents makes the other occurrences of the name of an event
// written with its year («ЕГЭ-2013», «ЧМ-2018», typed EVENT by nameYears or
// the recognizer) events too, where the text writes the name alone
// («ЕГЭ» eight times in a NEREL dev text, none found) and no mention has
// the word's span. NEREL tags the bare name so in all its cases (train: ЧМ
// 4, Олимпиаде 3; dev: ЕГЭ 8); a bare name the recognizer reads otherwise
// («Сочи» of «Сочи-2014», a CITY) keeps its type, being covered.
func yearStemEvents(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var stems []string
	for _, m := range ms {
		if m.Type != "EVENT" || m.End-m.Start < 5 {
			continue
		}
		w := m.Text
		if n := yearSuffix(w); n == 4 && !strings.ContainsRune(w, ' ') {
			stems = append(stems, w[:len(w)-n-1])
		}
	}
	if stems == nil {
		return ms
	}
	spans := make(map[doc.Span]bool, len(ms))
	for _, m := range ms {
		spans[m.Span] = true
	}
	var added []doc.Mention
	for _, s := range sents {
		for _, t := range s.Tokens {
			if spans[t.Span] || !tokenize.StartsUpper(t.Text) || !slices.Contains(stems, t.Text) {
				continue
			}
			spans[t.Span] = true
			added = append(added, doc.Mention{Span: t.Span, Text: string(text[t.Start:t.End]), Type: "EVENT"})
		}
	}
	return withAdded(ms, added)
}
