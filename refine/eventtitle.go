package refine

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// titleKinds are the lemmas of the nouns of a contest, a show or a meeting
// whose quoted name, after an ordinal or capitalized adjectives, NEREL tags
// with them as one EVENT, besides contestHeads: «соревнование», «выставка»
// (not «конференция», whose train case «XIV всероссийской детской
// конференции „Первые шаги в науке“» NEREL closes).
var titleKinds = map[string]bool{"соревнование": true, "выставка": true}

// titleKind reports whether w is a noun of titleKinds or contestHeads.
func (r *Refiner) titleKind(w string) bool {
	ls := r.nounLemmas(w)
	return anyIn(ls, titleKinds) || anyIn(ls, contestHeads)
}

// maxTitleComplement bounds the words between a kind noun and the quoted
// name («фестиваль театров кукол „Серебряный осетр“»: two).
const maxTitleComplement = 3

// titledEvents adds an EVENT over an ordinal or capitalized adjectives, the
// noun of a contest or a gathering (titleKind), at most three words after
// it and the quoted name of an EVENT: «XXVII Музыкальному фестивалю „Звёзды
// белых ночей“», «21 кинофестивале „Кинотавр“», «Всероссийского фестиваля
// „Шукшинские дни на Алтае“», where the recognizer found the quoted name
// alone. NEREL ends such a name before the closing guillemet (train: 6 of
// 8 such names, dev 4 of 4; closeQuotes leaves events open) and tags the
// number an ORDINAL. Without the ordinal or a capital before the kind, the
// noun and the name are seldom one EVENT there («на кинофестивале
// „Сандэнс“», «в конкурсе „Мисс Вселенная“»: 5 of 30), and a capital that
// opens the sentence says nothing. An EVENT that the recognizer ran from
// before the name up to its kind («Торжественное открытие Всероссийского
// фестиваля») is dropped.
func (r *Refiner) titledEvents(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	events := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type == "EVENT" {
			events[m.Span] = true
		}
	}
	var added []doc.Mention
	ordinals := map[doc.Span]bool{}
	for _, m := range ms {
		if !retypable[m.Type] && m.Type != "CITY" || m.Start < 1 || m.End >= len(text) || m.Start > m.End || text[m.Start-1] != '«' || text[m.End] != '»' {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, _ := mentionTokens(toks, m)
		if first < 2 || toks[first-1].Text != "«" {
			continue
		}
		kind := -1
		for k := first - 2; k >= 0 && first-2-k < maxTitleComplement; k-- {
			if r.titleKind(toks[k].Text) {
				kind = k
				break
			}
			if !wordToken(toks[k].Text) {
				break
			}
		}
		if kind < 1 {
			continue
		}
		i := kind
		for i > 0 && r.agree(toks[i-1].Text, toks[kind].Text) {
			i--
		}
		ordinal := i > 0 && numberOrdinal(toks[i-1].Text)
		if ordinal {
			i--
		}
		if i == kind || !ordinal && (i == 0 || !tokenize.IsUpper(firstRune(toks[i].Text))) {
			continue
		}
		sp := doc.Span{Start: toks[i].Start, End: m.End}
		if events[sp] || events[doc.Span{Start: sp.Start, End: sp.End + 1}] {
			continue
		}
		events[sp] = true
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
		if ordinal && unicode.IsDigit(firstRune(toks[i].Text)) {
			ordinals[toks[i].Span] = true
		}
	}
	if len(added) == 0 {
		return ms
	}
	for s := range ordinals {
		if !hasType(ms, s, "ORDINAL") {
			added = append(added, doc.Mention{Span: s, Text: string(text[s.Start:s.End]), Type: "ORDINAL"})
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		if m.Type == "NUMBER" && ordinals[m.Span] {
			return true
		}
		if m.Type != "EVENT" {
			return false
		}
		for _, a := range added {
			if a.Type == "EVENT" && m.Start < a.Start && m.End > a.Start && m.End < a.End {
				return true
			}
		}
		return false
	})
}

// numberOrdinal reports whether w is an ordinal written in Roman numerals
// («XXVII») or in digits with or without a case ending («21», «63-я»).
func numberOrdinal(w string) bool {
	if romanOrdinal(w) {
		return true
	}
	digits, ending, _ := strings.Cut(w, "-")
	return digits != "" && strings.TrimLeft(digits, "0123456789") == "" && (ending == "" || ordinalEndings[ending])
}

// wordToken reports whether w is a word of letters (and hyphens).
func wordToken(w string) bool {
	for _, c := range w {
		if !tokenize.IsLetter(c) && c != '-' {
			return false
		}
	}
	return w != ""
}
