package event

import "github.com/factgraph/factgraph/doc"

// quotedBefore reports whether span lies inside a quotation closed before
// the trigger span tr: «„Мы рассчитываем, что в этом году урожай превысит
// 90 млн тонн“, — заявила министр»: the quotation's «в этом году» is the
// time of what is said, not of the saying.
func quotedBefore(toks []doc.Token, span, tr doc.Span) bool {
	open := false
	for _, tok := range toks {
		if tok.Start >= tr.Start {
			return false
		}
		switch tok.Text {
		case "«", "„", "“":
			if tok.End <= span.Start {
				open = true
			}
		case "»", "”":
			if tok.End <= span.Start {
				open = false
			} else if open && tok.Start >= span.End {
				return true
			}
		}
	}
	return false
}
