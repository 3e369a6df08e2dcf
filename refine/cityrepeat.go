package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// cityRepeats retypes a one-word PERSON a CITY when the same word, as
// written, is a one-word CITY elsewhere in the document at least as often
// as a PERSON: «мост Благовещенск — Хэйхэ … Хэйхэ расположен на берегу
// Амура» (the recognizer reads the second a surname). A PERSON joined by a
// comma or «и» to another PERSON stays one (NEREL dev's «Принс, Пэрис и
// Блэнкет», Michael Jackson's children, Блэнкет once a PERSON there and
// once, wrongly, a CITY), and so does a PERSON nested in a longer mention,
// the eponym of a name («Мариинского театра»: NEREL dev, a PERSON nested;
// in the lower-cased text a CITY «мариинского» stood elsewhere). NEREL v1.1 train's gold never types one word a PERSON
// and a CITY, COUNTRY or STATE_OR_PROVINCE in one document (0 such words
// in its 746 documents).
func cityRepeats(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var cities map[string]int // a CITY +1, a PERSON −1
	for _, m := range ms {
		if m.Type == "CITY" && !strings.ContainsRune(m.Text, ' ') {
			if cities == nil {
				cities = map[string]int{}
			}
			cities[m.Text]++
		}
	}
	if cities == nil {
		return ms
	}
	for _, m := range ms {
		if _, ok := cities[m.Text]; ok && m.Type == "PERSON" {
			cities[m.Text]--
		}
	}
	return retyped(ms, func(m doc.Mention) string {
		if n, ok := cities[m.Text]; ok && n >= 0 && m.Type == "PERSON" && !nestedMention(ms, m) && !listedPerson(sents, ms, m) {
			return "CITY"
		}
		return ""
	})
}

// listedPerson reports whether m is joined by a comma or «и» to a PERSON
// right before or after it.
func listedPerson(sents []doc.Sentence, ms []doc.Mention, m doc.Mention) bool {
	toks := sentenceTokens(sents, m)
	i, j := mentionTokens(toks, m)
	if i < 0 || j < 0 {
		return false
	}
	joins := func(t doc.Token) bool { return t.Text == "," || t.Text == "и" }
	for _, o := range ms {
		if o.Type != "PERSON" {
			continue
		}
		if i >= 2 && joins(toks[i-1]) && o.End == toks[i-2].End {
			return true
		}
		if j+2 < len(toks) && joins(toks[j+1]) && o.Start == toks[j+2].Start {
			return true
		}
	}
	return false
}

// nestedMention reports whether another mention of ms holds m and more.
func nestedMention(ms []doc.Mention, m doc.Mention) bool {
	for _, o := range ms {
		if o.Start <= m.Start && o.End >= m.End && o.Span != m.Span {
			return true
		}
	}
	return false
}
