package refine

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
)

// companyHeads are the lemmas of nouns of businesses, besides orgHeads,
// that a company's name in Latin letters follows: «инвесткомпания
// BlackRock», «стартап Anthropic», «маркетплейс Ozon», «разработчик OpenAI».
var companyHeads = map[string]bool{"инвесткомпания": true, "инвестфонд": true, "стартап": true, "маркетплейс": true,
	"автоконцерн": true, "автопроизводитель": true, "ритейлер": true, "ретейлер": true, "разработчик": true,
	"производитель": true, "автомобилестроитель": true, "чипмейкер": true, "авиаперевозчик": true, "авиакомпания": true,
	"туроператор": true, "лоукостер": true}

// latinCompanies makes a name in Latin letters right after a noun of a
// business (orgHeads, companyHeads) an ORGANIZATION where the recognizer
// read it as a product («инвесткомпания BlackRock», «разработчик OpenAI»)
// or ran a person over the noun and the name at the start of a sentence
// («Маркетплейс Ozon»). A mention of another type stays: «самолет Air
// France» names no business by its noun. NEREL v1.1 train tags the names
// after such nouns organizations (latinOrganizations); the recognizer,
// which knows few of the newer names, reads some of them otherwise.
func (r *Refiner) latinCompanies(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out, added []doc.Mention
	drop := map[doc.Span]bool{}
	latinAfterWord(sents, func(toks []doc.Token, i, j int) {
		if w := lowerCase(toks[i-1].Text); !anyIn(r.nounLemmas(w), orgHeads) && !companyHead(w) {
			return
		}
		name := doc.Span{Start: toks[i].Start, End: toks[j].End}
		whole := doc.Span{Start: toks[i-1].Start, End: name.End}
		for k, m := range ms {
			switch {
			case m.Span == name && m.Type == "PRODUCT":
				out = own(out, ms)
				out[k].Type = "ORGANIZATION"
			case m.Span == whole && m.Type == "PERSON":
				drop[whole] = true
				added = append(added, doc.Mention{Span: name, Text: string(text[name.Start:name.End]), Type: "ORGANIZATION"})
			}
		}
	})
	if out == nil {
		out = ms
	}
	return withReplaced(out, added, func(m doc.Mention) bool { return drop[m.Span] && m.Type == "PERSON" })
}

// companyHead reports whether w, lower case, is a form of one of
// companyHeads: its lemma or its stem and an ending of up to three letters
// (the dictionary lacks «инвесткомпании», «маркетплейса»).
func companyHead(w string) bool {
	for h := range companyHeads {
		stem := strings.TrimSuffix(strings.TrimSuffix(h, "а"), "ь")
		if rest, ok := strings.CutPrefix(w, stem); ok && utf8.RuneCountInString(rest) <= 3 {
			return true
		}
	}
	return false
}
