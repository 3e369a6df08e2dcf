package relation

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
)

// honoree reports whether the person p stands right after «имени» or
// after «имени» and a title in lower case («института имени П. Н.
// Лебедева», «имени академика Курчатова»; not after another name,
// «Директор НМИЦ имени Мешалкина Александр Чернявский») and «имени»
// follows a noun, not «по» («мальчик по имени
// Антон» is a person of the text): an institution, a prize or a street is
// named after p, who holds no post there and works there no more
// (WORKS_AS, WORKPLACE). The recognizer's pairs put the person named next
// to a post in the sentence («Ученые Института общей физики РАН и
// Физического института имени П. Н. Лебедева»: Лебедев WORKS_AS
// «ученые»).
func honoree(text []rune, p doc.Mention) bool {
	if p.Type != "PERSON" || !namesakeOf(text, p.Start) {
		return false
	}
	at := p.Start
	for range 3 {
		w, i := previousWord(text, at)
		if w == "" {
			return false
		}
		if w == "имени" {
			return wordBefore(text, i) != "по"
		}
		if !unicode.IsLower(text[i]) {
			// another name between: «Директор НМИЦ имени Мешалкина
			// Александр Чернявский» is the director, not the honoree
			return false
		}
		at = i // a title: «имени академика Курчатова»
	}
	return false
}

// titleBefore reports whether the post t ends right before the person p,
// only spaces between: the honoree's own title («имени академика Е. Н.
// Мешалкина», whose «академик» he was), which honoree leaves him.
func titleBefore(text []rune, t, p doc.Mention) bool {
	if t.End > p.Start {
		return false
	}
	return strings.TrimSpace(string(text[t.End:p.Start])) == ""
}

// newsSource reports whether the organization t is the source named by a
// sentence «Об этом сообщил(и) …» that opens after the person h's
// sentence («Федянин стал лауреатом премии… Об этом сообщил Институт
// теоретической и экспериментальной физики.»): the body that tells the
// news, not the person's employer (WORKPLACE).
func newsSource(text []rune, h, t doc.Mention) bool {
	if t.Type != "ORGANIZATION" || h.End > t.Start {
		return false
	}
	verb, i := previousWord(text, t.Start)
	if !reportingVerb(verb) {
		return false
	}
	w2, j := previousWord(text, i)
	w1, k := previousWord(text, j)
	if w1 != "об" || w2 != "этом" {
		return false
	}
	// the sentence of «Об этом» opens after h
	before := strings.TrimRight(string(text[h.End:k]), " \t\n")
	return strings.ContainsAny(before, ".!?")
}

// reportingVerb reports whether w opens with a stem of reportingVerbStems.
func reportingVerb(w string) bool {
	for _, s := range reportingVerbStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}
