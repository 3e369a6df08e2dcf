package refine

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
)

// eventAcronyms makes an EVENT of a one-word ORGANIZATION written in two to
// six Cyrillic capitals (cyrillicAcronym) that spells the first letters of
// the words of an EVENT mention of the same text, hyphenated parts
// counted apart: «Петербургский международный экономический форум … в
// ПМЭФ участвуют» (the acronym read as an organization), «Великой
// Отечественной войны … ВОВ». Small words of the name (prepositions and
// conjunctions) may be left out of the acronym. NEREL train: the one such
// acronym the recognizer types an ORGANIZATION is a gold EVENT («ВОВ», 1
// of 1); dev has none.
func eventAcronyms(ms []doc.Mention) []doc.Mention {
	var spelled map[string]bool // the acronyms of the events' names
	for _, m := range ms {
		if m.Type != "EVENT" || !strings.ContainsRune(m.Text, ' ') {
			continue
		}
		all, content := eventInitials(m.Text)
		if len([]rune(all)) < 2 {
			continue
		}
		if spelled == nil {
			spelled = map[string]bool{}
		}
		spelled[all], spelled[content] = true, true
	}
	if spelled == nil {
		return ms
	}
	return retyped(ms, func(m doc.Mention) string {
		if m.Type == "ORGANIZATION" && cyrillicAcronym(m.Text) && spelled[m.Text] {
			return "EVENT"
		}
		return ""
	})
}

// eventSmallWords are the prepositions and conjunctions an acronym may
// leave out of a name («Форум по безопасности»).
var eventSmallWords = map[string]bool{"и": true, "в": true, "во": true, "на": true, "по": true, "за": true, "о": true, "об": true, "с": true, "со": true, "для": true}

// eventInitials returns the upper-cased first letters of the words of
// name, hyphenated parts apart, and the same without its small words
// (eventSmallWords); "" when a word does not open with a letter.
func eventInitials(name string) (all, content string) {
	var a, c []rune
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
		r := []rune(w)
		if !unicode.IsLetter(r[0]) {
			return "", ""
		}
		u := unicode.ToUpper(r[0])
		a = append(a, u)
		if !eventSmallWords[strings.ToLower(w)] {
			c = append(c, u)
		}
	}
	return string(a), string(c)
}
