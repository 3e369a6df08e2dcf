package names

// recentFull resolves a lone surname that the full names of several
// persons of the text share (count of them match it in cands): when each
// of its mentions comes after a mention of one and the same of them, the
// nearest before it, the surname is that person's — the news names a
// relative by the surname of the person it last spoke of: «сыновья
// Минтимера Шаймиева - Радик и Айрат. Кроме того, в апреле внучка
// Шаймиева Камиля вошла …» → Минтимер Шаймиев, though the text opens with
// «Тимур Шаймиев» (NEREL links the pair by ALTERNATIVE_NAME). A surname
// before every full name, or between two persons' mentions by turns,
// stays apart; a part of two words or more is left to the other tests.
func recentFull(part *group, cands []*group, count int, match func(part, full *group) bool) (*group, int) {
	if len(personFields(part.norm)) != 1 {
		return nil, count
	}
	fulls := matching(part, cands, match)
	var target *group
	for _, m := range part.mentions {
		var near *group
		at := -1
		for _, g := range fulls {
			for _, o := range g.mentions {
				if o.End <= m.Start && o.Start > at {
					near, at = g, o.Start
				}
			}
		}
		if near == nil || target != nil && near != target {
			return nil, count
		}
		target = near
	}
	if target == nil {
		return nil, count
	}
	return target, 1
}
