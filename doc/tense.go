package doc

import (
	"sort"
	"strings"
)

// VerbTense returns the tense a tagger read (Token.Feats, UD features) in
// the finite verb nearest to the span at within its clause (or in the
// span, when it holds one: an event's trigger), the tokens up
// to a comma, a dash, a colon or a semicolon on either side: +1 for the
// future («с 1 декабря возобновит рейсы, сообщил директор»), −1 for the past
// («3 марта, сообщил он, завод открылся»), 0 for a verb in the present, none,
// or tokens no tagger read.
func VerbTense(toks []Token, at Span) int {
	first, last := TokenRange(toks, at)
	if first < 0 {
		return 0
	}
	for k := first; k <= last; k++ {
		// a verb the span holds is its clause's («заявила» of a trigger)
		if t := tenseOf(toks[k]); t != 0 {
			return t
		}
	}
	infinitive := false // an infinitive passed on the left
	for d := 1; d < len(toks); d++ {
		left, right := first-d, last+d
		if left < 0 && right >= len(toks) {
			break
		}
		for _, k := range []int{left, right} {
			if k < 0 || k >= len(toks) {
				continue
			}
			if k == left && infinitive && finite(toks[k]) && prospective[strings.ToLower(toks[k].Lemma)] {
				// «Фидан пригласил Лаврова посетить Анкару в
				// декабре», «Мы планируем начать рейсы в декабре»:
				// the infinitive's time is ahead, whatever the tense
				// of the verb of the plan
				return 1
			}
			if t := tenseOf(toks[k]); t != 0 {
				return t
			}
			if k == left && strings.Contains(toks[k].Feats, "VerbForm=Inf") {
				infinitive = true
			}
		}
		if left >= 0 && clauseBreak(toks[left].Text) {
			first = -len(toks) // nothing further left
		}
		if right < len(toks) && clauseBreak(toks[right].Text) {
			last = 2 * len(toks)
		}
	}
	return 0
}

// prospective are the lemmas of verbs whose infinitive tells what is to
// come: an invitation, a plan, an agreement, a promise, a demand or an
// order («потребовал погасить долги до 15 февраля», «поручил подготовить
// программу к 1 марта»).
var prospective = map[string]bool{"пригласить": true, "приглашать": true, "планировать": true, "запланировать": true,
	"намереваться": true, "собираться": true, "договориться": true, "пообещать": true, "обещать": true,
	"предложить": true, "призвать": true, "рассчитывать": true, "надеяться": true, "решить": true,
	"потребовать": true, "требовать": true, "поручить": true, "поручать": true, "обязать": true, "обязывать": true}

// clauseBreak reports whether a token ends a clause for VerbTense.
func clauseBreak(tok string) bool {
	switch tok {
	case ",", "—", "–", ":", ";", "(", ")":
		return true
	}
	return false
}

// tenseOf returns the tense of a finite verb or auxiliary as the tagger read
// it, as VerbTense gives it; 0 for any other token or a present tense.
func tenseOf(t Token) int {
	if t.POS != "VERB" && t.POS != "AUX" || !strings.Contains(t.Feats, "VerbForm=Fin") {
		return 0
	}
	switch {
	case strings.Contains(t.Feats, "Tense=Fut"):
		return 1
	case strings.Contains(t.Feats, "Tense=Past"):
		return -1
	}
	return 0
}

// finite reports whether t is a finite verb as the tagger read it.
func finite(t Token) bool {
	return t.POS == "VERB" && strings.Contains(t.Feats, "VerbForm=Fin")
}

// TokenRange returns the indexes of the first and the last of toks that lie
// inside at, or -1 and -1 when none does.
func TokenRange(toks []Token, at Span) (first, last int) {
	first, last = -1, -1
	for k, t := range toks {
		if t.Start >= at.Start && t.End <= at.End {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	return first, last
}

// TokenBefore returns the text of the n-th token of toks (in text order)
// before the offset at, or "" when there is none.
func TokenBefore(toks []Token, at, n int) string {
	j := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= at }) - n
	if j < 0 {
		return ""
	}
	return toks[j].Text
}
