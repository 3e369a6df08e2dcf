package ner

import "github.com/factgraph/factgraph/doc"

// Align maps mentions given as code-point spans onto the tokens of sentence
// s. A mention is kept when it lies within the sentence; its bounds are
// widened to whole tokens, and Align counts the mentions whose bounds did not
// fall on token bounds (inexact) and those outside s or covering no token
// (lost).
func Align(s doc.Sentence, mentions []doc.Mention) (spans []TokenSpan, inexact, lost int) {
	for _, m := range mentions {
		start, end := -1, -1
		exact := true
		for i, t := range s.Tokens {
			if t.End <= m.Start || t.Start >= m.End {
				continue
			}
			if start < 0 {
				start = i
				exact = exact && t.Start == m.Start
			}
			end = i + 1
			if t.End > m.End {
				exact = exact && t.End == m.End
			}
		}
		if start < 0 || m.Start < s.Start || m.End > s.End {
			lost++
			continue
		}
		if last := s.Tokens[end-1]; last.End != m.End {
			exact = false
		}
		if !exact {
			inexact++
		}
		spans = append(spans, TokenSpan{Start: start, End: end, Type: m.Type})
	}
	return spans, inexact, lost
}
