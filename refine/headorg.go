package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// headOrganizations adds the PROFESSION «глава» (or «шеф», headWords) +
// the ORGANIZATION right after it where no PROFESSION starts at «глава»:
// where the holder's name follows: «Глава Нового банка развития Дилма
// Руссефф сообщила …», a sentence the recognizer left with the bank alone.
// headPosts does it for a lower-case noun of a body; this is its named
// organization. NEREL v1.1 train tags «глава» + the organization right
// after it a post 142 times of 160 (the others end elsewhere: «главы ЦБ
// ФРГ», «главы ФСБ Чечни», or are untagged: «глава „Freixenet“, который
// …», the one place the rule fired on train before it asked for the
// holder's name); «во главе» is no post.
func (r *Refiner) headOrganizations(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(headWords) {
		return ms
	}
	starts := longestEnds(ms, "PROFESSION")
	persons := map[int]bool{} // the starts of PERSON mentions
	for _, m := range ms {
		if m.Type == "PERSON" {
			persons[m.Start] = true
		}
	}
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "ORGANIZATION" || !persons[m.End+1] {
			continue
		}
		toks, first, _ := tokensOf(sents, m)
		if first < 1 || !headWords[lowerCase(toks[first-1].Text)] || toks[first-1].End+1 != m.Start ||
			starts[toks[first-1].Start] > 0 || first > 1 && strings.EqualFold(toks[first-2].Text, "во") {
			continue
		}
		sp := doc.Span{Start: toks[first-1].Start, End: m.End}
		starts[sp.Start] = sp.End
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PROFESSION"})
	}
	return withAdded(ms, added)
}
