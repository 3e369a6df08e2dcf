package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// regnalDot ends a PERSON that ends in a regnal number in Roman numerals
// and a dot before the dot: «король Норвегии Харальд V.» → «Харальд V». The
// tokenizer reads «V.» and «I.» as initials, so the recognizer's span holds
// the dot that ends the sentence, but NEREL train ends all 13 persons so
// placed before it («Кигели V», «Бодуэна I», «Елизаветы II»). It ends so
// the ORDINAL of the regnal number alone («Харальд V.» → ORDINAL «V»),
// which NEREL train also ends before the dot (the recognizer held it in
// 4 of 4: «Кигели V.», «Тупу V.», «Бодуэна I.»).
func regnalDot(text []rune, m doc.Mention) doc.Mention {
	if m.Type != "PERSON" && m.Type != "ORDINAL" || !strings.HasSuffix(m.Text, ".") {
		return m
	}
	num := m.Text[:len(m.Text)-1]
	if m.Type == "PERSON" {
		i := strings.LastIndexByte(m.Text, ' ')
		if i < 0 {
			return m
		}
		num = m.Text[i+1 : len(m.Text)-1]
	}
	if num == "" || strings.Trim(num, "IVXLC") != "" {
		return m
	}
	m.End--
	m.Text = string(text[m.Start:m.End])
	return m
}

// gluedInitial starts a PERSON that begins right after an initial glued to
// it at the initial: «Дж.Коми» for «Коми». The recognizer takes the
// two-letter initial «Дж.» now and then for a word of its own, while NEREL
// train has all its persons so written whole (4 of 4: «Дж.Джонс»,
// «Дж.Сороса»), as it does the one-letter initials («Б.Обама»).
func gluedInitial(text []rune, m doc.Mention) doc.Mention {
	s := m.Start
	if m.Type != "PERSON" || s < 2 || text[s-1] != '.' {
		return m
	}
	i := s - 2
	if i > 0 && tokenize.IsLower(text[i]) && tokenize.IsUpper(text[i-1]) {
		i--
	}
	if !tokenize.IsUpper(text[i]) || i > 0 && tokenize.IsLetter(text[i-1]) || !tokenize.IsUpper(text[s]) {
		return m
	}
	m.Start = i
	m.Text = string(text[m.Start:m.End])
	return m
}
