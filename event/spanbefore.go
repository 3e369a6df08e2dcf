package event

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// spanFromEvent reports whether a sentence measures its time from another
// event: «за» or «через»/«спустя», a time unit, then «до» or «после» and an
// event noun (adjectives between): «вступил в эту должность за неделю до
// террористической атаки», «за день до задержания он сказал агенту»,
// «через четыре часа после происшествия». The sentence's events are then
// in that event's time, not in the story's last date. A day of no event
// keeps it («скончался за день до своего 65-летия»: the story's day).
func (x *Extractor) spanFromEvent(toks []doc.Token) bool {
	for i := range toks {
		if x.spanBefore(toks, i) {
			return true
		}
	}
	return false
}

// spanBefore reports whether toks[i] opens such a stretch (spanFromEvent).
func (x *Extractor) spanBefore(toks []doc.Token, i int) bool {
	_, noun := x.spanStretch(toks, i)
	return noun >= 0
}

// spanStretch returns, when toks[i] opens such a stretch, its time unit
// and the index of its event noun; -1 as the noun if it opens none.
func (x *Extractor) spanStretch(toks []doc.Token, i int) (string, int) {
	var edge string
	switch strings.ToLower(toks[i].Text) {
	case "за":
		edge = "до"
	case "через", "спустя":
		edge = "после"
	default:
		return "", -1
	}
	unit := ""
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		w := strings.ToLower(toks[j].Text)
		switch {
		case w == edge:
			if unit == "" {
				return "", -1
			}
			return unit, x.eventNounAfter(toks, j)
		case timeUnits[w] || spanUnits[w]:
			unit = w
		}
	}
	return "", -1
}

// eventNounAfter returns the index of an event noun of nouns after
// toks[j], adjectives and possessives between: «до террористической
// атаки»; -1 if none.
func (x *Extractor) eventNounAfter(toks []doc.Token, j int) int {
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		_, pos := x.lemma(toks[k].Text)
		if _, ok := nouns[x.eventLemma(toks[k].Text)]; ok && pos == morph.NOUN || pos == morph.NOUN && x.pluralEvent(toks[k].Text) {
			return k // («выборов»: выборы, not выбор)
		}
		if pos != morph.ADJF && pos != morph.NPRO {
			return -1
		}
	}
	return -1
}

// spanUnits are the forms of time units after a number, which timeUnits
// (the forms after «следующий») lacks: «за два дня», «через пять лет».
var spanUnits = map[string]bool{"дня": true, "дней": true, "недели": true, "недель": true, "месяца": true,
	"месяцев": true, "года": true, "лет": true, "час": true, "часа": true, "часов": true, "минут": true, "минуты": true, "суток": true}

// pluralEvent reports whether some noun reading of the word has a lemma of
// nouns: «выборов», whose likeliest lemma is «выбор», is «выборы» too
// («за месяц до прошлых выборов»).
func (x *Extractor) pluralEvent(w string) bool {
	return slices.ContainsFunc(x.A.Parse(strings.ToLower(w)), func(p morph.Parse) bool {
		_, ok := nouns[strings.ReplaceAll(p.Normal, "ё", "е")]
		return ok && p.Tag.POS() == morph.NOUN
	})
}
