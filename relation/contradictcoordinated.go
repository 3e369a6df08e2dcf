package relation

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
)

// coordinatedAdjective reports whether the place t of a LOCATED_IN is one
// of two place adjectives joined by «и» or a comma, each a one-word mention
// in lower case (or opening the sentence), that qualify a noun other than the place h: «российские и
// белорусские коллеги посетили ижевское предприятие» names the parties of
// a visit (two countries), not where Ижевск lies — the model gave
// «ижевское LOCATED_IN белорусские». h that holds t («Химкинского и
// цаговского лесов») or stands right after the list stays. On NEREL v1.1
// train gold holds no LOCATED_IN so made (the one to a coordinated
// adjective is from the noun phrase that holds it); HEADQUARTERED_IN is
// left, as train relates an organization so («советской и российской
// рок-группы „Алиса“», «с южнокорейского и финского производителей»).
func coordinatedAdjective(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if !oneLowerWord(t.Text) && !opensSentence(text, t) || h.Start <= t.Start && t.End <= h.End {
		return false
	}
	end := t.End // the end of the list of adjectives
	joined := false
	for _, o := range mentions {
		if o == t || !isPlaceType(o.Type) || !oneLowerWord(o.Text) && !opensSentence(text, o) {
			continue
		}
		switch {
		case o.Start >= t.End && isJoiner(text[t.End:o.Start]):
			joined, end = true, max(end, o.End)
		case o.End <= t.Start && isJoiner(text[o.End:t.Start]):
			joined = true
		}
	}
	if !joined {
		return false
	}
	return h.Start < end || h.Start-end > 2 || strings.TrimSpace(string(text[end:h.Start])) != ""
}

// oneLowerWord reports whether s is one word that opens in lower case.
func oneLowerWord(s string) bool {
	return s != "" && !strings.ContainsAny(s, " \n") && unicode.IsLower(firstRune(s))
}

// isJoiner reports whether s, what stands between two words, is «и» or a
// comma, with spaces.
func isJoiner(s []rune) bool {
	w := strings.TrimSpace(string(s))
	return w == "и" || w == ","
}

// isPlaceType reports whether an entity type names a place.
func isPlaceType(t string) bool {
	return isAny(t, "COUNTRY", "CITY", "STATE_OR_PROVINCE", "DISTRICT", "LOCATION")
}
