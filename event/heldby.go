package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// chairVerbs are the lemmas of the verbs whose subject holds or chairs a
// meeting or session: «Его провели вице-премьеры».
var chairVerbs = map[string]bool{"провести": true, "вести": true, "открыть": true, "возглавить": true, "организовать": true, "проводить": true}

// heldBy adds as organizers of a meeting or session the persons a sentence
// with no event of its own names when it opens with a pronoun in the
// accusative and a verb of holding: «Накануне в Ташкенте прошло заседание
// межправительственной комиссии. Его провели вице-премьер России Алексей
// Оверчук и заместитель премьер-министра Узбекистана Жамшид Ходжаев». The
// event is the last meeting or session of the sentence before. out are the
// events, outSent their sentences, ms the mentions, bySent their indexes
// by sentence.
func (x *Extractor) heldBy(d *doc.Document, ms []mention, bySent map[int][]int, out []doc.Event, outSent []int) {
	told := map[int]bool{}
	for _, s := range outSent {
		told[s] = true
	}
	for si := 1; si < len(d.Sentences); si++ {
		toks := d.Sentences[si].Tokens
		if told[si] || len(toks) < 3 || !heldPronouns[strings.ToLower(toks[0].Text)] {
			continue
		}
		if l, _ := x.lemma(toks[1].Text); !chairVerbs[l] || !x.verbAt(toks, 1) {
			continue
		}
		k := -1
		for i := range out {
			if outSent[i] == si-1 && (out[i].Type == Meeting || out[i].Type == Session) {
				k = i
			}
		}
		if k < 0 {
			continue
		}
		for _, mi := range bySent[si] {
			if m := ms[mi]; m.Type == "PERSON" && !m.nested && !hasArg(&out[k], m.entity) {
				out[k].Arguments = append(out[k].Arguments, doc.Argument{Role: RoleOrganizer, Entity: m.entity})
				out[k].Participants = appendNew(out[k].Participants, m.entity)
			}
		}
	}
}

// heldPronouns are the accusative pronouns that open heldBy's sentences.
var heldPronouns = map[string]bool{"его": true, "ее": true, "её": true}
