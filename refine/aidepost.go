package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// aideLemmas are the nouns of a post that serves a person holding another
// post: «пресс-секретарь президента», «советник премьера».
var aideLemmas = map[string]bool{"пресс-секретарь": true, "советник": true, "помощник": true, "помощница": true, "спецпредставитель": true}

// exPostAides adds, for a one-word PROFESSION of aideLemmas followed by
// «экс-» and a PROFESSION after the prefix, the PROFESSION over both, to
// the end of the longest post there: «пресс-секретарю» + «экс-» +
// «президента США» → «пресс-секретарю экс-президента США». The recognizer
// runs an aide over the post he serves («Пресс-секретарь президента РФ»:
// NEREL v1.1 train 22 of 22 «пресс-секретарь» + post, 3 of 3 «советник»),
// but not over the word «экс-…», which it reads whole while exPrefix
// starts the post after the prefix.
func (r *Refiner) exPostAides(text []rune, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(aideLemmas) {
		return ms
	}
	ends := longestEnds(ms, "PROFESSION")
	have := spansOf(ms, "PROFESSION")
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "PROFESSION" || strings.Contains(m.Text, " ") || m.End+5 >= len(text) || text[m.End] != ' ' {
			continue
		}
		end := ends[m.End+5]
		if sp := (doc.Span{Start: m.Start, End: end}); end > 0 && !have[sp] && strings.EqualFold(string(text[m.End+1:m.End+5]), "экс-") && anyIn(r.nounLemmas(m.Text), aideLemmas) {
			have[sp] = true // (the aide, «экс-» and the post)
			added = append(added, doc.Mention{Span: sp, Text: string(text[m.Start:end]), Type: m.Type})
		}
	}
	return withAdded(ms, added)
}
