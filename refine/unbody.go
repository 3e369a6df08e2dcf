package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// unionAcronyms are the acronyms of international organizations whose
// bodies and posts are named «… ООН по …»: «Управление ООН по координации
// гуманитарных вопросов», «Верховный комиссар ООН по делам беженцев».
var unionAcronyms = map[string]bool{"ООН": true, "ЕС": true, "ОБСЕ": true, "СНГ": true, "ЕАЭС": true, "ОДКБ": true,
	"ШОС": true, "БРИКС": true, "АСЕАН": true, "ЮНЕСКО": true, "НАТО": true, "МАГАТЭ": true}

// maxTopicWords bounds the words after «по» that unionTopics takes.
const maxTopicWords = 6

// unionTopics extends an ORGANIZATION or a PROFESSION that ends with an
// international organization's acronym (unionAcronyms) over «по» and the
// topic after it: nouns and adjectives in small letters, the first a noun
// in the dative or prepositional, with «и» between them, up to a word of
// another kind (a verb, a capital, a mark): «По данным Управления ООН по
// координации гуманитарных вопросов, …», where the recognizer ended the
// body at «ООН». NEREL v1.1 train tags the topic inside the name each of
// the 3 times it follows «ООН» («Международный трибунал ООН по бывшей
// Югославии», «Рамочной конвенции ООН по изменению климата», «Верховный
// комиссар ООН по делам беженцев»).
func (r *Refiner) unionTopics(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveText(unionAcronyms) {
		return ms
	}
	return extendMentions(text, ms, func(m doc.Mention) (doc.Span, bool) {
		if m.Type != "ORGANIZATION" && m.Type != "PROFESSION" {
			return doc.Span{}, false
		}
		toks, first, last := tokensOf(sents, m)
		if last < 0 || last == first || !unionAcronyms[toks[last].Text] || last+2 >= len(toks) || toks[last+1].Text != "по" {
			return doc.Span{}, false
		}
		end := r.topicEnd(toks, last+2)
		if end < 0 {
			return doc.Span{}, false
		}
		return doc.Span{Start: m.Start, End: toks[end].End}, true
	})
}

// topicEnd returns the index of the last token of the topic that opens at
// toks[i] (see unionTopics), or -1 when no noun in the dative or
// prepositional opens there.
func (r *Refiner) topicEnd(toks []doc.Token, i int) int {
	if !r.nounIn(toks[i].Text, morph.Datv, morph.Loct) {
		return -1
	}
	end := i
	for k := i + 1; k < len(toks) && k-i < maxTopicWords; k++ {
		w := toks[k].Text
		if w == "и" && k+1 < len(toks) && r.nounOrAdjective(toks[k+1].Text) {
			continue
		}
		if !r.nounOrAdjective(w) {
			break
		}
		end = k
	}
	return end
}

// nounIn reports whether w, in small letters, has a noun reading in one of
// the cases.
func (r *Refiner) nounIn(w string, cases ...morph.Grammeme) bool {
	if !tokenize.StartsLower(w) {
		return false
	}
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.NOUN {
			for _, c := range cases {
				if p.Tag.Case() == c {
					return true
				}
			}
		}
	}
	return false
}

// nounOrAdjective reports whether w, in small letters, reads only as a
// noun or a full adjective in an oblique case (no verb, no nominative
// that could be a new subject).
func (r *Refiner) nounOrAdjective(w string) bool {
	return tokenize.StartsLower(w) && r.everyReading(w, func(p morph.Parse) bool {
		pos := p.Tag.POS()
		return (pos == morph.NOUN || pos == morph.ADJF) && p.Tag.Case() != morph.Nomn
	})
}
