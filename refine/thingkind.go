package refine

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// thingKindRetypable reports whether quotedOrganizations retypes a quoted
// name of type had, right after a kind noun of type kind, to kind beside
// the types it always retypes: a product's or a facility's name read as a
// NUMBER or a WORK_OF_ART («ракета-носитель „Ангара-А5“» a NUMBER, «станции
// метро „Наука“» a WORK_OF_ART), and a product's name read as a FACILITY
// («ракета-носитель „Ангара“»). The whole quoted name is never a number,
// and a work's title is introduced by a noun of a work, not of a thing.
func thingKindRetypable(kind, had string) bool {
	switch kind {
	case "PRODUCT":
		return had == "NUMBER" || had == "WORK_OF_ART" || had == "FACILITY"
	case "FACILITY":
		return had == "NUMBER" || had == "WORK_OF_ART"
	}
	return false
}

// productRepeatTypes are the types productRepeats retypes.
var productRepeatTypes = map[string]bool{
	"ORGANIZATION": true, "FACILITY": true, "WORK_OF_ART": true, "PERSON": true, "NUMBER": true,
	"LOCATION": true, "CITY": true, "COUNTRY": true, "STATE_OR_PROVINCE": true, "DISTRICT": true,
}

// productRepeats makes a one-word name in «guillemets» a PRODUCT when its
// lemma is that of the name of a quoted PRODUCT of the document that is a
// name and a model's designation (designation) after a hyphen or a space:
// «Ракета „Ангара-А5“ стартовала … пуск „Ангары“» (a FACILITY),
// «„Протон-М“ … пуск „Протона“» (an ORGANIZATION); not «Яндекс» of
// «„Яндекс Браузер“», the company. NEREL train repeats a spacecraft's name so in 3
// documents («корабль „Союз ТМА-08М“ … „Союз“»): the repeat is a gold
// PRODUCT 3 of 3, which the recognizer already gets, and the rule changes
// no mention of train or dev. A name right after a kind noun of its own
// (завода «Москвич») keeps the kind's type.
func (r *Refiner) productRepeats(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var names []string // the lemmas of the products' first words
	for _, m := range ms {
		if m.Type != "PRODUCT" || !quotedSpan(text, m.Span) {
			continue
		}
		w, tail, ok := strings.Cut(m.Text, "-")
		if sp := strings.IndexByte(m.Text, ' '); sp >= 0 && (!ok || sp < len(w)) {
			w, tail, ok = m.Text[:sp], m.Text[sp+1:], true
		}
		if ok && designation(tail) && tokenize.IsWord(w) && tokenize.StartsUpper(w) {
			names = append(names, r.facts(w).lemmas...)
		}
	}
	if len(names) == 0 {
		return ms
	}
	return retyped(ms, func(m doc.Mention) string {
		if !productRepeatTypes[m.Type] || !quotedSpan(text, m.Span) || !tokenize.IsWord(m.Text) || !tokenize.StartsUpper(m.Text) {
			return ""
		}
		if !slices.ContainsFunc(r.facts(m.Text).lemmas, func(l string) bool { return slices.Contains(names, l) }) {
			return ""
		}
		toks := sentenceTokens(sents, m)
		if i, _ := mentionTokens(toks, m); i >= 2 && r.kindBefore(toks[i-2].Text) != "" {
			return "" // завода «Москвич»
		}
		return "PRODUCT"
	})
}

// designation reports whether s is a model's designation after its name:
// it holds a digit or no lower-case letter («А5», «М», «ТМА-08М»,
// «2.1б»; not «Браузер» of «Яндекс Браузер»).
func designation(s string) bool {
	if s == "" {
		return false
	}
	return strings.ContainsFunc(s, unicode.IsDigit) || !strings.ContainsFunc(s, unicode.IsLower)
}

// quotedSpan reports whether sp is right between an opening and a closing
// guillemet of text.
func quotedSpan(text []rune, sp doc.Span) bool {
	return sp.Start >= 1 && sp.End < len(text) && text[sp.Start-1] == '«' && text[sp.End] == '»'
}
