package relation

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// visited reports whether the organization h is what the visit verb t
// governs: right after it, at most three words between and no
// punctuation («посетил Уральский турбинный завод»), visited, not
// visiting, so no AGENT of the visit (NEREL train relates no organization
// after «посетил» to it).
func visited(text []rune, h, t doc.Mention) bool {
	if h.Type != "ORGANIZATION" || t.Type != "EVENT" || h.Start < t.End {
		return false
	}
	if w := strings.ToLower(t.Text); !strings.HasPrefix(w, "посет") && !strings.HasPrefix(w, "побыва") {
		return false
	}
	between := string(text[t.End:h.Start])
	if strings.ContainsAny(between, ",.;:—–()!?") {
		return false
	}
	return len(strings.Fields(between)) <= 3
}

// parentAfterUnit reports whether the organization h follows another
// organization and a parent's genitive kind noun (parentGenitives), quotes
// allowed: «Холдинг „Швабе“ госкорпорации „Ростех“ принимает участие в
// выставке» — the unit acts, not the parent (PARTICIPANT_IN, AGENT); the
// chain is the unit's PART_OF (parentOf).
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

// namesOtherOrganizer reports whether the event t holds an organization
// mention that is not h nor of h's name, h standing outside t: «„Зенит“
// открывает 15-й тур Российской премьер-лиги» — the league named runs the
// round, the club plays in it (ORGANIZES). NEREL's organizer of such an
// event is the one inside its name in 8 cases of 9 (train and dev: «Лиги
// чемпионов УЕФА», «29-го тура премьер-лиги»).
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

// othersGoal reports whether the person h is followed, in one clause, by
// a verb of saying (reportingVerbStems), a person or post in the genitive
// (another PERSON or PROFESSION mention), then «на» or «в» and the event
// t in the accusative (its first word reading only as a nominative or an
// accusative, the nominative ruled out by the preposition): «Песков
// рассказал о планах президента на саммит» — the president goes, not the
// speaker (PARTICIPANT_IN). A place of speaking stays («рассказал о
// здоровье Ким Чен Ына на пресс-конференции», in the prepositional: NEREL
// train).
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

// titleWord reports whether the place h lies inside the event t within
// quotes that also hold other words: «Россия зовёт!» in «форум „Россия
// зовёт!“» — the place is a word of the name, no party to the event
// (PARTICIPANT_IN, AGENT, ORGANIZES). The quotes may stand just outside the
// event's mention. NEREL's participants inside an event's mention are
// quoted alone («Матч „Спартак“ — „Краснодар“»).
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

// trailingSource reports whether the person h is the source of a report
// that closes the clause of the event t: after t a comma (and a dash after
// a quote), a verb of saying (reportingVerbStems), at most maxSourceWords
// words of a post (maxTrailingPostWords when plainPost), then h: «Путин выступит на форуме, сообщил
// пресс-секретарь Кремля Дмитрий Песков», «…», — сообщил …» — the source
// tells of the event, no party to it (PARTICIPANT_IN, AGENT, ORGANIZES), as
// ReportedSource's before it. NEREL train and dev relate no such source to
// the event before.
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
	if len(words) == 0 || len(words) > 1+maxTrailingPostWords || !finiteActive(words[0]) {
		return false
	}
	if len(words) > 1+maxSourceWords && !plainPost(words[1:]) {
		return false
	}
	for _, stem := range reportingVerbStems {
		if strings.HasPrefix(words[0], stem) {
			return true
		}
	}
	return false
}

// maxTrailingPostWords bounds the words of a source's post after the verb
// of saying that closes a clause, when none of them is a verb or a word
// that opens a clause (plainPost): «…, сообщил начальник ГУ МВД по
// Нижегородской области генерал-лейтенант Сергей Барыкин» (seven words).
const maxTrailingPostWords = 9

// plainPost reports whether words, those of a post, hold no verb and no
// word that opens a clause of its own («что», «который», «где»), so that
// the name after them is the post's holder.
func plainPost(words []string) bool {
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, ",«»\"()"))
		if isAny(w, "что", "чтобы", "где", "когда", "как", "и") || strings.HasPrefix(w, "котор") || finiteActive(w) {
			return false
		}
	}
	return true
}
