package store

import (
	"strings"
	"unicode"
)

// perDocumentTypes are entity types whose names are values or common nouns
// rather than names of one referent: «2024 год», «министр», «50 %». Their
// entities never merge across documents.
var perDocumentTypes = map[string]bool{
	"AGE": true, "CRIME": true, "DATE": true, "FAMILY": true, "MONEY": true,
	"NUMBER": true, "ORDINAL": true, "PENALTY": true, "PERCENT": true,
	"PROFESSION": true, "TIME": true,
}

// NormalizeName returns the form of an entity name used in identity keys:
// lower case, «ё» read as «е», every run of characters other than letters
// and digits (spaces, punctuation, quotes, hyphens) turned into one space,
// no leading or trailing space.
func NormalizeName(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	space := false
	for _, r := range name {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			r = unicode.ToLower(r)
			if r == 'ё' {
				r = 'е'
			}
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// IdentityKey returns the key on which an entity of the type with the
// canonical name merges with the entities of other documents, or "" and the
// reason why it stays in its document. The rules are conservative:
//
//   - a PERSON merges only on a full name: at least two words of two or
//     more letters (initials do not count), so «Шугаев» or «В. Шугаев»
//     stays in its document;
//   - values and common nouns (DATE, TIME, AGE, MONEY, NUMBER, ORDINAL,
//     PERCENT, PENALTY, PROFESSION, FAMILY, CRIME) never merge;
//   - any other type merges on a name of at least three letters or digits
//     holding at least one letter;
//   - the key is TYPE:normalized name (see NormalizeName), so entities of
//     different types never merge.
func IdentityKey(typ, name string) (key, reason string) {
	if perDocumentTypes[typ] {
		return "", "type " + typ + " is a value or common noun, not a name"
	}
	norm := NormalizeName(name)
	if norm == "" {
		return "", "the name has no letters"
	}
	if typ == "PERSON" {
		words := 0
		for _, w := range strings.Fields(norm) {
			if hasLetter(w) && len([]rune(w)) >= 2 {
				words++
			}
		}
		if words < 2 {
			return "", "a person's name needs at least two words (first and last name) to be merged"
		}
		return typ + ":" + norm, ""
	}
	if !hasLetter(norm) {
		return "", "the name has no letters"
	}
	if n := len([]rune(strings.ReplaceAll(norm, " ", ""))); n < 3 {
		return "", "the name is shorter than three letters"
	}
	return typ + ":" + norm, ""
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// QueryTerms splits a search query into its words: runs of letters and
// digits, normalized like names (see NormalizeName). Everything else,
// including the operators of any query language, separates words. Backends
// match each term as a prefix and require all of them.
func QueryTerms(q string) []string {
	return strings.Fields(NormalizeName(q))
}
