package event

import "strings"

// recentHolder resolves a singular role phrase that names several holders
// of its post (resolve gives none) to the one of them the sentence before
// names: «Министр промышленности Денис Мантуров и глава республики Рустам
// Минниханов подписали соглашение. Министр и глава республики подписали
// также протокол» — «Министр» is Мантуров, though the story named
// another minister before. It returns nil when no holder or more than one
// is named in sentence si-1, and for a plural or leadership phrase.
func recentHolder(rp rolePhrase, hs []holder, ms []mention, bySent map[int][]int, si int) []string {
	if rp.plural || leadership[rp.key.head] || si == 0 {
		return nil
	}
	var cands []string
	for _, h := range hs {
		if h.key.head == rp.key.head && (h.key.of == rp.key.of || h.key.of == "" || rp.key.of == "") {
			cands = appendNew(cands, h.person)
		}
	}
	if len(cands) < 2 {
		return nil
	}
	named := ""
	for _, c := range cands {
		for _, mi := range bySent[si-1] {
			if ms[mi].entity == c && ms[mi].Type == "PERSON" {
				if named != "" && named != c {
					return nil
				}
				named = c
			}
		}
	}
	if named == "" {
		return nil
	}
	return []string{named}
}

// subjectHolders returns the persons a role phrase in the subject of a verb
// names: resolve's, else, with recent, recentHolder's. (Not for a
// statement: on NEREL train it gave three «заявил» an agent, «Президент
// США заявил» Барак Обама, «новый министр заявил» Эштон Картер, but
// «Президент имеет полномочия объявить» Марио Монти through a wrong
// WORKS_AS; NEREL marks no statement, so none of the three can be scored.)
func subjectHolders(rp rolePhrase, hs []holder, ms []mention, bySent map[int][]int, si int, recent bool) []string {
	if ps := resolve(rp, hs); len(ps) > 0 || !recent {
		return ps
	}
	if ps := recentHolder(rp, hs, ms, bySent, si); len(ps) > 0 {
		return ps
	}
	return kinHolder(rp, hs)
}

// kinHolder resolves a singular role phrase by a post of another name for
// the same role: the leaders of one body («глава республики» is the holder
// of «президент Республики Татарстан»: both heads in leaders, the same
// governed noun) and a bare «министр», the head of a ministry («глава
// Минпромторга России», «руководитель министерства»: a governed noun
// «министерство» or an abbreviation in «мин-»); «глава государства», the
// president («Медаль … глава государства вручил также …» after «Президент
// России Владимир Путин вручил …»). It returns the holder when
// there is exactly one, else nil.
func kinHolder(rp rolePhrase, hs []holder) []string {
	if rp.plural {
		return nil
	}
	var out []string
	for _, h := range hs {
		kin := leaders[rp.key.head] && leaders[h.key.head] && rp.key.of != "" && h.key.of == rp.key.of ||
			rp.key.head == "министр" && rp.key.of == "" && leaders[h.key.head] && ministry(h.key.of) ||
			rp.key.head == "глава" && rp.key.of == "государство" && h.key.head == "президент"
		if kin {
			out = appendNew(out, h.person)
		}
	}
	if len(out) != 1 {
		return nil
	}
	return out
}

// ministry reports whether the lemma l names a ministry: «министерство» or
// an abbreviation of one («минпромторг», «минфин», «минобороны»).
func ministry(l string) bool {
	return l == "министерство" || len(l) > len("мин") && strings.HasPrefix(l, "мин") && !strings.HasPrefix(l, "минут") && !strings.HasPrefix(l, "минимум")
}

// kinHead reports whether l is the head of a role phrase that kinHolder may
// resolve: a leader's post when some holder leads a body, «министр» when
// some holder leads a ministry.
func kinHead(l string, hs []holder) bool {
	for _, h := range hs {
		if leaders[h.key.head] && (leaders[l] || l == "министр" && ministry(h.key.of)) {
			return true
		}
	}
	return false
}
