package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// scheduledStems are the stems of the short passive participles that set
// a day ahead for an event: «назначена», «запланировано», «намечены»,
// «перенесена».
var scheduledStems = []string{"назначен", "запланирован", "намечен", "перенесен", "перенесён"}

// daySetAhead reports whether the DATE mention m of sentence tokens toks
// is the day an event is set for: «на» opens it or stands right before it,
// and a short participle of scheduledStems right before that
// («Инаугурация Навроцкого назначена на 6 августа», «Выборы назначены на
// 17 марта»): a day ahead whatever the tense of the participle, so an
// event told after it in the past is not of that day (aheadOfPast:
// «Макрон в телефонном разговоре поздравил …» is not of the 6th of
// August), while one told in the future may be («Картину покажут в
// рамках фестиваля» after «Премьера запланирована на 12 ноября»).
func daySetAhead(toks []doc.Token, m doc.Mention) bool {
	i := tokenAt(toks, m.Start)
	if i < 0 {
		return false
	}
	if !strings.EqualFold(toks[i].Text, "на") {
		i-- // «на» before the mention
		if i < 0 || !strings.EqualFold(toks[i].Text, "на") {
			return false
		}
	}
	if i == 0 {
		return false
	}
	w := strings.ToLower(toks[i-1].Text)
	for _, s := range scheduledStems {
		if rest, ok := strings.CutPrefix(w, s); ok && len([]rune(rest)) <= 1 {
			return true
		}
	}
	return false
}
