// Package truecase restores the capitals of text written without them (all
// in lower case, as in some social-media posts and transcripts) or with
// nothing else (headlines in capitals: «ДМИТРИЙ ШУГАЕВ ПОСЕТИЛ ИЖЕВСК»), so
// that the case-sensitive models downstream see ordinary text.
//
// It uses the OpenCorpora dictionary: a word whose most probable reading is
// an abbreviation (США, ФСБ, НАТО) is written in capitals; one whose most
// probable reading is a first name, surname, patronymic, place or
// organization (Дмитрий, Путин, Москва) gets an initial capital, and so does
// a noun or adjective after a first name or patronymic (Дмитрий Шугаев),
// the first word of a sentence and the first word in
// quotes («Купол»). In a text written otherwise, a headline's words take
// the case the text writes them in elsewhere («МИД ИНДИИ» → «МИД Индии»,
// after «МИД РФ» and «Индии» in the body). Every other Cyrillic word is written in lower case; Latin
// words are left as they are, since nothing tells «ZALA AERO GROUP» from a
// shouted word. Text with ordinary capitalization is left alone.
//
// The result has the same number of code points as the input, so offsets
// into it are offsets into the original text.
package truecase

import (
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// Truecaser restores capitals with a morphological dictionary.
type Truecaser struct {
	A *morph.Analyzer
}

// New returns a Truecaser over the embedded dictionary.
func New() (*Truecaser, error) {
	a, err := morph.Default()
	if err != nil {
		return nil, err
	}
	return &Truecaser{A: a}, nil
}

// Thresholds of the two cases handled.
const (
	// A text is written without capitals when fewer than this share of its
	// letters are capitals (and it has at least minLetters letters).
	lowerShare = 0.005
	// A sentence is written in capitals when at least this share of its
	// cased letters are capitals (and it has at least two words of two
	// letters or more).
	upperShare = 0.9
	minLetters = 20
)

// Restore returns text with capitals restored in the sentences that need it,
// and whether it changed anything; when it did not, the result is text
// itself. sents are the sentences of text with their tokens.
func (t *Truecaser) Restore(text []rune, sents []doc.Sentence) ([]rune, bool) {
	upper, letters := capitals(text)
	lowerText := letters >= minLetters && float64(upper) < lowerShare*float64(letters)
	var out []rune
	var seen map[string]kind
	for _, s := range sents {
		if !lowerText && !shouted(text, s) {
			continue
		}
		if out == nil {
			out = append([]rune(nil), text...)
			if !lowerText {
				seen = written(text, sents)
			}
		}
		t.sentence(out, s, seen)
	}
	if out == nil {
		return text, false
	}
	return out, true
}

// shouted reports whether sentence s of text is written in capitals.
func shouted(text []rune, s doc.Sentence) bool {
	upper, cased, words := 0, 0, 0
	for _, tok := range s.Tokens {
		n := 0
		for _, r := range text[tok.Start:tok.End] {
			if isUpper, isLower := letterCase(r); isUpper || isLower {
				cased++
				n++
				if isUpper {
					upper++
				}
			}
		}
		if n >= 2 {
			words++
		}
	}
	return words >= 2 && float64(upper) >= upperShare*float64(cased)
}

// kind is how a word is to be written.
type kind int

const (
	lower kind = iota
	title
	caps
	keep
)

// written returns how the words of the sentences of text not in capitals
// are written, by their lower-case form: in capitals («МИД»), with an
// initial capital («Индии») or in lower case. A word that opens a sentence
// or a quotation says nothing, nor one written two ways.
func written(text []rune, sents []doc.Sentence) map[string]kind {
	out := map[string]kind{}
	mixed := map[string]bool{}
	for _, s := range sents {
		if shouted(text, s) || !hasLower(text[s.Start:s.End]) {
			continue // (a word in capitals alone, «МОСКВА», says nothing)
		}
		eachWord(text, s, func(w []rune, first bool) {
			if first || !cyrillic(w) {
				return
			}
			k := caseOf(w)
			key := string(lowered(w))
			if old, ok := out[key]; ok && old != k {
				mixed[key] = true
			}
			out[key] = k
		})
	}
	for w := range mixed {
		delete(out, w)
	}
	return out
}

// caseOf returns how w is written: caps (two letters or more, all
// capitals), title (an initial capital) or lower; keep for anything else.
func caseOf(w []rune) kind {
	upper, letters := capitals(w)
	switch {
	case upper == 0:
		return lower
	case upper == letters && letters >= 2:
		return caps
	case upper == 1 && unicode.IsUpper(w[0]):
		return title
	}
	return keep
}

// capitals returns how many of the letters of w are capitals, and how many
// letters it has.
func capitals(w []rune) (upper, letters int) {
	for _, r := range w {
		if isUpper, isLower := letterCase(r); isUpper || isLower {
			letters++
			if isUpper {
				upper++
			}
		} else if r >= 0x80 && unicode.IsLetter(r) {
			letters++ // a letter without case (CJK, Arabic)
		}
	}
	return upper, letters
}

// letterCase returns unicode.IsUpper(r) and unicode.IsLower(r), through
// tokenize's versions, which answer for ASCII and the Russian alphabet
// without the range tables: the truecaser asks it of every letter of every
// document.
func letterCase(r rune) (upper, lower bool) { return tokenize.IsUpper(r), tokenize.IsLower(r) }

// lowered returns w in lower case.
func lowered(w []rune) []rune {
	low := make([]rune, len(w))
	for i, r := range w {
		low[i] = unicode.ToLower(r)
	}
	return low
}

// sentence rewrites the words of sentence s in out; seen holds how the
// document writes words elsewhere (written), which comes before the
// dictionary's guess.
func (t *Truecaser) sentence(out []rune, s doc.Sentence, seen map[string]kind) {
	afterName := false
	eachWord(out, s, func(w []rune, first bool) {
		k, name := t.classify(w, afterName)
		if sk, ok := seen[string(lowered(w))]; ok && sk != keep {
			k = sk // «МИД ИНДИИ» of a headline, «МИД РФ» in the text
		}
		if first && k == lower {
			k = title
		}
		apply(w, k)
		afterName = name
	})
}

// eachWord calls fn with each token of sentence s of text that holds a
// letter, in order, and whether it opens the sentence or a quotation.
func eachWord(text []rune, s doc.Sentence, fn func(w []rune, first bool)) {
	first := true
	for _, tok := range s.Tokens {
		if tok.Start < 0 || tok.End > len(text) || tok.Start >= tok.End {
			continue
		}
		w := text[tok.Start:tok.End]
		if !hasLetter(w) {
			if len(w) == 1 && tokenize.IsOpeningQuote(w[0]) {
				first = true
			}
			continue
		}
		fn(w, first)
		first = false
	}
}

// classify returns how to write word w and whether it is a first name;
// afterName says a first name precedes it.
func (t *Truecaser) classify(w []rune, afterName bool) (kind, bool) {
	if !cyrillic(w) {
		return keep, false
	}
	ps := t.A.Parse(string(lowered(w)))
	if len(ps) == 0 {
		return lower, false
	}
	top := ps[0].Tag
	switch {
	case top.Is(morph.Abbr) && len(w) <= 6:
		return caps, false
	case top.Is(morph.Name) || top.Is(morph.Patr):
		return title, true
	case top.Is(morph.Surn) || top.Is(morph.Geox) || top.Is(morph.Orgn) || top.Is(morph.Trad):
		return title, false
	case afterName && (top.POS() == morph.NOUN || top.POS() == morph.ADJF || ps[0].Method() != morph.MethodDictionary):
		// a surname the dictionary lacks (Шугаев reads as a form of
		// «шугай», Байден is guessed), or one declined like an adjective
		// (Невский)
		return title, false
	}
	return lower, false
}

// apply rewrites w in place.
func apply(w []rune, k kind) {
	switch k {
	case keep:
	case caps:
		for i, r := range w {
			w[i] = unicode.ToUpper(r)
		}
	default:
		for i, r := range w {
			if i == 0 && k == title {
				w[i] = unicode.ToUpper(r)
			} else {
				w[i] = unicode.ToLower(r)
			}
		}
	}
}

// hasLower reports whether w holds a lower-case letter.
func hasLower(w []rune) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func hasLetter(w []rune) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func cyrillic(w []rune) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Cyrillic, r) {
			return false
		}
	}
	return true
}
