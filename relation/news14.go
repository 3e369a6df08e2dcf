package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// contradictedNews14 reports the facts the words around their mentions
// contradict, by the rules found on the fourteenth session's relation
// helper's news texts (contradicted holds the others).
func contradictedNews14(text []rune, f Found, mentions []doc.Mention) bool {
	h, t := mentions[f.Head], mentions[f.Tail]
	switch f.Type {
	case "HEADQUARTERED_IN":
		return h.Start >= t.End && seatPhrase(text, t)
	}
	return false
}

// seatPhrase reports whether the place t closes a phrase of a seat, «со
// штаб-квартирой в Москве»: the phrase belongs to the organization before
// it, not to one after it («„Металлоинвест“ со штаб-квартирой в Москве
// входит в холдинг USM»).
func seatPhrase(text []rune, t doc.Mention) bool {
	w, p := previousWord(text, t.Start)
	if !isAny(w, "в", "во", "на") {
		return false
	}
	w, p = previousWord(text, p)
	if !strings.HasPrefix(w, "штаб-квартир") {
		return false
	}
	w, _ = previousWord(text, p)
	return isAny(w, "с", "со")
}

// previousWord returns the lower-case word before position p of text,
// past spaces, quotes and an opening parenthesis (as wordBefore), and
// where it starts; "" and p when a punctuation mark of another kind comes
// first.
func previousWord(text []rune, p int) (string, int) {
	w := wordBefore(text, p)
	if w == "" {
		return "", p
	}
	i := p
	for i > 0 && !isWordRune(text[i-1]) {
		i--
	}
	return w, i - len([]rune(w))
}

// seatPhraseStart returns the token of «с» or «со» that opens a phrase of
// a seat, «со штаб-квартирой в Москве», ending right before token ti of
// sentence si, or ti when there is none: the subject of a verb is sought
// before it («„Металлоинвест“ со штаб-квартирой в Москве входит в холдинг
// USM»).
func (c *patternContext) seatPhraseStart(si, ti int) int {
	toks := c.sents[si].Tokens
	for _, i := range c.bySent[si] {
		if c.tokenOf[i].last != ti-1 || !isAny(c.ms[i].Type, "CITY", "STATE_OR_PROVINCE", "COUNTRY", "DISTRICT") {
			continue
		}
		k := c.tokenOf[i].first - 1
		if k >= 2 && isAnyFold(toks[k].Text, []string{"в", "во", "на"}) && hasPrefix(toks[k-1].Text, seatTriggers) && isAnyFold(toks[k-2].Text, []string{"с", "со"}) {
			return k - 2
		}
	}
	return ti
}
