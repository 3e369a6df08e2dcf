package relation

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// opensSentence reports whether m, one word, opens its sentence: a noun
// of nationality standing as the subject («Серб сменил …»).
func opensSentence(text []rune, m doc.Mention) bool {
	if strings.Contains(m.Text, " ") {
		return false
	}
	before := strings.TrimRight(string(text[max(0, m.Start-3):m.Start]), " ")
	return before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "\n")
}

// verbBetween reports whether a finite active verb stands between the
// nationality a and the person b after it in one clause: «Серб сменил на
// этом посту Гильермо Абаскаля» — the Serb is the subject, Абаскаль the one
// replaced, of no origin told.
func verbBetween(text []rune, a, b doc.Mention) bool {
	if a.End > b.Start || b.Start-a.End > 80 || strings.ContainsAny(string(text[a.End:b.Start]), ",.;:—–()!?") {
		return false
	}
	for _, w := range strings.FieldsFunc(string(text[a.End:b.Start]), func(r rune) bool { return !isWordRune(r) }) {
		if unicode.IsLower(firstRune(w)) && finiteActive(w) {
			return true
		}
	}
	return false
}

// copulas are the lemmas of the verbs that join a person to what he is
// («Табмен станет первой афроамериканкой»).
var copulas = []string{"быть", "стать", "становиться", "являться", "оказаться", "считаться", "остаться", "оставаться"}

// acrossVerb reports whether the nationality t, a singular noun («Замены
// у немцев есть … Марко Ройс» speaks of them all), and the person h
// are joined by a finite active verb that is no copula, with no
// punctuation between them (verbBetween, in either order): «Синнер обыграл
// россиянина», «россиянин сыграет с итальянцем Янником Синнером» — the
// noun is the verb's other argument, another person, no ORIGINS_FROM.
// NEREL relates a nationality noun far from its person when it is the same
// person, «Винник … 38-летний россиянин», never across one clause's verb.
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

// othersNationality reports whether the nationality t, a singular word,
// stands right before a person p other than h (a post or one lower-case
// noun may stand between them) in a list with h: h joined to t by «и»
// («его», «её», «их» after it) or a comma, the nationality an adjective
// or a noun: «Журналист Андреа Рокелли и его российский коллега Андрей
// Миронов»; or h joined to p so, the nationality a noun, whose apposition
// is p alone: «бразилец Педро и Александр Соболев». An adjective may
// qualify the list after it («украинский режиссёр Олег Сенцов и антифашист
// Александр Кольченко» are both Ukrainian in NEREL train), and a plural
// qualifies all («российские теннисисты Андрей Рублёв и Карен Хачанов»).
func othersNationality(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if !isAny(t.Type, "NATIONALITY", "COUNTRY") || plural(t.Text) {
		return false
	}
	for _, p := range mentions {
		if p.Type != "PERSON" || p.Start < t.End || p.Start-t.End > 40 || p.Start < h.End && h.Start < p.End || !appositionGap(text, t.End, p.Start, mentions) {
			continue
		}
		if h.End <= t.Start {
			return listJoint(string(text[h.End:t.Start]), true)
		}
		return h.Start >= p.End && listJoint(string(text[p.End:h.Start]), false) && nounOnly(t.Text)
	}
	return false
}

// listJoint reports whether s, between two members of a list, is a comma
// or «и», followed by a possessive pronoun when possessive.
func listJoint(s string, possessive bool) bool {
	ws := strings.Fields(s)
	if len(ws) == 2 && possessive && isAny(strings.ToLower(ws[1]), "его", "её", "ее", "их") {
		ws = ws[:1]
	}
	return len(ws) == 1 && isAny(ws[0], ",", "и")
}

// nounOnly reports whether the last word of s reads as a noun and not as
// an adjective: «бразилец», not «бразильский».
func nounOnly(s string) bool {
	rs := lastReadings(s)
	return slices.ContainsFunc(rs, func(p morph.Parse) bool { return p.Tag.POS() == morph.NOUN }) &&
		!slices.ContainsFunc(rs, func(p morph.Parse) bool { return p.Tag.POS() == morph.ADJF })
}

// plural reports whether the last word of s reads only as a plural: all
// its dictionary readings are plural («бразильцы», «российские»), none
// without the dictionary.
func plural(s string) bool {
	rs := lastReadings(s)
	return len(rs) > 0 && !slices.ContainsFunc(rs, func(p morph.Parse) bool { return !p.Tag.Is(morph.Plur) })
}

// appositionGap reports whether text[from:to], between a nationality and
// a person, holds only spaces, a post (a PROFESSION mention from there) or
// one lower-case noun: «российский коллега Андрей Миронов».
func appositionGap(text []rune, from, to int, mentions []doc.Mention) bool {
	for _, m := range mentions {
		if m.Type == "PROFESSION" && m.Start >= from && m.End <= to && strings.TrimSpace(string(text[from:m.Start])) == "" {
			from = m.End
			break
		}
	}
	switch ws := strings.Fields(string(text[from:to])); len(ws) {
	case 0:
		return true
	case 1:
		w := ws[0]
		return unicode.IsLower(firstRune(w)) && strings.IndexFunc(w, func(r rune) bool { return !isWordRune(r) }) < 0 &&
			slices.ContainsFunc(readings(w), func(p morph.Parse) bool { return p.Tag.POS() == morph.NOUN })
	}
	return false
}
