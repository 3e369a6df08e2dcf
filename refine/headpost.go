package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// headedUnits are the lemmas of the lower-case nouns of a state, a
// territory or a body that «глава» heads as a post («главы сельсовета»,
// «главы республики», «главы ведомства»), besides orgHeads; not a book's
// («главе кодекса», a chapter) nor a family's.
var headedUnits = map[string]bool{"государство": true, "правительство": true, "администрация": true, "регион": true,
	"ведомство": true, "республика": true, "город": true, "кабинет": true, "страна": true, "министерство": true,
	"полиция": true, "церковь": true, "генштаб": true, "парламент": true, "область": true, "сельсовет": true,
	"район": true, "комитет": true, "департамент": true, "отдел": true, "совет": true, "управление": true,
	"фракция": true, "делегация": true, "миссия": true, "комиссия": true, "штаб": true, "исполком": true,
	"подразделение": true, "служба": true, "епархия": true, "муниципалитет": true, "поселение": true, "округ": true,
	"мэрия": true, "горсовет": true, "райсовет": true, "облсовет": true, "село": true, "посёлок": true, "поселок": true}

// headWords are the forms of «глава» and «шеф», the head of a body (the
// nominative and the oblique forms; «во главе» is an idiom, not a post).
var headWords = map[string]bool{"глава": true, "главы": true, "главе": true, "главу": true, "главой": true, "главою": true,
	"шеф": true, "шефа": true, "шефу": true, "шефом": true, "шефе": true}

// headPosts adds the PROFESSION «глава» (or «шеф») + a lower-case genitive noun of a
// body, a state or a territory (headedUnits, orgHeads) where no PROFESSION
// starts at «глава» and the phrase ends there (a punctuation mark, a
// capitalized word or a number follows): «По словам главы сельсовета, …»,
// «указе главы республики», «и.о. главы ведомства 30-летнего Ивана
// Муравьева». A place or an organization after it joins by
// postsWithEmployer, which runs next. NEREL v1.1 train tags «глава» + such
// a noun as a post nearly always (государства 43 of 45, правительства 12
// of 12, администрации 10 of 10, региона 7 of 8; not «во главе» nor «главе
// кодекса»). The rule adds 4 on dev, all right («Шеф полиции» of «Шеф
// полиции Сан-Диего» too), and 3 on train, 2 right («главы партии»
// untagged).
func (r *Refiner) headPosts(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(headWords) {
		return ms
	}
	starts := longestEnds(ms, "PROFESSION")
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			if !headWords[lowerCase(toks[i].Text)] || starts[toks[i].Start] > 0 || i > 0 && strings.EqualFold(toks[i-1].Text, "во") {
				continue
			}
			unit := toks[i+1].Text
			if !tokenize.StartsLower(unit) || !r.genitive(unit) || !anyIn(r.nounLemmas(unit), headedUnits) && !anyIn(r.nounLemmas(unit), orgHeads) {
				continue
			}
			if i+2 < len(toks) && tokenize.StartsLower(toks[i+2].Text) && tokenize.IsLetter(firstRune(toks[i+2].Text)) {
				continue // the phrase runs on («главы администрации района»)
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[i+1].End}
			starts[sp.Start] = sp.End
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PROFESSION"})
		}
	}
	return withAdded(ms, added)
}
