package refine

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
)

// sectionOrdinals makes the number of an article, a part or a clause an
// ORDINAL, as NEREL tags such numbers (train: 160 of the 178 numbers after
// an article's or a part's word or a code inside a LAW):
//   - a NUMBER (or a dotted DATE) right after an article's or a part's word:
//     «дополняется частью 13.15.9» → ORDINAL «13.15.9» (a rank in the code,
//     not a count; «частью 13.15.11» is no day either);
//   - a dotted number (chapter.article) the recognizer left out right after
//     a code's LAW: «КоАП РФ 13.15 «Злоупотребление…»» + ORDINAL «13.15».
//
// A number after «№» is a document's (left alone), and so is one that opens
// a range («4.1.1-4.1.6»). NEREL train has no number either way that this
// changes; dev has the two above.
func sectionOrdinals(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	retyped := map[doc.Mention]bool{}
	var have map[doc.Span]bool
	for _, m := range ms {
		switch {
		case (m.Type == "NUMBER" || m.Type == "DATE" && strings.Contains(m.Text, ".")) && sectionNumber(m.Text) && !rangeAfter(text, m.End):
			if toks, f, _ := tokensOf(sents, m); f >= 1 && sectionWord(toks, f-1) {
				retyped[m] = true
				added = append(added, doc.Mention{Span: m.Span, Text: m.Text, Type: "ORDINAL"})
			}
		case m.Type == "LAW" && codeAcronym(fields(m.Text)[0]):
			toks, _, l := tokensOf(sents, m)
			if l < 0 || l+1 >= len(toks) || toks[l+1].Start != m.End+1 || !strings.Contains(toks[l+1].Text, ".") || !sectionNumber(toks[l+1].Text) || rangeAfter(text, toks[l+1].End) {
				continue
			}
			if have == nil {
				have = map[doc.Span]bool{}
				for _, o := range ms {
					have[o.Span] = true
				}
			}
			if sp := (doc.Span{Start: toks[l+1].Start, End: toks[l+1].End}); !have[sp] {
				have[sp] = true
				added = append(added, doc.Mention{Span: sp, Text: toks[l+1].Text, Type: "ORDINAL"})
			}
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return retyped[m] })
}

// sectionWord reports whether toks[k] ends an article's or a part's word
// («статьи», «ст.», «частью», «ч.», «пункта»), a dot as a token of its own
// after its letters.
func sectionWord(toks []doc.Token, k int) bool {
	if articleWord(toks, k) {
		return true
	}
	w := toks[k].Text
	if w == "." && k > 0 {
		w = toks[k-1].Text
	}
	return lawPart(w)
}

// sectionNumber reports whether s is digits in groups joined by single dots
// («128», «13.15», «13.15.9»), no group but the first longer than three.
func sectionNumber(s string) bool {
	groups := strings.Split(s, ".")
	for i, g := range groups {
		if g == "" || len(g) > 3 && i > 0 || strings.IndexFunc(g, func(r rune) bool { return !unicode.IsDigit(r) }) >= 0 {
			return false
		}
	}
	return true
}

// rangeAfter reports whether a hyphen or a dash follows end at once.
func rangeAfter(text []rune, end int) bool {
	return end < len(text) && strings.ContainsRune("-–—", text[end])
}
