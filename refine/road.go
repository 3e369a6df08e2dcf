package refine

import (
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// roadNouns are the lemmas of the nouns of roads, after which a model
// code is a road's number: «на трассе М-11», «трассы Р-257».
var roadNouns = map[string]bool{"трасса": true, "автотрасса": true, "автодорога": true, "шоссе": true, "магистраль": true, "автомагистраль": true}

// roadCodes makes a mention that is one code right after a road noun a
// FACILITY, the road («на трассе М-11» was a PRODUCT by modelCodes), and
// so is the quoted name right after that code («М-11 „Нева“», an
// ORGANIZATION). NEREL v1.1 train and dev tag the two such codes they
// have FACILITY.
func (r *Refiner) roadCodes(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 1; i < len(toks); i++ {
			if !modelCode(toks[i].Text) && !roadNumber(toks[i].Text) || !anyIn(r.nounLemmas(toks[i-1].Text), roadNouns) {
				continue
			}
			for k, m := range ms {
				if m.Span == toks[i].Span && m.Type != "FACILITY" {
					out = own(out, ms)
					out[k].Type = "FACILITY"
				}
				// the quoted name after the code
				if i+2 < len(toks) && tokenize.IsOpeningQuote(firstRune(toks[i+1].Text)) && utf8.RuneCountInString(toks[i+1].Text) == 1 && m.Start == toks[i+2].Start && (m.Type == "ORGANIZATION" || m.Type == "PRODUCT") {
					out = own(out, ms)
					out[k].Type = "FACILITY"
				}
			}
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// roadNumber reports whether w is a road's number written without a
// hyphen: one or two capitals and digits («Р104», «М4»).
func roadNumber(w string) bool {
	letters, digits := 0, 0
	for _, c := range w {
		switch {
		case c >= 'А' && c <= 'Я' && digits == 0 && letters < 2:
			letters++
		case c >= '0' && c <= '9' && letters > 0:
			digits++
		default:
			return false
		}
	}
	return digits > 0
}
