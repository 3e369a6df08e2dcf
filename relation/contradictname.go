package relation

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// The fifteenth session's second relation helper's filters (contradictedMore
// runs them) drop what it found wrong on fresh news:
//
//   - ALTERNATIVE_NAME from or to the place of a news agency's dateline
//     («БРЯНСК, 1 сентября 2025 — … жителей посёлка Суземка»: not
//     «Брянск ALTERNATIVE_NAME Суземка»): the dateline names where the
//     report was filed, no other name of a place of the body (inDateline).
//   - ORIGINS_FROM from a person to a nationality noun that is the other
//     argument of a verb between them, no copula («Синнер обыграл
//     россиянина», «россиянин сыграет с итальянцем Янником Синнером»): the
//     noun names another person (acrossVerb). NEREL relates a nationality
//     noun far from its person when it is the same person, «Винник …
//     38-летний россиянин», never across one clause's verb.
//   - ALTERNATIVE_NAME between two named events of one kind, the same
//     last word, each opening with a word the other lacks («Петербургский
//     международный экономический форум», «Восточный экономический
//     форум»): two events (otherEventOfKind); NEREL's pairs of names are a
//     longer and a shorter name («Московский кинофестиваль», «40-й
//     Московский международный кинофестиваль») or two kinds («Каннский
//     кинофестиваль», «Каннский фестиваль»).
//   - PARTICIPANT_IN and AGENT from the parent organization named after
//     its unit and the parent's genitive kind noun («Холдинг „Швабе“
//     госкорпорации „Ростех“ принимает участие в выставке»): the unit acts
//     (parentAfterUnit, the chain parentOf relates by PART_OF).
//   - WORKS_AS from the source of a parenthetical of report to the post
//     that is the subject of the clause after it («Как сообщил Песков,
//     глава государства примет участие в саммите»; reportedPost).

// inDateline reports whether m is the place of a dateline: words in
// capitals that open a line, then a comma and a day's number («БРЯНСК, 1
// сентября»).
func inDateline(text []rune, m doc.Mention) bool {
	if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
		return false
	}
	for _, r := range text[m.Start:m.End] {
		if unicode.IsLower(r) {
			return false
		}
	}
	if before := strings.TrimRight(string(text[:m.Start]), " \t"); before != "" && !strings.HasSuffix(before, "\n") {
		return false
	}
	after := strings.TrimLeft(string(text[m.End:]), " ")
	if !strings.HasPrefix(after, ",") {
		return false
	}
	after = strings.TrimLeft(after[1:], " ")
	return after != "" && unicode.IsDigit(firstRune(after))
}

// copulas are the lemmas of the verbs that join a person to what he is
// («Табмен станет первой афроамериканкой»).
var copulas = []string{"быть", "стать", "становиться", "являться", "оказаться", "считаться", "остаться", "оставаться"}

// acrossVerb reports whether the nationality t, a singular noun («Замены
// у немцев есть … Марко Ройс» speaks of them all), and the person h
// are joined by a finite active verb that is no copula, with no
// punctuation between them (verbBetween, in either order).
func acrossVerb(text []rune, h, t doc.Mention) bool {
	if !nounOnly(t.Text) || plural(t.Text) || strings.Contains(t.Text, " ") {
		return false
	}
	a, b := h, t
	if t.End <= h.Start {
		a, b = t, h
	}
	if !verbBetween(text, a, b) {
		return false
	}
	for _, w := range strings.FieldsFunc(string(text[a.End:b.Start]), func(r rune) bool { return !isWordRune(r) }) {
		if ps := readings(w); len(ps) > 0 && isAny(ps[0].Normal, copulas...) {
			return false
		}
	}
	return true
}

// otherEventOfKind reports whether a and b, names of two words or more
// opening with a capital, end in the same word (by lemma) and each opens
// with a word the other lacks: «XIV всероссийская детская конференция» may
// be «Детская научная конференция».
func otherEventOfKind(a, b string) bool {
	if !unicode.IsUpper(firstRune(a)) || !unicode.IsUpper(firstRune(b)) {
		return false
	}
	words := func(s string) []string {
		return strings.Fields(placeKey(strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) && r != '-' }), " ")))
	}
	ka, kb := words(a), words(b)
	if len(ka) < 2 || len(kb) < 2 || ka[len(ka)-1] != kb[len(kb)-1] {
		return false
	}
	return !isAny(ka[0], kb...) && !isAny(kb[0], ka...)
}

// parentAfterUnit reports whether the organization h follows another
// organization and a parent's genitive kind noun (parentGenitives), quotes
// allowed: «холдинг „Швабе“ госкорпорации „Ростех“».
func parentAfterUnit(text []rune, h doc.Mention, mentions []doc.Mention) bool {
	for _, p := range mentions {
		if p.Type != "ORGANIZATION" || p.End > h.Start || h.Start-p.End > 20 {
			continue
		}
		gap := strings.Trim(string(text[p.End:h.Start]), " «»\"„“")
		if isAny(strings.ToLower(gap), parentGenitives...) {
			return true
		}
	}
	return false
}

// reportedPost reports whether the post t is the subject of the clause
// that a parenthetical of report by h opens (ReportedSource), a verb right
// after it or after its holder's name: «Как сообщил Песков, глава
// государства примет участие в саммите». The post is not the source's;
// an apposition after the source («Как рассказал Петров, глава компании,
// …») has no verb after it and stays.
func reportedPost(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if t.End > len(text) || !ReportedSource(text, h.Span, t.Span) {
		return false
	}
	end := t.End
	for _, m := range mentions {
		if m.Type == "PERSON" && m.Start >= end && strings.TrimSpace(string(text[end:m.Start])) == "" {
			end = m.End
		}
	}
	ws := strings.Fields(string(text[end:]))
	if len(ws) == 0 {
		return false
	}
	ps := readings(ws[0])
	return len(ps) > 0 && ps[0].Tag.POS() == morph.VERB
}
