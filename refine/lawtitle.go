package refine

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
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
		if c := last[len(last)-1]; !unicode.IsDigit(c) && !tokenize.IsUpper(c) {
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
	l := lowerCase(s)
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

// articleCodes adds, for a LAW (a code, a law) right after an article's word
// and number («статье 19.7» + «КоАП РФ», «статью 128.1» + «Уголовного
// кодекса Российской Федерации»), the LAW over both, keeping the inner
// one (the longest LAW there, not «Уголовного кодекса» inside «Уголовного
// кодекса Российской Федерации»), unless a LAW that starts at the article
// runs on over the title after the code (lawTitles' work: «статьи 148 Уголовного кодекса России
// „Оскорбление чувств верующих“»); a code's acronym runs on over its country («КоАП» + «РФ»), as
// codeCountries does. NEREL train has the longer LAW in 23 of its 24 such
// pairs, dev in 8 of 8 (the recognizer misses it in two). An article after
// a part's number («ч. 2 ст. 285 УК России») is left to lawParts: NEREL
// tags the whole reference there, not the article with the code.
func articleCodes(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	have, countries, laws := spansOf(ms, "LAW"), longestEnds(ms, "COUNTRY"), longestEnds(ms, "LAW")
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "LAW" || m.End < laws[m.Start] || articleReference(m.Text) {
			continue
		}
		toks, f, _ := tokensOf(sents, m)
		if f < 2 || !unicode.IsDigit(firstRune(toks[f-1].Text)) || !articleWord(toks, f-2) {
			continue
		}
		a := f - 2
		if toks[a].Text == "." {
			a--
		}
		if a >= 2 && unicode.IsDigit(firstRune(toks[a-1].Text)) && lawPart(toks[a-2].Text) {
			continue // «ч. 2 ст. 285 УК России»
		}
		end := m.End
		if codeAcronym(m.Text) && end+1 < len(text) && text[end] == ' ' && countries[end+1] > 0 {
			end = countries[end+1]
		}
		sp := doc.Span{Start: toks[a].Start, End: end}
		if (laws[sp.Start] < sp.End || quotedTitleEnd(text, end) < 0) && !have[sp] {
			have[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "LAW"})
		}
	}
	return withAdded(ms, added)
}

// articleWord reports whether toks[k] ends an article's word: a form of
// «статья», «ст.» as one token, or «.» after «ст».
func articleWord(toks []doc.Token, k int) bool {
	w := toks[k].Text
	if w == "." && k > 0 {
		w = toks[k-1].Text + "."
	}
	return articleReference(w) && (len([]rune(w)) > 3 || strings.EqualFold(w, "ст."))
}
