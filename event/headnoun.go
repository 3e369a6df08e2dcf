package event

import "github.com/factgraph/factgraph/doc"

// pastBeside reports whether the event told at span by a word with no
// verb of its clause shares its sentence with a clause in the past, parted
// by a colon or a dash: the headline «Стрельба в торговом центре Хьюстона:
// погибли два человека» tells a shooting that happened, so the
// dateline's day («ХЬЮСТОН, 3 февраля 2026. /ТАСС/.») dates it as it does
// the headline's «погибли» (the dateline dates past verbs only).
func pastBeside(toks []doc.Token, span doc.Span) bool {
	if doc.VerbTense(toks, span) != 0 {
		return false
	}
	for j, tok := range toks {
		if tok.Text != ":" && tok.Text != "—" && tok.Text != "–" || tok.Start >= span.Start && tok.End <= span.End {
			continue
		}
		if j+1 < len(toks) && toks[j+1].Start >= span.End && doc.VerbTense(toks, toks[j+1].Span) < 0 ||
			j > 0 && toks[j-1].End <= span.Start && doc.VerbTense(toks, toks[j-1].Span) < 0 {
			return true
		}
	}
	return false
}
