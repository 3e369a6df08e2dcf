package event

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// signedPlaces are the entity types a «подписанный в …» places a signing in.
var signedPlaces = map[string]bool{"CITY": true, "COUNTRY": true, "STATE_OR_PROVINCE": true, "FACILITY": true}

// signedBy completes the signing told just before (one sentence at most
// between) from a sentence that opens with the paper resumed and the
// participle of «подписать» («Соглашение, подписанное Никитиным и
// генеральным директором компании Андреем Ивановым, предусматривает …»,
// «Документ, подписанный в Казани, …»): the persons named in the
// participle's phrase (up to its closing comma or dash) are the signing's
// agents, and a place after «в» its place when it has none; the headline's
// signing is the one the lead's sentence after it completes. The sentence
// itself tells no signing (the participle is no trigger: a second event is
// not made, and the first one gains its signers).
func (x *Extractor) signedBy(d *doc.Document, ms []mention, bySent map[int][]int, out []doc.Event, outSent []int) {
	for si, s := range d.Sentences {
		toks := s.Tokens
		p := 1
		if len(toks) > 2 && toks[1].Text == "," {
			p = 2
		}
		if len(toks) < p+3 {
			continue
		}
		if l, pos := x.lemma(toks[0].Text); !signedPapers[l] || pos != morph.NOUN {
			continue
		}
		if l, pos := x.lemma(toks[p].Text); l != "подписать" || pos != morph.PRTF {
			continue
		}
		end := len(toks) - 1
		for k := p + 1; k < len(toks); k++ {
			if toks[k].Text == "," || toks[k].Text == "—" || toks[k].Text == "–" {
				end = k
				break
			}
		}
		k := -1
		for i := len(out) - 1; i >= 0; i-- {
			if outSent[i] == si && out[i].Type == Signing {
				k = -1
				break // the sentence's own signing
			}
			// (the headline's signing, which the lead told again)
			ofHeadline := outSent[i] == 0 && headline(d.Sentences[0]) && si <= leadSentences+1
			if outSent[i] < si && (outSent[i] >= si-2 || ofHeadline) && out[i].Type == Signing && k < 0 {
				k = i
			}
		}
		if k < 0 {
			continue
		}
		for _, mi := range bySent[si] {
			m := ms[mi]
			if m.nested || m.entity == "" || m.Start < toks[p].End || m.End > toks[end].Start {
				continue
			}
			switch {
			case m.Type == "PERSON":
				addParticipant(&out[k], doc.Argument{Role: RoleAgent, Entity: m.entity})
			case signedPlaces[m.Type] && out[k].Place == "" && afterIn(toks, m):
				out[k].Place = m.entity
				out[k].Arguments = append(out[k].Arguments, doc.Argument{Role: RolePlace, Entity: m.entity})
			}
		}
	}
}

// afterIn reports whether the mention m follows «в» or «во».
func afterIn(toks []doc.Token, m mention) bool {
	i := tokenAt(toks, m.Start)
	return i > 0 && (toks[i-1].Text == "в" || toks[i-1].Text == "во" || toks[i-1].Text == "В")
}
