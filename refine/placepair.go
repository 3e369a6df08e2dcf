package refine

import "github.com/factgraph/factgraph/doc"

// placePairOrganizations drops an ORGANIZATION that is a town's CITY
// mention, a space and a STATE_OR_PROVINCE mention: «в Нижнем Тагиле
// Свердловской области», which the recognizer also read as one body's
// name. A town and its region are two places; NEREL v1.1 train and dev
// have no organization so made.
func placePairOrganizations(text []rune, ms []doc.Mention) []doc.Mention {
	var towns map[int]int // (end of each CITY mention by its start)
	for _, m := range ms {
		if m.Type == "CITY" {
			if towns == nil {
				towns = map[int]int{}
			}
			towns[m.Start] = max(towns[m.Start], m.End)
		}
	}
	if towns == nil {
		return ms
	}
	regions := spansOf(ms, "STATE_OR_PROVINCE")
	return without(ms, "ORGANIZATION", func(m doc.Mention) bool {
		end, ok := towns[m.Start]
		return ok && end+1 < m.End && text[end] == ' ' && regions[doc.Span{Start: end + 1, End: m.End}]
	})
}
