package tokenize

import "github.com/factgraph/factgraph/doc"

// sentences groups the scanned tokens into sentences.
func (s *scanner) sentences() []doc.Sentence {
	toks, meta := s.toks, s.meta
	if len(toks) == 0 {
		return nil
	}
	out := make([]doc.Sentence, 0, len(toks)/16+1)
	start := 0
	cut := func(end int) {
		if end > start {
			out = append(out, doc.Sentence{
				Span:   doc.Span{Start: toks[start].Start, End: toks[end-1].End},
				Tokens: toks[start:end:end],
			})
		}
		start = end
	}
	for i := 0; i < len(toks); i++ {
		if meta[i].flags&fNewline != 0 {
			cut(i)
		}
		if !s.mayEnd(i, start) {
			continue
		}
		// Take closing quotes and brackets and more final punctuation.
		j := i + 1
		for j < len(toks) && meta[j].flags&fNewline == 0 {
			k := meta[j].kind
			if k == kCloser || k == kSmiley || k == kTerm ||
				k == kQuote && meta[j].flags&fSpace == 0 {
				j++
				continue
			}
			break
		}
		if j == len(toks) {
			break
		}
		if meta[j].flags&fNewline != 0 || s.startsSentence(j) {
			cut(j)
		}
		i = j - 1
	}
	cut(len(toks))
	return out
}

// mayEnd reports whether token i can end the sentence that began at token
// start.
func (s *scanner) mayEnd(i, start int) bool {
	switch s.meta[i].kind {
	case kTerm:
		// "1. Текст": a number followed by a dot opens an enumeration.
		t := s.toks[i].Text
		if t == "." && i == start+1 && s.meta[start].kind == kNum && s.meta[i].flags&fSpace == 0 {
			return false
		}
		return true
	case kAbbr:
		t := s.toks[i].Text
		word := t[:len(t)-1]
		if r, _ := decode(word, 0); isSingleRune(word) && isUpper(r) {
			return false // an initial: А. С. Пушкин
		}
		switch lookupAbbrev(word) {
		case abNever:
			return false
		case abEnd:
			return true
		case abYear:
			return i > 0 && s.meta[i-1].kind == kNum
		}
		return true
	}
	return false
}

// startsSentence reports whether token j can begin a new sentence: the first
// word at or after it (skipping opening quotes, brackets and dashes) does not
// start with a lowercase letter, and it is not trailing punctuation.
func (s *scanner) startsSentence(j int) bool {
	for ; j < len(s.toks); j++ {
		switch s.meta[j].kind {
		case kOpener, kQuote, kDash:
			continue
		case kPunct:
			return false
		}
		r, _ := decode(s.toks[j].Text, 0)
		return !isLower(r)
	}
	return true
}
