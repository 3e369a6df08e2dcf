package relation

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/timex"
)

// contradictedNews16 reports the facts the sixteenth session's relation
// helper found wrong on fresh news:
//
//   - a date relation (POINT_IN_TIME, START_TIME, END_TIME, DATE_OF_…) to
//     a bare length of time («Визит продлится два дня», «Турнир продлится
//     неделю»): a duration is no point of time (bareDuration). NEREL
//     relates no such DATE; «за неделю», «через неделю» stay.
//   - LOCATED_IN from a facility to a one-word place adjective right
//     before an organization («московский „Локомотив“ на „Газпром
//     Арене“»): the adjective is the organization's (adjectiveBefore).
//     NEREL train and dev relate no facility so.
//   - TAKES_PLACE_IN from an event to a one-word place adjective right
//     before another place («перестрелка в армянском Гаваре», «родился в
//     японской префектуре Канагава»): the event is in that place, which
//     the adjective places (adjectiveBefore). NEREL train and dev relate
//     no event so; before an organization they do («выборы болгарского
//     парламента»).
//   - WORKS_AS from a person to a post after «с» later in his clause
//     («Владимир Путин провёл встречу с новым министром финансов»): the
//     post is the other party's (companionPost). NEREL relates no person
//     so to a post after him.
//   - ORGANIZES from an organization outside an event whose name holds
//     another organization («„Зенит“ открывает 15-й тур Российской
//     премьер-лиги»): the league named runs the round, the club plays in
//     it (namesOtherOrganizer). NEREL's organizer of such an event is the
//     one inside its name in 8 cases of 9 (train and dev: «Лиги
//     чемпионов УЕФА», «29-го тура премьер-лиги»).
//   - WORKPLACE from a coach named in the genitive after a team noun to
//     an organization after the clause's verb («команда Сергея Семака
//     примет московский „Локомотив“»): the team is the subject, the
//     organization its opponent (teamNouns, verbBetween). NEREL has no such
//     clause.
//   - PARTICIPANT_IN, AGENT or ORGANIZES from the source of a report
//     named after it, a comma and a verb of saying («Путин выступит на
//     форуме, сообщил пресс-секретарь Кремля Дмитрий Песков»): the source
//     tells of the event (trailingSource), as ReportedSource's before it.
//     NEREL train and dev relate no such source to the event before.
//   - a date relation to a number inside the name of a disease, a
//     product, an organization and the like that the head does not hold
//     («заболел COVID-19», «госпитализировали с COVID-19»: not
//     POINT_IN_TIME 19; dateInName). NEREL relates such a date only from
//     the name holding it, or from outside an event, an award or a law
//     («Олимпиада-2016», «премия … 1997 года»).
//   - PARTICIPANT_IN from the speaker of a verb of saying to an event
//     that is the goal («на», «в» with the accusative) of another
//     person's plans or trip named between them («Песков рассказал о
//     планах президента на саммит»): the president goes, not the speaker
//     (othersGoal). A place of speaking stays («рассказал о здоровье Ким
//     Чен Ына на пресс-конференции», in the prepositional: NEREL train).
//   - PARTICIPANT_IN, AGENT or ORGANIZES from a place named inside the
//     quoted title of an event, the title holding more words than it
//     («форум „Россия зовёт!“»): the place is a word of the name, no party
//     to the event (titleWord). NEREL's participants inside an event's
//     mention are quoted alone («Матч „Спартак“ — „Краснодар“»).
func contradictedNews16(text []rune, f Found, mentions []doc.Mention) bool {
	h, t := mentions[f.Head], mentions[f.Tail]
	switch f.Type {
	case "POINT_IN_TIME", "START_TIME", "END_TIME", "DATE_OF_BIRTH", "DATE_OF_DEATH", "DATE_OF_CREATION", "DATE_FOUNDED_IN", "DATE_DEFUNCT_IN":
		return (t.Type == "DATE" || t.Type == "TIME") && (bareDuration(t.Text) || dateInName(h, t, mentions))
	case "LOCATED_IN":
		return h.Type == "FACILITY" && adjectiveBefore(text, h, t, mentions, "ORGANIZATION")
	case "TAKES_PLACE_IN":
		return h.Type == "EVENT" && adjectiveBefore(text, h, t, mentions, "CITY", "FACILITY", "DISTRICT", "STATE_OR_PROVINCE", "LOCATION", "COUNTRY")
	case "WORKS_AS":
		return h.Type == "PERSON" && companionPost(text, h, t)
	case "WORKPLACE":
		return h.Type == "PERSON" && t.Type == "ORGANIZATION" && isAny(strings.ToLower(wordBefore(text, h.Start)), teamNouns...) && verbBetween(text, h, t)
	case "PARTICIPANT_IN", "AGENT", "ORGANIZES":
		if f.Type == "ORGANIZES" && h.Type == "ORGANIZATION" && t.Type == "EVENT" && namesOtherOrganizer(h, t, mentions) {
			return true
		}
		if f.Type == "PARTICIPANT_IN" && h.Type == "PERSON" && t.Type == "EVENT" && othersGoal(text, h, t, mentions) {
			return true
		}
		return t.Type == "EVENT" && (isAny(h.Type, "COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION") && titleWord(text, h, t) ||
			h.Type == "PERSON" && trailingSource(text, h, t))
	}
	return false
}

// countWord reports whether w counts the units of a duration: a number
// («14»), a numeral («два», «пять») or «несколько», «пару», «полтора».
// What else opens a duration makes it a time NEREL relates: «за
// неделю» (before), «через неделю», «не позднее 14 дней» (END of a term).
func countWord(w string) bool {
	if w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
		return len(w) < 4
	}
	if isAny(w, "несколько", "пару", "пара", "полтора", "полторы", "пол") {
		return true
	}
	return slices.ContainsFunc(readings(w), func(p morph.Parse) bool { return p.Tag.POS() == morph.NUMR })
}

// bareDuration reports whether s is a length of time by timex, one unit
// or a count of units (countWord) and no adverb of a part of the day:
// «два дня», «неделю», «три года» (not «за неделю», «не позднее 14 дней»,
// nor «днём», whose last word is in the instrumental).
func bareDuration(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	if len(ws) == 0 || len(ws) > 1 && !countWord(ws[0]) || strings.HasSuffix(ws[len(ws)-1], "ом") || strings.HasSuffix(ws[len(ws)-1], "ём") || strings.HasSuffix(ws[len(ws)-1], "ем") {
		return false
	}
	v, ok := timex.Normalize(s, time.Time{})
	return ok && v.Precision == timex.Duration && v.Start == ""
}

// titleWord reports whether the place h lies inside the event t within
// quotes that also hold other words: «Россия зовёт!» in «форум „Россия
// зовёт!“». The quotes may stand just outside the event's mention.
func titleWord(text []rune, h, t doc.Mention) bool {
	if h.Start < t.Start || h.End > t.End || h.End-h.Start >= t.End-t.Start {
		return false
	}
	open, end := -1, -1
	for i := h.Start - 1; i >= max(0, t.Start-1); i-- {
		if strings.ContainsRune("«\"„“", text[i]) {
			open = i
			break
		}
	}
	for i := h.End; i < min(len(text), t.End+1); i++ {
		if strings.ContainsRune("»\"“”", text[i]) {
			end = i
			break
		}
	}
	if open < 0 || end < 0 {
		return false
	}
	rest := string(text[open+1:h.Start]) + " " + string(text[h.End:end])
	return strings.IndexFunc(rest, isWordRune) >= 0
}

// companionPost reports whether the post t stands after the person h in
// one clause (no punctuation between) right after «с» or «со» and its
// adjectives in the instrumental: «Путин провёл встречу с новым министром
// финансов». «Младич наряду с другими руководителями Республики Сербской»
// (NEREL train: he is one of them) stays.
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

// trailingSource reports whether the person h is the source of a report
// that closes the clause of the event t: after t a comma (and a dash after
// a quote), a verb of saying (reportingVerbStems), at most maxSourceWords
// words of a post, then h: «…», — сообщил пресс-секретарь Кремля Дмитрий
// Песков».
func trailingSource(text []rune, h, t doc.Mention) bool {
	if t.End > h.Start || h.Start > len(text) {
		return false
	}
	between := string(text[t.End:h.Start])
	comma := strings.LastIndex(between, ",")
	if comma < 0 || strings.ContainsAny(between, ".!?\n") {
		return false
	}
	words := strings.Fields(strings.TrimLeft(between[comma+1:], " —–"))
	if len(words) == 0 || len(words) > 1+maxSourceWords || !finiteActive(words[0]) {
		return false
	}
	for _, stem := range reportingVerbStems {
		if strings.HasPrefix(words[0], stem) {
			return true
		}
	}
	return false
}

// namesOtherOrganizer reports whether the event t holds an organization
// mention that is not h nor of h's name, h standing outside t: «15-й тур
// Российской премьер-лиги» for «Зенит».
func namesOtherOrganizer(h, t doc.Mention, mentions []doc.Mention) bool {
	if h.Start >= t.Start && h.End <= t.End {
		return false
	}
	for _, o := range mentions {
		if o.Type == "ORGANIZATION" && o.Start >= t.Start && o.End <= t.End && o.Span != t.Span && !strings.EqualFold(o.Text, h.Text) {
			return true
		}
	}
	return false
}

// adjectiveBefore reports whether the place t, one word in lower case
// (an adjective), stands right before a mention of one of types (quotes
// allowed) that holds neither t nor h and is not inside h: «московский
// „Локомотив“», «армянском Гаваре».
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

// dateInName reports whether the date t lies inside a mention of another
// type than EVENT, AWARD and LAW (the names of events, awards and laws
// hold their dates) that is not h nor inside h: «19» of «COVID-19».
func dateInName(h, t doc.Mention, mentions []doc.Mention) bool {
	for _, o := range mentions {
		if o.Start <= t.Start && t.End <= o.End && o.Span != t.Span && !isAny(o.Type, "DATE", "TIME", "EVENT", "AWARD", "LAW") &&
			!(h.Start <= o.Start && o.End <= h.End) {
			return true
		}
	}
	return false
}

// teamNouns name a team by its coach or owner in the genitive after them
// («команда Сергея Семака», «подопечные Семака»).
var teamNouns = []string{"команда", "команды", "подопечные", "подопечных", "игроки", "футболисты", "хоккеисты", "баскетболисты", "дружина"}

// othersGoal reports whether the person h is followed, in one clause, by
// a verb of saying (reportingVerbStems), a person or post in the genitive
// (another PERSON or PROFESSION mention), then «на» or «в» and the event
// t in the accusative (its first word reading only as a nominative or an
// accusative, the nominative ruled out by the preposition): «Песков
// рассказал о планах президента на саммит».
func othersGoal(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if h.End > t.Start || t.Start-h.End > 100 || strings.ContainsAny(string(text[h.End:t.Start]), ",.;:—–()!?\n") {
		return false
	}
	ws := strings.Fields(string(text[h.End:t.Start]))
	if len(ws) < 3 || !isAny(ws[len(ws)-1], "на", "в", "во") || !slices.ContainsFunc(reportingVerbStems, func(s string) bool { return strings.HasPrefix(ws[0], s) }) {
		return false
	}
	first := strings.Fields(t.Text)
	if len(first) == 0 {
		return false
	}
	ps := readings(first[0])
	if len(ps) == 0 || slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Tag.Case() != morph.Accs && p.Tag.Case() != morph.Nomn }) {
		return false
	}
	for _, o := range mentions {
		if (o.Type == "PERSON" || o.Type == "PROFESSION") && o.Start > h.End && o.End < t.Start && o.Span != h.Span &&
			slices.ContainsFunc(readings(strings.Fields(o.Text)[0]), func(p morph.Parse) bool { return p.Tag.Case() == morph.Gent }) {
			return true
		}
	}
	return false
}
