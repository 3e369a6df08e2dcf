package tokenize

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// segment finds sentence ends (the index just past each sentence's last
// token) and splits the dot off an abbreviation that ends a sentence, as UD
// treebanks do ("и т. п." → т., п, .).
func (s *scanner) segment() []int {
	toks, meta := s.toks, s.meta
	var ends []int
	var splits []int // abbreviation tokens whose dot becomes a token
	start := 0
	cut := func(end int) {
		if end > start {
			ends = append(ends, end)
		}
		start = end
	}
	for i := 0; i < len(toks); i++ {
		if meta[i].flags&fNewline != 0 {
			cut(i)
		}
		if !s.mayEnd(i, start) || s.inShortTitle(i, start) {
			continue
		}
		// Take closing quotes and brackets, more final punctuation and
		// emoji attached to the mark.
		j := i + 1
		for j < len(toks) && meta[j].flags&fNewline == 0 {
			k := meta[j].kind
			if k == kCloser || k == kSmiley || k == kTerm ||
				(k == kQuote || k == kEmoji) && meta[j].flags&fSpace == 0 {
				j++
				continue
			}
			break
		}
		if j == len(toks) || meta[j].flags&fNewline != 0 || s.startsSentence(i, j) {
			if j == i+1 && meta[i].kind == kAbbr {
				splits = append(splits, i)
			}
			if j == len(toks) {
				break
			}
			cut(j)
		}
		i = j - 1
	}
	cut(len(toks))
	if len(splits) > 0 {
		s.splitDots(splits, ends)
	}
	return ends
}

// splitDots splits the final dot off the tokens at the given (ascending)
// indices and shifts the sentence ends accordingly.
func (s *scanner) splitDots(splits, ends []int) {
	toks := make([]doc.Token, 0, len(s.toks)+len(splits))
	metas := make([]meta, 0, len(s.toks)+len(splits))
	k := 0
	e := 0
	for i, t := range s.toks {
		for e < len(ends) && ends[e] <= i {
			ends[e] += k
			e++
		}
		if k < len(splits) && splits[k] == i {
			word := t
			word.Text = t.Text[:len(t.Text)-1]
			word.End--
			dot := doc.Token{Span: doc.Span{Start: t.End - 1, End: t.End}, Text: "."}
			toks = append(toks, word, dot)
			metas = append(metas, meta{kind: kWord, flags: s.meta[i].flags}, meta{kind: kTerm})
			k++
			continue
		}
		toks = append(toks, t)
		metas = append(metas, s.meta[i])
	}
	for ; e < len(ends); e++ {
		ends[e] += k
	}
	s.toks, s.meta = toks, metas
}

// sentences groups the tokens into sentences.
func (s *scanner) sentences() []doc.Sentence {
	ends := s.segment()
	if len(ends) == 0 {
		return nil
	}
	toks := s.toks
	out := make([]doc.Sentence, 0, len(ends))
	start := 0
	for _, end := range ends {
		out = append(out, doc.Sentence{
			Span:   doc.Span{Start: toks[start].Start, End: toks[end-1].End},
			Tokens: toks[start:end:end],
		})
		start = end
	}
	return out
}

// mayEnd reports whether token i can end the sentence that began at token
// start.
func (s *scanner) mayEnd(i, start int) bool {
	switch s.meta[i].kind {
	case kTerm:
		if i == start {
			return false // "..." opening a sentence
		}
		// "``...Прибыл": an ellipsis right after an opening quote. A
		// straight quote opens when a space or the sentence's start comes
		// before it; one glued to the word before it closes the quotation
		// the mark ends: «назвал пакет "самым жестким". Председатель …».
		if k := s.meta[i-1].kind; (k == kOpener || k == kQuote && (i-1 == start || s.meta[i-1].flags&fSpace != 0)) && s.meta[i].flags&fSpace == 0 {
			return false
		}
		// "ДОМ.РФ", "кремль.рф": the dot of a domain name, glued to the
		// words on both sides, ends no sentence.
		if s.toks[i].Text == "." && s.meta[i].flags&fSpace == 0 && i+1 < len(s.toks) && s.meta[i+1].flags&fSpace == 0 && domainZone(s.toks[i+1].Text) {
			return false
		}
		// "1. Текст": a number followed by a dot opens an enumeration.
		if s.toks[i].Text == "." && i == start+1 && s.meta[start].kind == kNum && s.meta[i].flags&fSpace == 0 {
			return false
		}
		return true
	case kEmoji:
		// Social media: an emoji followed by a space often ends a sentence.
		return i > start && i+1 < len(s.toks) && s.meta[i+1].flags&fSpace != 0
	case kAbbr:
		t := s.toks[i].Text
		word := t[:len(t)-1]
		if r, _ := decode(word, 0); isSingleRune(word) && isUpper(r) {
			// an initial (А. С. Пушкин), unless a word that opens
			// sentences, not names, follows: «… с Ван И. Он заявил»
			return i+1 < len(s.toks) && sentenceOpeners[s.toks[i+1].Text]
		}
		switch lookupAbbrev(word) {
		case abNever:
			return false
		case abYear:
			return i > 0 && s.meta[i-1].kind == kNum
		}
		return true
	}
	return false
}

// startsSentence reports whether token j can begin a new sentence after the
// possible end at token i: the first word at or after j (skipping opening
// quotes, brackets and dashes) does not start with a lowercase letter, and
// it is not trailing punctuation. After an ellipsis, an emoji or an
// abbreviation the word must start with a capital letter (or, after an
// abbreviation, be a number in quotes or brackets).
func (s *scanner) startsSentence(i, j int) bool {
	abbr := s.meta[i].kind == kAbbr
	strict := abbr || s.meta[i].kind == kEmoji || s.toks[i].Text == "…" || s.toks[i].Text == "..."
	quoted := false
	for ; j < len(s.toks); j++ {
		switch s.meta[j].kind {
		case kOpener, kQuote, kDash:
			quoted = true
			continue
		case kPunct:
			return false
		case kMention:
			return true
		case kSym:
			switch s.toks[j].Text {
			case "/", "+", "=", "×", "~", "%", "°", "&", "|":
				return false
			}
		}
		r, _ := decode(s.toks[j].Text, 0)
		if strict {
			// "и др. «12 стульев»" but not "д. 5".
			return isUpper(r) || abbr && quoted && isDigit(r)
		}
		return !IsLower(r)
	}
	return true
}

// maxTitleTokens bounds the tokens between the guillemets of a title that
// inShortTitle keeps in one sentence.
const maxTitleTokens = 10

// inShortTitle reports whether the dot at token i is inside a short title
// in «guillemets» opened in the sentence that began at token start, right
// after a lower-case word, and closed later on the same line with no other
// final punctuation: шоу «Голос. Дети», фильме «Ирония судьбы.
// Продолжение». Such a dot ends no sentence: in NEREL each of them is one
// WORK_OF_ART (train 5 of 5, dev 4 of 4), and a split cut the name in
// two. Quoted speech, after a colon or a dash, still splits.
func (s *scanner) inShortTitle(i, start int) bool {
	if s.toks[i].Text != "." {
		return false
	}
	open := -1
	for k := i - 1; k > start && i-k <= maxTitleTokens; k-- {
		if t := s.toks[k].Text; t == "»" || s.meta[k].kind == kTerm {
			return false
		} else if t == "«" {
			open = k
			break
		}
	}
	if open <= start || s.meta[open-1].kind != kWord {
		return false
	}
	if r, _ := decode(s.toks[open-1].Text, 0); !IsLower(r) {
		return false
	}
	for k := i + 1; k < len(s.toks) && k-open <= maxTitleTokens; k++ {
		if s.meta[k].flags&fNewline != 0 || s.meta[k].kind == kTerm || s.toks[k].Text == "«" {
			return false
		}
		if s.toks[k].Text == "»" {
			return k > i+1
		}
	}
	return false
}

// domainZone reports whether w is a top-level domain news name sites in
// (РФ, ру, ru, com, org, net, su), in any case.
func domainZone(w string) bool {
	switch strings.ToLower(w) {
	case "рф", "ру", "ru", "com", "org", "net", "su":
		return true
	}
	return false
}
