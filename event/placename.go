package event

import "github.com/factgraph/factgraph/doc"

// inPlaceName reports whether span lies inside a place mention of the
// sentence whose mentions (indexes into ms) are sent: the «Генерала» of
// «на улице Генерала Тюленева» names the street, not a general who takes
// part in the sentence's event.
func inPlaceName(ms []mention, sent []int, span doc.Span) bool {
	for _, mi := range sent {
		if m := ms[mi]; placeTypes[m.Type] && m.Span != span && m.Span.Contains(span) {
			return true
		}
	}
	return false
}
