package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// ownerStems are the stems of the nouns of one who owns an organization or
// a share of it: владелец, совладелец, владелица, акционер, собственник
// (not the verb «владел»).
var ownerStems = []string{"владелец", "владельц", "владелиц", "совладел", "акционер", "собственниц", "собственник"}

// ownersOrganization reports whether t, an organization, follows an owner
// noun (ownerStems) with at most two words between, each a legal form or a
// lower-case word other than a verb of being («совладелец „Новатэка“»,
// «ключевого акционера ОАО „Уралкалий“», «владелец футбольного клуба
// „Челси“»), and the person h is the owner the noun names: right after t
// («… „Уралкалий“ Сулеймана Керимова»), or right before the noun past a
// comma or a dash («Тимченко, совладелец „Новатэка“»), or its subject past
// a verb of being («Боос является владельцем холдинга …»). h owns t, he
// does not work there: NEREL v1.1 train and dev give such pairs OWNER_OF
// («Сулейман Керимов OWNER_OF Уралкалий», «Дарья Жукова OWNER_OF Kova &
// T»), never WORKPLACE.
func ownersOrganization(text []rune, h, t doc.Mention) bool {
	if t.Type != "ORGANIZATION" {
		return false
	}
	p := t.Start
	for range 3 {
		w, at := previousWord(text, p)
		if w == "" {
			return false
		}
		for _, s := range ownerStems {
			if strings.HasPrefix(w, s) {
				return ownerNamed(text, h, t, at)
			}
		}
		if isAny(w, beingVerbs...) || !legalForms[string(text[at:at+len([]rune(w))])] && !tokenize.StartsLower(string(text[at:at+len([]rune(w))])) {
			return false
		}
		p = at
	}
	return false
}

// ownerNamed reports whether the person h is the one the owner noun at
// noun names, t being the organization after the noun (ownersOrganization).
func ownerNamed(text []rune, h, t doc.Mention, noun int) bool {
	if h.Start >= t.End {
		return strings.Trim(string(text[t.End:h.Start]), " »\"") == ""
	}
	if h.End > noun {
		return false
	}
	gap := strings.TrimSpace(string(text[h.End:noun]))
	return gap == "," || gap == "—" || gap == "–" || isAny(gap, beingVerbs...)
}
