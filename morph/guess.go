package morph

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Analyzers for words outside the dictionary, after pymorphy2 0.8
// (HyphenSeparatedParticleAnalyzer, HyphenAdverbAnalyzer,
// HyphenatedWordsAnalyzer, KnownPrefixAnalyzer, UnknownPrefixAnalyzer,
// KnownSuffixAnalyzer) with its score decays.

// particlesAfterHyphen are the particles split off "смотри-ка", "кто-то".
var particlesAfterHyphen = []string{"-то", "-ка", "-таки", "-де", "-тко", "-тка", "-с", "-ста"}

// knownPrefixes is pymorphy2's list of productive Russian prefixes (as in
// pymorphy2/lang/ru and az).
var knownPrefixes = []string{
	"авиа", "авто", "аква", "анти", "анти-", "антропо", "архи", "арт", "арт-", "астро", "аудио", "аэро",
	"без", "бес", "био", "вело", "взаимо", "вне", "внутри", "видео", "вице-", "вперед", "впереди",
	"гекто", "гелио", "гео", "гетеро", "гига", "гигро", "гипер", "гипо", "гомо",
	"дву", "двух", "де", "дез", "дека", "деци", "дис", "до", "евро", "за", "зоо", "интер", "инфра",
	"квази", "квази-", "кило", "кино", "контр", "контр-", "космо", "космо-", "крипто", "лейб-", "лже", "лже-",
	"макро", "макси", "макси-", "мало", "меж", "медиа", "медиа-", "мега", "мета", "мета-", "метео", "метро", "микро",
	"милли", "мини", "мини-", "моно", "мото", "много", "мульти",
	"нано", "нарко", "не", "небез", "недо", "нейро", "нео", "низко", "обер-", "обще", "одно", "около", "орто",
	"палео", "пан", "пара", "пента", "пере", "пиро", "поли", "полу", "после", "пост", "пост-",
	"порно", "пра", "пра-", "пред", "пресс-", "противо", "противо-", "прото", "псевдо", "псевдо-",
	"радио", "разно", "ре", "ретро", "ретро-", "само", "санти", "сверх", "сверх-", "спец", "суб", "супер", "супер-", "супра",
	"теле", "тетра", "топ-", "транс", "транс-", "ультра", "унтер-", "штаб-",
	"экзо", "эко", "эндо", "эконом-", "экс", "экс-", "экстра", "экстра-", "электро", "энерго", "этно",
}

// Score decays of the guessing analyzers (pymorphy2's ESTIMATE_DECAY).
const (
	decayParticle      = 0.9
	decayFixedLeft     = 0.75
	decayKnownPrefix   = 0.75
	decayUnknownPrefix = 0.5
	decaySuffix        = 0.5
	decaySurname       = 0.25
	minRemainder       = 3 // runes left after a prefix
	maxUnknownPrefix   = 5 // runes
	maxSuffix          = 5 // runes, meta.json max_suffix_length
	minSuffixWord      = 4 // runes
)

// hyphenParticle analyses "word-particle" as word plus an unchanging particle.
func (a *Analyzer) hyphenParticle(dst []Parse, lower string, depth int) []Parse {
	for _, pt := range particlesAfterHyphen {
		if len(lower) <= len(pt) || !strings.HasSuffix(lower, pt) {
			continue
		}
		base := lower[:len(lower)-len(pt)]
		start := len(dst)
		dst = a.analyze(dst, base, base, depth+1)
		for i := start; i < len(dst); i++ {
			p := &dst[i]
			p.Word += pt
			p.Normal += pt
			p.lex.post += pt
			p.lex.how = MethodHyphen
			p.Score *= decayParticle
		}
		return dst // a word ends with one particle at most
	}
	return dst
}

// hyphenAdverb recognises "по-" + adjective in dative ("по-новому").
func (a *Analyzer) hyphenAdverb(dst []Parse, lower string, depth int) []Parse {
	const po = "по-"
	if !strings.HasPrefix(lower, po) || utf8.RuneCountInString(lower) < 5 {
		return dst
	}
	start := len(dst)
	rest := lower[len(po):]
	dst = a.analyze(dst, rest, rest, depth+1)
	ok := false
	for _, p := range dst[start:] {
		if p.Tag.Is(ADJF) && p.Tag.Is(Sing) && p.Tag.Is(Datv) {
			ok = true
			break
		}
	}
	dst = dst[:start]
	if ok {
		dst = append(dst, Parse{Word: lower, Normal: lower, Tag: tagADVB, Score: 1, lex: lexeme{how: MethodHyphen}})
	}
	return dst
}

// hyphenated analyses "left-right" words: both halves inflected together
// ("человек-паук"), or the left half fixed ("интернет-магазин").
func (a *Analyzer) hyphenated(dst []Parse, lower string, depth int) []Parse {
	i := strings.IndexByte(lower, '-')
	if i <= 0 || i == len(lower)-1 || strings.Count(lower, "-") != 1 {
		return dst
	}
	for _, pfx := range knownPrefixes {
		if strings.HasSuffix(pfx, "-") && strings.HasPrefix(lower, pfx) {
			return dst // left to the known-prefix analyzer
		}
	}
	left, right := lower[:i], lower[i+1:]
	lps := a.analyze(nil, left, left, depth+1)
	rps := a.analyze(nil, right, right, depth+1)
	for li := range lps {
		l := &lps[li]
		if !l.Inflectable() {
			continue
		}
		lf := similarityFeatures(l.Tag)
		for _, r := range rps {
			if !r.Inflectable() || similarityFeatures(r.Tag) != lf {
				continue
			}
			ll := l.lex
			p := r
			p.Word = l.Word + "-" + r.Word
			p.Normal = l.Normal + "-" + r.Normal
			p.Score = l.Score * r.Score
			p.lex.left = &ll
			p.lex.how = MethodHyphen
			dst = appendUnique(dst, p, true)
		}
	}
	for _, r := range rps {
		p := r
		p.Word = left + "-" + r.Word
		p.Normal = left + "-" + r.Normal
		p.lex.pre = left + "-" + r.lex.pre
		p.Score = r.Score * decayFixedLeft
		p.lex.how = MethodHyphen
		dst = appendUnique(dst, p, true)
	}
	return dst
}

// featureMask selects the grammemes both halves of a hyphenated word must
// share: part of speech, number, case, person, tense.
var featureMask = func() gset {
	var s gset
	for i := 1; i < numGrammemes; i++ {
		g := Grammeme(i)
		for p := g; p != 0; p = grammemeParent[p] {
			switch p {
			case POST, NMbr, CAse, PErs, TEns:
				s = s.with(g)
			}
		}
	}
	return s
}()

func similarityFeatures(t Tag) gset {
	s := t.set.and(featureMask)
	if s.has(Gen1) {
		s = s.andNot(gset{}.with(Gen1)).with(Gent)
	}
	if s.has(Loc1) {
		s = s.andNot(gset{}.with(Loc1)).with(Loct)
	}
	return s
}

// knownPrefix analyses prefix + dictionary word for pymorphy2's productive
// prefixes ("сверхзвуковой").
func (a *Analyzer) knownPrefix(dst []Parse, lower string, enc []byte, offs []int) []Parse {
	nr := len(offs) - 1
	for _, pfx := range knownPrefixes {
		if !strings.HasPrefix(lower, pfx) {
			continue
		}
		k := utf8.RuneCountInString(pfx)
		if nr-k < minRemainder || k >= len(enc) {
			continue
		}
		dst = a.dictionary(dst, lower[len(pfx):], enc[k:], pfx, decayKnownPrefix, true)
	}
	return dst
}

// unknownPrefix analyses up to five arbitrary leading letters plus a
// dictionary word.
func (a *Analyzer) unknownPrefix(dst []Parse, lower string, enc []byte, offs []int) []Parse {
	nr := len(offs) - 1
	for k := 1; k <= maxUnknownPrefix && nr-k >= minRemainder && k < len(enc); k++ {
		dst = a.dictionary(dst, lower[offs[k]:], enc[k:], lower[:offs[k]], decayUnknownPrefix, true)
	}
	return dst
}

// knownSuffix guesses the paradigm from the longest known word ending and
// the one a letter shorter (pymorphy2's KnownSuffixAnalyzer with az's
// extension; prediction-suffixes DAWGs, one per paradigm prefix "", "по",
// "наи"). Scores are count / (1 + total count) * 0.5 per prefix.
func (a *Analyzer) knownSuffix(dst []Parse, lower string, enc []byte, offs []int) []Parse {
	nr := len(offs) - 1
	if nr < minSuffixWord || nr != len(enc) {
		return dst
	}
	for pid := len(a.prefixes) - 1; pid >= 0; pid-- {
		if !strings.HasPrefix(lower, a.prefixes[pid]) {
			continue
		}
		total := 1
		pstart := len(dst)
		stop := 1 // shortest suffix length to try
		for k := min(maxSuffix, nr); k >= stop; k-- {
			head := lower[:offs[nr-k]]
			var matchBuf [4]dawgMatch
			for _, m := range a.pred[pid].similar(matchBuf[:0], enc[nr-k:]) {
				node, ok := a.pred[pid].follow(1, m.node)
				if !ok {
					continue
				}
				w := lower
				if m.fixed != "" {
					w = head + m.fixed
				}
				var c completer
				c.start(&a.pred[pid], node)
				for c.next() {
					kb := c.keyBytes()
					if len(kb) != 6 {
						continue
					}
					cnt := int(decodeU16(kb[0], kb[1]))
					para, form := int(decodeU16(kb[2], kb[3])), int(decodeU16(kb[4], kb[5]))
					p, ok := a.formParse(para, form, w)
					if !ok || !p.Tag.productive() {
						continue
					}
					total += cnt
					p.Normal = a.normalOf(para, p.lex.stem, w, form)
					p.Score = float64(cnt)
					p.lex.how = MethodSuffix
					dst = appendUnique(dst, p, false)
				}
			}
			if total > 1 && stop == 1 {
				// Like az (unlike pymorphy2), also try the suffix one
				// letter shorter: "-динов" alone knows only the name
				// Алладин, "-инов" adds the surnames.
				stop = max(k-1, 1)
			}
		}
		for i := pstart; i < len(dst); i++ {
			dst[i].Score = dst[i].Score / float64(total) * decaySuffix
		}
	}
	return dst
}

// isInt reports an optionally signed run of ASCII digits.
func isInt(s string) bool {
	s = trimSign(s)
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isReal reports digits with one decimal point or comma ("3.14", "-0,5").
func isReal(s string) bool {
	s = trimSign(s)
	i := strings.IndexAny(s, ".,")
	if i < 0 || i == len(s)-1 {
		return false
	}
	return (i == 0 || isInt(s[:i])) && isInt(s[i+1:]) && s[i+1] != '-' && s[i+1] != '+'
}

func trimSign(s string) string {
	switch {
	case strings.HasPrefix(s, "-"), strings.HasPrefix(s, "+"):
		return s[1:]
	case strings.HasPrefix(s, "−"):
		return s[len("−"):]
	}
	return s
}

// isPunct reports a non-empty string of punctuation characters.
func isPunct(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsPunct(r) {
			return false
		}
	}
	return true
}

// isRoman reports an upper-case Roman numeral (I … MMMMCMXCIX), well
// formed: the words the analyzer tags ROMN. RomanLetters is the looser test.
func isRoman(s string) bool {
	if s == "" {
		return false
	}
	i := 0
	next := func(tok string) bool {
		if strings.HasPrefix(s[i:], tok) {
			i += len(tok)
			return true
		}
		return false
	}
	for k := 0; k < 4 && next("M"); k++ {
	}
	digit := func(one, five, ten string) {
		if next(one+ten) || next(one+five) {
			return
		}
		next(five)
		for k := 0; k < 3 && next(one); k++ {
		}
	}
	digit("C", "D", "M")
	digit("X", "L", "C")
	digit("I", "V", "X")
	return i == len(s)
}

// RomanLetters reports whether s is written in the letters of Roman
// numerals alone (I V X L C D M, upper case), well formed or not: «XIV»,
// and also «IIII» or «DLL», which isRoman rejects. It is false for "".
func RomanLetters(s string) bool {
	return s != "" && strings.Trim(s, "IVXLCDM") == ""
}

// isLatin reports a token with letters, all of them Latin.
func isLatin(s string) bool {
	letter := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letter = true
		}
	}
	return letter
}

// surnameTemplates are dictionary surnames whose paradigms model the common
// surname types; the ending after which the paradigm's suffixes attach
// (stem end) is checked on the guessed word.
var surnameTemplates = []struct{ word, stemEnd string }{
	{"иванов", "ов"}, {"алексеев", "ев"}, {"пугачёв", "ёв"}, {"путин", "ин"},
	{"солженицын", "ын"}, {"достоевский", "ск"}, {"троцкий", "цк"},
}

// surnameModel is a surname paradigm with the stem ending it applies to.
type surnameModel struct {
	para    int
	stemEnd string
}

// initSurnames finds the paradigms of surnameTemplates in the dictionary.
func (a *Analyzer) initSurnames() {
	for _, t := range surnameTemplates {
		for _, p := range a.dictionary(nil, t.word, encodeCP1251(nil, t.word), "", 1, false) {
			if p.Tag.Is(Surn) && p.Tag.Is(Masc) && p.Tag.Is(Nomn) && strings.HasSuffix(p.lex.stem, t.stemEnd) {
				a.surnames = append(a.surnames, surnameModel{int(p.lex.para) - 1, t.stemEnd})
				break
			}
		}
	}
}

// surnameGuess reads a capitalised unknown word with a typical surname
// ending (-ов, -ев, -ин, -ский, …) as a surname. This goes beyond
// pymorphy2, whose suffix statistics keep one paradigm per part of speech
// and ending and so rarely offer the nominative of an unknown surname
// ("Зиятдинов").
func (a *Analyzer) surnameGuess(dst []Parse, word, lower string) []Parse {
	if !isCapitalized(word) {
		return dst
	}
	for _, m := range a.surnames {
		pd := a.paradigms[m.para]
		n := len(pd) / 3
		for i := 0; i < n; i++ {
			sfx := a.suffixes[pd[i]]
			if a.prefixes[pd[2*n+i]] != "" || !strings.HasSuffix(lower, sfx) {
				continue
			}
			stem := lower[:len(lower)-len(sfx)]
			if !strings.HasSuffix(stem, m.stemEnd) || utf8.RuneCountInString(stem) < utf8.RuneCountInString(m.stemEnd)+2 {
				continue
			}
			p, ok := a.formParse(m.para, i, lower)
			if !ok {
				continue
			}
			p.Normal = a.normalOf(m.para, p.lex.stem, lower, i)
			p.Score = decaySurname
			p.lex.how = MethodSuffix
			dst = appendUnique(dst, p, false)
		}
	}
	return dst
}

// isCapitalized reports an upper-case first letter followed by at least one
// lower-case letter.
func isCapitalized(word string) bool {
	r, size := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range word[size:] {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}
