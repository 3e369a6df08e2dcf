package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// reportingVerbStems open the verbs of a source's parenthetical clause
// («Как сообщил пресс-секретарь Кремля Дмитрий Песков, …»).
var reportingVerbStems = []string{"сообщ", "заяв", "рассказ", "отмет", "поясн", "уточн", "подчеркн", "передал", "передаёт", "передает", "написал", "пишет", "сказал", "добавил", "напомнил", "считает"}

// ReportedSource reports whether the name at h is the source of a clause of
// report that ends before the event at t: a clause opening with «как» and
// a verb of saying («Как сообщил пресс-секретарь Кремля Дмитрий Песков,
// Путин встретился с Дюминым») or with «по словам», «по данным», closed by
// a comma before t. The source tells of the event; it is not its agent nor
// a participant (the relations' AGENT and PARTICIPANT_IN, the events'
// arguments). It is ReportOpened and ReportClosedBefore; the events, which
// ask it of one sentence for many triggers, ask the first once per name.
func ReportedSource(text []rune, h, t doc.Span) bool {
	return ReportClosedBefore(text, h, t) && ReportOpened(text, h)
}

// ReportOpened reports whether the name at h stands in a clause of report
// that opens at most maxSourceWords words before it («Как сообщил
// пресс-секретарь Кремля Дмитрий Песков», «По словам Ибрагимбекова»): the
// part of ReportedSource that does not depend on the event.
func ReportOpened(text []rune, h doc.Span) bool {
	if h.Start < 0 || h.Start > len(text) {
		return false
	}
	i := h.Start
	for i > 0 && !strings.ContainsRune(",.!?;:\n", text[i-1]) {
		i--
	}
	words := strings.Fields(strings.ToLower(string(text[i:h.Start])))
	return len(words) >= 2 && len(words) <= 2+maxSourceWords && ReportOpener(words[0], words[1])
}

// ReportClosedBefore reports whether a comma closes the clause of the name
// at h before the event at t, in the same sentence, with no personal
// pronoun between by which the report would tell of its source himself:
// the part of ReportedSource that depends on the event.
func ReportClosedBefore(text []rune, h, t doc.Span) bool {
	if h.End > t.Start || t.Start > len(text) {
		return false
	}
	between := string(text[h.End:t.Start])
	if !strings.Contains(between, ",") || strings.ContainsAny(between, ".!?\n") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(between)) {
		if isAny(strings.Trim(w, ",«»\"()"), sourcePronouns...) {
			return false // «По словам Ибрагимбекова, такое решение он принял в связи с выборами»
		}
	}
	return true
}

// maxSourceWords bounds the words between the opener of a clause of report
// and its source, a post's words («Как сообщил пресс-секретарь Кремля
// Дмитрий Песков»): a name further on is no source («По данным следствия
// 3 февраля … Пётр Завьялов», «Как сообщает официальный блог создателя
// антивируса McAfee Джона Макафи»).
const maxSourceWords = 4

// sourcePronouns are the personal pronouns by which a report may tell of
// its source himself: he may then take part in the event.
var sourcePronouns = []string{"он", "она", "они", "его", "её", "ее", "их", "ему", "ей", "им", "него", "неё", "нее", "нему", "ней", "ним", "нём", "нем", "них"}

// ReportOpener reports whether the words w1 and w2 (in lower case) open a
// clause naming the source of a report: «как» and a verb of saying («как
// сообщил», «как заявили»), or «по словам», «по данным», «по мнению», «по
// информации».
func ReportOpener(w1, w2 string) bool {
	if w1 == "по" {
		return isAny(w2, "словам", "данным", "мнению", "информации")
	}
	if w1 != "как" {
		return false
	}
	for _, s := range reportingVerbStems {
		if strings.HasPrefix(w2, s) {
			return true
		}
	}
	return false
}

// unpostedSource reports whether the person h is the source of a report
// on t (ReportedSource: «По словам Алиханова, стороны обсудили
// строительство завода компании „Камаз“») and no post stands between the
// start of h's sentence and t: a source named with his post may be told
// of in the post («По словам генерального директора нового клуба Николая
// Волошкина, днем рождения ФК „Тамбов“ …»). NEREL train and dev: the
// filter drops nothing (the model gives no such pair); without the post
// condition it dropped 2 right relations of train and of dev 1 right and
// 1 wrong, all of a source named with his post.
func unpostedSource(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if !ReportedSource(text, h.Span, t.Span) {
		return false
	}
	start := h.Start
	for start > 0 && !strings.ContainsRune(".!?\n", text[start-1]) {
		start--
	}
	for _, m := range mentions {
		if m.Type == "PROFESSION" && m.Start >= start && m.End <= t.Start {
			return false
		}
	}
	return true
}
