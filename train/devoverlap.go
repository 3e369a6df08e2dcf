package train

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/corpus/conllu"
)

// devOverlap holds the word sequences of the dev sets (TaggerDevFiles) so
// that training sentences with the same text can be dropped: GramEval
// 2020's Taiga social and poetry corpora hold most of UD Taiga dev's
// text word for word (its Instagram and poetry documents) under an older
// annotation, so a model trained on them has seen the dev text and its
// dev (and cross-validated) figures are not held out.
type devOverlap struct {
	exact map[string]bool // exactKey of each dev sentence
	loose map[string]bool // the joined looseWords of each dev sentence
	// inner maps the first word of each dev sentence of at least
	// minInner loose words to those words (looseWords).
	inner map[string][][]string
}

// minInner is the least number of loose words (looseWords) of a dev
// sentence found inside a longer training sentence for that sentence to
// be dropped: shorter ones («Да, конечно.») recur in any corpus.
const minInner = 5

// newDevOverlap indexes the sentences of the dev sets.
func newDevOverlap(devs [][]*conllu.Sentence) *devOverlap {
	o := &devOverlap{exact: map[string]bool{}, loose: map[string]bool{}, inner: map[string][][]string{}}
	for _, ss := range devs {
		for _, s := range ss {
			if k := exactKey(s.Words); k != "" {
				o.exact[k] = true
			}
			lw := looseWords(s.Words)
			if k := strings.Join(lw, "\x00"); k != "" {
				o.loose[k] = true
			}
			if len(lw) >= minInner {
				o.inner[lw[0]] = append(o.inner[lw[0]], lw)
			}
		}
	}
	return o
}

// overlapKind tells how a training sentence matches a dev sentence.
type overlapKind int

const (
	noOverlap    overlapKind = iota
	exactOverlap             // the same words, spelled the same
	looseOverlap             // the same words up to case, ё/е and punctuation
	innerOverlap             // holds a dev sentence of minInner loose words or more
)

// match reports whether the words ws of a training sentence are those of
// a dev sentence: exactly, or up to case, ё/е and tokens with no letter
// or digit (looseWords), or whether they hold, in the loose sense, all the
// words of a dev sentence of minInner words or more (a training sentence
// that joins two dev sentences).
func (o *devOverlap) match(ws []conllu.Word) overlapKind {
	if o == nil {
		return noOverlap
	}
	if k := exactKey(ws); k != "" && o.exact[k] {
		return exactOverlap
	}
	lw := looseWords(ws)
	if k := strings.Join(lw, "\x00"); k != "" && o.loose[k] {
		return looseOverlap
	}
	for i, w := range lw {
		for _, d := range o.inner[w] {
			if len(d) <= len(lw)-i && slices.Equal(d, lw[i:i+len(d)]) {
				return innerOverlap
			}
		}
	}
	return noOverlap
}

// overlapCount counts the sentences and words a filter dropped.
type overlapCount struct {
	exactSents, exactWords int
	looseSents, looseWords int
	innerSents, innerWords int
}

// filter returns the sentences of ss that match no dev sentence (ss is
// not modified) and what it dropped.
func (o *devOverlap) filter(ss []*conllu.Sentence) ([]*conllu.Sentence, overlapCount) {
	var c overlapCount
	out := make([]*conllu.Sentence, 0, len(ss))
	for _, s := range ss {
		switch o.match(s.Words) {
		case exactOverlap:
			c.exactSents++
			c.exactWords += len(s.Words)
		case looseOverlap:
			c.looseSents++
			c.looseWords += len(s.Words)
		case innerOverlap:
			c.innerSents++
			c.innerWords += len(s.Words)
		default:
			out = append(out, s)
		}
	}
	return out, c
}

// exactKey joins the forms of ws; "" for no words.
func exactKey(ws []conllu.Word) string {
	fs := make([]string, len(ws))
	for i, w := range ws {
		fs[i] = w.Form
	}
	return strings.Join(fs, "\x00")
}

// looseWords returns the forms of ws that hold a letter or a digit, lower
// case, ё spelled е, and with the stress marks (U+0301) dropped: «Ну,
// Ёлки!» and «ну ёлки» have the same words; joined, they are the key of a
// loose match, "" (never matched) when no word holds a letter or a digit.
func looseWords(ws []conllu.Word) []string {
	var fs []string
	for _, w := range ws {
		if !strings.ContainsFunc(w.Form, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue
		}
		f := strings.ToLower(strings.ReplaceAll(w.Form, "\u0301", ""))
		fs = append(fs, strings.ReplaceAll(f, "ё", "е"))
	}
	return fs
}
