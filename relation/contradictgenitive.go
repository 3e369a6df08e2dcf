package relation

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// workNouns and associateNouns are the stems of the nouns of what a person makes or who
// stands by him, which govern the person in the genitive: works
// («фильмы Чаплина», «произведение Комитаса») and associates («адвокаты
// Кристенсена», «соратник Цзян Цзэминя»).
var (
	workNouns      = []string{"фильм", "кинофильм", "картин", "произведени", "книг", "песн", "альбом", "спектакл", "стих", "мемуар", "портрет"}
	associateNouns = []string{"адвокат", "соратник", "сторонник", "поклонник", "фанат", "родственник", "семь", "семе"}
)

// nounsGenitive reports whether the person h is the genitive complement
// of a noun of workNouns or associateNouns right before it: h's last word
// may be a genitive and, after an associate, shares no case and number
// with the noun, so it is no apposition («адвокат Оливье Метцнер»
// stays; a work is never apposed to a person): «Адвокаты Кристенсена
// подали апелляцию», «в Москве покажут фильмы Чарли Чаплина» — the
// lawyers act and the films are shown; the person they belong to is no
// party to the event (PARTICIPANT_IN), nor its agent («Семья Обамы
// приобрела дом»: AGENT). NEREL train and dev relate none of them.
func nounsGenitive(text []rune, h doc.Mention) bool {
	w, start := previousWord(text, h.Start)
	if w == "" || strings.TrimSpace(string(text[start+len([]rune(w)):h.Start])) != "" {
		return false
	}
	stem := func(s string) bool { return strings.HasPrefix(w, s) }
	work := slices.ContainsFunc(workNouns, stem)
	if !work && !slices.ContainsFunc(associateNouns, stem) {
		return false
	}
	type form struct {
		c, n morph.Grammeme
	}
	forms := map[form]bool{}
	for _, p := range readings(w) {
		if p.Tag.POS() == morph.NOUN {
			forms[form{p.Tag.Case(), p.Tag.Number()}] = true
		}
	}
	ls := lastReadings(h.Text)
	return len(forms) > 0 && slices.ContainsFunc(ls, func(p morph.Parse) bool { return p.Tag.Case() == morph.Gent }) &&
		(work || !slices.ContainsFunc(ls, func(p morph.Parse) bool { return forms[form{p.Tag.Case(), p.Tag.Number()}] }))
}

// clientOfPost reports whether the person h, right after the post t,
// is its genitive complement (nounsGenitive): «Адвокаты Кристенсена
// подали апелляцию», «адвокатами Стросс-Кана» — Кристенсен is the
// lawyers' client, not a lawyer (WORKS_AS; NEREL gives the post's
// SUBORDINATE_OF to him). An apposed name agreeing with the post holds it
// («адвоката Евгения Тонкого»). The client's own post may come between,
// the post's genitive complement in his stead: «Адвокаты актёра Алексея
// Смирнова подали апелляцию» — the actor's lawyers (clientsPostBetween).
func clientOfPost(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if t.End > h.Start {
		return false
	}
	gap := strings.TrimSpace(string(text[t.End:h.Start]))
	return gap == "" && nounsGenitive(text, h) || gap != "" && clientsPostBetween(text, h, t, gap, mentions)
}

// clientsPostBetween reports whether gap, the words between the post t
// and the person h, is a post that is t's genitive complement
// (nounsGenitive: «Адвокаты актёра») and h's first and last words may be
// genitives too, the name apposed to that post: «Адвокат бизнесмена Олег
// Ветров» holds the post, «Олег» having no genitive reading (the last
// word alone read «Ветров» as the plural genitive of «ветер»).
func clientsPostBetween(text []rune, h, t doc.Mention, gap string, mentions []doc.Mention) bool {
	for _, p := range mentions {
		if p.Type == "PROFESSION" && p.Start > t.End && p.End < h.Start && p.Text == gap {
			gent := func(r morph.Parse) bool { return r.Tag.Case() == morph.Gent }
			return nounsGenitive(text, p) && slices.ContainsFunc(lastReadings(h.Text), gent) && slices.ContainsFunc(firstReadings(h.Text), gent)
		}
	}
	return false
}

// firstReadings returns the dictionary's readings of the first word of s,
// or nil when it has no word.
func firstReadings(s string) []morph.Parse {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return nil
	}
	return readings(ws[0])
}
