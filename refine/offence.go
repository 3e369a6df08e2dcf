package refine

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// crimeStages are the lemmas of the nouns of a stage of or a share in a
// crime that NEREL tags as part of the CRIME they govern: «попытка
// убийства», «покушение на убийство», «соучастие в убийстве»,
// «причастность к шпионажу», «подготовка теракта».
var crimeStages = map[string]bool{"попытка": true, "покушение": true, "соучастие": true, "причастность": true,
	"подготовка": true, "пособничество": true, "подстрекательство": true, "приготовление": true}

// crimeStagePreps may stand between a stage's noun and its crime («на», «в»,
// «к»); the genitive needs none («попытка убийства»).
var crimeStagePreps = map[string]bool{"в": true, "к": true, "на": true}

// stagedCrimes runs a CRIME on to the left over the noun of a stage of it
// and the preposition after that noun: «соучастие в» + «убийстве» →
// «соучастие в убийстве», «попытка» + «убийства» → «попытка убийства».
// The inner CRIME is dropped: NEREL train has the stage in the CRIME in all
// of its 25 such phrases with a crime word after the noun (покушение на
// убийство, подготовке теракта, причастности к стрельбе), the bare crime
// again in 4 of them. Prompted by dev errors (the recognizer tags
// «убийстве» alone).
func (r *Refiner) stagedCrimes(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	starts := map[int]bool{}
	for _, m := range ms {
		if m.Type == "CRIME" {
			starts[m.Start] = true
		}
	}
	var added []doc.Mention
	inner := map[doc.Mention]bool{}
	for _, m := range ms {
		if m.Type != "CRIME" || m.Start == 0 {
			continue
		}
		toks, f, _ := tokensOf(sents, m)
		k := f - 1
		if k < 0 {
			continue
		}
		if crimeStagePreps[lowerCase(toks[k].Text)] {
			k--
		}
		if k < 0 || starts[toks[k].Start] || !anyIn(r.nounLemmas(toks[k].Text), crimeStages) {
			continue
		}
		sp := doc.Span{Start: toks[k].Start, End: m.End}
		starts[sp.Start] = true
		inner[m] = true
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "CRIME"})
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return inner[m] })
}

// articleCrimes adds a CRIME over the words in parentheses right after a
// reference to an article of a code, its name («статьи 104 (убийство)»,
// «статьям №213 и №115 УК РФ (хулиганство и умышленное причинение лёгкого
// вреда здоровью)», quotes inside the parentheses left out), unless a
// CRIME or a LAW already has that span. NEREL train types such a name
// CRIME in 9 of its 15 cases (LAW in 5, as a title; none of them the type
// of the code's article). A part's number in parentheses («(п. 5 ч. 3)»)
// is no name: the name opens with a noun or an adjective.
func (r *Refiner) articleCrimes(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	have := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type == "CRIME" || m.Type == "LAW" {
			have[m.Span] = true
		}
	}
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "LAW" || m.End+2 >= len(text) || text[m.End] != ' ' || text[m.End+1] != '(' || !strings.ContainsFunc(m.Text, unicode.IsDigit) {
			continue
		}
		open := m.End + 1
		end := parenthesisEnd(text, open)
		if end < 0 {
			continue
		}
		start := open + 1
		if tokenize.IsOpeningQuote(text[start]) && tokenize.IsClosingQuote(text[end-1]) {
			start, end = start+1, end-1
		}
		sp := doc.Span{Start: start, End: end}
		if end-start < 4 || have[sp] || !tokenize.IsLetter(text[start]) {
			continue
		}
		toks := sentenceTokens(sents, doc.Mention{Span: sp})
		f, _ := mentionTokens(toks, doc.Mention{Span: sp})
		if f < 0 || f+1 < len(toks) && toks[f+1].Text == "." {
			continue // «(п. 5 ч. 3)»
		}
		switch r.likeliest(toks[f].Text) {
		case morph.NOUN, morph.ADJF, morph.PRTF:
		default:
			continue
		}
		have[sp] = true
		added = append(added, doc.Mention{Span: sp, Text: string(text[start:end]), Type: "CRIME"})
	}
	return withAdded(ms, added)
}

// parenthesisEnd returns the index of the «)» that closes the parenthesis
// at open, within a line and 160 runes and with none inside, or -1.
func parenthesisEnd(text []rune, open int) int {
	for i := open + 1; i < len(text) && i < open+160; i++ {
		switch text[i] {
		case ')':
			return i
		case '(', '\n':
			return -1
		}
	}
	return -1
}

// codeCountries adds, for a LAW that is a code's acronym («КоАП», «УК»,
// «УПК») followed by the country it is of («РФ», «России»), the LAW over
// both, «КоАП РФ», keeping the acronym's: NEREL train has the longer one
// in all its 40 such cases (and the acronym alone in 38), the recognizer
// only for the codes it saw often («УК РФ»).
func codeCountries(text []rune, ms []doc.Mention) []doc.Mention {
	countries, have := longestEnds(ms, "COUNTRY"), spansOf(ms, "LAW")
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "LAW" || !codeAcronym(m.Text) || m.End+1 >= len(text) || text[m.End] != ' ' || countries[m.End+1] == 0 {
			continue
		}
		sp := doc.Span{Start: m.Start, End: countries[m.End+1]}
		if !have[sp] {
			have[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "LAW"})
		}
	}
	return withAdded(ms, added)
}

// codeAcronym reports whether s is one word of two to five letters that
// opens with a capital and has another («УК», «КоАП», «ГПК»).
func codeAcronym(s string) bool {
	rs := []rune(s)
	if len(rs) < 2 || len(rs) > 5 || !tokenize.IsUpper(rs[0]) {
		return false
	}
	caps := 0
	for _, c := range rs {
		if !tokenize.IsLetter(c) {
			return false
		}
		if tokenize.IsUpper(c) {
			caps++
		}
	}
	return caps >= 2
}

// fineLinks are the words between a fine and its amount: «штраф в размере
// 1 млн рублей», «штрафами на сумму до 5 миллионов рублей», «штраф в
// 5000 рублей».
var fineLinks = [][]string{{"в", "размере"}, {"на", "сумму"}, {"на", "суммы"}, {"размером"}, {"в"}}

// penaltyAmounts adds, for a PENALTY followed by the MONEY of its amount
// after one of fineLinks or none («штрафом» + «до 500 тыс. рублей»), the
// PENALTY over both, keeping both: NEREL train has the longer one in all
// its 12 such phrases, with the fine and the amount inside.
func penaltyAmounts(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	return penaltyRunOns(text, sents, ms, longestEnds(ms, "MONEY"), fineLinks, nil)
}

// penaltyRunOns adds, for a PENALTY followed after one of links or none by
// a mention that starts at a key of ends (and that accept, when not nil,
// takes: the tokens of the sentence, the index of the PENALTY's last token,
// of the mention's first one, the link), the PENALTY over both, keeping
// both.
func penaltyRunOns(text []rune, sents []doc.Sentence, ms []doc.Mention, ends map[int]int, links [][]string, accept func(toks []doc.Token, l, k int, link []string) bool) []doc.Mention {
	have := spansOf(ms, "PENALTY")
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "PENALTY" {
			continue
		}
		toks, _, l := tokensOf(sents, m)
		if l < 0 {
			continue
		}
		for _, link := range append(links, nil) {
			k := afterWords(toks, l+1, link)
			if k < 0 || k >= len(toks) || ends[toks[k].Start] == 0 || accept != nil && !accept(toks, l, k, link) {
				continue
			}
			sp := doc.Span{Start: m.Start, End: ends[toks[k].Start]}
			if !have[sp] {
				have[sp] = true
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PENALTY"})
			}
			break
		}
	}
	return withAdded(ms, added)
}

// longestEnds returns, for each start of a mention of type typ, the end of
// the longest one there.
func longestEnds(ms []doc.Mention, typ string) map[int]int {
	ends := map[int]int{}
	for _, m := range ms {
		if m.Type == typ {
			ends[m.Start] = max(ends[m.Start], m.End)
		}
	}
	return ends
}

// tokensOf returns the tokens of m's sentence and the indexes of m's first
// and last token among them (see mentionTokens).
func tokensOf(sents []doc.Sentence, m doc.Mention) (toks []doc.Token, first, last int) {
	toks = sentenceTokens(sents, m)
	first, last = mentionTokens(toks, m)
	return toks, first, last
}

// awardIssuers adds, for an AWARD followed after a space by the country or
// the organization that gives it, in a capitalized name that does not open
// with an adjective («Государственных премий» + «СССР», «Золотых мячей» +
// «ФИФА», «народный артист» + «России»), the AWARD over both, keeping the
// inner one: NEREL train has the longer AWARD in 28 of its 32 such pairs
// (not after «золотую медаль» the adjective «российской сборной», nor the
// winner's «ОЗХО» after «Нобелевской премии мира»), dev in 4 of 5.
func (r *Refiner) awardIssuers(text []rune, ms []doc.Mention) []doc.Mention {
	issuers := longestEnds(ms, "COUNTRY")
	for start, end := range longestEnds(ms, "ORGANIZATION") {
		issuers[start] = max(issuers[start], end)
	}
	have := spansOf(ms, "AWARD")
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "AWARD" || m.End+1 >= len(text) || text[m.End] != ' ' || issuers[m.End+1] == 0 {
			continue
		}
		end := issuers[m.End+1]
		name := string(text[m.End+1 : end])
		if w, _, _ := strings.Cut(name, " "); !tokenize.StartsUpper(name) || r.likeliest(w) == morph.ADJF {
			continue
		}
		sp := doc.Span{Start: m.Start, End: end}
		if !have[sp] {
			have[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "AWARD"})
		}
	}
	return withAdded(ms, added)
}

// penaltyAdjectives are the lemmas of the adjectives of a kind of
// punishment: «административный арест», «пожизненное заключение»,
// «домашний арест», «исправительные работы».
var penaltyAdjectives = map[string]bool{"административный": true, "пожизненный": true, "тюремный": true,
	"домашний": true, "условный": true, "денежный": true, "исправительный": true, "обязательный": true,
	"принудительный": true}

// penaltyNouns are the lemmas of the nouns of a punishment that an
// adjective of its kind (penaltyAdjectives) may precede.
var penaltyNouns = map[string]bool{"штраф": true, "арест": true, "заключение": true, "срок": true,
	"работа": true, "лишение": true}

// penaltyKinds adds a PENALTY over the adjectives of a kind of punishment
// (penaltyAdjectives) and the noun of a punishment they agree with
// (penaltyNouns), or, when PENALTY mentions start at the noun, one to the
// end of each; none when a PENALTY from the adjective already covers the
// noun (not «пожизненному лишению» inside «пожизненному лишению
// свободы»): «штрафа» → «административного штрафа», «заключению» →
// «пожизненному тюремному заключению», «административного ареста» where
// the recognizer read «ареста» as an EVENT. The PENALTY or the EVENT of
// the noun alone is dropped: NEREL train has the whole phrase as a PENALTY
// in 35 of its 38 such phrases (not «закончились тюремными сроками») and
// the bare noun inside none of them, dev in 9 of 11. It runs before
// penaltyTerms, which then adds the term before («10 суток
// административного ареста»), and penaltyAmounts. Prompted by dev errors
// (the recognizer tags «штрафа» alone, «ареста» an EVENT).
func (r *Refiner) penaltyKinds(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(penaltyNouns) || !r.mayHave(penaltyAdjectives) {
		return ms
	}
	have, starting := spansOf(ms, "PENALTY"), map[int][]int{}
	for _, m := range ms {
		if m.Type == "PENALTY" {
			starting[m.Start] = append(starting[m.Start], m.End)
		}
	}
	var added []doc.Mention
	inner, nouns := map[doc.Span]bool{}, map[doc.Span]bool{}
	for _, s := range sents {
		toks := s.Tokens
		for i := 1; i < len(toks); i++ {
			if r.penaltyAdjective(toks[i-1].Text) == 0 || !anyIn(r.nounLemmas(toks[i].Text), penaltyNouns) {
				continue
			}
			k := i
			for k > 0 && r.penaltyAdjective(toks[k-1].Text)&(r.nounCases(toks[k].Text)|r.adjectiveReadings(toks[k].Text)) != 0 {
				k--
			}
			if k == i {
				continue
			}
			noun := toks[i].Span
			inner[noun], nouns[noun] = true, true
			ends := starting[noun.Start]
			if len(ends) == 0 && slices.Max(append(starting[toks[k].Start], 0)) < noun.End {
				ends = []int{noun.End}
			}
			for _, end := range ends {
				inner[doc.Span{Start: noun.Start, End: end}] = true
				if sp := (doc.Span{Start: toks[k].Start, End: end}); !have[sp] {
					have[sp] = true
					added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PENALTY"})
				}
			}
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		return m.Type == "PENALTY" && inner[m.Span] || m.Type == "EVENT" && nouns[m.Span]
	})
}

// penaltyAdjective returns the cases of w's readings as an adjective of a
// kind of punishment (penaltyAdjectives), or 0.
func (r *Refiner) penaltyAdjective(w string) caseSet {
	var cs caseSet
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.ADJF && penaltyAdjectives[fold(p.Normal)] {
			cs |= caseBit(p)
		}
	}
	return cs
}

// servingVerbs are the lemmas of the verbs of serving or getting a prison
// term: «отбывает семилетний срок», «получил двухлетний срок».
var servingVerbs = []string{"отбывать", "отбыть", "отсидеть", "отсиживать", "получить", "получать", "грозить"}

// servedTerms adds a PENALTY over an adjective of a term's length in years
// and «срок» after it («25-летний срок», «семилетний срок») right after a
// verb of serving or getting it (servingVerbs), or before «за» (the crime):
// «продолжает отбывать 25-летний срок за преступления». The same phrase
// after «на второй», «новый» is a term of office, which the verb or «за»
// tells apart. NEREL train tags both such phrases (семилетний, двухлетний;
// none of its eight terms of office), dev one of two (the other with the
// verb inside). Prompted by dev errors (the recognizer tags none).
func (r *Refiner) servedTerms(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(nil, "срок") {
		return ms
	}
	have := spansOf(ms, "PENALTY")
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 1; i+1 < len(toks); i++ {
			if !strings.Contains(lowerCase(toks[i].Text), "летн") || r.likeliest(toks[i].Text) != morph.ADJF || !r.hasLemma(toks[i+1].Text, "срок") {
				continue
			}
			served := i+2 < len(toks) && strings.EqualFold(toks[i+2].Text, "за")
			for _, v := range servingVerbs {
				served = served || r.hasLemma(toks[i-1].Text, v)
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[i+1].End}
			if served && !have[sp] {
				have[sp] = true
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PENALTY"})
			}
		}
	}
	return withAdded(ms, added)
}
