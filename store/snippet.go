package store

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
)

// Snippet returns a stretch of about width words of text around the first
// word that starts with one of the terms (see QueryTerms), with every such
// word between MarkStart and MarkEnd and "…" where text was cut. It returns
// the start of the text when no word matches. Backends use it for
// DocumentHit.Snippet.
func Snippet(text string, terms []string, width int) string {
	if width < 1 {
		width = 1
	}
	type word struct{ start, end int } // byte offsets
	var words []word
	first := -1
	in := false
	for i, r := range text {
		isWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case isWord && !in:
			words = append(words, word{start: i})
			in = true
		case !isWord && in:
			words[len(words)-1].end = i
			in = false
		}
	}
	if in {
		words[len(words)-1].end = len(text)
	}
	match := func(w word) bool {
		norm := NormalizeName(text[w.start:w.end])
		for _, t := range terms {
			if strings.HasPrefix(norm, t) {
				return true
			}
		}
		return false
	}
	for i, w := range words {
		if match(w) {
			first = i
			break
		}
	}
	if len(words) == 0 {
		return truncateRunes(text, 200)
	}
	lo := 0
	if first > width/3 {
		lo = first - width/3
	}
	hi := min(lo+width, len(words))
	var b strings.Builder
	if lo > 0 {
		b.WriteString("…")
	}
	pos := words[lo].start
	for _, w := range words[lo:hi] {
		b.WriteString(text[pos:w.start])
		if match(w) {
			b.WriteString(MarkStart + text[w.start:w.end] + MarkEnd)
		} else {
			b.WriteString(text[w.start:w.end])
		}
		pos = w.end
	}
	if hi < len(words) {
		b.WriteString("…")
	} else {
		b.WriteString(text[pos:])
	}
	return b.String()
}

// truncateRunes cuts s to at most n code points.
func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// MentionContext returns the text before and after a mention for
// MentionInContext: up to ContextChars code points on each side, cut at
// word boundaries, with "…" where the text goes on and line breaks read
// as spaces. window is the stretch of the text (of chars code points)
// starting at code point off and reaching one code point past the
// context on each side where the text allows: from max(0,
// m.Start-ContextChars-1) to min(chars, m.End+ContextChars+1). A window
// that does not hold the mention gives empty strings.
func MentionContext(window string, off, chars int, m doc.Span) (before, after string) {
	text := []rune(window)
	at := func(i int) rune { return text[i-off] } // i: offset in the whole text
	n := ContextChars
	if m.Start < off || m.End < m.Start || m.End > off+len(text) || off+len(text) > chars {
		return "", ""
	}
	lo := max(0, m.Start-n)
	if lo < off {
		return "", ""
	}
	if lo > 0 {
		if lo-1 < off {
			return "", ""
		}
		for lo < m.Start && !unicode.IsSpace(at(lo-1)) {
			lo++
		}
	}
	hi := min(chars, m.End+n)
	if hi > off+len(text) || hi < chars && hi == off+len(text) {
		return "", ""
	}
	if hi < chars {
		for hi > m.End && !unicode.IsSpace(at(hi)) {
			hi--
		}
	}
	flat := func(rs []rune) string {
		return strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' || r == '\t' {
				return ' '
			}
			return r
		}, string(rs))
	}
	before, after = flat(text[lo-off:m.Start-off]), flat(text[m.End-off:hi-off])
	if lo > 0 {
		before = "…" + before
	}
	if hi < chars {
		after += "…"
	}
	return before, after
}
