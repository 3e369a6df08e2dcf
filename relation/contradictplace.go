package relation

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
)

// contradictedMore reports the facts the words around their mentions
// contradict, by the rules found on the thirteenth session's second
// helper's news texts (contradicted holds the others), and the fifteenth
// session's relation helper's othersNationality and laterClauseTeam, and
// its second relation helper's rules (relation/news15b.go).
func contradictedMore(text []rune, f Found, mentions []doc.Mention) bool {
	h, t := mentions[f.Head], mentions[f.Tail]
	switch f.Type {
	case "LOCATED_IN":
		return placeInsideTimed(text, t, h, mentions) || joinedPlaces(text, h, t) || joinedPlaces(text, t, h)
	case "WORKS_AS", "WORKPLACE":
		return h.Type == "PERSON" && (nextPersonsPost(text, h, t, mentions, f.Type == "WORKS_AS") || f.Type == "WORKPLACE" && laterClauseTeam(text, h, t, mentions) || f.Type == "WORKS_AS" && reportedPost(text, h, t, mentions))
	case "ORIGINS_FROM":
		return h.Type == "PERSON" && (t.Type == "NATIONALITY" && (opensSentence(text, t) && verbBetween(text, t, h) || acrossVerb(text, h, t)) || othersNationality(text, h, t, mentions))
	case "ALTERNATIVE_NAME":
		return inDateline(text, h) != inDateline(text, t) || h.Type == "EVENT" && t.Type == "EVENT" && otherEventOfKind(h.Text, t.Text)
	case "PARTICIPANT_IN", "AGENT":
		return h.Type == "ORGANIZATION" && parentAfterUnit(text, h, mentions)
	case "AGE_IS":
		return insideType(t, mentions, "PENALTY")
	}
	return false
}

// insideType reports whether m lies inside a longer mention of type typ:
// «18 лет» in the PENALTY «18 лет заключения» is a term, no one's age.
func insideType(m doc.Mention, mentions []doc.Mention, typ string) bool {
	for _, o := range mentions {
		if o.Type == typ && o.Start <= m.Start && m.End <= o.End && o.End-o.Start > m.End-m.Start {
			return true
		}
	}
	return false
}

// placeInsideTimed is placeInside for an organization striking a place
// with a time between it and its verb: «Вооруженные силы Украины в ночь на
// понедельник атаковали беспилотниками Белгородскую область» — the region
// is not in Украина. The DATE and TIME mentions right after the
// organization are blanked out of a copy of the text, which placeInside
// then reads (only when there are such).
func placeInsideTimed(text []rune, t, h doc.Mention, mentions []doc.Mention) bool {
	if h.Start < t.End {
		return false
	}
	for _, m := range mentions {
		if m.Type != "ORGANIZATION" || m.Start > t.Start || t.End > m.End || m == t || h.Start < m.End {
			continue
		}
		// the end of the time phrases right after the organization
		at := m.End
		for moved := true; moved; {
			moved = false
			for _, d := range mentions {
				if (d.Type == "DATE" || d.Type == "TIME") && d.Start >= at && d.End <= h.Start && d.End > at && strings.TrimSpace(string(text[at:d.Start])) == "" {
					at, moved = d.End, true
				}
			}
		}
		if at == m.End {
			continue
		}
		blank := slices.Clone(text)
		for i := m.End; i < at; i++ {
			blank[i] = ' '
		}
		if placeInside(blank, t, h, mentions) {
			return true
		}
	}
	return false
}

// joinedPlaces reports whether place a, one word, is joined by «и» alone
// to place b after it, whose kind noun in the plural is theirs both: «над
// Белгородской и Курской областями», two regions, neither in the other.
func joinedPlaces(text []rune, a, b doc.Mention) bool {
	if a.End > b.Start || b.Start-a.End > 5 || strings.TrimSpace(string(text[a.End:b.Start])) != "и" || strings.ContainsRune(strings.TrimSpace(a.Text), ' ') {
		return false
	}
	ws := strings.Fields(b.Text)
	if len(ws) < 2 {
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	for _, e := range []string{"ями", "ях", "ами", "ах"} {
		if strings.HasSuffix(last, e) {
			return true
		}
	}
	return false
}

// nextPersonsPost reports whether t is, or is named inside, the post of
// another person joined to person h by «и» or a comma, the post right
// after the conjunction and that person right after the post: «Лавров и
// министр иностранных дел Казахстана Ермек Кошербаев подписали» — neither
// the post nor Казахстан is Лавров's. A comma joins them only for the post
// itself (comma): colleagues listed so share a workplace («Стивен Элоп,
// руководитель подразделения Microsoft … Робби Бах», NEREL train).
func nextPersonsPost(text []rune, h, t doc.Mention, mentions []doc.Mention, comma bool) bool {
	if t.Start < h.End {
		return false
	}
	for _, p := range mentions {
		if p.Type != "PROFESSION" || p.Start < h.End || p.Start-h.End > 4 || t.Start < p.Start || t.End > p.End {
			continue
		}
		if c := strings.TrimSpace(string(text[h.End:p.Start])); c != "и" && (c != "," || !comma) {
			continue
		}
		for _, b := range mentions {
			if b.Type == "PERSON" && b.Start >= p.End && b.Start-p.End <= 3 && strings.TrimFunc(string(text[p.End:b.Start]), func(r rune) bool {
				return unicode.IsSpace(r) || strings.ContainsRune("»\"“", r)
			}) == "" {
				return true
			}
		}
	}
	return false
}

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
