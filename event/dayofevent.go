package event

import (
	"strings"
	"time"

	"github.com/factgraph/factgraph/doc"
)

// dayOrdinals are the days counted from an event's first: «в первый день
// выставки» is its first day.
var dayOrdinals = map[string]int{"первый": 0, "второй": 1, "третий": 2, "четвертый": 3, "четвёртый": 3}

// dayOfEvent returns the day a DATE mention m without a value names
// counted from the start of an event told before, among out: «В первый
// день выставки подписали соглашение» after «Выставка проходила с 7 по 10
// июля» is 7 July, «во второй день форума» the day after its first. The
// event is the last of out whose trigger is the noun right after m (the
// same lemma) and whose date is a day; "" otherwise.
func (x *Extractor) dayOfEvent(toks []doc.Token, m mention, out []doc.Event) string {
	f := strings.Fields(strings.ToLower(m.Text))
	if len(f) > 0 && (f[0] == "в" || f[0] == "во") {
		f = f[1:]
	}
	if len(f) != 2 || f[1] != "день" {
		return ""
	}
	n, ok := dayOrdinals[f[0]]
	if !ok {
		return ""
	}
	k := 0 // the token after m
	for k < len(toks) && toks[k].Start < m.End {
		k++
	}
	if k >= len(toks) {
		return ""
	}
	noun, _ := x.lemma(toks[k].Text)
	for i := len(out) - 1; i >= 0; i-- {
		w := strings.Fields(strings.ToLower(out[i].Trigger.Text))
		if len(w) == 0 {
			continue
		}
		if l, _ := x.lemma(w[0]); l != noun {
			continue
		}
		day, err := time.Parse("2006-01-02", out[i].Date)
		if err != nil {
			return ""
		}
		return day.AddDate(0, 0, n).Format("2006-01-02")
	}
	return ""
}
