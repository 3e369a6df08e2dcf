package relation

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
)

// samePrepositionList reports whether b follows a in «по X и по Y»: «и»
// and then a's own preposition open what stands between them («удары по
// сектору Газа и по территории Сирии»: two places listed, neither inside
// the other); or «и» and another preposition of place, a's being one too
// («в Кузбассе и на Алтае»: NEREL train, one dropped, wrong). With «и»
// alone between them it would lose right ones: NEREL train has «люблю
// Москву и Россию», «население Франции и Европы» (4 right, 0 wrong); with
// the preposition repeated it drops none.
func samePrepositionList(text []rune, a, b doc.Mention) bool {
	p := wordBefore(text, a.Start)
	if p == "" || len([]rune(p)) > 3 {
		return false
	}
	w := strings.Fields(strings.ToLower(strings.Trim(string(text[a.End:b.Start]), " »\"“,")))
	if len(w) == 2 && w[0] == "и" && isAny(p, "в", "во", "на") && isAny(w[1], "в", "во", "на") {
		return true // «находятся в Кузбассе и на Алтае»: two places where
	}
	return len(w) >= 2 && len(w) <= 3 && w[0] == "и" && w[1] == p
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

// routeEnds reports whether the place h after «из» and the named place t
// after «в», «во», «на» or «до» later in its sentence are a route's origin
// and destination, the sentence speaking of a journey (motionIn): «Самолет
// вылетел из Шереметьево на Пхукет» — not one place inside the other.
// Without a journey «из X на Y» stays: on NEREL dev «из Брикстона на юге
// Лондона» is a right LOCATED_IN.
func routeEnds(text []rune, h, t doc.Mention) bool {
	return h.End <= t.Start && wordBefore(text, h.Start) == "из" && isAny(wordBefore(text, t.Start), "в", "во", "на", "до") &&
		unicode.IsUpper(firstRune(t.Text)) && !strings.ContainsAny(string(text[h.End:t.Start]), ".!?") && motionIn(text, h.Start)
}

// motionWords begin the words of a journey.
var motionWords = []string{"вылет", "прилет", "прилёт", "летел", "летит", "рейс", "перелет", "перелёт", "переех", "перевез", "перевоз", "доставл", "отправ", "маршрут", "поезд", "направил", "вывез", "эвакуир", "прибыл", "приехал", "самолет", "самолёт", "авиакомпани"}

// motionIn reports whether the sentence around p speaks of a journey.
func motionIn(text []rune, p int) bool {
	i, j := p, p
	for i > 0 && !strings.ContainsRune(".!?\n", text[i-1]) {
		i--
	}
	for j < len(text) && !strings.ContainsRune(".!?\n", text[j]) {
		j++
	}
	for _, w := range strings.Fields(strings.ToLower(string(text[i:j]))) {
		w = strings.Trim(w, ",«»\"„“()")
		for _, m := range motionWords {
			if strings.HasPrefix(w, m) {
				return true
			}
		}
	}
	return false
}

// adjectiveBefore reports whether the place t, one word in lower case
// (an adjective), stands right before a mention of one of types (quotes
// allowed) that holds neither t nor h and is not inside h: the adjective
// places that mention, not h. A facility is not in «московский» of
// «московский „Локомотив“ на „Газпром Арене“» (LOCATED_IN before an
// organization); an event is in «Гавар», not in «армянском» of «перестрелка
// в армянском Гаваре», «родился в японской префектуре Канагава»
// (TAKES_PLACE_IN before a place). NEREL train and dev relate no facility
// or event so; before an organization they do relate an event («выборы
// болгарского парламента»).
func adjectiveBefore(text []rune, h, t doc.Mention, mentions []doc.Mention, types ...string) bool {
	if strings.Contains(t.Text, " ") || !unicode.IsLower(firstRune(t.Text)) {
		return false
	}
	for _, o := range mentions {
		if isAny(o.Type, types...) && o.Start > t.End && o.Start-t.End <= 2 && strings.Trim(string(text[t.End:o.Start]), " «\"„“") == "" &&
			(h.Start < o.Start || h.End > o.End) && (o.Start < h.Start || o.End > h.End) {
			return true
		}
	}
	return false
}

// placeInside reports whether the place t lies inside the subject of a
// verb whose object or adverbial is the place h, after it: a post whose
// place is an adjective («вьетнамский лидер посетит Санкт-Петербург»), or
// an organization that strikes the place («Вооруженные силы Украины
// атаковали беспилотниками Белгород»: Белгород is not in Украина). Any
// place inside an organization or a post dropped 75 on NEREL train, 73
// right; an organization's with any verb 2, both right («Государственная
// миграционная служба Украины подтвердила лишение экс-губернатора
// Одесской области»).
func placeInside(text []rune, t, h doc.Mention, mentions []doc.Mention) bool {
	if h.Start < t.End {
		return false
	}
	for _, m := range mentions {
		if m.Type != "ORGANIZATION" && m.Type != "PROFESSION" || m.Start > t.Start || t.End > m.End || m == t || h.Start < m.End {
			continue
		}
		if m.Type == "PROFESSION" && !unicode.IsLower(firstRune(t.Text)) {
			continue
		}
		if m.Type == "ORGANIZATION" && !strikes(text[m.End:h.Start]) {
			continue
		}
		between := string(text[m.End:h.Start])
		if strings.ContainsAny(between, ",.;:—–()!?") {
			continue
		}
		ws := strings.FieldsFunc(between, func(r rune) bool { return !isWordRune(r) })
		if len(ws) > 0 && len(ws) <= 3 && unicode.IsLower(firstRune(ws[0])) && finiteActive(ws[0]) {
			return true
		}
	}
	return false
}

// strikeVerbs are the lemmas of the verbs of striking a place.
var strikeVerbs = map[string]bool{"атаковать": true, "обстрелять": true, "обстреливать": true, "бомбить": true, "бомбардировать": true, "ударить": true}

// strikes reports whether the first word of s is a verb of striking.
func strikes(s []rune) bool {
	ws := strings.FieldsFunc(string(s), func(r rune) bool { return !isWordRune(r) })
	if len(ws) == 0 {
		return false
	}
	ps := readings(ws[0])
	return len(ps) > 0 && strikeVerbs[ps[0].Normal]
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

// seatPhrase reports whether the place t closes a phrase of a seat, «со
// штаб-квартирой в Москве»: the phrase belongs to the organization before
// it, not to one after it («„Металлоинвест“ со штаб-квартирой в Москве
// входит в холдинг USM»).
func seatPhrase(text []rune, t doc.Mention) bool {
	w, p := previousWord(text, t.Start)
	if !isAny(w, "в", "во", "на") {
		return false
	}
	w, p = previousWord(text, p)
	if !strings.HasPrefix(w, "штаб-квартир") {
		return false
	}
	w, _ = previousWord(text, p)
	return isAny(w, "с", "со")
}

// actsIn reports whether the organization h is the subject of a verb
// whose adverbial of place is the city t: h before t, a finite active verb
// between them (not one of staying, stative), within six words and no
// punctuation of a clause, and t after «в», «во» or «на»: «„Газпром“
// обсудил в Астане», «„Газпром“ в четверг провел в Астане переговоры» —
// where it acts, not its seat (HEADQUARTERED_IN); not «Суд в Кувейте
// приговорил», «Савеловский суд Москвы», where the place is the
// organization's; nor a country, «Роскомнадзор внёс в список запрещённых в
// России сайтов», NEREL train's one such right seat. NEREL train and dev:
// none dropped (an organization after a preposition, «поступил в МФТИ и
// переехал в Долгопрудный», is no subject).
func actsIn(text []rune, h, t doc.Mention) bool {
	if t.Type != "CITY" || h.End > t.Start || !isAny(wordBefore(text, t.Start), "в", "во", "на") {
		return false
	}
	if isAny(strings.ToLower(wordBefore(text, h.Start)), "в", "во", "на", "из", "с", "со", "у", "к", "о", "об", "от", "до", "для", "по", "за", "при") {
		return false // «поступил в МФТИ и переехал в Долгопрудный»: no subject
	}
	between := text[h.End:t.Start]
	if strings.ContainsAny(string(between), ",.;:—–()!?") {
		return false
	}
	ws := strings.FieldsFunc(string(between), func(r rune) bool { return !isWordRune(r) })
	if len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		if w == "и" || w == "или" {
			return false
		}
	}
	for _, w := range ws {
		if unicode.IsLower(firstRune(w)) && finiteActive(w) && !stative(w) {
			return true
		}
	}
	return false
}

// stative reports whether the likeliest lemma of w is a verb of being or
// working somewhere («работает в Москве», «живёт»), which may tell a seat.
func stative(w string) bool {
	ps := readings(w)
	if len(ps) == 0 {
		return false
	}
	switch ps[0].Normal {
	case "работать", "действовать", "жить", "находиться", "базироваться", "располагаться", "быть", "иметь":
		return true
	}
	return false
}
