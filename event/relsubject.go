package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// relativeSubject returns the entity of the PERSON mention that a
// nominative «который» right before the verb at toks[v] stands for, the
// name just before its comma: «сменит Роберта Мюллера, который вступил в
// эту должность» — Мюллер is the one appointed. "" if none. The verb's
// subject stretch stops at the comma, so the person is otherwise lost.
func relativeSubject(toks []doc.Token, ms []mention, inSent []int, v int) string {
	if v > 0 && auxBe[strings.ToLower(toks[v-1].Text)] {
		v-- // «, который был арестован»
	}
	if v < 2 || toks[v-2].Text != "," {
		return ""
	}
	switch strings.ToLower(toks[v-1].Text) {
	case "который", "которая", "которые":
	default:
		return ""
	}
	for _, mi := range inSent {
		if m := ms[mi]; !m.nested && m.Type == "PERSON" && m.End == toks[v-2].Start {
			return m.entity
		}
	}
	return ""
}

// auxBe are the past forms of «быть» before a short participle.
var auxBe = map[string]bool{"был": true, "была": true, "были": true, "было": true}
