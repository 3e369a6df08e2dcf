package refine

import (
	"slices"
	"strings"
)

// landName reports whether a mention's text is a one-word name in the
// nominative (ending in a consonant) right after a form of «земля» (its
// lemmas): a German or Austrian state in apposition, «министр финансов
// земли Гессен», which NEREL dev tags STATE_OR_PROVINCE seven times (and
// the recognizer read as a PERSON). A name in the genitive is the land's
// owner, not its name («на земле Израиля», «земли Ханаана»), and ends in a
// vowel. NEREL train has no «земля» before a capitalized name.
func landName(lemmas []string, text string) bool {
	return slices.Contains(lemmas, "земля") && !strings.ContainsRune(text, ' ') && cyrillicName(text) && consonantEnd(text)
}
