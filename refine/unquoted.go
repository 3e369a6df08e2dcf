package refine

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// nameRepeats adds an ORGANIZATION for each other occurrence, as written,
// of a capitalized organization of two words or more that no mention
// covers but places or persons nested in it: «Голос Америки: …» at the
// head of an interview's question, where the recognizer found only the
// country, is the «Голос Америки» of the rest of the text; «в официальной
// группе Института Пушкина» (NEREL dev, only the person). An occurrence
// opened by a quote mark must be closed by one right after it, and so
// must the organization repeated («программы „Гражданское общество —
// модернизация России“» names no organization «Гражданское общество»,
// nor does «Гражданское общество — это общество …»). quotedRepeats does the same for
// quoted names; on NEREL v1.1 train the recognizer leaves no such
// occurrence.
func nameRepeats(text []rune, ms []doc.Mention) []doc.Mention {
	var names []string
	for _, m := range ms {
		if m.Type == "ORGANIZATION" && strings.Contains(m.Text, " ") && tokenize.StartsUpper(m.Text) && bounded(text, m.Span) && !slices.Contains(names, m.Text) {
			names = append(names, m.Text)
		}
	}
	var added []doc.Mention
	for _, n := range names {
		for _, s := range occurrences(text, n) {
			if bounded(text, s) && uncovered(ms, s) && !overlapsAny(added, s) {
				added = append(added, doc.Mention{Span: s, Text: n, Type: "ORGANIZATION"})
			}
		}
	}
	return withAdded(ms, added)
}

// occurrences returns the spans where text holds n as written, each
// after the end of the one before.
func occurrences(text []rune, n string) []doc.Span {
	name := []rune(n)
	if len(name) == 0 {
		return nil
	}
	var out []doc.Span
	for i := 0; i+len(name) <= len(text); i++ {
		if text[i] != name[0] || !slices.Equal(text[i:i+len(name)], name) {
			continue
		}
		out = append(out, doc.Span{Start: i, End: i + len(name)})
		i += len(name) - 1
	}
	return out
}

// bounded reports whether s starts and ends at word boundaries of text and
// is not the start of a longer quoted text: a quote mark before it is
// closed right after it.
func bounded(text []rune, s doc.Span) bool {
	word := func(c rune) bool { return tokenize.IsLetter(c) || unicode.IsDigit(c) || c == '-' }
	if s.Start > 0 && word(text[s.Start-1]) || s.End < len(text) && word(text[s.End]) {
		return false
	}
	if s.Start > 0 && tokenize.IsQuote(text[s.Start-1]) {
		return s.End < len(text) && tokenize.IsQuote(text[s.End])
	}
	return true
}

// uncovered reports whether no mention of ms overlaps s but places and
// persons that lie inside it.
func uncovered(ms []doc.Mention, s doc.Span) bool {
	for _, m := range ms {
		if m.Overlaps(s) && (m.Start < s.Start || m.End > s.End || m.Type != "PERSON" && !isPlaceType(m.Type)) {
			return false
		}
	}
	return true
}
