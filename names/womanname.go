package names

import (
	"sort"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// womanFirstName reports whether the dictionary itself knows a name's
// first word as a woman's first name in the nominative singular and as no
// man's first name in any case: «Аделина» (whose man's readings, the
// genitive and accusative of «Аделин», are the dictionary's surname). An
// indeclinable one (Мануэль, Кармен, which the dictionary reads as a
// woman's only) says nothing of the gender. The first word of a name is a
// first name, so such a name is a woman's: «Олимпийская чемпионка
// Сочи-2014 Аделина Сотникова поздравила» is no genitive of «Аделин Сотников», whatever the tagger
// reads after «Сочи-2014»; the surname agrees with the first name's gender
// (Сотникова, a woman's nominative). Only the nominative: other cases of
// the woman's name are left to the scoring (tried on every case, it lost
// NEREL train's «на Матильде д’Удекем д’ Акоз»). Alone, the word may be
// the surname: «Сталина» (Сталин's genitive, and a Soviet woman's first
// name). «Камиля», also the genitive of the man's Камиль, and «Ярослава»
// (Ярослав) keep both readings.
func womanFirstName(ps []morph.Parse) bool {
	woman := false
	for _, p := range ps {
		if p.Method() != morph.MethodDictionary || !p.Tag.Is(morph.Name) {
			continue
		}
		switch {
		case p.Tag.Gender() == morph.Masc || p.Tag.Is(morph.MsF):
			return false
		case p.Tag.Gender() == morph.Femn && p.Tag.Case() == morph.Nomn && p.Tag.Is(morph.Sing) && !p.Tag.Is(morph.Fixd):
			woman = true
		}
	}
	return woman
}

// manWithWomanName reports whether reading a person's name as a man's
// (gen) in an oblique case would make a man's of a first name the
// dictionary knows only as a woman's (womanFirstName).
func manWithWomanName(parses [][]morph.Parse, gen morph.Grammeme) bool {
	return gen == morph.Masc && len(parses) >= 2 && womanFirstName(parses[0])
}

// firstNameSubjectHints gives a person's name of one word that is the
// subject of the verb in the past singular right after it (subjectGender:
// «внучка Шаймиева Камиля вошла в совет директоров», «Первое место Аделина
// получила») the nominative and the verb's gender, when the dictionary
// knows the word as a first name in the nominative of that gender: the
// tagger reads «Камиля» as the genitive of the man's Камиль. A surname
// alone is left to the tagger («Сталина сменил Хрущёв» has another
// subject; Сталин is no first name). hints are the tagger's for m's one
// token; others are returned as they are.
func (c *Canonicalizer) firstNameSubjectHints(hints []Hint, toks []doc.Token, m doc.Mention) []Hint {
	if len(hints) != 1 {
		return hints
	}
	gender := subjectGender(toks, m, c.nominativeOf)
	if gender == 0 || !c.firstNameOf(m.Text, gender) {
		return hints
	}
	return []Hint{{Case: morph.Nomn, Gender: gender, Number: morph.Sing, Lemma: hints[0].Lemma, Proper: hints[0].Proper, Apposed: true}}
}

// firstNameOf reports whether the dictionary reads w as a first name in
// the nominative singular of gender gen.
func (c *Canonicalizer) firstNameOf(w string, gen morph.Grammeme) bool {
	for _, p := range c.A.Parse(w) {
		if p.Method() == morph.MethodDictionary && p.Tag.Is(morph.Name) && p.Tag.Case() == morph.Nomn && p.Tag.Is(morph.Sing) && p.Tag.Gender() == gen {
			return true
		}
	}
	return false
}

// indeclinable reports whether the dictionary reads w, and only as words
// that do not decline (Fixd): «замглавы», «врио».
func (c *Canonicalizer) indeclinable(w string) bool {
	seen := false
	for _, p := range c.A.Parse(w) {
		if p.Method() != morph.MethodDictionary || !p.Tag.Is(morph.Fixd) {
			return false
		}
		seen = true
	}
	return seen
}

// womanSubjectHints gives a person's name of two words whose surname does
// not decline (indeclinable: Левченко, Шевчук's like of the dictionary) and
// whose first word the dictionary reads as a woman's first name in the
// nominative the nominative and the feminine, when a verb in the feminine
// past singular follows it: «Адвокат осужденного Марина Левченко заявила»
// was read as the genitive of the man's «Марин» after «осужденного», and
// an indeclinable surname gives nothing against it. A surname that
// declines tells the case itself («адвокат Александра Кокорина заявила»
// stays the tagger's).
func (c *Canonicalizer) womanSubjectHints(hints []Hint, toks []doc.Token, m doc.Mention) []Hint {
	ws := strings.Fields(m.Text)
	if len(hints) != 2 || len(ws) != 2 || hints[0].Apposed && hints[0].Case != morph.Nomn {
		return hints
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.End })
	if i >= len(toks) || pastGender(toks[i]) != morph.Femn || !c.indeclinable(ws[1]) || !c.firstNameOf(ws[0], morph.Femn) {
		return hints
	}
	out := append([]Hint(nil), hints...)
	for k := range out {
		out[k].Case, out[k].Gender, out[k].Number, out[k].Apposed = morph.Nomn, morph.Femn, morph.Sing, true
	}
	out[0].Lemma = ""
	return out
}
