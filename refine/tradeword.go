package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// percentAdjective retypes an AGE or a NUMBER over one word of digits, a
// hyphen and an adjective of «процентный» («34-процентной доли»,
// «50-процентным отставанием») a PERCENT: it tells a share, not a years'
// count. NEREL v1.1 train types both such words PERCENT (2 of 2; «54
// процентным» with a space a PERCENT too).
func percentAdjective(m doc.Mention) doc.Mention {
	if m.Type != "AGE" && m.Type != "NUMBER" {
		return m
	}
	i := strings.IndexByte(m.Text, '-')
	if i < 1 || strings.TrimLeft(m.Text[:i], "0123456789") != "" || !strings.HasPrefix(fold(m.Text[i+1:]), "процентн") {
		return m
	}
	m.Type = "PERCENT"
	return m
}

// tradeStems end the lemmas of the nouns that name a company by its trade
// («крупнейший золотодобытчик», «автопроизводитель», «ритейлер»): news
// call companies so, and the recognizer takes the word for a person's
// post.
var tradeStems = []string{"добытчик", "производитель", "переработчик", "ритейлер", "перевозчик", "застройщик", "девелопер"}

// companyCompoundHeads are the nouns of a company that open a compound naming the
// company by its part in a deal («компании-получателя», «компанию-оператора»).
var companyCompoundHeads = []string{"компани", "фирм"}

// companyTradeNouns drops a PROFESSION of one word that names a company by
// its trade in the singular (tradeStems: «крупнейший российский
// золотодобытчик», «застройщика») or is a compound of «компания» or
// «фирма» and a hyphen («компании-получателя субсидий»). NEREL v1.1 train:
// of the 15 words of tradeStems, 14 are no entity (the singular ones all:
// «крупнейший в Мире производитель игристого вина») and one a PROFESSION,
// a plural («добывал золото у золотодобытчиков»: persons), which the
// singular test leaves; «компанию-оператора» is no entity (1 of 1).
func (r *Refiner) companyTradeNouns(ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	for i, m := range ms {
		if m.Type == "PROFESSION" && !strings.ContainsRune(m.Text, ' ') && r.tradeNoun(m.Text) {
			if out == nil {
				out = append(make([]doc.Mention, 0, len(ms)), ms[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, m)
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// tradeNoun reports whether w is a singular noun of tradeStems or a
// compound opened by a noun of companyCompoundHeads.
func (r *Refiner) tradeNoun(w string) bool {
	f := fold(w)
	if i := strings.IndexByte(f, '-'); i > 0 {
		for _, h := range companyCompoundHeads {
			if strings.HasPrefix(f[:i], h) {
				return true
			}
		}
		return false
	}
	for _, p := range r.parse(w) {
		if p.Tag.POS() != morph.NOUN || p.Tag.Number() != morph.Sing {
			continue
		}
		for _, s := range tradeStems {
			if strings.HasSuffix(fold(p.Normal), s) {
				return true
			}
		}
	}
	return false
}

// ombudsmanFields are the words that end an ombudsman's post after
// «уполномоченный по»: «по правам человека», «по правам ребенка», «по
// защите прав предпринимателей».
var ombudsmanFields = [][]string{{"правам", "человека"}, {"правам", "ребенка"}, {"защите", "прав", "предпринимателей"}}

// ombudsmanPosts adds a PROFESSION over «уполномоченный по правам
// человека» (any case of the first word, «ребенка» and «по защите прав
// предпринимателей» too) where no PROFESSION starts at its first word:
// the recognizer finds «Уполномоченный по правам ребенка» but not
// «уполномоченный по правам человека». NEREL v1.1 train: both such posts
// are PROFESSIONs of these words (2 of 2, «Уполномоченного по правам
// ребенка»).
func (r *Refiner) ombudsmanPosts(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(nil, "уполномоченный") {
		return ms
	}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+3 < len(toks); i++ {
			if !strings.HasPrefix(fold(toks[i].Text), "уполномоченн") || fold(toks[i+1].Text) != "по" {
				continue
			}
			end := fieldEnd(toks, i+2)
			if end < 0 || startsType(ms, toks[i].Start, "PROFESSION") {
				continue
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[end].End}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PROFESSION"})
		}
	}
	return withAdded(ms, added)
}

// fieldEnd returns the index of the last token of an ombudsmanFields
// phrase that starts at toks[k], or -1.
func fieldEnd(toks []doc.Token, k int) int {
next:
	for _, f := range ombudsmanFields {
		if k+len(f) > len(toks) {
			continue
		}
		for j, w := range f {
			if fold(toks[k+j].Text) != w || !tokenize.StartsLower(toks[k+j].Text) {
				continue next
			}
		}
		return k + len(f) - 1
	}
	return -1
}

// startsType reports whether a mention of type typ starts at start.
func startsType(ms []doc.Mention, start int, typ string) bool {
	for _, m := range ms {
		if m.Start == start && m.Type == typ {
			return true
		}
	}
	return false
}
