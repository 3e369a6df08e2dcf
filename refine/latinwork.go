package refine

import "github.com/factgraph/factgraph/doc"

// latinWorks makes an ORGANIZATION that is a name in Latin letters right
// after a noun of a kind of work (workHeads) a WORK_OF_ART: «дебютировал
// с треком Firestarter», «выпустил новый альбом Blackstar», «песню Gangnam
// Style». A name the document also has as an ORGANIZATION elsewhere is the
// band's, the genitive of its author, and stays («альбома U2», «альбомов The
// Doors», «Среди альбомов The Prodigy»). NEREL train tags the name after such
// a noun a WORK_OF_ART in 12 of its 17 cases, the other 5 the band's names
// the rule leaves; the recognizer reads Latin names as organizations.
func (r *Refiner) latinWorks(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	orgs := map[string]int{}
	for _, m := range ms {
		if m.Type == "ORGANIZATION" {
			orgs[m.Text]++
		}
	}
	var out []doc.Mention
	latinAfterWord(sents, func(toks []doc.Token, i, j int) {
		if !anyIn(r.nounLemmas(toks[i-1].Text), workHeads) {
			return
		}
		sp := doc.Span{Start: toks[i].Start, End: toks[j].End}
		for k, m := range ms {
			if m.Span == sp && m.Type == "ORGANIZATION" && orgs[m.Text] == 1 {
				out = own(out, ms)
				out[k].Type = "WORK_OF_ART"
			}
		}
	})
	if out == nil {
		return ms
	}
	return out
}
