package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// courtMeasure reports whether the verb at toks[v], of lemma l, tells a
// measure of a court or an inquiry, not the event its lemma names:
// «избрать» whose object is «мера» up to five words after it in its clause
// («избрал меру пресечения», «избрать в отношении Хотина меру пресечения»:
// no election), or «объявить» followed by «в розыск» past adjectives
// («объявлен в международный розыск»: no statement; NEREL train's EVENT
// mentions take the whole «объявлен в международный розыск»).
func (x *Extractor) courtMeasure(toks []doc.Token, v int, l string) bool {
	if v < 0 || v+1 >= len(toks) {
		return false
	}
	switch l {
	case "избрать":
		for j := v + 1; j < len(toks) && j <= v+5; j++ {
			if strings.ContainsAny(toks[j].Text, ",;:.!?—«»()") {
				return false
			}
			if m, pos := x.lemma(toks[j].Text); m == "мера" && pos == morph.NOUN {
				return true
			}
		}
	case "объявить":
		if !strings.EqualFold(toks[v+1].Text, "в") {
			return false
		}
		for j := v + 2; j < len(toks) && j <= v+4; j++ {
			m, pos := x.lemma(toks[j].Text)
			if m == "розыск" {
				return true
			}
			if pos != morph.ADJF {
				return false
			}
		}
	}
	return false
}
