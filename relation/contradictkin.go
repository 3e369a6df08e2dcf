package relation

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// kinsPost reports whether the post t, said in the genitive (genitiveWord)
// of whose relative someone is (a kin word of kinWords right before it, or before
// its adjectives: «мать пограничника», «дочь действующего президента»),
// belongs to another person than h, named after it: h comes after another
// person, not joined to h by «и» («Мать продюсера Джеймса Роуза, Кэтрин
// Роуз»: Роуз holds the post, Кэтрин is his mother; «сына герцога и
// герцогини Уильяма и Кейт» share it), or h follows the post right away
// and its first word, known to the dictionary, cannot be a genitive, so h
// is the relative itself («дочь действующего президента Иванку Трамп»,
// «цитирует мать пограничника Светлану Ващенко»; a foreign name the
// dictionary guesses, «супруги певицы Бейонсе», stays). Posts listed with
// t count as one («дочь знаменитого писателя, актера и режиссера Мария
// Шукшина»). A genitive name right after the post holds it and stays
// («дочь президента Узбекистана Ислама Каримова»): NEREL gives the post to
// its genitive holder only.
func kinsPost(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if t.End > h.Start || h.Start-t.End > 150 || !genitiveWord(t.Text) || !kinsGenitive(text, t, mentions) {
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
	end := t.End // past the posts listed after t: «писателя, актера и режиссера Мария Шукшина»
	for moved := true; moved; {
		moved = false
		for _, p := range mentions {
			if gap := strings.TrimSpace(string(text[end:max(end, p.Start)])); p.Type == "PROFESSION" && p.Start > end && p.End <= h.Start && (gap == "," || gap == "и") {
				end, moved = p.End, true
			}
		}
	}
	if strings.TrimSpace(string(text[end:h.Start])) != "" {
		return false
	}
	ws := strings.Fields(h.Text)
	ps := readings(ws[0])
	return slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Method() == morph.MethodDictionary }) &&
		!slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Tag.Case() == morph.Gent })
}

// genitiveWord reports whether the first word of s may be a genitive by
// the dictionary, as an inflected word: not «танцовщицей», apposed to
// «супругой», nor the indeclinable «бизнес-леди».
func genitiveWord(s string) bool {
	ws := strings.Fields(s)
	return len(ws) > 0 && slices.ContainsFunc(readings(ws[0]), func(p morph.Parse) bool {
		return p.Tag.Case() == morph.Gent && p.Method() == morph.MethodDictionary && !p.Tag.Is(morph.Fixd)
	})
}

// kinsGenitive reports whether the post t follows a kin word
// (afterKinWord), itself or the first of the posts it is listed with, a
// comma or «и» between them: «дочь знаменитого писателя, актера и
// режиссера Мария Шукшина».
func kinsGenitive(text []rune, t doc.Mention, mentions []doc.Mention) bool {
	for range 4 {
		if afterKinWord(text, t.Start) {
			return true
		}
		i := slices.IndexFunc(mentions, func(p doc.Mention) bool {
			gap := strings.TrimSpace(string(text[min(p.End, t.Start):t.Start]))
			return p.Type == "PROFESSION" && p.End <= t.Start && (gap == "," || gap == "и")
		})
		if i < 0 {
			return false
		}
		t = mentions[i]
	}
	return false
}

// elderKin are the nouns of grandparents and partners, which name a
// relative of the genitive after them as kinWords do: «дед рядового
// Владимир Челах», «подруга премьер-министра Кэрри Симондс».
var elderKin = []string{"дед", "деда", "дедушка", "дедушки", "бабушка", "бабушки", "подруга", "подруги", "невеста", "невесты"}

// afterKinWord reports whether a word of kinWords or elderKin comes right before
// position p, or before one or two adjectives or participles there
// («дочь знаменитого писателя»), on the same line.
func afterKinWord(text []rune, p int) bool {
	for range 3 {
		w, start := previousWord(text, p)
		if w == "" || strings.ContainsRune(string(text[start:p]), '\n') {
			return false
		}
		if isAny(w, kinWords...) || isAny(w, elderKin...) {
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
