package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// ownerOfSubsidiary reports whether organization m, the earlier of the two
// a name relation would join, follows a noun phrase of a subsidiary
// («дочерняя компания „Ростелекома“ — РТК-ЦОД», «дочерней структуры
// „Газпрома“»): it names the owner of the organization named next, not
// that organization by another name. One of the two words before it opens
// with «дочерн».
func ownerOfSubsidiary(text []rune, m doc.Mention) bool {
	w, at := previousWord(text, m.Start)
	for range 2 {
		if w == "" {
			return false
		}
		if strings.HasPrefix(w, "дочерн") {
			return true
		}
		w, at = previousWord(text, at)
	}
	return false
}

// othersClause reports whether organization t lies in a relative clause
// («, который …») that follows another person named between person h and
// t: «Кравцова сменила на посту Степана Ковальчука, который перешёл на
// работу в „Газпром-Медиа“» — the clause tells of Ковальчук, not of h.
func othersClause(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if h.End > t.Start {
		return false
	}
	for _, p := range mentions {
		if p.Type != "PERSON" || p.Start < h.End || p.End > t.Start {
			continue
		}
		between := string(text[p.End:t.Start])
		if strings.HasPrefix(between, ", котор") && !strings.ContainsAny(between, ".!?;") {
			return true
		}
	}
	return false
}
