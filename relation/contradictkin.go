package relation

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// kinsPost reports whether the post t, said in the genitive of whose
// relative someone is (a kin word of kinWords right before it, or before
// its adjectives: «мать пограничника», «дочь действующего президента»),
// belongs to another person than h, named after it: h comes after another
// person, not joined to h by «и» («Мать продюсера Джеймса Роуза, Кэтрин
// Роуз»: Роуз holds the post, Кэтрин is his mother; «сына герцога и
// герцогини Уильяма и Кейт» share it), or h follows the post right away
// and its first word, known to the dictionary, cannot be a genitive, so h
// is the relative itself («дочь действующего президента Иванку Трамп»,
// «цитирует мать пограничника Светлану Ващенко»; a foreign name the
// dictionary guesses, «супруги певицы Бейонсе», stays). A genitive name right after the post
// holds it and stays («дочь президента Узбекистана Ислама Каримова»):
// NEREL gives the post to its genitive holder only.
func kinsPost(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if t.End > h.Start || h.Start-t.End > 150 || !afterKinWord(text, t.Start) {
		return false
	}
	between := string(text[t.End:h.Start])
	if strings.ContainsAny(between, ".;:!?()—–") {
		return false
	}
	if slices.ContainsFunc(mentions, func(m doc.Mention) bool {
		return m.Type == "PERSON" && m.Start >= t.End && m.End <= h.Start && strings.TrimSpace(string(text[m.End:h.Start])) != "и"
	}) {
		return true
	}
	if strings.TrimSpace(between) != "" {
		return false
	}
	ws := strings.Fields(h.Text)
	ps := readings(ws[0])
	return slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Method() == morph.MethodDictionary }) &&
		!slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Tag.Case() == morph.Gent })
}

// afterKinWord reports whether a word of kinWords comes right before
// position p, or before one or two adjectives or participles there
// («дочь знаменитого писателя»), on the same line.
func afterKinWord(text []rune, p int) bool {
	for range 3 {
		w, start := previousWord(text, p)
		if w == "" || strings.ContainsRune(string(text[start:p]), '\n') {
			return false
		}
		if isAny(w, kinWords...) {
			return true
		}
		ps := readings(w)
		if len(ps) == 0 || ps[0].Tag.POS() != morph.ADJF && ps[0].Tag.POS() != morph.PRTF {
			return false
		}
		p = start
	}
	return false
}

// dependentCountry reports whether the workplace t, a one-word country
// adjective in lower case, stands inside a post after the post's first
// word, so that it qualifies a dependent noun of the post, the
// organization or the land: «Вокалист британской группы The Prodigy»,
// «председатель китайской инвестиционной корпорации CITIC», «министр
// финансов немецкой земли Гессен». NEREL gives the post (and its holder)
// the organization as workplace, not the adjective's country (15 of 18 such
// pairs predicted in NEREL v1.1 train were wrong); «британский премьер»,
// whose adjective opens the post, stays.
func dependentCountry(t doc.Mention, mentions []doc.Mention) bool {
	if t.Type != "COUNTRY" || strings.Contains(t.Text, " ") || !unicode.IsLower(firstRune(t.Text)) {
		return false
	}
	return slices.ContainsFunc(mentions, func(p doc.Mention) bool {
		return p.Type == "PROFESSION" && p.Start < t.Start && t.End <= p.End
	})
}
