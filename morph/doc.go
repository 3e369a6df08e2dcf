// Package morph is a Russian morphological analyzer over the OpenCorpora
// dictionary, reading the pymorphy2 (format 2.4) files as shipped by the az
// npm package and following pymorphy2's analysis algorithm in pure Go.
//
// Analyzer.Parse returns every analysis of a word (form, lemma, OpenCorpora
// tag, score), best first: dictionary words (with е read as ё where the
// dictionary has ё), hyphenated words and particles, words behind known or
// unknown prefixes, and unknown words guessed from their endings, with
// UNKN as the last resort. Analyzer.Inflect and Analyzer.Lexeme produce
// other forms of a parsed word, e.g. the nominative of a surname found in
// the genitive. Tags are 128-bit grammeme sets: Tag.Is(morph.Surn) is one
// bit test.
//
// Default returns an Analyzer over the dictionary embedded in the binary
// (dict/ru.bin, made by Convert; see docs/morph.md for the format and how
// to regenerate it). The dictionary is © OpenCorpora (CC BY-SA).
package morph
