package event

import (
	"sort"
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// presenceWords are the forms of «присутствие» that, after «в» or «при»,
// name who witnesses an act: «Документ подписали Лихачев и Зиен в
// присутствии премьер-министра Вьетнама Фам Минь Тиня».
var presenceWords = map[string]bool{"присутствии": true, "присутствия": true}

// presenceReach is how many tokens before a name a «в присутствии» that
// governs it may stand (the posts and genitives between: «в присутствии
// президента Турции Реджепа Тайипа Эрдогана»).
const presenceReach = 8

// inPresence reports whether the name at toks[k] is in a «в присутствии …»
// phrase that opens after toks[from-1] (the trigger's last token, or -1):
// whoever is present at a signing or a meeting witnesses it, no party to
// it. A dash, colon or semicolon ends the phrase; commas and «и» of a list
// of witnesses do not.
func inPresence(toks []doc.Token, k, from int) bool {
	for j := k - 1; j >= max(from+1, k-presenceReach); j-- {
		w := strings.ToLower(toks[j].Text)
		switch w {
		case "—", "–", "-", ":", ";", ".":
			return false
		}
		if presenceWords[w] && j > 0 {
			switch strings.ToLower(toks[j-1].Text) {
			case "в", "во", "при":
				return true
			}
		}
	}
	return false
}

// witness reports whether the mention m of the trigger t's sentence (toks)
// is in a «в присутствии …» phrase: after the trigger, one opening after
// it; before it, any.
func witness(toks []doc.Token, t trigger, m mention) bool {
	k := tokenAt(toks, m.Start)
	if k <= 0 {
		return false
	}
	from := -1
	if m.Start >= t.span.End {
		from = sort.Search(len(toks), func(i int) bool { return toks[i].Start >= t.span.End }) - 1
	}
	return inPresence(toks, k, from)
}

// nextOne reports whether the event noun t is one still to come: a word
// of fresh before it (at most one word between) and a verb in the future
// in its clause. «Следующий саммит ШОС пройдет в Душанбе» is not held on
// the day the story told last.
func (x *Extractor) nextOne(toks []doc.Token, t trigger) bool {
	i := tokenAt(toks, t.span.Start)
	if t.verb || i < 0 {
		return false
	}
	for j := max(0, i-2); j <= i; j++ {
		if l, _ := x.lemma(toks[j].Text); fresh[l] || fresh[strings.ToLower(toks[j].Text)] {
			return doc.VerbTense(toks, t.span) > 0
		}
	}
	return false
}

// diplomatic are the kinds of event a story's «подготовка» makes another
// one, still ahead: «обсудят подготовку визита Эрдогана в Москву» (but
// «обвиняется в подготовке теракта» is the attack told before).
var diplomatic = map[string]bool{Visit: true, Meeting: true, Session: true, Signing: true}

// preparedReach is how many tokens after a prepared event noun the name of
// whose event it is may start («подготовку визита председателя КНР Си
// Цзиньпина»).
const preparedReach = 4

// preparedOf returns the PERSON entity named right after the event noun t
// when a word of preparations stands before it and the noun is of a
// diplomatic kind («подготовку визита президента Турции Реджепа Тайипа
// Эрдогана»): whose the event being prepared is. Words only between, no
// punctuation; "" when there is none.
func (x *Extractor) preparedOf(d *doc.Document, t trigger) string {
	toks := d.Sentences[t.sent].Tokens
	if !diplomatic[t.typ] || !x.prepared(toks, t.span) {
		return ""
	}
	end := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= t.span.End })
	for k := end; k < min(len(toks), end+preparedReach); k++ {
		if punctMark(toks[k].Text) {
			return ""
		}
		for _, e := range d.Entities {
			if e.Type != "PERSON" {
				continue
			}
			for _, m := range e.Mentions {
				if m.Start == toks[k].Start {
					return e.ID
				}
			}
		}
	}
	return ""
}
