// Package tokenize splits Russian (and, reasonably, English) news text into
// sentences and tokens with hand-written rules.
//
// Token boundaries follow the conventions of the Universal Dependencies
// Russian treebanks as closely as practical: punctuation is split off words;
// hyphenated compounds (Тор-М2, из-за, Ростов-на-Дону, 24-е), decimal numbers
// (3,5 and 12.10.2024), times and scores (10:30, 3:0) stay one token; known
// abbreviations and single-letter initials keep their dot (г., тыс., т., А.);
// repeated punctuation (..., ?!, !!!, ")))", "--", “) is one token, and so is
// a run of emoji, including ZWJ sequences and skin-tone modifiers. URLs,
// e-mail addresses, @mentions, #hashtags and HTML character references such
// as &#39; are single tokens. Space-separated digit groups (1 000 000) are
// separate tokens.
//
// A sentence ends after . ! ? … and their combinations (with any closing
// quotes and brackets that follow) unless the next word starts with a
// lowercase letter or the dot belongs to an abbreviation or an initial that
// introduces a name; a line break always ends a sentence.
//
// Offsets are counted in Unicode code points from the start of the text, as
// everywhere in factgraph (see package doc). Invalid UTF-8 is tolerated: each
// invalid byte counts as one code point (U+FFFD), exactly as Go's range loop
// over a string and []rune(text) do, so offsets agree with []rune(text). A
// token's Text is a substring of the input, so it may hold such invalid
// bytes. The functions never panic.
package tokenize

import (
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
)

// Tokens returns every token of text in order, without splitting it into
// sentences. Token texts are substrings of text.
func Tokens(text string) []doc.Token {
	s := scanner{text: text}
	s.scan()
	s.segment()
	return s.toks
}

// Split splits text into sentences and fills each sentence's Tokens. A
// sentence's span runs from its first token's start to its last token's end.
// The Tokens slices of all sentences share one backing array.
func Split(text string) []doc.Sentence {
	s := scanner{text: text}
	s.scan()
	return s.sentences()
}

// kind classifies a token for the sentence splitter.
type kind uint8

const (
	kWord    kind = iota // starts with a letter
	kNum                 // starts with a digit
	kAbbr                // a word with its abbreviation dot (г., А.)
	kTerm                // sentence-final punctuation: . ! ? … ?! ...
	kOpener              // ( [ { « „ ‘ ``
	kCloser              // ) ] } » ” ’ ''
	kQuote               // " ' “ — may open or close
	kDash                // - -- – —
	kPunct               // , ; : and other punctuation
	kSym                 // any other single symbol
	kEmoji               // a run of emoji
	kURL                 // URL or e-mail address
	kMention             // @name
	kHashtag             // #tag
	kSmiley              // ))) or ((
)

// Token flags.
const (
	fSpace   uint8 = 1 << iota // whitespace before the token
	fNewline                   // a line break before the token
)

type meta struct {
	kind  kind
	flags uint8
}

type scanner struct {
	text   string
	pos    int // byte offset of the scan
	toks   []doc.Token
	meta   []meta
	lastB  int // byte offset matching lastR
	lastR  int // code point offset of lastB
	flags  uint8
	parens int // open round brackets on the current line
	// plusNumber is set when a '+' directly precedes a digit: the number
	// token then starts at the '+'.
	plusNumber bool
}

// runeOffset converts byte offset b (≥ lastB) to a code point offset.
func (s *scanner) runeOffset(b int) int {
	s.lastR += utf8.RuneCountInString(s.text[s.lastB:b])
	s.lastB = b
	return s.lastR
}

func (s *scanner) emit(bs, be int, k kind) {
	start := s.runeOffset(bs)
	end := s.runeOffset(be)
	s.toks = append(s.toks, doc.Token{Span: doc.Span{Start: start, End: end}, Text: s.text[bs:be]})
	s.meta = append(s.meta, meta{kind: k, flags: s.flags})
	s.flags = 0
	s.pos = be
}
