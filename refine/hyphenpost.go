package refine

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// personNouns are the lemmas of the nouns of a person's sex, age or kin,
// and of a role NEREL train does not tag as a post (автор 3 of 45 times,
// участник, житель, победитель, сторонник never), that open a hyphenated
// post without being one («женщина-генпрокурор», «девушка-балерина»,
// «автор-исполнитель»).
var personNouns = map[string]bool{"автор": true, "участник": true, "житель": true, "победитель": true, "сторонник": true, "женщина": true, "мужчина": true, "девушка": true, "парень": true, "девочка": true,
	"мальчик": true, "человек": true, "ребёнок": true, "подросток": true, "мать": true, "отец": true, "сын": true,
	"дочь": true, "брат": true, "сестра": true, "жена": true, "муж": true, "старик": true, "юноша": true}

// hyphenPostHeads adds, for a PROFESSION of one hyphenated word X-Y that
// the dictionary does not know whole («писатель-фронтовик»,
// «журналиста-расследователя», «Композитор-неоклассик»,
// «врач-реаниматолог», not «премьер-министр» nor «генерал-майор»), the
// PROFESSION of its first part when that is an animate noun of the
// dictionary of four letters or more (not «поп-певицы», «бас-гитаристе»), not one of a person's sex, age or kin (personNouns), and no
// mention of its own: the post the qualifier after the hyphen narrows.
// NEREL tags the first part so whether or not it tags the whole as well
// («президент-республиканец», «шпиона-перебежчика», «пилота-инструктора»;
// not «боксёр-тяжеловес», «актер-режиссер»): on train the rule adds 49
// first parts, 26 of them right (the recognizer leaves them out there
// too), on dev 6, all right («писатель» of «писатель-фронтовик», «врач»
// of «врач-реаниматолог», «воин» of «воин-интернационалист»).
func (r *Refiner) hyphenPostHeads(text []rune, ms []doc.Mention) []doc.Mention {
	starts := lazySpans{ms: ms}
	var added []doc.Mention
	for _, m := range ms {
		head, tail, ok := strings.Cut(m.Text, "-")
		if m.Type != "PROFESSION" || !ok || utf8.RuneCountInString(head) < 4 || tail == "" || strings.ContainsAny(m.Text, " «\"") || strings.Contains(tail, "-") {
			continue
		}
		if slices.ContainsFunc(r.parse(m.Text), func(p morph.Parse) bool {
			return p.Method() == morph.MethodDictionary && p.Tag.POS() == morph.NOUN
		}) {
			continue // a compound of its own: «премьер-министр», «генерал-майор»
		}
		if !slices.ContainsFunc(r.parse(head), func(p morph.Parse) bool {
			return p.Method() == morph.MethodDictionary && p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Anim) && !properTag(p) && !personNouns[p.Normal]
		}) {
			continue
		}
		sp := doc.Span{Start: m.Start, End: m.Start + len([]rune(head))}
		if !starts.has(sp) {
			starts.add(sp)
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PROFESSION"})
		}
	}
	return withAdded(ms, added)
}
