package refine

import "github.com/factgraph/factgraph/doc"

// weaponAcronyms are the acronyms of kinds of arms and military equipment
// (productHeads), common nouns written in capitals: РЛС (a radar), ЗРК, ЗРС,
// ЗРПК (air-defence systems), ПТРК, БТР, БМП, БПЛА, БЛА. Folded.
var weaponAcronyms = map[string]bool{"рлс": true, "зрк": true, "зрс": true, "зрпк": true, "птрк": true,
	"бтр": true, "бмп": true, "бпла": true, "бла": true}

// weaponKinds drops an ORGANIZATION that is one of weaponAcronyms alone:
// «испытал новую РЛС» names a kind of device, no body. NEREL v1.1 train
// and dev tag none of these acronyms (train has «гособоронзаказа» and
// «ПВО» near them, no РЛС or ЗРК); the recognizer reads a short word in
// capitals as an organization's acronym.
func (r *Refiner) weaponKinds(ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(weaponAcronyms) {
		return ms
	}
	return without(ms, "ORGANIZATION", func(m doc.Mention) bool { return weaponAcronyms[fold(m.Text)] && cyrillicAcronym(m.Text) })
}
