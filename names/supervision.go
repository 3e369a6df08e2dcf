package names

import "strings"

// supervisionFull opens the full name of a Russian federal supervision
// service after its first words (normalized): «Федеральная служба по
// надзору в сфере образования и науки».
const supervisionFull = " по надзору в сфере "

// supervisionAlias reports whether the normalized stump compound na is
// the short name of the federal supervision service whose normalized full
// name is nb: «Рос» + the beginning of a word of the field (or stumps of
// consecutive words, syllabicOf's way) + «надзор»: Рособрнадзор of
// «Федеральная служба по надзору в сфере образования и науки»,
// Росздравнадзор of «… в сфере здравоохранения», Роспотребнадзор of «… в
// сфере защиты прав потребителей и благополучия человека». The field's
// stump follows «Рос» though the full name puts «надзору» first, which
// syllabicOf, reading the words in order, does not allow. Not
// Роскомнадзор of «… в сфере образования»: no word begins with «ком».
func supervisionAlias(na, nb string) bool {
	mid, ok := supervisionShort(na)
	if !ok {
		return false
	}
	head, field, ok := strings.Cut(nb, supervisionFull)
	if !ok || !strings.HasPrefix(head, "федеральн") || !strings.Contains(head, "служб") {
		return false
	}
	words := strings.Fields(strings.NewReplacer(",", " ", "-", " ").Replace(field))
	for i, w := range words {
		if strings.HasPrefix(w, mid) || stumps([]rune(mid), toRunes(words[i:]), 0) {
			return true
		}
	}
	return false
}

// toRunes returns the words as rune slices, for stumps.
func toRunes(words []string) [][]rune {
	out := make([][]rune, len(words))
	for i, w := range words {
		out[i] = []rune(w)
	}
	return out
}

// supervisionShort returns the field's stump of a normalized short name
// of a supervision service, between «рос» and «надзор» (обр of
// рособрнадзор), and whether na is one.
func supervisionShort(na string) (string, bool) {
	mid, ok := strings.CutPrefix(na, "рос")
	if !ok {
		return "", false
	}
	if mid, ok = strings.CutSuffix(mid, "надзор"); !ok || len([]rune(mid)) < 3 {
		return "", false
	}
	return mid, true
}
