package relation

import (
	"strings"

	"github.com/factgraph/factgraph/morph"
)

// postVerbGender returns the gender of the past-tense singular verb that
// follows the post mentioned by mt as its predicate («сенатор
// посоветовала», «Политик добавил»), within three words and before any
// punctuation, or 0 when there is none.
func postVerbGender(c *patternContext, mt mentionTokens) morph.Grammeme {
	toks := c.sents[mt.sent].Tokens
	for k := mt.last + 1; k < len(toks) && k <= mt.last+3; k++ {
		w := toks[k].Text
		if !isWordRune(firstRune(w)) {
			return 0
		}
		ps := readings(w)
		if len(ps) == 0 {
			return 0
		}
		t := ps[0].Tag
		if t.POS() == morph.VERB {
			if t.Is(morph.Past) && t.Is(morph.Sing) && (t.Is(morph.Masc) || t.Is(morph.Femn)) {
				return t.Gender()
			}
			return 0
		}
	}
	return 0
}

// postGender returns the gender the post mentioned by mt gives its holder:
// that of its verb (postVerbGender), else feminine when its noun is
// feminine («экс-руководительница», «певица»), else 0.
func postGender(c *patternContext, mt mentionTokens, post string) morph.Grammeme {
	if g := postVerbGender(c, mt); g != 0 {
		return g
	}
	ps := firstNoun(post)
	if ps == nil || !ps[0].Tag.Is(morph.Femn) || ps[0].Tag.Case() != morph.Nomn {
		return 0
	}
	for _, p := range ps {
		if p.Tag.Is(morph.Masc) || p.Tag.Is(morph.MsF) {
			return 0 // «глава», «политика» (of «политик»)
		}
	}
	return morph.Femn
}

// mayBe reports whether the person's name may have gender g (any, when g
// is 0); initials glued to a surname are split off («И.Муравьев»).
func mayBe(name string, g morph.Grammeme) bool {
	return g == 0 || nameGenders(strings.ReplaceAll(name, ".", ". "))[g]
}

// postAntecedent returns the person an anaphoric post (mt, its text post)
// refers back to, of those the sentence before names outside another
// mention, whose name may have the post's gender (postGender: «Сама
// экс-руководительница рекомендовала заместителя» after «После ухода
// Л.Глебовой её преемником будет И.Муравьев» is Глебова): for a post in
// the nominative, a subject, the first whose name may be in the nominative
// («Пианист заявил» after «Евгений Кисин исполнил произведение Комитаса»
// is Кисин); else, or when none may be, the last named; -1 when none is.
// On NEREL v1.1 train with gold entities the gender takes 8 wrong WORKS_AS
// off and adds 3 right; the subject 19 wrong off and 4 right more (dev: 6
// wrong off, 2 right more); looking two sentences back when the one before
// names no one added 58 right and 114 wrong on train, and is not done. A
// name in parentheses right after another is that one's alias
// (bracketedAlias) and is passed over.
func postAntecedent(c *patternContext, mt mentionTokens, post string) int {
	g := postGender(c, mt, post)
	best, subj := -1, -1
	prev := mt.sent - 1
	if prev > 0 && zeroSubject(c, prev) {
		prev--
	}
	for _, k := range c.bySent[prev] {
		m := c.ms[k]
		if m.Type != "PERSON" || !mayBe(m.Text, g) || nestedIn(c.ms, k) || c.bracketedAlias(k) {
			continue
		}
		if best < 0 || m.End > c.ms[best].End {
			best = k
		}
		if nominative(m.Text) && (subj < 0 || m.Start < c.ms[subj].Start) {
			subj = k
		}
	}
	if ps := firstNoun(post); subj >= 0 && ps != nil && ps[0].Tag.Case() == morph.Nomn {
		return subj
	}
	return best
}
