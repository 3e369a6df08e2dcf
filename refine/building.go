package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// buildingNouns are the lemmas of nouns that open the capitalized name of
// a building: «Дворец Независимости», «Собор Парижской Богоматери»,
// «Храме Христа Спасителя», «Башня Монпарнас». NEREL train tags the names
// of two words or more opening with them FACILITY every time (собор 5,
// храм 2, башня 7; it has no дворец). Мост is left out: train's «Мост
// Ватерлоо» are paintings; театр and музей open organizations' names.
var buildingNouns = map[string]bool{"дворец": true, "собор": true, "храм": true, "башня": true}

// buildingType makes a mention of two words or more that opens with a
// capitalized building noun (buildingNouns) a FACILITY, whatever type the
// recognizer gave it («Дворце Независимости» read as an EVENT).
//
// A name that ends in a capitalized «Арена» («Газпром Арене», «Казань
// Арена») is one too: NEREL train and dev tag all five so.
//
// So is a headquarters named by its owner, whatever the case of its first
// letter: «штаб-квартира ЕвроХима», which the recognizer reads as a post
// or a place. NEREL v1.1 train tags both such mentions FACILITY
// («Штаб-квартира ФСБ России», «штаб-квартире ФСЭГ»: the rule retypes the
// second, a LOCATION before).
func (r *Refiner) buildingType(m doc.Mention) doc.Mention {
	if m.Type == "FACILITY" {
		return m
	}
	first, last, many := outerFields(m.Text)
	if !many {
		return m
	}
	if c, _ := decodeFirst(first); tokenize.IsUpper(c) && anyIn(r.nounLemmas(first), buildingNouns) {
		m.Type = "FACILITY"
	}
	if c, _ := decodeFirst(last); tokenize.IsUpper(c) && slices.Contains(r.nounLemmas(last), "арена") {
		m.Type = "FACILITY"
	}
	if headquarters(first) {
		m.Type = "FACILITY"
	}
	return m
}

// headquarters reports whether w is a form of «штаб-квартира», in any case
// of its letters.
func headquarters(w string) bool {
	s, ok := strings.CutPrefix(fold(w), "штаб-квартир")
	return ok && (s == "а" || s == "ы" || s == "е" || s == "у" || s == "ой" || s == "ою")
}
