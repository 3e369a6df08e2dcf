package refine

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// acronymLinks are the lower-case words a full name may hold that its
// acronym skips: «Министерство по чрезвычайным ситуациям» (МЧС).
var acronymLinks = map[string]bool{"и": true, "по": true, "в": true, "на": true}

// acronymOpenings adds an ORGANIZATION over the full name of an acronym
// the text names as an ORGANIZATION when no mention holds that name: a
// capitalized word and the lower-case words after it whose initials spell
// the acronym, one word a letter («Фонд развития территорий одобрил …» at
// a text's start, which the recognizer missed, beside «Генеральный
// директор ФРТ»). The acronym must be of three to six Cyrillic capitals;
// no ORGANIZATION of the text may spell it already, and no mention may
// overlap the words.
func acronymOpenings(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var acronyms []string
	for _, m := range ms {
		if m.Type == "ORGANIZATION" && cyrillicAcronym(m.Text) && utf8.RuneCountInString(m.Text) >= 3 && !slices.Contains(acronyms, m.Text) {
			acronyms = append(acronyms, m.Text)
		}
	}
	if acronyms == nil {
		return ms
	}
	for _, m := range ms {
		if m.Type == "ORGANIZATION" {
			acronyms = slices.DeleteFunc(acronyms, func(a string) bool { return spelt(fields(m.Text)) == a })
		}
	}
	added, _ := spellingRuns(sents, ms, acronyms, func(t doc.Token) bool {
		return tokenize.IsUpper(firstRune(t.Text)) && !cyrillicAcronym(t.Text) && isCyrillic(firstRune(t.Text))
	})
	return withAdded(ms, added)
}

// spellingRuns returns an ORGANIZATION over each run of words that opens
// at a token opens accepts and spells one of the acronyms (spellingRun)
// where no mention of ms lies, and the acronyms so spelt.
func spellingRuns(sents []doc.Sentence, ms []doc.Mention, acronyms []string, opens func(doc.Token) bool) ([]doc.Mention, map[string]bool) {
	var added []doc.Mention
	spelled := map[string]bool{}
	for _, s := range sents {
		for i, t := range s.Tokens {
			if !opens(t) {
				continue
			}
			for _, a := range acronyms {
				end := spellingRun(s.Tokens, i, a)
				if end < 0 {
					continue
				}
				sp := doc.Span{Start: t.Start, End: s.Tokens[end].End}
				if slices.ContainsFunc(ms, func(m doc.Mention) bool { return m.Overlaps(sp) }) || slices.ContainsFunc(added, func(m doc.Mention) bool { return m.Overlaps(sp) }) {
					continue
				}
				var words []string
				for _, w := range s.Tokens[i : end+1] {
					words = append(words, w.Text)
				}
				added = append(added, doc.Mention{Span: sp, Text: strings.Join(words, " "), Type: "ORGANIZATION"})
				spelled[a] = true
			}
		}
	}
	return added, spelled
}

// spellingRun returns the index of the last token of the run that opens at
// toks[i] and spells acronym a by its words' initials (acronymLinks
// skipped, the words after the first in lower case), or -1.
func spellingRun(toks []doc.Token, i int, a string) int {
	letters := []rune(a)
	k := 0
	for j := i; j < len(toks); j++ {
		w := toks[j].Text
		r := firstRune(w)
		if !isCyrillic(r) {
			return -1
		}
		if j > i && acronymLinks[w] {
			continue
		}
		if j > i && !tokenize.IsLower(r) || strings.ToUpper(string(r)) != string(letters[k]) {
			return -1
		}
		k++
		if k == len(letters) {
			return j
		}
	}
	return -1
}

// spelt returns the initials, in capitals, of a name's words other than
// acronymLinks: «Фонд развития территорий» → «ФРТ».
func spelt(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 && acronymLinks[w] {
			continue
		}
		b.WriteString(strings.ToUpper(string(firstRune(w))))
	}
	return b.String()
}
