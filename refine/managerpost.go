package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// managerWords are the stems that open every form of «заведующий» and
// «заведующая», the head of a department, a chair or a laboratory, who
// governs it in the instrumental («заведующей отделением»).
var managerWords = map[string]bool{"заведующий": true, "заведующая": true, "заведующего": true, "заведующей": true,
	"заведующему": true, "заведующую": true, "заведующим": true, "заведующем": true, "заведующие": true,
	"заведующих": true, "заведующими": true}

// managerPosts makes a PROFESSION of a form of «заведующий» or
// «заведующая», the lower-case noun it governs in the instrumental
// (adjectives before it) and the lower-case genitive phrases after that
// («заведующая кафедрой общей хирургии», «заведующей отделением
// реанимации»). A mention that starts at the governed noun (the recognizer
// made «отделением Областной детской больницы» a post) is taken into the
// post and goes; a PROFESSION that starts at the word and reaches as far
// stays, a shorter one goes. The recognizer knows the masculine post («Заведующий отделением»,
// NEREL train 4 of 4) but missed the feminine forms, which news of clinics
// and universities use often. An organization named after the phrase
// joins by postsWithEmployer, which runs next.
func (r *Refiner) managerPosts(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(managerWords) {
		return ms
	}
	ends := longestEnds(ms, "PROFESSION")
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	longer := map[int]int{} // the new posts' ends by their starts
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			if !managerWords[lowerCase(toks[i].Text)] {
				continue
			}
			end := r.governedNoun(toks, i+1)
			if end < 0 {
				continue
			}
			for k := r.genitiveComplement(toks, end+1); k >= 0; k = r.genitiveComplement(toks, end+1) {
				end = k // («кафедрой общей хирургии медицинского факультета»)
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[end].End}
			for _, m := range ms {
				if m.Start == toks[i+1].Start && m.End > sp.End && m.Type != "ORGANIZATION" {
					sp.End = m.End // «отделением Областной детской больницы»
					drop[m] = true
				}
			}
			if ends[sp.Start] >= sp.End {
				continue // (the recognizer's post reaches as far)
			}
			ends[sp.Start], longer[sp.Start] = sp.End, sp.End
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PROFESSION"})
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		return drop[m] || m.Type == "PROFESSION" && longer[m.Start] > m.End // (the recognizer's shorter post: «Заведующий отделением» of «… реанимации»)
	})
}

// governedNoun returns the index of the lower-case noun in the
// instrumental at toks[k], after adjectives in the instrumental
// («детским садом»), or -1.
func (r *Refiner) governedNoun(toks []doc.Token, k int) int {
	for ; k < len(toks) && tokenize.StartsLower(toks[k].Text); k++ {
		noun, adj := false, false
		for _, p := range r.parse(toks[k].Text) {
			if p.Tag.Case() != morph.Ablt {
				continue
			}
			switch p.Tag.POS() {
			case morph.NOUN:
				noun = true
			case morph.ADJF:
				adj = true
			}
		}
		switch {
		case noun:
			return k
		case !adj:
			return -1
		}
	}
	return -1
}
