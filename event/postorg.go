package event

// postOrgOnly reports whether the sentence (inSent: indexes of ms) names
// the organization id only inside a PROFESSION mention, as the employer of
// a post: «Генеральный директор Би-би-си ушел в отставку» — Би-би-си is
// whom the director leaves, no agent of the dismissal (the relation
// model's AGENT), so it is given as a participant.
func postOrgOnly(ms []mention, inSent []int, id string) bool {
	return everyMention(ms, inSent, id, func(m mention) bool {
		if m.Type != "ORGANIZATION" {
			return false
		}
		for _, mi := range inSent {
			if p := ms[mi]; p.Type == "PROFESSION" && p.Start <= m.Start && m.End <= p.End && p.Span != m.Span {
				return true
			}
		}
		return false
	})
}
