package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// maxCreditGap bounds the characters between a dateline's place and the
// agency credited after it («ТОКИО, 1 февраля — РИА Новости», «ЧЕЛЯБИНСК,
// 2 августа. /ТАСС/»: the day, the month and the dash).
const maxCreditGap = 30

// datelineCredit reports whether h, an organization, is the news agency
// credited in the dateline whose place is t: t opens the line (inDateline),
// h follows it on the same line within maxCreditGap characters, after a
// dash or a slash, and ends the credit (a full stop, a slash or the line's
// end after it). The dateline tells where the report was filed, not where
// the agency sits: «ТОКИО, 1 февраля — РИА Новости» has no «РИА Новости
// HEADQUARTERED_IN Токио» (the relation model gave it for a wire report
// filed abroad, and «Интерфакс-Северо-Запад HEADQUARTERED_IN
// Петрозаводск»). NEREL has no datelines (train and dev: 0 lines open so).
func datelineCredit(text []rune, h, t doc.Mention) bool {
	if h.Start < t.End || h.End > len(text) || h.Start-t.End > maxCreditGap || !inDateline(text, t) {
		return false
	}
	between := string(text[t.End:h.Start])
	if strings.ContainsRune(between, '\n') || !strings.ContainsAny(between, "—–/-") {
		return false
	}
	after := strings.TrimLeft(string(text[h.End:min(len(text), h.End+3)]), " ")
	return after == "" || strings.ContainsRune("./\n", firstRune(after))
}
