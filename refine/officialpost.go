package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// officialWords are the forms of «официальный» before «представитель»; the
// masculine stands for a woman too («сообщила официальный представитель»).
var officialWords = map[string]bool{"официальный": true, "официального": true, "официальному": true,
	"официальным": true, "официальном": true, "официальная": true, "официальной": true, "официальную": true,
	"официальные": true, "официальных": true, "официальными": true}

// officialPosts extends a PROFESSION that opens with «представитель» over
// «официальный» right before it: «Об этом сообщила официальный
// представитель МИД РФ Мария Захарова», where the masculine adjective after
// a feminine verb made the recognizer start the post at the noun. NEREL
// v1.1 train has «официальный представитель» 13 times, each inside a post
// that opens with the adjective (19 posts, nested ones with them).
func (r *Refiner) officialPosts(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(officialWords) {
		return ms
	}
	return extendMentions(text, ms, func(m doc.Mention) (doc.Span, bool) {
		if m.Type != "PROFESSION" || !strings.HasPrefix(lowerCase(m.Text), "представител") {
			return doc.Span{}, false
		}
		toks, first, _ := tokensOf(sents, m)
		if first < 1 || !officialWords[lowerCase(toks[first-1].Text)] || toks[first-1].End+1 != m.Start {
			return doc.Span{}, false
		}
		return doc.Span{Start: toks[first-1].Start, End: m.End}, true
	})
}
