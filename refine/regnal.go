package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// regnalDot ends a PERSON that ends in a regnal number in Roman numerals
// and a dot before the dot: «король Норвегии Харальд V.» → «Харальд V». The
// tokenizer reads «V.» and «I.» as initials, so the recognizer's span holds
// the dot that ends the sentence, but NEREL train ends all 13 persons so
// placed before it («Кигели V», «Бодуэна I», «Елизаветы II»).
func regnalDot(text []rune, m doc.Mention) doc.Mention {
	if m.Type != "PERSON" || !strings.HasSuffix(m.Text, ".") {
		return m
	}
	i := strings.LastIndexByte(m.Text, ' ')
	if i < 0 {
		return m
	}
	if num := m.Text[i+1 : len(m.Text)-1]; num == "" || strings.Trim(num, "IVXLC") != "" {
		return m
	}
	m.End--
	m.Text = string(text[m.Start:m.End])
	return m
}
