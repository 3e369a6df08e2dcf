package event

import (
	"github.com/factgraph/factgraph/doc"
)

// nonhumanLemmas are the lemmas of the animals and plants whose death
// («гибель рыбы», «гибели птиц», «гибель леса») is an environmental
// incident, no person's DEATH: the event has no victim among the persons
// a DEATH is read for.
var nonhumanLemmas = map[string]bool{
	"рыба": true, "рыбка": true, "малек": true, "птица": true, "животное": true, "скот": true, "пчела": true,
	"тюлень": true, "нерпа": true, "дельфин": true, "кит": true, "касатка": true, "морж": true, "краб": true,
	"моллюск": true, "олень": true, "лось": true, "медведь": true, "корова": true, "свинья": true,
	"овца": true, "лошадь": true, "птенец": true, "водоплавающий": true, "утка": true, "лебедь": true,
	"лес": true, "дерево": true, "насаждение": true, "посев": true, "урожай": true, "растение": true,
}

// deathNouns are the lemmas of the nouns of a DEATH that take the one who
// died in the genitive right after them.
var deathNouns = map[string]bool{"гибель": true, "смерть": true, "падеж": true}

// nonhumanDeath reports whether the EVENT mention sp of sentence tokens
// toks ends in a noun of deathNouns whose genitive, right after it (an
// adjective between allowed: «гибель краснокнижных птиц»), names an animal
// or a plant (nonhumanLemmas): «Массовая гибель рыбы зафиксирована в
// реке Миасс». NEREL v1.1 train and dev have no such death.
func (x *Extractor) nonhumanDeath(toks []doc.Token, sp doc.Span) bool {
	first, last := doc.TokenRange(toks, sp)
	if first < 0 {
		return false
	}
	if l, _ := x.lemma(toks[last].Text); !deathNouns[l] {
		return false
	}
	for j := last + 1; j < min(len(toks), last+3); j++ {
		if l, _ := x.lemma(toks[j].Text); nonhumanLemmas[l] {
			return true
		}
	}
	return false
}

// accessLemmas are the lemmas of the words that make «посещение» the
// access to a place that is limited, banned, opened or advised against,
// no visit held: «ограничит посещение ряда туристических маршрутов»,
// «запрет на посещение Израиля», «открыт для посещения», «воздерживаться
// от посещений Сирии».
var accessLemmas = map[string]bool{
	"ограничить": true, "ограничивать": true, "ограничение": true, "запретить": true, "запрещать": true,
	"запрет": true, "закрыть": true, "закрывать": true, "приостановить": true, "открыть": true,
	"открытый": true, "доступный": true, "воздерживаться": true, "воздержаться": true, "разрешить": true,
	"разрешение": true, "для": true,
}

// accessOnly reports whether the noun «посещение» at toks[k] follows, by
// up to three words (a preposition between), a word of accessLemmas: the
// noun names access to a place, not a visit. NEREL v1.1 train and dev tag
// none of their ten «посещение» an EVENT.
func (x *Extractor) accessOnly(toks []doc.Token, k int) bool {
	if k < 0 {
		return false
	}
	if l, _ := x.lemma(toks[k].Text); l != "посещение" {
		return false
	}
	for j := max(0, k-3); j < k; j++ {
		if l, _ := x.lemma(toks[j].Text); accessLemmas[l] {
			return true
		}
	}
	return false
}
