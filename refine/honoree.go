package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// honorTitles are the titles written between «имени» and the name of the
// person an organization is named after, in the genitive («имени
// академика Е. Н. Мешалкина», «имени маршала Жукова»).
var honorTitles = map[string]bool{
	"академика": true, "профессора": true, "доктора": true, "генерала": true, "маршала": true,
	"адмирала": true, "космонавта": true, "героя": true, "святого": true, "святителя": true,
	"князя": true, "царя": true, "императора": true, "патриарха": true, "писателя": true,
	"поэта": true, "композитора": true, "конструктора": true, "авиаконструктора": true,
}

// maxHonorTitles bounds the titles between «имени» and the name
// («имени генерала армии …» is not read).
const maxHonorTitles = 2

// honoreeNames makes an organization, facility or post that holds «имени»
// end where the name of the person after it ends (a PERSON mention right
// after «имени» and its titles): the recognizer stops short of the name
// («МГУ имени» of «МГУ имени Ломоносова», «центра имени академика» of
// «центра имени академика Е. Н. Мешалкина») or runs on over the person
// named next («Директор НМИЦ имени Мешалкина Александр Чернявский», whose
// director is Чернявский).
func honoreeNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var persons map[int]doc.Mention // (personsByStart, made at the first mention with «имени»)
	var out []doc.Mention
	for k, m := range ms {
		if m.Type != "ORGANIZATION" && m.Type != "FACILITY" && m.Type != "PROFESSION" || !strings.Contains(m.Text, "имени") {
			continue
		}
		if persons == nil {
			if persons = personsByStart(ms); persons == nil {
				return ms
			}
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last < 0 {
			continue
		}
		at := -1 // the last «имени» of m
		for j := last; j > first; j-- {
			if fold(toks[j].Text) == "имени" {
				at = j
				break
			}
		}
		if at < 0 {
			continue
		}
		j := at + 1
		for j < len(toks) && j <= at+maxHonorTitles && honorTitles[fold(toks[j].Text)] {
			j++
		}
		if j >= len(toks) {
			continue
		}
		p, ok := persons[toks[j].Start]
		if !ok || p.End == m.End {
			continue
		}
		if m.End > p.End {
			// only when a second person ends the mention
			if q, ok := persons[nextStart(text, p.End)]; !ok || q.End != m.End {
				continue
			}
		}
		out = own(out, ms)
		out[k].End = p.End
		out[k].Text = string(text[m.Start:p.End])
	}
	if out == nil {
		return ms
	}
	return sortedMentions(out)
}
