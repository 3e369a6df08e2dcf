package event

// postNamedOnly reports whether the sentence (its mentions inSent) names
// the place id only inside another mention, most often a post («президент
// Египта», «посол России в Индии»): among the places the relations give an
// event, such a place yields to one the sentence names on its own
// («Президент Египта прибыл в Россию»: Россия, not Египет). The relations
// read the post's state as a place of the event too.
func postNamedOnly(ms []mention, inSent []int, id string) bool {
	if id == "" {
		return false
	}
	seen := false
	for _, mi := range inSent {
		if m := ms[mi]; m.entity == id {
			if !m.nested {
				return false
			}
			seen = true
		}
	}
	return seen
}
