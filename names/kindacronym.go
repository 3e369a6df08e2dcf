package names

import "strings"

// kindAcronyms are the acronyms of kinds of research and design
// institutions that a headline writes for the words the text spells out
// («Новосибирский НИИ измерительных приборов» in the headline,
// «Новосибирский научно-исследовательский институт измерительных приборов
// имени Ю. Е. Полищука» in the text), normalized.
var kindAcronyms = map[string]string{
	"нии":  "научно-исследовательский институт",
	"цнии": "центральный научно-исследовательский институт",
	"кб":   "конструкторское бюро",
	"окб":  "опытно-конструкторское бюро",
	"нпо":  "научно-производственное объединение",
	"нпп":  "научно-производственное предприятие",
}

// spelledKind reports whether the normalized name na, of two words or
// more, with its kind's acronym spelled out (kindAcronyms) is the
// normalized name nb, or nb without its eponym («… имени …»).
func spelledKind(na, nb string) bool {
	w := strings.Fields(na)
	if len(w) < 2 {
		return false
	}
	spelled := false
	for i, x := range w {
		if s, ok := kindAcronyms[x]; ok {
			w[i], spelled = s, true
		}
	}
	if !spelled {
		return false
	}
	x := strings.Join(w, " ")
	return x == nb || strings.HasPrefix(nb, x+" имени ")
}
