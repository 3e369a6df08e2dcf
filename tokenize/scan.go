package tokenize

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
)

// scan tokenizes s.text into s.toks and s.meta.
func (s *scanner) scan() {
	text := s.text
	// Rough preallocation: news text averages about 6.5 bytes per token.
	n := len(text)/6 + 1
	s.toks = make([]doc.Token, 0, n)
	s.meta = make([]meta, 0, n)
	for s.pos < len(text) {
		pos := s.pos
		r, w := decode(text, pos)
		switch {
		case isSpace(r):
			s.flags |= fSpace
			if isLineBreak(r) {
				s.flags |= fNewline
				s.parens = 0
			}
			s.pos += w
		case isAlnum(r):
			s.word()
		case isEmoji(r):
			s.emoji()
		default:
			s.punct(r, w)
		}
		if s.pos <= pos && !s.plusNumber {
			// Cannot happen; guarantees progress on any input.
			s.emit(pos, pos+w, kSym)
		}
	}
}

// hasPrefixFold reports whether s starts with the lowercase ASCII prefix p,
// ignoring ASCII case.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// word scans a token that starts with a letter or a digit.
func (s *scanner) word() {
	text := s.text
	start := s.pos
	if c := text[start]; c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 'f' || c == 'F' {
		rest := text[start:]
		if hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") ||
			hasPrefixFold(rest, "ftp://") || hasPrefixFold(rest, "www.") {
			s.url(start)
			return
		}
	}
	first, _ := decode(text, start)
	i := start
	if start > 0 && text[start-1] == '+' && s.plusNumber {
		start-- // "+7" as one token
	}
	s.plusNumber = false
	email := false
	var last rune
	for {
		// A run of word runes.
		for i < len(text) {
			r, w := decode(text, i)
			if !isWordRune(r) {
				break
			}
			// "3кг" is two tokens, as in UD; "км2" and "3D" stay one.
			if isDigit(last) && 0x430 <= r && r <= 0x44F && isNumber(text[start:i]) {
				break
			}
			last = r
			i += w
		}
		c, w := decode(text, i)
		if w == 0 {
			break
		}
		next, _ := decode(text, i+w)
		switch c {
		case '-', 0x2010, 0x2011:
			// A range of numbers (1904-1905) is three tokens.
			if isDigit(last) && isDigit(next) && isNumber(text[start:i]) {
				break
			}
			if isAlnum(next) {
				i += w
				continue
			}
			// "одно- и двузначные": a hanging hyphen before a conjunction.
			if next == ' ' && hasConjunction(text[i+w+1:]) {
				i += w // the word ends after its hyphen
			}
		case '\'', 0x2019, 0x02BC:
			if isLetter(last) && isLetter(next) {
				i += w
				continue
			}
		case '.':
			if isDigit(last) && isDigit(next) {
				i += w
				continue
			}
			if isASCIIAlnum(last) && isASCIIAlnum(next) && (email || isDomainTail(text, start, i)) {
				i += w
				continue
			}
			if dottedBrands[text[start:i]] && unicode.IsUpper(next) && unicode.Is(unicode.Cyrillic, next) == unicode.Is(unicode.Cyrillic, last) {
				// Яндекс.Деньги, Яндекс.Такси: a service's name
				i += w
				continue
			}
			if isLetter(last) && isASCIILetter(next) && isSiteName(text, i) {
				// Gzt.Ru, Газета.Ru: a site's name with a capitalized
				// top-level domain
				i += w
				continue
			}
			// Latin dotted abbreviations: e.g. i.e. U.S. a.m.
			if i-start == 1 && isASCIILetter(last) && isASCIILetter(next) &&
				i+3 <= len(text) && text[i+2] == '.' {
				j := i
				for j+1 < len(text) && text[j] == '.' && isASCIILetter(rune(text[j+1])) &&
					(j+2 == len(text) || !isWordRune(rune(text[j+2]))) {
					j += 2
				}
				if j < len(text) && text[j] == '.' {
					s.emit(start, j+1, kAbbr)
				} else {
					s.emit(start, j, kWord) // A.B.C without a final dot
				}
				return
			}
		case ',', ':', '/':
			if isDigit(last) && isDigit(next) {
				i += w
				continue
			}
		case '@':
			if !email && isASCIIAlnum(next) && isEmailLocal(text[start:i]) {
				email = true
				i += w
				continue
			}
		case '_':
			// snake_case names, phone numbers written 8_800_500_4709
			if isAlnum(next) {
				i += w
				continue
			}
		case '+':
			if !email && isASCIIAlnum(next) && isEmailLocalRest(text, i) {
				i += w
				continue
			}
		}
		break
	}
	if email {
		s.emit(start, i, kURL)
		return
	}
	k := kWord
	if isDigit(first) {
		k = kNum
	}
	// A dot after an abbreviation or a single letter stays in the token, but
	// not the first dot of an ellipsis.
	if k == kWord && i < len(text) && text[i] == '.' && (i+1 == len(text) || text[i+1] != '.') {
		if isSingleRune(text[start:i]) || lookupAbbrev(text[start:i]) != abNone {
			s.emit(start, i+1, kAbbr)
			return
		}
	}
	s.emit(start, i, k)
}

// hasConjunction reports whether s starts with "и ", "или " or "либо ".
func hasConjunction(s string) bool {
	for _, c := range [...]string{"и ", "или ", "либо "} {
		if strings.HasPrefix(s, c) {
			return true
		}
	}
	return false
}

// isNumber reports whether w holds only ASCII digits and separators.
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !('0' <= c && c <= '9' || c == '.' || c == ',') {
			return false
		}
	}
	return true
}

func isSingleRune(w string) bool {
	_, n := decode(w, 0)
	return n == len(w)
}

func isASCIILetter(r rune) bool { return 'a' <= r|0x20 && r|0x20 <= 'z' }
func isASCIIAlnum(r rune) bool  { return isASCIILetter(r) || '0' <= r && r <= '9' }

// isDomainTail reports whether the dot at text[i] continues a domain name
// such as lenta.ru: everything so far is ASCII and the dot is followed by at
// least two lowercase ASCII letters.
func isDomainTail(text string, start, i int) bool {
	for j := start; j < i; j++ {
		c := text[j]
		if !(isASCIIAlnum(rune(c)) || c == '-' || c == '.') {
			return false
		}
	}
	j := i + 1
	for j < len(text) && 'a' <= text[j] && text[j] <= 'z' {
		j++
	}
	if j-(i+1) < 2 {
		return false
	}
	r, _ := decode(text, j)
	return !isWordRune(r)
}

// siteDomains are the top-level domains that news write capitalized in
// site names (Gzt.Ru, Газета.Ru, Mail.Ru).
var siteDomains = map[string]bool{"ru": true, "com": true, "net": true, "org": true, "info": true, "su": true}

// isSiteName reports whether the dot at text[i] is followed by one of
// siteDomains, in any case, and then by no more letters.
// dottedBrands are the names that open, with a dot and a capital, the
// names of their services (Яндекс.Деньги, Яндекс.Маркет): one token, not a
// sentence's end. A dot between two other words with no space is read as
// the end of a sentence whose space is missing.
var dottedBrands = map[string]bool{"Яндекс": true, "Yandex": true}

// DottedBrand reports whether w is a name that opens, with a dot, the
// one-token names of its services («Яндекс» of «Яндекс.Деньги»).
func DottedBrand(w string) bool { return dottedBrands[w] }

func isSiteName(text string, i int) bool {
	j := i + 1
	for j < len(text) && isASCIILetter(rune(text[j])) {
		j++
	}
	if !siteDomains[strings.ToLower(text[i+1:j])] {
		return false
	}
	r, _ := decode(text, j)
	return !isWordRune(r)
}

func isEmailLocal(w string) bool {
	for i := 0; i < len(w); i++ {
		c := rune(w[i])
		if !(isASCIIAlnum(c) || c == '.' || c == '_' || c == '-' || c == '+') {
			return false
		}
	}
	return w != ""
}

// isEmailLocalRest reports whether an ASCII e-mail local part continuing at i
// reaches an @ followed by an alphanumeric.
func isEmailLocalRest(text string, i int) bool {
	for j := i; j < len(text) && j < i+64; j++ {
		c := rune(text[j])
		if c == '@' {
			return j+1 < len(text) && isASCIIAlnum(rune(text[j+1]))
		}
		if !(isASCIIAlnum(c) || c == '.' || c == '_' || c == '-' || c == '+') {
			return false
		}
	}
	return false
}

// url scans a URL starting at start, up to whitespace, and trims trailing
// punctuation that most likely belongs to the sentence.
func (s *scanner) url(start int) {
	text := s.text
	i := start
	for i < len(text) {
		r, w := decode(text, i)
		if isSpace(r) || r == '«' || r == '»' || r == '"' || r == '<' || r == '>' || r == '“' || r == '”' {
			break
		}
		i += w
	}
	for i > start {
		c := text[i-1]
		if strings.IndexByte(".,;:!?'", c) >= 0 {
			i--
			continue
		}
		if c == ')' && strings.Count(text[start:i], "(") < strings.Count(text[start:i], ")") {
			i--
			continue
		}
		break
	}
	s.emit(start, i, kURL)
}

// emoji scans a run of emoji with their modifiers and ZWJ sequences.
func (s *scanner) emoji() {
	text := s.text
	i := s.pos
	for i < len(text) {
		r, w := decode(text, i)
		if isEmoji(r) || isEmojiModifier(r) {
			i += w
			continue
		}
		if r == 0x200D {
			if n, _ := decode(text, i+w); isEmoji(n) {
				i += w
				continue
			}
		}
		break
	}
	s.emit(s.pos, i, kEmoji)
}

// runOf returns the end of the run of byte c starting at i.
func runOf(text string, i int, c byte) int {
	for i < len(text) && text[i] == c {
		i++
	}
	return i
}

// runeRunOf is runOf for a rune of any width: the end of the run of r
// that goes on at i.
func runeRunOf(text string, i int, r rune) int {
	for {
		n, w := decode(text, i)
		if n != r {
			return i
		}
		i += w
	}
}

// punct scans a punctuation mark or a symbol r of width w at s.pos.
func (s *scanner) punct(r rune, w int) {
	text := s.text
	i := s.pos
	switch r {
	case '.':
		s.emit(i, runOf(text, i, '.'), kTerm)
	case '!', '?':
		j := i
		for j < len(text) && (text[j] == '!' || text[j] == '?') {
			j++
		}
		if j == i+1 {
			j = runOf(text, j, '.') // "?.." but "!!!" "..."
		}
		s.emit(i, j, kTerm)
	case '…':
		j := i + w
		for strings.HasPrefix(text[j:], "…") {
			j += w
		}
		s.emit(i, j, kTerm)
	case '(':
		j := runOf(text, i, '(')
		if n, _ := decode(text, j); j-i >= 2 && (n < 0 || isSpace(n) || n == ')') {
			s.emit(i, j, kSmiley)
			return
		}
		s.parens++
		s.emit(i, i+1, kOpener)
	case ')':
		j := runOf(text, i, ')')
		if j-i == 1 || s.parens >= j-i {
			if s.parens > 0 {
				s.parens--
			}
			s.emit(i, i+1, kCloser)
			return
		}
		if s.parens > 0 {
			s.parens--
			s.emit(i, i+1, kCloser)
			return
		}
		s.emit(i, j, kSmiley)
	case '-':
		s.emit(i, runOf(text, i, '-'), kDash)
	case '`':
		s.emit(i, runOf(text, i, '`'), kOpener)
	case '\'':
		if j := runOf(text, i, '\''); j-i >= 2 {
			s.emit(i, j, kCloser)
			return
		}
		s.emit(i, i+1, kQuote)
	case '"', '“':
		s.emit(i, i+w, kQuote)
	case '«', '„', '‘', '‚', '‹', '[', '{':
		s.emit(i, i+w, kOpener)
	case '»', '”', '’', '›', ']', '}':
		s.emit(i, i+w, kCloser)
	case '–', '—', '―', '‒':
		s.emit(i, runeRunOf(text, i+w, r), kDash)
	case ',', ';', ':', '=':
		if j := emoticon(text, i); j > i {
			s.emit(i, j, kSmiley)
			return
		}
		if r == '=' {
			s.emit(i, runOf(text, i, '='), kSym)
			return
		}
		s.emit(i, i+1, kPunct)
	case '+':
		if n, _ := decode(text, i+1); isDigit(n) {
			// Let word() take "+7" as one token.
			s.plusNumber = true
			s.pos++
			return
		}
		s.emit(i, i+1, kSym)
	case '&':
		if j := entities(text, i); j > i {
			s.emit(i, j, kCloser)
			return
		}
		s.emit(i, i+1, kSym)
	case '@', '#':
		if j := tag(text, i+1, r == '@'); j > i+1 {
			if r == '@' {
				s.emit(i, j, kMention)
			} else {
				s.emit(i, j, kHashtag)
			}
			return
		}
		s.emit(i, i+1, kSym)
	default:
		// A run of the same symbol (~~~~, ____, ***) is one token.
		s.emit(i, runeRunOf(text, i+w, r), kSym)
	}
}

// emoticon returns the end of an ASCII emoticon such as :) :-( ;) =))) :D
// starting at i, or i when there is none.
func emoticon(text string, i int) int {
	j := i + 1
	if j < len(text) && text[j] == '-' {
		j++
	}
	if j >= len(text) {
		return i
	}
	switch c := text[j]; c {
	case ')', '(':
		return runOf(text, j, c)
	case 'D', 'P', 'p':
		if n, _ := decode(text, j+1); !isWordRune(n) {
			return j + 1
		}
	}
	return i
}

// tag returns the end of a mention or hashtag body starting at i (i itself
// when there is none). Mentions may contain - and . inside.
func tag(text string, i int, mention bool) int {
	j := i
	for j < len(text) {
		r, w := decode(text, j)
		if isWordRune(r) || r == '_' {
			j += w
			continue
		}
		if r == '-' || mention && r == '.' {
			if n, _ := decode(text, j+w); isWordRune(n) || n == '_' {
				j += w
				continue
			}
		}
		break
	}
	return j
}

// entities returns the end of a run of HTML character references (&#39;,
// &#x27;, &amp;) starting at i, or i when there is none.
func entities(text string, i int) int {
	end := i
	for end < len(text) && text[end] == '&' {
		j := end + 1
		if j < len(text) && text[j] == '#' {
			j++
			if j < len(text) && (text[j] == 'x' || text[j] == 'X') {
				j++
			}
			k := j
			for j < len(text) && j-k < 8 && isASCIIAlnum(rune(text[j])) {
				j++
			}
			if j == k {
				break
			}
		} else {
			k := j
			for j < len(text) && j-k < 10 && isASCIILetter(rune(text[j])) {
				j++
			}
			if j-k < 2 {
				break
			}
		}
		if j >= len(text) || text[j] != ';' {
			break
		}
		end = j + 1
	}
	return end
}
