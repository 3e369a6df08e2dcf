package names

import (
	"strings"

	"github.com/factgraph/factgraph/tokenize"
)

// shortenedEvent reports whether the EVENT name a is b without its last
// word: adjectives alone, of the same stems as b's, whose head noun the
// text leaves out — «Второй мировой» for «Второй мировой войны», «Великой
// Отечественной» for «Великая Отечественная война». NEREL joins the two
// (ALTERNATIVE_NAME): one event. b's last word is a lower-case noun, a's
// words (two at least, the first capitalized) are adjective forms.
func (l *Linker) shortenedEvent(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) < 2 || len(wb) != len(wa)+1 || !tokenize.StartsUpper(wa[0]) || tokenize.StartsUpper(wb[len(wb)-1]) {
		return false
	}
	for i, w := range wa {
		x, y := []rune(strings.ToLower(w)), []rune(strings.ToLower(wb[i]))
		if len(x) < 5 || len(y) < 5 || string(x[:len(x)-2]) != string(y[:len(x)-2]) || !l.adjective(strings.ToLower(w)) {
			return false
		}
	}
	return !l.adjective(strings.ToLower(wb[len(wb)-1]))
}
