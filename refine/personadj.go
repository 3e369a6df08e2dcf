package refine

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// personAdjectiveEndings are the endings a full adjective in -ск- takes
// after the suffix (шукшинск|ие, сталинск|ого).
var personAdjectiveEndings = []string{"ий", "ая", "ое", "ие", "ого", "ой", "ому", "ую", "им", "их", "ими", "ом"}

// personAdjectives adds a PERSON over an adjective in -ский made from the
// surname of a person the same text names: «Шукшинские дни на Алтае» with
// «Василий Шукшин», «со "зворыкинским" телескопом» with «В.Зворыкин»,
// «цена сталинского прорыва» with «со Сталиным». NEREL nests the person
// of such an adjective, capitalized or not (train: «лужковской команды»,
// «горбачевской перестройки», «Шукшинской литературной премии»); the
// recognizer finds those it saw and misses the rest. The adjective's stem
// is the surname's lemma (in -ин, -ын, -ов, -ев), or the lemma and -ов-,
// -ев- (шекспировского of Шекспир). Not over a word some other mention is
// exactly (a metro station's name «Войковская» in train is a FACILITY
// alone), nor over one a PERSON or a COUNTRY covers («Саудовской Аравии»
// with a prince «ас-Сауд»). Only the surnames the dictionary knows as such,
// or does not know at all: not «Иоанна Богослова» (богословскую).
func (r *Refiner) personAdjectives(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var stems map[string]bool
	for _, m := range ms {
		if m.Type != "PERSON" {
			continue
		}
		w := m.Text[strings.LastIndexAny(m.Text, " .\u00a0")+1:]
		if !cyrillicName(w) {
			continue
		}
		for _, p := range r.parse(w) {
			if l := fold(p.Normal); p.Tag.POS() == morph.NOUN && (p.Tag.Is(morph.Surn) || p.Method() != morph.MethodDictionary) && utf8.RuneCountInString(l) >= 4 {
				if stems == nil {
					stems = map[string]bool{}
				}
				stems[l] = true
			}
		}
	}
	if stems == nil {
		return ms
	}
	exact := lazySpans{ms: ms}
	var added []doc.Mention
	for _, s := range sents {
		for _, t := range s.Tokens {
			if !strings.Contains(t.Text, "ск") || exact.has(t.Span) || !r.personAdjectiveStem(fold(t.Text), stems) || overlapsType(ms, t.Span, "PERSON") || overlapsType(ms, t.Span, "COUNTRY") {
				continue
			}
			added = append(added, doc.Mention{Span: t.Span, Text: t.Text, Type: "PERSON"})
		}
	}
	return withAdded(ms, added)
}

// personAdjectiveStem reports whether w (folded) is a full adjective in
// -ск- whose stem is one of stems (surnames' lemmas), directly or with
// -ов-, -ев- between (шекспир|ов|ск|ого).
func (r *Refiner) personAdjectiveStem(w string, stems map[string]bool) bool {
	for _, e := range personAdjectiveEndings {
		stem, ok := strings.CutSuffix(w, "ск"+e)
		if !ok {
			continue
		}
		if stems[stem] && (strings.HasSuffix(stem, "ин") || strings.HasSuffix(stem, "ын") || strings.HasSuffix(stem, "ов") || strings.HasSuffix(stem, "ев")) {
			return r.adjectiveReadings(w) != 0
		}
		for _, s := range []string{"ов", "ев"} {
			if base, ok := strings.CutSuffix(stem, s); ok && stems[base] {
				return r.adjectiveReadings(w) != 0
			}
		}
	}
	return false
}
