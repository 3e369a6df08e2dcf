package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// outerQuotes cuts the straight quotation marks off a mention that the
// recognizer ran over them: a name wholly in them and holding no other
// quotes («/"Интерфакс-Сибирь"/» of a dateline: «Интерфакс-Сибирь»), or a
// name that ends in a straight quote whose opening one stands right before it
// (лицея "Вторая школа": «Вторая школа"» → «Вторая школа»). NEREL v1.1
// train and dev have no gold mention wholly in quotes (836 organizations
// stand right inside a pair of them).
func outerQuotes(text []rune, m doc.Mention) doc.Mention {
	if !strings.HasSuffix(m.Text, `"`) {
		return m // (both cases below need the mention to end with a straight quote)
	}
	t := []rune(m.Text)
	n := len(t)
	if n < 3 || m.End-m.Start != n {
		return m
	}
	switch {
	case t[0] == '"' && t[n-1] == '"' && !strings.ContainsAny(string(t[1:n-1]), "\"«»"):
		m.Start++
		m.End--
	case t[n-1] == '"' && m.Start > 0 && text[m.Start-1] == '"' && strings.Count(m.Text, `"`) == 1:
		m.End--
	default:
		return m
	}
	m.Text = string(text[m.Start:m.End])
	return m
}
