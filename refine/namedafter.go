package refine

import (
	"github.com/factgraph/factgraph/doc"
)

// namedAfterPairs runs an organization named after a person («театра
// имени Станиславского») over «и» and a second person right after it
// («… и Немировича-Данченко»): a name «имени» two persons. The second
// person must follow «и» at once, so «Театре имени Ермоловой и МХТ имени
// Чехова», two organizations (NEREL v1.1 train), stay apart.
func (r *Refiner) namedAfterPairs(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(nil, "имени", "им") {
		return ms
	}
	persons := personsByStart(ms)
	if persons == nil {
		return ms
	}
	var out []doc.Mention
	for k, m := range ms {
		if m.Type != "ORGANIZATION" {
			continue
		}
		toks := sentenceTokens(sents, m)
		_, last := mentionTokens(toks, m)
		if last < 2 || last+2 >= len(toks) || toks[last+1].Text != "и" {
			continue
		}
		second, ok := persons[toks[last+2].Start]
		if !ok || !r.namedAfter(toks, last, persons) {
			continue
		}
		out = own(out, ms)
		out[k].End = second.End
		out[k].Text = string(text[m.Start:second.End])
	}
	if out == nil {
		return ms
	}
	return out
}

// namedAfter reports whether toks[last] ends a person that follows «имени»
// or «им.».
func (r *Refiner) namedAfter(toks []doc.Token, last int, persons map[int]doc.Mention) bool {
	for k := last; k >= 1 && last-k < 4; k-- {
		p, ok := persons[toks[k].Start]
		if !ok || p.End != toks[last].End {
			continue
		}
		w := fold(toks[k-1].Text)
		return w == "имени" || w == "." && k >= 2 && fold(toks[k-2].Text) == "им"
	}
	return false
}

// personsByStart returns the longest PERSON mention of ms by its start, nil
// when there is none.
func personsByStart(ms []doc.Mention) map[int]doc.Mention {
	var persons map[int]doc.Mention
	for _, m := range ms {
		if m.Type == "PERSON" && m.End > persons[m.Start].End {
			if persons == nil {
				persons = map[int]doc.Mention{}
			}
			persons[m.Start] = m
		}
	}
	return persons
}
