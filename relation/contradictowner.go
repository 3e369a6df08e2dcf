package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// ownerStems are the stems of the nouns of one who owns an organization or
// a share of it: владелец, совладелец, владелица, акционер, собственник.
var ownerStems = []string{"владел", "совладел", "акционер", "собственниц", "собственник"}

// ownersOrganization reports whether t, an organization, follows an owner
// noun (ownerStems) at most three words before it with no punctuation but
// quotes between («совладелец „Новатэка“», «ключевого акционера ОАО
// „Уралкалий“», «владелец футбольного клуба „Челси“»), and the person h
// stands within 60 characters of that noun in its sentence: h owns t, he
// does not work there. NEREL v1.1 train gives such pairs OWNER_OF
// («Сулейман Керимов OWNER_OF Уралкалий», «Дарья Жукова OWNER_OF Kova &
// T»), never WORKPLACE.
func ownersOrganization(text []rune, h, t doc.Mention) bool {
	if t.Type != "ORGANIZATION" {
		return false
	}
	p := t.Start
	for range 4 {
		w, at := previousWord(text, p)
		if w == "" {
			return false
		}
		for _, s := range ownerStems {
			if strings.HasPrefix(w, s) {
				return near(text, h, at, at+len([]rune(w)))
			}
		}
		p = at
	}
	return false
}

// near reports whether the mention m lies within 60 characters of the
// span [s, e) with no sentence end between.
func near(text []rune, m doc.Mention, s, e int) bool {
	a, b := m.End, s
	if m.Start >= e {
		a, b = e, m.Start
	}
	if b-a > 60 || b < a {
		return b < a
	}
	return !strings.ContainsAny(string(text[a:b]), ".!?")
}
