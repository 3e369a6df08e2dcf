package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// nicknameHeads are the nouns of a monarch that head a quoted nickname
// title of a person: «король поп-музыки», «королева соула».
var nicknameHeads = map[string]bool{"король": true, "королева": true, "царь": true, "царица": true,
	"император": true, "императрица": true, "принц": true, "принцесса": true}

// nicknameTitles makes a quoted nickname title one PROFESSION: the words
// between the quotes are a monarch's noun (nicknameHeads) and lower-case
// genitive words after it («"короля поп-музыки"», «„король азартных
// игр“», ««Король блюза»»), or one hyphenated word whose last part is such
// a noun («"поп-короля"»). The PROFESSION the recognizer found inside
// (the bare «король») goes. NEREL tags such a title a PROFESSION (train
// «Король блюза» twice, both quoted; dev «короля поп-музыки» three times,
// «поп-короля», «король азартных игр»), without the quotes; a quoted
// monarch with a capitalized word after it («Король Лир») is a work.
func (r *Refiner) nicknameTitles(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(nicknameHeads) && !r.mayHaveHyphenHead() {
		return ms
	}
	have := spansOf(ms, "PROFESSION")
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+2 < len(toks); i++ {
			if !quoteMark(toks[i].Text) {
				continue
			}
			j := i + 1
			for j < len(toks) && j-i <= 5 && !quoteEnd(toks[j].Text) {
				j++
			}
			if j >= len(toks) || j == i+1 || j-i > 5 || !r.nicknameTitle(toks[i+1:j]) {
				continue
			}
			sp := doc.Span{Start: toks[i+1].Start, End: toks[j-1].End}
			if !have[sp] {
				have[sp] = true
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PROFESSION"})
			}
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		for _, a := range added {
			if m.Type == "PROFESSION" && a.Start <= m.Start && m.End <= a.End && m.Span != a.Span {
				return true // (the bare «король» of «король азартных игр»)
			}
		}
		return false
	})
}

// mayHaveHyphenHead reports whether the document may hold a hyphenated
// word ending in a monarch's noun («поп-короля»).
func (r *Refiner) mayHaveHyphenHead() bool {
	if r.view == nil {
		return true
	}
	for _, w := range r.view.formList {
		if k := strings.LastIndexByte(w, '-'); k > 0 && anyIn(r.nounLemmas(w[k+1:]), nicknameHeads) {
			return true
		}
	}
	return false
}

// nicknameTitle reports whether the quoted words ws are a nickname title
// (see nicknameTitles).
func (r *Refiner) nicknameTitle(ws []doc.Token) bool {
	head := ws[0].Text
	if k := strings.LastIndexByte(head, '-'); k > 0 && len(ws) == 1 {
		return tokenize.StartsLower(head) && anyIn(r.nounLemmas(head[k+1:]), nicknameHeads)
	}
	if len(ws) < 2 || !anyIn(r.nounLemmas(head), nicknameHeads) {
		return false
	}
	for k, w := range ws[1:] {
		if !tokenize.StartsLower(w.Text) {
			return false
		}
		if k == len(ws)-2 && !r.genitive(w.Text) || !r.genitive(w.Text) && !r.genitiveAdjective(w.Text) {
			return false // («король азартных игр»: adjectives, then the noun)
		}
	}
	return true
}

// quoteEnd reports whether w is one closing quote mark.
func quoteEnd(w string) bool {
	c, size := decodeFirst(w)
	return size == len(w) && tokenize.IsClosingQuote(c)
}
