package refine

import (
	"regexp"
	"unicode"

	"github.com/factgraph/factgraph/doc"
)

// actingBefore matches, at the end of the text before a post, the words
// that make it an acting one: «(временно) исполняющий обязанности» in any
// case, «и. о.», «и.о.» or «врио» (spaces may be no-break ones).
var actingBefore = regexp.MustCompile(`(?i)(?:^|[^\p{L}.])((?:временно[\s\p{Z}]+)?исполняющ\p{L}+[\s\p{Z}]+обязанности|и\.[\s\p{Z}]?о\.|врио)[\s\p{Z}]$`)

// actingEnd reports whether c may end the acting words before the space
// that actingBefore wants before a post: «обязанности», «и. о.», «врио» end
// in «и», «.» or «о». actingPosts runs the expression only after such a
// letter, not before every post.
func actingEnd(c rune) bool {
	switch c {
	case 'и', 'И', '.', 'о', 'О':
		return true
	}
	return false
}

// actingLetterBefore reports whether text[at-1], the rune before the last
// one of the acting words at text[at] (actingEnd), may be the one before
// it in actingBefore's words, in any case as the expression's (?i) folds
// it: «т» of «обязанности», «о» before the dot of «и. о.», «и» of «врио».
// actingPosts runs the expression only after these two runes.
func actingLetterBefore(text []rune, at int) bool {
	if at < 1 {
		return false
	}
	var want rune
	switch text[at] {
	case 'и', 'И':
		want = 'т'
	case '.':
		want = 'о'
	default:
		want = 'и'
	}
	return sameFold(text[at-1], want)
}

// sameFold reports whether c is d or a rune d folds with
// (unicode.SimpleFold), as the (?i) of a regular expression matches it.
func sameFold(c, d rune) bool {
	for f := d; ; {
		if f == c {
			return true
		}
		if f = unicode.SimpleFold(f); f == d {
			return false
		}
	}
}

// actingWindow bounds the runes before a post that actingBefore reads.
const actingWindow = 48

// actingPosts adds, for a PROFESSION right after «исполняющий обязанности»,
// «временно исполняющий обязанности», «и. о.» or «врио» («Временно
// исполняющий обязанности» + «председателя правительства Ингушетии»), the
// post from those words to its end, keeping the shorter post, unless a
// PROFESSION from there already runs as far or farther («исполняющим
// обязанности генсека ФСЭГ» covers «генсека»). In NEREL
// v1.1 train every one of the 29 posts so preceded is tagged from the
// acting words (the shorter post nested in 23 of 39 such gold posts); the
// recognizer ran 26 of them together, and in dev missed three.
func actingPosts(text []rune, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	have := spansOf(ms, "PROFESSION")
	for _, m := range ms {
		if m.Type != "PROFESSION" || m.Start < 2 || m.Start > len(text) || m.End > len(text) || !actingEnd(text[m.Start-2]) || !actingLetterBefore(text, m.Start-2) {
			continue
		}
		from := max(0, m.Start-actingWindow)
		before := string(text[from:m.Start])
		loc := actingBefore.FindStringSubmatchIndex(before)
		if loc == nil {
			continue
		}
		start := from + len([]rune(before[:loc[2]]))
		sp := doc.Span{Start: start, End: m.End}
		if !have[sp] && !startsOver(ms, sp, "PROFESSION") && !startsOver(added, sp, "PROFESSION") {
			have[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PROFESSION"})
		}
	}
	return withAdded(ms, added)
}
