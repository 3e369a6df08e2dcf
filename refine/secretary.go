package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// secretaryLemmas are the lemmas of a secretary's post.
var secretaryLemmas = map[string]bool{"секретарь": true, "пресс-секретарь": true, "генсек": true}

// secretaryPosts adds a PROFESSION over a secretary no PROFESSION holds:
// the word, up to two lower-case genitive nouns after it that no mention
// holds («секретарь генсовета партии»), and an ORGANIZATION that starts right after
// either, in quotes or not, to its end («Секретарь генсовета „Единой
// России“», «секретарь генерального совета партии»). The recognizer
// misses the post when the body's name is clipped («генсовета») or opens
// the sentence. NEREL v1.1 train: every one of its 58 forms of
// «секретарь» is inside a gold PROFESSION (56 running on over the body:
// «первый секретарь крайкома КПРФ», «пресс-секретарь президента России»).
func (r *Refiner) secretaryPosts(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(secretaryLemmas) {
		return ms
	}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i, t := range toks {
			if !strings.Contains(fold(t.Text), "секр") && !strings.HasPrefix(fold(t.Text), "генсек") {
				continue
			}
			if !anyIn(r.nounLemmas(t.Text), secretaryLemmas) || insideOf(ms, t.Span, "PROFESSION") {
				continue
			}
			end := t.End
			k := i + 1
			for k < len(toks) && k <= i+2 && tokenize.StartsLower(toks[k].Text) && r.genitiveNoun(toks[k].Text) && !insideOf(ms, toks[k].Span, "") {
				end = toks[k].End
				k++
			}
			if k < len(toks) && toks[k].Text == "«" {
				k++
			}
			if k < len(toks) {
				if e := longestFrom(ms, toks[k].Start, "ORGANIZATION"); e > 0 {
					end = e
				}
			}
			sp := doc.Span{Start: t.Start, End: end}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PROFESSION"})
		}
	}
	return withAdded(ms, added)
}

// genitiveNoun reports whether w has a reading of a common noun in the
// genitive.
func (r *Refiner) genitiveNoun(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.NOUN && p.Tag.Case() == morph.Gent && !properTag(p) {
			return true
		}
	}
	return false
}

// longestFrom returns the end of the longest mention of type typ that
// starts at start, or 0.
func longestFrom(ms []doc.Mention, start int, typ string) int {
	end := 0
	for _, m := range ms {
		if m.Start == start && m.Type == typ && m.End > end {
			end = m.End
		}
	}
	return end
}
