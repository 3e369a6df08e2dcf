package relation

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/names"
)

// inDateline reports whether m is the place of a dateline: words in
// capitals that open a line, then a comma and a day's number («БРЯНСК, 1
// сентября»). The dateline names where the report was filed, no other name
// of a place of the body: «БРЯНСК, 1 сентября 2025 — … жителей посёлка
// Суземка» has no «Брянск ALTERNATIVE_NAME Суземка».
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

// otherEventOfKind reports whether a and b, names of two words or more
// opening with a capital, end in the same word (by lemma) and each opens
// with a word the other lacks: «Петербургский международный экономический
// форум» and «Восточный экономический форум» are two events, no
// ALTERNATIVE_NAME («XIV всероссийская детская конференция» may be
// «Детская научная конференция»). NEREL's pairs of names are a longer and a
// shorter name («Московский кинофестиваль», «40-й Московский международный
// кинофестиваль») or two kinds («Каннский кинофестиваль», «Каннский
// фестиваль»).
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

// otherExpansion reports whether name is a name of two words or more that
// spells fewer than half the capitals of the acronym acr by its words'
// initials while another organization of the document spells at least
// half of them: «ИЦиГ» is «Институт цитологии и генетики», not «Сибирское
// отделение РАН» named beside it. With no better expansion in the document
// the pair stays: NEREL's acronyms of foreign names («ФИФА», «УЕФА»,
// «ОПЕК») match their Russian names poorly. NEREL train and dev: none
// dropped.
func otherExpansion(name, acr doc.Mention, mentions []doc.Mention) bool {
	caps := acronymCapitals(acr.Text)
	if other := acronymCapitals(name.Text); caps != nil && other != nil {
		// two acronyms with no capital in common: «РАН» is no other name
		// of «ИЦиГ» (NEREL train links one pair of acronyms, sharing some)
		for _, c := range other {
			if slices.Contains(caps, c) {
				return false
			}
		}
		return true
	}
	if r := firstRune(name.Text); len(caps) < 2 || !strings.Contains(strings.TrimSpace(name.Text), " ") || !unicode.IsUpper(r) ||
		!unicode.Is(unicode.Cyrillic, r) || holdsAcronym(name.Text, caps) || 2*initialsMatch(name.Text, caps) >= len(caps) {
		// (nor a description, «суд в Страсбурге» of «ЕСПЧ», nor a name
		// with the acronym in it, «МХАТа имени Чехова» of «МХАТе»: NEREL
		// train links both; nor a Latin name, «FBI Agents Association»)
		return false
	}
	for _, m := range mentions {
		if m.Type == "ORGANIZATION" && m.Text != name.Text && m.Text != acr.Text && strings.Contains(m.Text, " ") && 2*initialsMatch(m.Text, caps) >= len(caps) {
			return true
		}
	}
	return false
}

// holdsAcronym reports whether a word of name is an acronym with the
// capitals caps («МХАТа» for «МХАТ»).
func holdsAcronym(name string, caps []rune) bool {
	for _, w := range strings.Fields(name) {
		if slices.Equal(acronymCapitals(w), caps) {
			return true
		}
	}
	return false
}

// acronymCapitals returns the capital Cyrillic letters of a one-word
// acronym of two capitals or more («ИЦиГ»: И, Ц, Г), or nil.
func acronymCapitals(w string) []rune {
	var caps []rune
	for _, r := range w {
		switch {
		case !unicode.Is(unicode.Cyrillic, r):
			return nil
		case unicode.IsUpper(r):
			caps = append(caps, r)
		}
	}
	if len(caps) < 2 || len([]rune(w)) > 8 {
		return nil
	}
	return caps
}

// initialsMatch counts the letters of caps that the initials of name's
// words spell, each initial used once.
func initialsMatch(name string, caps []rune) int {
	initials, wanted := map[rune]int{}, map[rune]int{}
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) }) {
		initials[unicode.ToUpper([]rune(w)[0])]++
	}
	for _, c := range caps {
		wanted[c]++
	}
	n := 0
	for c, k := range wanted {
		n += min(k, initials[c])
	}
	return n
}

// namesakeOf reports whether «имени» stands one or two words before
// position p: «АО „ИСС“ имени академика М. Ф. Решетнёва» is named after
// the person, not another name of him (ALTERNATIVE_NAME, ABBREVIATION),
// nor is the person of such a name a patient (MEDICAL_CONDITION). NEREL
// train and dev: no name dropped.
func namesakeOf(text []rune, p int) bool {
	for range 2 {
		for p > 0 && !isWordRune(text[p-1]) {
			p--
		}
		end := p
		for p > 0 && isWordRune(text[p-1]) {
			p--
		}
		if p == end {
			return false
		}
		if strings.EqualFold(string(text[p:end]), "имени") {
			return true
		}
	}
	return false
}

// otherSurname reports whether first is a first name alone before «и» and
// a person whose surname, in the plural, it shares («братья Александр и
// Виктор Линники»), while other has a surname of other letters («Александр
// Богомаз»): not another name of one person (ALTERNATIVE_NAME).
func otherSurname(text []rune, first, other doc.Mention, mentions []doc.Mention) bool {
	if strings.Contains(first.Text, " ") || !strings.Contains(other.Text, " ") || first.End+3 > len(text) || string(text[first.End:first.End+3]) != " и " {
		return false
	}
	for _, m := range mentions {
		ws := strings.Fields(m.Text)
		if m.Type != "PERSON" || m.Start != first.End+3 || len(ws) < 2 {
			continue
		}
		surname := ws[len(ws)-1]
		ps := readings(surname)
		if len(ps) == 0 {
			return false
		}
		for _, p := range ps {
			if p.Tag.Case() != morph.Nomn || !p.Tag.Is(morph.Plur) {
				return false
			}
		}
		os := strings.Fields(other.Text)
		return !sharesWord(surname, os[len(os)-1])
	}
	return false
}

// othersSurname reports whether one, a person named by one word, is a
// surname made from a first name of full, a person named in two words or
// more («Романова», «Иванов» after «Роман», «Иван»: the same first four
// letters, but no form of full's words), and a word of the name of another
// person of the text named in two words or more, a name that shares no
// word with full (mentions): «Романова» after «Александра Романова» is not
// another name of «Роман Бусаргин». Without the look-alike, a real person's
// other name (a pseudonym, a birth name: «Гарриет Табмен», born «Араминта
// Росс») would go too: NEREL train links 3 such pairs of the 7 the rule
// would drop without it.
func othersSurname(full, one doc.Mention, mentions []doc.Mention) bool {
	if !strings.Contains(full.Text, " ") || strings.Contains(one.Text, " ") || sharesWord(one.Text, full.Text) {
		return false
	}
	lookalike := false
	for _, w := range strings.Fields(full.Text) {
		p := []rune(strings.ToLower(w))
		lookalike = lookalike || len(p) >= 4 && strings.HasPrefix(strings.ToLower(one.Text), string(p[:4]))
	}
	if !lookalike {
		return false
	}
	for _, m := range mentions {
		if m.Type == "PERSON" && strings.Contains(m.Text, " ") && sharesWord(one.Text, m.Text) && !sharesWord(m.Text, full.Text) {
			return true
		}
	}
	return false
}

// otherGenders reports whether the person names a and b can have no
// gender in common (nameGenders: the dictionary's first names, surnames
// and patronymics): «Александры Завьяловой» is not «Пётр Завьялов». NEREL
// train: 3 dropped, all wrong. «Анастасия Потанина» agrees with «Потанин»
// (the genitive of «Анастасий Потанин»), so «Анастасия Потанина
// ALTERNATIVE_NAME Потанин» stays.
func otherGenders(a, b string) bool {
	ga, gb := nameGenders(a), nameGenders(b)
	for g := range ga {
		if gb[g] {
			return false
		}
	}
	return true
}

// postCountry returns the country nested in the post m, or "" twice when
// m holds none: place is the country as a lower-case key, the one an
// adjective stands for («российский лидер»: «россия», by
// names.AdjectivePlace) or the lemma of a one-word country noun («лидеры
// России»: «россия»; not an acronym, «РФ»), "" for an adjective the
// dictionary cannot place;
// adjective is the lemma of an adjective. Only countries: a church's
// adjective (NATIONALITY «Коптской») and its see (CITY «Александрийским»)
// name one patriarch.
func postCountry(m doc.Mention, mentions []doc.Mention) (place, adjective string) {
	for _, o := range mentions {
		if o.Start < m.Start || o.End > m.End || o.Span == m.Span || strings.Contains(o.Text, " ") || o.Type != "COUNTRY" {
			continue
		}
		ps := readings(o.Text)
		for _, p := range ps {
			if p.Tag.POS() == morph.ADJF {
				a, _ := morph.Default()
				return strings.ToLower(names.AdjectivePlace(a, strings.ToLower(p.Normal))), p.Normal
			}
		}
		if len(ps) > 0 && ps[0].Tag.POS() == morph.NOUN && unicode.IsUpper(firstRune(o.Text)) && strings.ToUpper(o.Text) != o.Text {
			return strings.ToLower(ps[0].Normal), ""
		}
	}
	return "", ""
}

// otherPlacesPost reports whether the posts h and t each hold a country
// and the two differ, one of them at least an adjective: «российский
// лидер» and «украинский лидер», «лидеры России» and «Украинский лидер»
// are two persons' posts, no ALTERNATIVE_NAME. NEREL links the posts of
// one holder under one place only («японского монарха» — «японским
// правителем»; «Президент Венесуэлы» — «венесуэльский лидер»), never two
// posts of different countries. Two adjectives the dictionary cannot place
// are compared by their lemmas; two nouns are not compared (synonyms:
// «Президент Киргизии» — «Президент Кыргызстана», «России» — «РФ»).
func otherPlacesPost(h, t doc.Mention, mentions []doc.Mention) bool {
	pa, aa := postCountry(h, mentions)
	pb, ab := postCountry(t, mentions)
	if aa == "" && ab == "" {
		return false
	}
	if pa != "" && pb != "" {
		return pa != pb
	}
	return aa != "" && ab != "" && aa != ab
}

// pairedAcronym reports whether acr, an acronym said to stand for name, is
// followed right away (a space between) by another acronym whose capitals
// name's initials spell, while acr's do not: «Западно-Сибирском
// металлургическом комбинате (ЕВРАЗ ЗСМК)» — «ЗСМК» is the plant's
// abbreviation, «ЕВРАЗ» its owner's name before it.
func pairedAcronym(name, acr doc.Mention, mentions []doc.Mention) bool {
	caps := acronymCapitals(acr.Text)
	if caps == nil || 2*initialsMatch(name.Text, caps) >= len(caps) {
		return false
	}
	for _, m := range mentions {
		if m.Start != acr.End+1 {
			continue
		}
		if other := acronymCapitals(m.Text); other != nil && 2*initialsMatch(name.Text, other) >= len(other) {
			return true
		}
	}
	return false
}
