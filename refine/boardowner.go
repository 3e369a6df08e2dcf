package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// boardWords are the folded words of a company's board (boardOwners):
// «совет директоров», «наблюдательный совет», «правление».
var boardWords = map[string]bool{"директоров": true, "наблюдательный": true, "наблюдательного": true, "наблюдательному": true,
	"наблюдательным": true, "наблюдательном": true, "правление": true, "правления": true, "правлению": true, "правлением": true, "правлении": true}

// boardOwners adds the ORGANIZATION a board's name ends in when the
// recognizer tagged the board but not its company: «Совет директоров Банка
// России снизил ключевую ставку» had «Банка России» no mention, where
// «совет директоров Центробанка» had «Центробанка». The company is the
// capitalized rest after «совет директоров», «наблюдательный совет» or
// «правление» (a legal form and quotes aside: «Совет директоров ПАО
// „Ростелеком“» → «Ростелеком»), overlapped by no other ORGANIZATION.
func (r *Refiner) boardOwners(text []rune, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(boardWords) {
		return ms
	}
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "ORGANIZATION" {
			continue
		}
		sp, ok := boardOwner(text, m)
		if !ok || otherOverlaps(ms, sp, "ORGANIZATION", m.Span) {
			continue
		}
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
	}
	return withAdded(ms, added)
}

// boardOwner returns the span of the company a board's mention m names
// after the board's words (boardOwners), and whether there is one.
func boardOwner(text []rune, m doc.Mention) (doc.Span, bool) {
	words := fields(m.Text)
	n := 0
	switch {
	case len(words) >= 3 && strings.HasPrefix(fold(words[0]), "совет") && fold(words[1]) == "директоров":
		n = 2
	case len(words) >= 3 && strings.HasPrefix(fold(words[0]), "наблюдательн") && strings.HasPrefix(fold(words[1]), "совет"):
		n = 2
	case len(words) >= 2 && strings.HasPrefix(fold(words[0]), "правлени"):
		n = 1
	default:
		return doc.Span{}, false
	}
	if legalForms[words[n]] && n+1 < len(words) {
		n++
	}
	start := m.Start
	for i := 0; i < n; i++ {
		// (the words of m are separated by single spaces in news text;
		// the offset moves past each word and the space after it)
		start += len([]rune(words[i])) + 1
	}
	end := m.End
	if start >= end || end > len(text) || text[start-1] != ' ' {
		return doc.Span{}, false
	}
	if tokenize.IsQuote(text[start]) {
		start++
		if end-1 > start && tokenize.IsQuote(text[end-1]) {
			end--
		}
	}
	if start >= end || !tokenize.IsUpper(text[start]) {
		return doc.Span{}, false
	}
	return doc.Span{Start: start, End: end}, true
}

// otherOverlaps reports whether a mention of ms of type typ other than the
// one at self overlaps sp.
func otherOverlaps(ms []doc.Mention, sp doc.Span, typ string, self doc.Span) bool {
	for _, o := range ms {
		if o.Type == typ && o.Span != self && o.Overlaps(sp) {
			return true
		}
	}
	return false
}
