package refine

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
)

// lawTitles runs a LAW mention of an article («статьи 214», «статьи 128.1
// УК РФ») over the article's title quoted right after it, with no
// parenthesis between («статьи 214 „Вандализм“»), as NEREL tags it: train
// includes the title in both of its such cases («статьи 318 УК РФ „угроза
// применения насилия …“», «ст. 20.3 „Пропаганда …“»), dev in two of three.
// A title in parentheses («ст. 275 УК РФ („Государственная измена“)») is
// left out, as train leaves it in 5 of 6. It runs before lawParts, which
// then adds the part («части 2 статьи 214 „Вандализм“»).
//
// The title itself, read as an ORGANIZATION («„Клевета“», dev), becomes a
// CRIME: NEREL train types such titles CRIME in 5 of 9 cases and LAW in
// the other 4, an ORGANIZATION never.
func lawTitles(text []rune, ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	var titles []doc.Span
	for k, m := range ms {
		if m.Type != "LAW" || !articleReference(m.Text) {
			continue
		}
		last := []rune(m.Text)
		if c := last[len(last)-1]; !unicode.IsDigit(c) && !unicode.IsUpper(c) {
			continue
		}
		end := quotedTitleEnd(text, m.End)
		if end < 0 {
			continue
		}
		out = own(out, ms)
		out[k].End = end
		out[k].Text = string(text[m.Start:end])
		titles = append(titles, doc.Span{Start: m.End + 2, End: end - 1})
	}
	if out == nil {
		return ms
	}
	for k, m := range out {
		if m.Type == "ORGANIZATION" && slices.Contains(titles, m.Span) {
			out[k].Type = "CRIME"
		}
	}
	return sortedMentions(out)
}

// articleReference reports whether a LAW's text opens with an article's
// word: «статья» in any case or «ст.».
func articleReference(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "стать") || strings.HasPrefix(l, "ст.")
}

// quotedTitleEnd returns the end (after the closing guillemet) of a title
// in guillemets that opens one space after end, within a line and 120
// runes and with no guillemet of its own, or -1.
func quotedTitleEnd(text []rune, end int) int {
	if end+2 >= len(text) || text[end] != ' ' || text[end+1] != '«' {
		return -1
	}
	for i := end + 2; i < len(text) && i < end+122; i++ {
		switch text[i] {
		case '»':
			if i == end+2 {
				return -1
			}
			return i + 1
		case '«', '\n':
			return -1
		}
	}
	return -1
}
