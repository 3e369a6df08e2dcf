package relation

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

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

// companionPost reports whether the post t stands after the person h in
// one clause (no punctuation between) right after «с» or «со» and its
// adjectives in the instrumental: «Путин провёл встречу с новым министром
// финансов» — the post is the other party's (WORKS_AS). NEREL relates no
// person so to a post after him. «Младич наряду с другими руководителями
// Республики Сербской» (NEREL train: he is one of them) stays.
func companionPost(text []rune, h, t doc.Mention) bool {
	if h.End > t.Start || t.Start-h.End > 120 || strings.ContainsAny(string(text[h.End:t.Start]), ",.;:—–()!?«»\"\n") {
		return false
	}
	ws := strings.Fields(string(text[h.End:t.Start]))
	i := len(ws) - 1
	for i >= 0 && unicode.IsLower(firstRune(ws[i])) && slices.ContainsFunc(readings(ws[i]), func(p morph.Parse) bool {
		return p.Tag.POS() == morph.ADJF && p.Tag.Case() == morph.Ablt
	}) {
		i--
	}
	return i >= 0 && isAny(ws[i], "с", "со") && (i == 0 || !isAny(ws[i-1], "наряду", "вместе")) &&
		!slices.ContainsFunc(ws[i:], func(w string) bool {
			return isAny(w, "другими", "остальными", "прочими", "коллегами")
		})
}

// reportedPost reports whether the post t is the subject of the clause
// that a parenthetical of report by h opens (ReportedSource), a verb or a
// short adjective or participle (the predicate «готовы», «намерен»,
// «назначен») right after it or after its holder's name: «Как сообщил
// Песков, глава государства примет участие в саммите», «По словам Трампа,
// российский лидер и украинский лидер готовы к прекращению огня». The post is not the source's;
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
	if len(ps) == 0 {
		return false
	}
	pos := ps[0].Tag.POS()
	return pos == morph.VERB || pos == morph.ADJS || pos == morph.PRTS
}

// reportedPostsPlace reports whether the workplace t lies inside a post
// that the clause after h's report has for subject (reportedPost): «По
// словам Трампа, российский лидер и украинский лидер готовы …» gives
// Трамп neither Россия nor Украина. The place of the post is its holder's.
func reportedPostsPlace(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	return slices.ContainsFunc(mentions, func(p doc.Mention) bool {
		return p.Type == "PROFESSION" && p.Start <= t.Start && t.End <= p.End && p.Span != t.Span && reportedPost(text, h, p, mentions)
	})
}

// othersPost reports whether the post before person h belongs to another
// person named right after it, h coming after that one, «и» or a comma and
// words of his own, a noun or adjective among them: «генеральный директор
// СГК Степан Солженицын и член правления „Интер РАО“ Александр Панин» —
// Панин has a post of his own, not «генеральный директор СГК»
// («министры России и Китая Сергей Лавров и Ван И» share theirs).
func othersPost(text []rune, h, post doc.Mention, mentions []doc.Mention) bool {
	if post.End > h.Start || h.Start-post.End > 200 {
		return false
	}
	for _, a := range mentions {
		if a.Type != "PERSON" || a.Start < post.End || a.End >= h.Start || strings.TrimFunc(string(text[post.End:a.Start]), func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune("»\"“", r)
		}) != "" {
			continue
		}
		between := strings.TrimSpace(string(text[a.End:h.Start]))
		if rest, ok := strings.CutPrefix(between, ","); ok {
			between = rest
		} else if rest, ok := strings.CutPrefix(between, "и "); ok {
			between = rest
		} else {
			return false
		}
		if strings.ContainsAny(between, ".;:()—–") {
			return false
		}
		for _, w := range strings.FieldsFunc(between, func(r rune) bool { return !isWordRune(r) }) {
			if !unicode.IsLower(firstRune(w)) {
				continue
			}
			if ps := readings(w); len(ps) > 0 && (ps[0].Tag.POS() == morph.NOUN || ps[0].Tag.POS() == morph.ADJF) {
				return true
			}
		}
		return false
	}
	return false
}

// othersWorkplace reports whether the words around contradict that the
// person h works for t: t is a board that appoints him to another post
// (boardAppointing), or the organization of a post that belongs to
// another person (othersPost, h having an employer of his own:
// ownEmployer), of the subject of the verb after him
// (objectBeforeSubject), or of a post the words around it give a later
// person (heldByOther), or one in a relative clause about another person
// (othersClause).
func othersWorkplace(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if boardAppointing(text, h, t) {
		return true
	}
	for _, p := range mentions {
		if p.Type == "PROFESSION" && p.Start <= t.Start && t.End <= p.End && p != t && othersPost(text, h, p, mentions) && ownEmployer(h, p, mentions) {
			return true
		}
	}
	if post, ok := postOf(t, mentions); ok && objectBeforeSubject(text, h, post) {
		return true
	}
	return heldByOther(text, h, t, mentions) || othersClause(text, h, t, mentions)
}

// ownEmployer reports whether an organization is named between the end of
// the post and person h («член правления „Интер РАО“»): h's own employer,
// not the post's (colleagues share one: «руководителя правового отдела
// ведомства Бориса Едидина и главы его аппарата Александра Весельчакова»).
func ownEmployer(h, post doc.Mention, mentions []doc.Mention) bool {
	for _, m := range mentions {
		if m.Type == "ORGANIZATION" && m.Start >= post.End && m.End <= h.Start {
			return true
		}
	}
	return false
}

// boardNouns open the names of the bodies that appoint or elect for an
// organization: its board, conference, assembly, congress.
var boardNouns = []string{"совет", "правлени", "конференци", "собрани", "съезд"}

// boardAppointing reports whether the organization t is a body (a word of
// its name in boardNouns) that appoints or elects the person h right after
// it to a post that is not the body's own: «Совет директоров ПАО
// „Ростелеком“ избрал Михаила Осеевского президентом компании» — he works
// for the company, not the board («избрал … председателем совета
// директоров» is the board's); «Депутаты городского совета Новосибирска
// избрали Максима Кудрявцева мэром города».
func boardAppointing(text []rune, h, t doc.Mention) bool {
	if t.Type != "ORGANIZATION" || t.End > h.Start || !slices.ContainsFunc(strings.Fields(strings.ToLower(t.Text)), func(w string) bool { return hasPrefix(w, boardNouns) }) {
		return false
	}
	between := strings.Fields(strings.Trim(string(text[t.End:h.Start]), " »\"“"))
	v := slices.IndexFunc(between, appointTrigger)
	if v < 0 || v > 1 || len(between)-v > 6 || slices.ContainsFunc(between[v+1:], func(w string) bool { return hasPrefix(strings.ToLower(w), boardNouns) }) {
		// (the post may stand between the verb and the person, when it is
		// not the board's: «Совет директоров „Аэрофлота“ назначил
		// генеральным директором компании Сергея Александровского»)
		return false
	}
	rest := string(text[h.End:min(len(text), h.End+60)])
	if i := strings.IndexAny(rest, ".!?;"); i >= 0 {
		rest = rest[:i]
	}
	after := strings.FieldsFunc(rest, func(r rune) bool { return !isWordRune(r) })
	for i, w := range after {
		if i >= 4 {
			break
		}
		if hasPrefix(strings.ToLower(w), boardNouns) {
			return false
		}
	}
	return true
}

// laterClauseTeam reports whether the organization t, after the person h,
// opens a later clause of its own after a comma, «у» before it and a
// finite verb and another person after it: «Голы у победителей забили
// бразилец Педро и Александр Соболев, у „Спартака“ отличился аргентинец
// Эсекьель Барко» — the scorers before the comma are not Spartak's.
func laterClauseTeam(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if t.Start < h.End || !strings.Contains(string(text[h.End:t.Start]), ",") || wordBefore(text, t.Start) != "у" {
		return false
	}
	w, p := previousWord(text, t.Start)
	if w != "у" || strings.TrimRight(strings.TrimSpace(string(text[max(0, p-2):p])), " ") != "," {
		return false
	}
	for _, o := range mentions {
		if o.Type != "PERSON" || o.Start < t.End || o.Start-t.End > 60 || strings.ContainsAny(string(text[t.End:o.Start]), ",.;:—–()!?") {
			continue
		}
		for _, w := range strings.FieldsFunc(string(text[t.End:o.Start]), func(r rune) bool { return !isWordRune(r) }) {
			if ps := readings(w); unicode.IsLower(firstRune(w)) && len(ps) > 0 && ps[0].Tag.POS() == morph.VERB {
				return true // (a finite verb, reflexive too: «отличился»)
			}
		}
		return false
	}
	return false
}

// teamNouns name a team by its coach or owner in the genitive after them
// («команда Сергея Семака», «подопечные Семака»).
var teamNouns = []string{"команда", "команды", "подопечные", "подопечных", "игроки", "футболисты", "хоккеисты", "баскетболисты", "дружина"}

// teamsOpponent reports whether the person h is a coach named in the
// genitive after a team noun (teamNouns) and the organization t stands
// after the clause's verb (verbBetween): «команда Сергея Семака примет
// московский „Локомотив“» — the team is the subject, the organization its
// opponent, not the coach's workplace. NEREL has no such clause.
func teamsOpponent(text []rune, h, t doc.Mention) bool {
	return t.Type == "ORGANIZATION" && isAny(strings.ToLower(wordBefore(text, h.Start)), teamNouns...) && verbBetween(text, h, t)
}
