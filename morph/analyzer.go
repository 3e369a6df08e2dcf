package morph

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Analyzer parses Russian word forms with the OpenCorpora dictionary and
// guesses unknown words by their endings, following pymorphy2's algorithm.
// An Analyzer is immutable after loading and safe for concurrent use.
type Analyzer struct {
	prefixes  []string // paradigm prefixes: "", "по", "наи"
	suffixes  []string
	tags      []Tag
	paradigms [][]uint16
	words     dawg
	pred      [3]dawg
	probs     map[string][]probEntry // P(t|w) by lower-cased word
	meta      [][2]string

	initials []Tag          // Name and Patr initials, all genders and cases
	surnames []surnameModel // paradigms for guessing unknown surnames

	cache *parseCache // recent analyses; the only state that changes after loading
}

// Parse is one analysis of a word.
type Parse struct {
	// Word is the analysed form, lower-cased, in the dictionary spelling
	// (ё restored where the input had е).
	Word string
	// Normal is the lemma (normal form), lower-cased: nominative singular
	// for nouns, masculine nominative singular for adjectives, infinitive
	// for verbs (pymorphy2 semantics: the first form of the lexeme).
	Normal string
	// Tag holds the grammemes of the form.
	Tag Tag
	// Score estimates P(this parse | word); the scores of one word's parses
	// sum to 1 (P(t|w) from the OpenCorpora corpus where available).
	Score float64

	lex lexeme
}

// lexeme records how a Parse was built, so that it can be inflected.
type lexeme struct {
	para uint16 // paradigm index + 1; 0 means the parse cannot be inflected
	form uint16 // form index within the paradigm
	stem string // the word form without paradigm prefix and suffix
	pre  string // unchanging text before the inflected part ("интернет-", a prefix)
	post string // unchanging text after the inflected part ("-то")
	left *lexeme
	how  Method
}

// Method names how the parse was obtained.
type Method uint8

// Parse methods.
const (
	MethodUnknown    Method = iota // UNKN fallback (and the zero value)
	MethodDictionary               // found in the dictionary
	MethodInitial                  // a single capital letter read as an initial
	MethodToken                    // number, punctuation, Latin or Roman token
	MethodHyphen                   // hyphenated word, particle or adverb
	MethodPrefix                   // dictionary word behind a known or unknown prefix
	MethodSuffix                   // guessed from the word's ending
)

// Method reports how the parse was obtained.
func (p Parse) Method() Method { return p.lex.how }

// Inflectable reports whether the parse belongs to a known paradigm, so that
// Inflect and Lexeme can produce other forms.
func (p Parse) Inflectable() bool { return p.lex.para != 0 }

// String returns "word:lemma:tag".
func (p Parse) String() string { return p.Word + ":" + p.Normal + ":" + p.Tag.String() }

// newAnalyzer builds an Analyzer from validated dictionary data.
func newAnalyzer(d *dict) (*Analyzer, error) {
	a := &Analyzer{
		prefixes:  d.prefixes,
		suffixes:  d.suffixes,
		paradigms: d.paradigms,
		words:     d.words,
		pred:      d.pred,
		probs:     make(map[string][]probEntry),
		cache:     &parseCache{max: 1 << 17},
		meta:      d.meta,
		tags:      make([]Tag, len(d.gramtab)),
	}
	for i, s := range d.gramtab {
		t, err := ParseTag(s)
		if err != nil {
			return nil, fmt.Errorf("gramtab entry %d: %w", i, err)
		}
		a.tags[i] = t
	}
	for _, kind := range []string{"Name", "Patr"} {
		for _, g := range []string{"masc", "femn"} {
			for _, c := range []string{"nomn", "gent", "datv", "accs", "ablt", "loct"} {
				a.initials = append(a.initials, mustTag("NOUN,anim,"+g+",Sgtm,"+kind+",Fixd,Abbr,Init sing,"+c))
			}
		}
	}
	a.initSurnames()
	if err := a.loadProbs(&d.probs, d.gramtab); err != nil {
		return nil, err
	}
	return a, nil
}

// probEntry is one P(t|w) value; tag shares its bytes with the tag table,
// so comparisons mostly end at the pointer check.
type probEntry struct {
	tag string
	p   float64
}

// loadProbs unpacks the p_t_given_w DAWG ("word:tag" → P·10⁶) into a map,
// which is several times faster to query than walking the DAWG per parse.
func (a *Analyzer) loadProbs(d *dawg, gramtab []string) error {
	intern := make(map[string]string, len(gramtab))
	for _, t := range gramtab {
		intern[t] = t
	}
	var c completer
	c.start(d, 0)
	c.budget = 64 * len(d.units) // whole DAWG; still bounded if corrupt
	for c.next() {
		key := c.keyBytes()
		i := bytes.LastIndexByte(key, ':')
		if i <= 0 {
			return fmt.Errorf("P(t|w) key %q has no tag", key)
		}
		v, ok := d.value(c.stack[c.n-1])
		if !ok {
			continue
		}
		tag, ok := intern[string(key[i+1:])]
		if !ok {
			tag = string(key[i+1:])
			intern[tag] = tag
		}
		w := decodeCP1251(key[:i])
		a.probs[w] = append(a.probs[w], probEntry{tag, float64(v) / 1e6})
	}
	return nil
}

// Tags for tokens outside the dictionary.
var (
	tagUNKN = mustTag("UNKN")
	tagPNCT = mustTag("PNCT")
	tagLATN = mustTag("LATN")
	tagROMN = mustTag("ROMN")
	tagInt  = mustTag("NUMB,intg")
	tagReal = mustTag("NUMB,real")
	tagADVB = mustTag("ADVB")
)

// Meta returns the dictionary's metadata (source version, revision, …).
func (a *Analyzer) Meta() map[string]string {
	m := make(map[string]string, len(a.meta))
	for _, kv := range a.meta {
		m[kv[0]] = kv[1]
	}
	return m
}

// Parse returns the analyses of word, best first. There is always at least
// one: a word that nothing recognises gets the tag UNKN. Parse never panics,
// whatever the input (invalid UTF-8 is replaced by U+FFFD).
func (a *Analyzer) Parse(word string) []Parse { return a.AppendParses(nil, word) }

// AppendParses appends the analyses of word to dst and returns the extended
// slice; reusing dst avoids an allocation per word.
func (a *Analyzer) AppendParses(dst []Parse, word string) []Parse {
	if !utf8.ValidString(word) {
		word = strings.ToValidUTF8(word, "\uFFFD")
	}
	if ps, ok := a.cache.get(word); ok {
		return append(dst, ps...)
	}
	start := len(dst)
	dst = a.analyze(dst, word, toLower(word), 0)
	a.cache.put(word, dst[start:])
	return dst
}

// Tag returns the tags of the word's parses, best first, without building
// lemmas: the cheapest way to ask "can this be a surname?".
func (a *Analyzer) Tags(word string) []Tag {
	ps := a.Parse(word)
	out := make([]Tag, len(ps))
	for i := range ps {
		out[i] = ps[i].Tag
	}
	return out
}

// maxDepth bounds the recursion through hyphenated parts.
const maxDepth = 2

// analyze runs pymorphy2's analyzer units in order; a unit that yields
// parses ends the search.
func (a *Analyzer) analyze(dst []Parse, word, lower string, depth int) []Parse {
	start := len(dst)
	var encBuf [64]byte
	enc := encodeCP1251(encBuf[:0], lower)

	dst = a.dictionary(dst, lower, enc, "", 1, false)
	if len(dst) == start && strings.Contains(lower, "ё") {
		// The dictionary spells ё; accept input that has ё where it has е.
		e := strings.ReplaceAll(lower, "ё", "е")
		dst = a.dictionary(dst, e, encodeCP1251(nil, e), "", 1, false)
	}
	dst = a.initialParses(dst, word)
	if len(dst) == start {
		dst = a.guess(dst, word, lower, enc, depth)
	}
	a.score(dst[start:], lower)
	return dst
}

// guess handles words the dictionary does not know.
func (a *Analyzer) guess(dst []Parse, word, lower string, enc []byte, depth int) []Parse {
	start := len(dst)
	fixed := func(t Tag, score float64) []Parse {
		return append(dst, Parse{Word: lower, Normal: lower, Tag: t, Score: score, lex: lexeme{how: MethodToken}})
	}
	if isInt(lower) {
		return fixed(tagInt, 0.9)
	}
	if isReal(lower) {
		return fixed(tagReal, 0.9)
	}
	if isPunct(lower) {
		return fixed(tagPNCT, 0.9)
	}
	if isRoman(word) {
		dst = fixed(tagROMN, 0.9)
	}
	if isLatin(lower) {
		dst = fixed(tagLATN, 0.9)
	}
	if len(dst) > start {
		return dst
	}
	if depth < maxDepth && strings.Contains(lower, "-") {
		if dst = a.hyphenParticle(dst, lower, depth); len(dst) > start {
			return dst
		}
		if dst = a.hyphenAdverb(dst, lower, depth); len(dst) > start {
			return dst
		}
		if dst = a.hyphenated(dst, lower, depth); len(dst) > start {
			return dst
		}
	}

	var offBuf [65]int
	offs := runeOffsets(offBuf[:0], lower)
	if dst = a.knownPrefix(dst, lower, enc, offs); len(dst) > start {
		return dst
	}
	dst = a.unknownPrefix(dst, lower, enc, offs)
	dst = a.knownSuffix(dst, lower, enc, offs)
	dst = a.surnameGuess(dst, word, lower)
	if len(dst) > start {
		return dst
	}
	return append(dst, Parse{Word: lower, Normal: lower, Tag: tagUNKN, Score: 1})
}

// dictionary appends the dictionary parses of the word whose lower-cased
// form is lower and CP1251 encoding enc; pre is prepended to the word and
// lemma. With productiveOnly, closed-class parses and proper names are
// skipped (used behind prefixes: "зият"+"динов" is no plural of a name).
func (a *Analyzer) dictionary(dst []Parse, lower string, enc []byte, pre string, score float64, productiveOnly bool) []Parse {
	how := MethodDictionary
	if pre != "" {
		how = MethodPrefix
	}
	if len(enc) == 0 {
		return dst
	}
	// enc is modified in place during the е→ё search and restored after.
	a.words.similar(enc, func(fixedKey []byte, changed bool, node uint32) {
		node, ok := a.words.follow(1, node)
		if !ok {
			return
		}
		w := lower
		if changed {
			w = decodeCP1251(fixedKey)
		}
		var c completer
		c.start(&a.words, node)
		lastNormal, lastPara, lastStem := "", -1, ""
		for c.next() {
			k := c.keyBytes()
			if len(k) != 4 {
				continue
			}
			para, form := int(decodeU16(k[0], k[1])), int(decodeU16(k[2], k[3]))
			p, ok := a.formParse(para, form, w)
			if !ok || (productiveOnly && (!p.Tag.productive() || p.Tag.set.and(properMask) != gset{})) {
				continue
			}
			if para == lastPara && p.lex.stem == lastStem {
				p.Normal = lastNormal
			} else {
				p.Normal = a.normalOf(para, p.lex.stem, w, form)
				lastNormal, lastPara, lastStem = p.Normal, para, p.lex.stem
			}
			if pre != "" {
				p.Word = pre + p.Word
				p.Normal = pre + p.Normal
				p.lex.pre = pre
			}
			p.Score = score
			p.lex.how = how
			dst = appendUnique(dst, p, false)
		}
	})
	return dst
}

// formParse builds the parse of word w as form form of paradigm para,
// without the lemma. It fails when the indices are out of range or w does
// not carry the paradigm's prefix and suffix for that form.
func (a *Analyzer) formParse(para, form int, w string) (Parse, bool) {
	if para >= len(a.paradigms) {
		return Parse{}, false
	}
	pd := a.paradigms[para]
	n := len(pd) / 3
	if form >= n {
		return Parse{}, false
	}
	pfx, sfx := a.prefixes[pd[2*n+form]], a.suffixes[pd[form]]
	if len(w) < len(pfx)+len(sfx) || !strings.HasPrefix(w, pfx) || !strings.HasSuffix(w, sfx) {
		return Parse{}, false
	}
	return Parse{
		Word: w,
		Tag:  a.tags[pd[n+form]],
		lex:  lexeme{para: uint16(para + 1), form: uint16(form), stem: w[len(pfx) : len(w)-len(sfx)]},
	}, true
}

// normalOf returns the first form of paradigm para with the given stem.
func (a *Analyzer) normalOf(para int, stem, w string, form int) string {
	if form == 0 {
		return w
	}
	pd := a.paradigms[para]
	n := len(pd) / 3
	return a.prefixes[pd[2*n]] + stem + a.suffixes[pd[0]]
}

// appendUnique appends p unless a parse with the same word, tag and lemma
// is already there (pymorphy2's seen-parses rule). With replace, unlike
// pymorphy2, a duplicate with a higher score replaces the earlier parse.
func appendUnique(dst []Parse, p Parse, replace bool) []Parse {
	for i := range dst {
		q := &dst[i]
		if q.Tag.set == p.Tag.set && q.Word == p.Word && q.Normal == p.Normal {
			if replace && p.Score > q.Score {
				*q = p
			}
			return dst
		}
	}
	return append(dst, p)
}

// similar walks key from node idx, following both е and ё where the input
// has е, and calls visit for every complete match (changed reports that
// some е was read as ё). key is modified during the walk and restored.
// At most maxYoBranches alternative paths are tried, which bounds the work
// on corrupt automata (real words have one or two).
func (d *dawg) similar(key []byte, visit func(key []byte, changed bool, idx uint32)) {
	budget := maxYoBranches
	d.similarFrom(key, 0, 0, false, &budget, visit)
}

const maxYoBranches = 16

func (d *dawg) similarFrom(key []byte, pos int, idx uint32, changed bool, budget *int, visit func(key []byte, changed bool, idx uint32)) {
	for ; pos < len(key); pos++ {
		c := key[pos]
		if c == 0xE5 && *budget > 0 { // е
			if next, ok := d.follow(0xB8, idx); ok { // ё
				*budget--
				key[pos] = 0xB8
				d.similarFrom(key, pos+1, next, true, budget, visit)
				key[pos] = 0xE5
			}
		}
		var ok bool
		if idx, ok = d.follow(c, idx); !ok {
			return
		}
	}
	visit(key, changed, idx)
}

// initialLetters are the capitals that can be initials (pymorphy2).
const initialLetters = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ"

// initialParses reads a single capital letter as an abbreviated first name
// or patronymic.
func (a *Analyzer) initialParses(dst []Parse, word string) []Parse {
	r, size := utf8.DecodeRuneInString(word)
	if size == 0 || size != len(word) || !strings.ContainsRune(initialLetters, r) {
		return dst
	}
	lower := string(unicode.ToLower(r))
	for _, t := range a.initials {
		dst = append(dst, Parse{Word: lower, Normal: lower, Tag: t, Score: 0.1, lex: lexeme{how: MethodInitial}})
	}
	return dst
}

// score replaces the scores by P(t|w) when the corpus statistics know the
// word, otherwise normalises them to sum 1, and sorts best first.
func (a *Analyzer) score(ps []Parse, lower string) {
	if len(ps) == 0 {
		return
	}
	if len(ps) == 1 {
		ps[0].Score = 1
		return
	}
	total := a.probScores(ps, lower)
	if total == 0 && len(ps) > 0 && ps[0].Word != lower {
		total = a.probScores(ps, ps[0].Word)
	}
	if total == 0 {
		sum := 0.0
		for i := range ps {
			sum += ps[i].Score
		}
		if sum > 0 {
			for i := range ps {
				ps[i].Score /= sum
			}
		}
	}
	sorted := true
	for i := 1; i < len(ps) && sorted; i++ {
		sorted = ps[i].Score <= ps[i-1].Score
	}
	if sorted {
		return
	}
	slices.SortStableFunc(ps, func(x, y Parse) int {
		switch {
		case x.Score > y.Score:
			return -1
		case x.Score < y.Score:
			return 1
		}
		return 0
	})
}

// probScores looks up P(t|w) for every parse. When some probability is
// found it sets every parse's Score to its probability and returns their
// sum; otherwise it leaves the scores and returns 0.
func (a *Analyzer) probScores(ps []Parse, w string) float64 {
	entries := a.probs[w]
	if len(entries) == 0 {
		return 0
	}
	total := 0.0
	for i := range ps {
		for _, e := range entries {
			if e.tag == ps[i].Tag.str {
				total += e.p
				break
			}
		}
	}
	if total == 0 {
		return 0
	}
	for i := range ps {
		ps[i].Score = 0
		for _, e := range entries {
			if e.tag == ps[i].Tag.str {
				ps[i].Score = e.p
				break
			}
		}
	}
	return total
}

// toLower lower-cases s, returning s itself when it has no capitals.
func toLower(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return strings.ToLower(s)
			}
			i++
			continue
		}
		if (c == 0xD0 || c == 0xD1) && i+1 < len(s) { // Cyrillic U+0400–U+047F
			r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			if r < 0x430 {
				return strings.ToLower(s)
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			return strings.ToLower(s)
		}
		i += size
	}
	return s
}

// runeOffsets appends the byte offset of every rune of s, and len(s).
func runeOffsets(dst []int, s string) []int {
	for i := range s {
		dst = append(dst, i)
	}
	return append(dst, len(s))
}
