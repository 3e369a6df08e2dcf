package refine

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// measureAbbreviations are units of measure written short, as whole words
// («2,5 кВт», «140 км», «5 т»), folded; measureUnits holds the full stems.
var measureAbbreviations = map[string]bool{
	"квт": true, "мвт": true, "гвт": true, "вт": true, "км": true, "кг": true, "т": true, "тыс.т": true,
	"м": true, "см": true, "мм": true, "га": true, "л": true, "мл": true, "гб": true, "мб": true, "тб": true,
	"ккал": true, "кв": true, "куб": true, "км/ч": true, "м/с": true,
}

// abbreviatedMeasure reports whether a word of the lower-case amount w
// after its first is one of measureAbbreviations («2,5 квт»): «2,5 кВт,
// установленного на…» is a NUMBER of a measure, no MONEY.
func abbreviatedMeasure(w string) bool {
	fs := fields(w)
	for _, f := range fs[min(1, len(fs)):] {
		if measureAbbreviations[strings.TrimSuffix(f, ".")] {
			return true
		}
	}
	return false
}

// currencyNumber makes a NUMBER that names a currency a MONEY («сдачи со
// 100-долларовой купюры»): NEREL types an amount of money MONEY, adjectives
// of a note's value too. «Фунт» is left out, a weight as well («8 фунтов 6
// унций», NUMBER in train).
func currencyNumber(m doc.Mention) doc.Mention {
	if m.Type != "NUMBER" {
		return m
	}
	w := lowerCase(m.Text)
	for _, c := range currencies {
		if c != "фунт" && strings.Contains(w, c) {
			m.Type = "MONEY"
			return m
		}
	}
	return m
}

// perUnitEnd runs a NUMBER that ends in a unit written short over «/» and
// the short unit it is divided by («140 км» + «/ч», «10 м» + «/с»): the
// speed is the amount, as NEREL tags «140 км/ч».
func perUnitEnd(text []rune, m doc.Mention) doc.Mention {
	if m.Type != "NUMBER" || m.End+1 >= len(text) || text[m.End] != '/' {
		return m
	}
	fs := fields(lowerCase(m.Text))
	if len(fs) < 2 || !measureAbbreviations[fs[len(fs)-1]] {
		return m
	}
	e := m.End + 1
	for e < len(text) && e <= m.End+4 && tokenize.IsLetter(text[e]) {
		e++
	}
	if e == m.End+1 || e > m.End+4 || e < len(text) && (tokenize.IsLetter(text[e]) || unicode.IsDigit(text[e])) {
		return m
	}
	m.End = e
	m.Text = string(text[m.Start:m.End])
	return m
}
