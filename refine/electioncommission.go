package refine

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
)

// commissionStem is the clipped «избирательная комиссия» that election
// commissions' compound names end in: «Центризбирком», «Мосгоризбирком»,
// «облизбирком», «горизбирком», «теризбирком».
const commissionStem = "избирком"

// electionCommissions makes a word compounded of a clipped stem and
// «избирком» (commissionStem with at least two letters before it, in any
// case form: «облизбиркома», «горизбиркоме», «Центризбиркому») an
// ORGANIZATION, dropping a mention of another type over the same word.
// NEREL v1.1 train and dev: all 7 such words are organizations
// (Мосгоризбирком, Центризбирком, центризбирком); the recognizer misses
// the lower-case regional ones («Председатель облизбиркома Валерий
// Чайников»). The bare «избирком» is left: NEREL annotates it once in
// three («деятельности избиркома» is no entity).
func (r *Refiner) electionCommissions(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWordLike(func(w string) bool { return strings.Contains(w, commissionStem) }) {
		return ms
	}
	return wordOrganizations(text, sents, ms, commissionWord)
}

// wordOrganizations makes each token that is reports true of an
// ORGANIZATION, dropping a mention of another type over the same token.
func wordOrganizations(text []rune, sents []doc.Sentence, ms []doc.Mention, is func(w string) bool) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			if !is(t.Text) || hasType(ms, t.Span, "ORGANIZATION") {
				continue
			}
			added = append(added, doc.Mention{Span: t.Span, Text: string(text[t.Start:t.End]), Type: "ORGANIZATION"})
			drop[t.Span] = true
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] && m.Type != "ORGANIZATION" })
}

// commissionWord reports whether w, folded, is commissionStem with two
// letters or more before it and a case ending of at most two letters
// after it.
func commissionWord(w string) bool {
	f := fold(w)
	i := strings.Index(f, commissionStem)
	if i < 0 || utf8.RuneCountInString(f[:i]) < 2 || strings.ContainsAny(f[:i], "- ") {
		return false
	}
	return utf8.RuneCountInString(f[i+len(commissionStem):]) <= 2
}
