package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// finalLetterNames extends a PERSON over the one capital letter right
// after it that ends its sentence before the dot: «… с министром
// иностранных дел КНР Ван И. Стороны обсудили …», where the tokenizer split
// the dot off the sentence's last word and the recognizer, reading «И» as
// the conjunction, kept «Ван» alone. A Chinese given name of one syllable
// (Ван И) or a surname's initial after it (Иванов И.) is the person's name
// either way. The sentences' ends are read first: a document with no such
// letter has nothing to do.
func finalLetterNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	letters := map[int]int{} // the letter's end by the start of the space before it
	for _, s := range sents {
		n := len(s.Tokens)
		if n < 3 || s.Tokens[n-1].Text != "." {
			continue
		}
		t := s.Tokens[n-2]
		if r, size := decodeFirst(t.Text); size == len(t.Text) && isCyrillic(r) && tokenize.IsUpper(r) && s.Tokens[n-1].Start == t.End {
			letters[t.Start-1] = t.End
		}
	}
	if len(letters) == 0 {
		return ms
	}
	return extendMentions(text, ms, func(m doc.Mention) (doc.Span, bool) {
		end, ok := letters[m.End]
		if m.Type != "PERSON" || !ok || m.End >= len(text) || text[m.End] != ' ' {
			return doc.Span{}, false
		}
		return doc.Span{Start: m.Start, End: end}, true
	})
}
