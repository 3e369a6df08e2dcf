package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// universityNicknames are the lemmas of the colloquial names of Russian
// universities that news write with a capital: «Физтех» (МФТИ), «Вышка»
// (ВШЭ), «Бауманка» (МГТУ имени Баумана), «Плешка» (РЭУ имени Плеханова),
// «Керосинка» (РГУ нефти и газа), «Шанинка» (МВШСЭН).
var universityNicknames = map[string]bool{
	"физтех": true, "вышка": true, "бауманка": true, "плешка": true, "керосинка": true, "шанинка": true,
}

// nicknamedUniversities makes a capitalized word inside a sentence (not
// its first word, where «Вышка сотовой связи» is a tower) whose noun
// reading has a lemma of universityNicknames an ORGANIZATION, in place of
// a mention of another type of that word alone: «Выпускники Физтеха и
// Вышки получили гранты», where the recognizer found no «Вышки» and read
// «Физтеха» as a PERSON. NEREL v1.1 train and dev hold none of these names
// (0 of 0).
func (r *Refiner) nicknamedUniversities(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(universityNicknames) {
		return ms
	}
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	have := spansOf(ms, "ORGANIZATION")
	for _, s := range sents {
		for i, t := range s.Tokens {
			if i == 0 || !tokenize.StartsUpper(t.Text) || tokenize.IsAcronym(t.Text) || !anyIn(r.nounLemmas(t.Text), universityNicknames) {
				continue
			}
			if prev := s.Tokens[i-1].Text; !tokenize.IsWord(prev) && prev != "," && prev != "«" && prev != "\"" {
				continue // (after a full stop or a colon: a sentence's first word)
			}
			sp := doc.Span{Start: t.Start, End: t.End}
			for _, m := range ms {
				if m.Span == sp && m.Type != "ORGANIZATION" {
					drop[m] = true
				}
			}
			if !have[sp] {
				have[sp] = true
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
			}
		}
	}
	return swapped(ms, drop, added)
}
