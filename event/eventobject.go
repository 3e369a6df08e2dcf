package event

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// setsEvent reports whether the verb of an appointment at toks[v]
// («назначить», «возглавить») takes an event as its object rather than a
// person a post: the first noun after it (adjectives, participles and
// pronouns between, at most three words, no punctuation) is an event noun
// (of nouns or scheduled, in any noun reading: «выборы», whose likeliest
// lemma is «выбор») or opens an EVENT mention of ms after the verb. «будут
// назначены внеочередные парламентские выборы», «Ему была назначена
// встреча»: an event set; «возглавил партизанскую войну», «возглавила
// народное восстание», «возглавил праздничную Божественную Литургию»: an
// event led. None is an APPOINTMENT (NEREL marks the event noun only);
// «назначен послом», «возглавил штаб избирательной кампании» (the noun
// «штаб» first) still are.
func (x *Extractor) setsEvent(toks []doc.Token, v int, ms []mention) bool {
	if v < 0 {
		return false
	}
	if l, _ := x.lemma(toks[v].Text); verbs[l] != Appointment {
		return false // («написал заявление об уходе»: no verb of a post)
	}
	for k := v + 1; k < len(toks) && k <= v+3; k++ {
		w := toks[k].Text
		if punctMark(w) {
			return false
		}
		for _, m := range ms {
			if m.Type == "EVENT" && m.Start == toks[k].Start && m.Start > toks[v].End {
				return true
			}
		}
		l, pos := x.lemma(w)
		if pos == morph.ADJF || pos == morph.PRTF || pos == morph.NPRO || pos == morph.NUMR {
			continue
		}
		_, event := nouns[l]
		return pos == morph.NOUN && (event || scheduled[l] || x.pluralEvent(w))
	}
	return false
}

// caseNouns are the singular forms of «дело», a case, that a name after
// them tells what the case is about: «по делу Голунова», «дело Скрипалей».
// (The plural «дел» is of a post's name: «министра внутренних дел
// Анатолия Кулешова».)
var caseNouns = map[string]bool{"дело": true, "дела": true, "делу": true, "делом": true, "деле": true}

// ofCase reports whether the word before toks[i] is one of caseNouns:
// «Путин уволил двух генералов полиции по делу Голунова» — Голунов is
// whom the case is about, no party to the dismissal.
func (x *Extractor) ofCase(toks []doc.Token, i int) bool {
	return i > 0 && (caseNouns[strings.ToLower(toks[i-1].Text)] || caseAbout(toks, i))
}

// groundNouns are the forms of the nouns that say what one is held, tried
// or charged for: «по подозрению в», «по обвинению в».
var groundNouns = map[string]bool{"подозрению": true, "подозрении": true, "подозрением": true,
	"обвинению": true, "обвинении": true, "обвинением": true}

// caseAbout reports whether toks[i] closes, two to four words on, a «дело
// о …» or a «по подозрению (обвинению) в …» whose event names it:
// «задержан по делу об убийстве Немцова», «задержан по подозрению в
// подготовке покушения на Анатолия Чубайса» — whom the case's event was
// against, no party to the event told.
func caseAbout(toks []doc.Token, i int) bool {
	for j := i - 2; j >= 1 && j >= i-4; j-- {
		if punctMark(toks[j+1].Text) {
			return false
		}
		w, before := strings.ToLower(toks[j].Text), strings.ToLower(toks[j-1].Text)
		if (w == "о" || w == "об") && caseNouns[before] || w == "в" && groundNouns[before] {
			return true
		}
	}
	return false
}

// caseOnly reports whether every mention of entity id among the sentence's
// mentions inSent (one at least) comes right after a word of caseNouns
// (ofCase): the relations' party of «уволил двух генералов полиции по
// делу Голунова» is no party.
func (x *Extractor) caseOnly(d *doc.Document, ms []mention, inSent []int, id string) bool {
	return everyMention(ms, inSent, id, func(m mention) bool {
		toks := d.Sentences[m.sent].Tokens
		return x.ofCase(toks, tokenAt(toks, m.Start))
	})
}

// visitAhead reports whether the body's verb t (or EVENT mention of a
// verb) tells again a visit the
// headline, prev, announced in the future («Иностранные журналисты
// посетят родину изобретателя телевидения» … «31 июля Муром посетят
// журналисты»): the body names the place the headline only describes, and
// it places the visit (a past visit of the headline stays unplaced by the
// lead, as NEREL places the body's mention only).
func (x *Extractor) visitAhead(d *doc.Document, prev doc.Event, t trigger) bool {
	return t.typ == Visit && (t.verb || verbs[x.eventLemma(t.text)] != "") && prev.Evidence == d.Sentences[0].Span && doc.VerbTense(d.Sentences[0].Tokens, prev.Trigger.Span) > 0
}

// speakerPronoun returns the person a verb trigger's pronoun subject right
// after «, что» stands for: the speaker of the clause before, the first
// PERSON of the sentence, named before a verb of reporting that comes
// before the comma («Кирсан Илюмжинов сообщил, что он подписал три
// контракта»). The pronoun («он», «она») stands right before the verb or
// one word before it, and the verb, in the past, is of its gender, as is
// the verb of reporting when the tagger gives it one; "" otherwise.
func (x *Extractor) speakerPronoun(d *doc.Document, ms []mention, inSent []int, t trigger) string {
	toks := d.Sentences[t.sent].Tokens
	v := tokenAt(toks, t.span.Start)
	p := v - 1
	if p >= 0 && pronounGender(toks[p].Text) == "" {
		p--
	}
	if p < 2 || !strings.EqualFold(toks[p-1].Text, "что") || toks[p-2].Text != "," {
		return ""
	}
	gender := pronounGender(toks[p].Text)
	if gender == "" || !strings.Contains(toks[v].Feats, "Gender="+gender) {
		return ""
	}
	comma := toks[p-2].Start
	for _, mi := range inSent {
		m := ms[mi]
		if m.Type != "PERSON" || m.nested || m.End > comma {
			continue
		}
		// the first person named: a verb of reporting between it and the
		// comma makes it the speaker
		for k := tokenAt(toks, m.End-1) + 1; k >= 0 && k < p-2; k++ {
			if l, _ := x.lemma(toks[k].Text); reporting[l] {
				if f := toks[k].Feats; strings.Contains(f, "Gender=") && !strings.Contains(f, "Gender="+gender) {
					return "" // «Илюмжинов сообщил, что она …»: another
				}
				return m.entity
			}
		}
		return ""
	}
	return ""
}

// pronounGender returns the gender of «он» («Masc») or «она» («Fem»), as
// the tagger's Feats name it; "" for any other word.
func pronounGender(w string) string {
	switch strings.ToLower(w) {
	case "он":
		return "Masc"
	case "она":
		return "Fem"
	}
	return ""
}

// partyless reports whether the headline's event prev is a meeting told
// by a noun that the lead's meeting t tells again: a meeting's sides all
// take part, so the persons the lead makes its agents join it as those it
// meets with do («Встреча с послом Италии в миде Грузии» … «посол Италии
// Виторио Сандали встретился с заместителем министра Александром
// Налбандовым»: both, the relations making them agents).
func (x *Extractor) partyless(prev doc.Event, t trigger) bool {
	if prev.Type != Meeting || t.typ != Meeting {
		return false
	}
	_, noun := nouns[x.eventLemma(prev.Trigger.Text)]
	return noun
}

// caseEvent reports whether the event noun at toks[i] is what a case or a
// charge is about, right after «дело о/об» or «по подозрению (обвинению)
// в»: «уволил 13 июня 2019 года двух генералов, причастных к делу об
// аресте журналиста» — the arrest was before, not on the day the sentence
// names (caseUndated).
func caseEvent(toks []doc.Token, i int) bool {
	if i < 2 {
		return false
	}
	w, before := strings.ToLower(toks[i-1].Text), strings.ToLower(toks[i-2].Text)
	return (w == "о" || w == "об" || w == "обо") && caseNouns[before] || w == "в" && groundNouns[before]
}

// caseUndated takes from ev, the event of a noun a case is about
// (caseEvent), the time arguments named before it in its sentence (ms,
// inSent: the sentence's mentions) and, when no time is left, the date the
// sentence gave it: the case's event happened before what the sentence
// dates.
func caseUndated(ev *doc.Event, ms []mention, inSent []int, at doc.Span) {
	ev.Arguments = slices.DeleteFunc(ev.Arguments, func(a doc.Argument) bool {
		if a.Role != RoleTime {
			return false
		}
		return !slices.ContainsFunc(inSent, func(mi int) bool { return ms[mi].entity == a.Entity && ms[mi].Start >= at.End })
	})
	if !hasRole(ev, RoleTime) {
		ev.Date = "" // (a time after it keeps its date: «по делу о перестрелке …, в результате которой 28 апреля …»)
	}
}
