package morph

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/internal/formcache"
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

	cache *formcache.Cache[[]Parse] // recent analyses; the only state that changes after loading
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
		cache:     formcache.New[[]Parse](1 << 16), // ≤ 2 generations: 131 072 forms, as before
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

// probEntry is one P(t|w) value. set holds the grammemes of tag (zero if
// tag does not parse), so that most mismatches are rejected by comparing
// two words; tag shares its bytes with the tag table, so the string
// comparison of a match mostly ends at the pointer check.
type probEntry struct {
	set gset
	tag string
	p   float64
}

// is reports whether e is the entry of tag t: equal strings, checked on
// the grammeme sets first (equal strings have equal sets).
func (e *probEntry) is(t *Tag) bool { return e.set == t.set && e.tag == t.str }

// loadProbs unpacks the p_t_given_w DAWG ("word:tag" → P·10⁶) into a map,
// which is several times faster to query than walking the DAWG per parse.
func (a *Analyzer) loadProbs(d *dawg, gramtab []string) error {
	intern := make(map[string]Tag, len(gramtab))
	for i, t := range gramtab {
		intern[t] = a.tags[i]
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
			s := string(key[i+1:])
			tag, _ = ParseTag(s) // zero set if it does not parse
			tag.str = s
			intern[s] = tag
		}
		w := decodeCP1251(key[:i])
		a.probs[w] = append(a.probs[w], probEntry{tag.set, tag.str, float64(v) / 1e6})
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
	if ps, ok := a.cache.Get(word); ok {
		return append(dst, ps...)
	}
	start := len(dst)
	dst = a.analyze(dst, word, toLower(word), 0)
	a.cache.Put(word, slices.Clone(dst[start:]))
	return dst
}

// SharedParses returns Parse(word) without copying it: the slice is the
// analyzer's own, held by its cache, so the caller must neither modify its
// elements nor append to it. For readers of many words (the NER features),
// which then allocate nothing per word.
func (a *Analyzer) SharedParses(word string) []Parse {
	if !utf8.ValidString(word) {
		word = strings.ToValidUTF8(word, "\uFFFD")
	}
	if ps, ok := a.cache.Get(word); ok {
		return ps[:len(ps):len(ps)]
	}
	// The cache keeps a copy of exact size, as AppendParses does (the
	// analysis's own array has room to spare).
	ps := slices.Clip(slices.Clone(a.analyze(nil, word, toLower(word), 0)))
	a.cache.Put(word, ps)
	return ps
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
	var matchBuf [4]dawgMatch
	for _, m := range a.words.similar(matchBuf[:0], enc) {
		node, ok := a.words.follow(1, m.node)
		if !ok {
			continue
		}
		w := lower
		if m.fixed != "" {
			w = m.fixed
		}
		var keyBuf [32][4]byte
		lastNormal, lastPara, lastStem := "", -1, ""
		for _, k := range a.words.appendPayloads(keyBuf[:0], node) {
			para, form := int(decodeU16(k[0], k[1])), int(decodeU16(k[2], k[3]))
			tag, stem, ok := a.formOf(para, form, w)
			if !ok || (productiveOnly && (!tag.productive() || tag.set.and(properMask) != gset{})) {
				continue
			}
			var normal string
			if para == lastPara && stem == lastStem {
				normal = lastNormal
			} else {
				normal = a.normalOf(para, stem, w, form)
				lastNormal, lastPara, lastStem = normal, para, stem
			}
			word := w
			if pre != "" {
				word = pre + w
				normal = pre + normal
			}
			if indexParse(dst, tag.set, word, normal) >= 0 {
				continue
			}
			dst = append(dst, Parse{
				Word:   word,
				Normal: normal,
				Tag:    *tag,
				Score:  score,
				lex:    lexeme{para: uint16(para + 1), form: uint16(form), stem: stem, pre: pre, how: how},
			})
		}
	}
	return dst
}

// formParse builds the parse of word w as form form of paradigm para,
// without the lemma. It fails when the indices are out of range or w does
// not carry the paradigm's prefix and suffix for that form.
func (a *Analyzer) formParse(para, form int, w string) (Parse, bool) {
	tag, stem, ok := a.formOf(para, form, w)
	if !ok {
		return Parse{}, false
	}
	return Parse{
		Word: w,
		Tag:  *tag,
		lex:  lexeme{para: uint16(para + 1), form: uint16(form), stem: stem},
	}, true
}

// formOf returns the tag of form form of paradigm para and the stem of w
// in that form. It fails when the indices are out of range or w does not
// carry the paradigm's prefix and suffix for that form.
func (a *Analyzer) formOf(para, form int, w string) (*Tag, string, bool) {
	if para >= len(a.paradigms) {
		return nil, "", false
	}
	pd := a.paradigms[para]
	n := len(pd) / 3
	if form >= n {
		return nil, "", false
	}
	pfx, sfx := a.prefixes[pd[2*n+form]], a.suffixes[pd[form]]
	if len(w) < len(pfx)+len(sfx) || !strings.HasPrefix(w, pfx) || !strings.HasSuffix(w, sfx) {
		return nil, "", false
	}
	return &a.tags[pd[n+form]], w[len(pfx) : len(w)-len(sfx)], true
}

// normalOf returns the first form of paradigm para with the given stem.
func (a *Analyzer) normalOf(para int, stem, w string, form int) string {
	if form == 0 {
		return w
	}
	pd := a.paradigms[para]
	n := len(pd) / 3
	pfx, sfx := a.prefixes[pd[2*n]], a.suffixes[pd[0]]
	if pfx == a.prefixes[pd[2*n+form]] && sfx == a.suffixes[pd[form]] {
		return w // an indeclinable word, or a form spelled like the lemma
	}
	return pfx + stem + sfx
}

// appendUnique appends p unless a parse with the same word, tag and lemma
// is already there (pymorphy2's seen-parses rule). With replace, unlike
// pymorphy2, a duplicate with a higher score replaces the earlier parse.
func appendUnique(dst []Parse, p Parse, replace bool) []Parse {
	i := indexParse(dst, p.Tag.set, p.Word, p.Normal)
	if i < 0 {
		return append(dst, p)
	}
	if replace && p.Score > dst[i].Score {
		dst[i] = p
	}
	return dst
}

// indexParse returns the index of the parse in ps with the given grammemes,
// word and lemma, or -1.
func indexParse(ps []Parse, set gset, word, normal string) int {
	for i := range ps {
		q := &ps[i]
		if q.Tag.set == set && q.Word == word && q.Normal == normal {
			return i
		}
	}
	return -1
}

// dawgMatch is one reading of a key in a DAWG: the node where it ends and,
// when some е was read as ё, the key as read (else "").
type dawgMatch struct {
	node  uint32
	fixed string
}

// similar walks key from the root, following both е and ё where the input
// has е, and appends every complete match to dst. key is modified during
// the walk and restored. At most maxYoBranches alternative paths are tried,
// which bounds the work on corrupt automata (real words have one or two).
func (d *dawg) similar(dst []dawgMatch, key []byte) []dawgMatch {
	budget := maxYoBranches
	return d.similarFrom(dst, key, 0, 0, false, &budget)
}

const maxYoBranches = 16

func (d *dawg) similarFrom(dst []dawgMatch, key []byte, pos int, idx uint32, changed bool, budget *int) []dawgMatch {
	for ; pos < len(key); pos++ {
		c := key[pos]
		if c == 0xE5 && *budget > 0 { // е
			if next, ok := d.follow(0xB8, idx); ok { // ё
				*budget--
				key[pos] = 0xB8
				dst = d.similarFrom(dst, key, pos+1, next, true, budget)
				key[pos] = 0xE5
			}
		}
		var ok bool
		if idx, ok = d.follow(c, idx); !ok {
			return dst
		}
	}
	m := dawgMatch{node: idx}
	if changed {
		m.fixed = decodeCP1251(key)
	}
	return append(dst, m)
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
		for j := range entries {
			if entries[j].is(&ps[i].Tag) {
				total += entries[j].p
				break
			}
		}
	}
	if total == 0 {
		return 0
	}
	for i := range ps {
		ps[i].Score = 0
		for j := range entries {
			if entries[j].is(&ps[i].Tag) {
				ps[i].Score = entries[j].p
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
				return lowerCyrillic(s)
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

// lowerCyrillic is strings.ToLower for the common case of ASCII and the
// Cyrillic letters U+0400–U+045F (one allocation, no Unicode tables); other
// text goes to strings.ToLower.
func lowerCyrillic(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
		case (c == 0xD0 || c == 0xD1) && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			switch {
			case r < 0x400 || r > 0x45F:
				return strings.ToLower(s)
			case r < 0x410:
				r += 0x50 // Ѐ–Џ → ѐ–џ
			case r < 0x430:
				r += 0x20 // А–Я → а–я
			}
			b[i], b[i+1] = byte(0xC0|r>>6), byte(0x80|r&0x3F)
			i++
			continue
		default:
			return strings.ToLower(s)
		}
		b[i] = c
	}
	return string(b)
}

// runeOffsets appends the byte offset of every rune of s, and len(s).
func runeOffsets(dst []int, s string) []int {
	for i := range s {
		dst = append(dst, i)
	}
	return append(dst, len(s))
}
