package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// sameInLatin reports whether a person's name a in Latin letters and the
// name b in Cyrillic are one name written in two
// alphabets, as news give it in parentheses («Билал Хассеин (Bilal
// Hussein)», «Гаррета Рейсмана (Garrett Reisman)»): the same number of
// words, and each pair of words with the same consonant skeleton
// (consonantSkeleton), or skeletons of four or more letters one edit apart
// (Lowenkron / Лоуенкрон, Jürgen / Юрген).
func sameInLatin(_, a, b string) bool {
	aw, bw := strings.Fields(Normalize(a)), strings.Fields(Normalize(b))
	if len(aw) != len(bw) || len(aw) < 2 || !latin(a) || latin(b) {
		return false
	}
	for i := range aw {
		x, y := consonantSkeleton(aw[i]), consonantSkeleton(bw[i])
		if x == "" || y == "" {
			return false
		}
		if x != y && (max(len(x), len(y)) < 4 || !oneEdit(x, y)) {
			return false
		}
	}
	return true
}

// latin reports whether s has a Latin letter and no Cyrillic one.
func latin(s string) bool {
	seen := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			return false
		case unicode.Is(unicode.Latin, r):
			seen = true
		}
	}
	return seen
}

// cyrillicSounds spells Cyrillic letters with the Latin letters
// consonantSkeleton reads; vowels, й and the soft and hard signs vanish.
var cyrillicSounds = map[rune]string{
	'б': "b", 'в': "v", 'г': "g", 'д': "d", 'ж': "zh", 'з': "z", 'к': "k", 'л': "l",
	'м': "m", 'н': "n", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'ф': "f", 'х': "h",
	'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "sh",
}

// latinSounds rewrites Latin letter groups, longest first, to what
// cyrillicSounds gives their usual Russian spelling.
var latinSounds = []struct{ from, to string }{
	{"tsch", "ch"}, {"sch", "sh"}, {"tch", "ch"}, {"ck", "k"}, {"ph", "f"}, {"th", "t"},
	{"kh", "h"}, {"tz", "ts"}, {"zh", "zh"}, {"sh", "sh"}, {"ch", "ch"}, {"dj", "j"},
	{"w", "v"}, {"q", "k"}, {"x", "ks"},
}

// consonantSkeleton returns the consonants of a word as Russian spelling
// hears them, repeated letters once: Hussein and Хассеин → hsn, Joshua and
// Джошуа → jsh, Scott and Скотт → skt. It returns "" for a word with
// letters of neither alphabet.
func consonantSkeleton(w string) string {
	w = strings.ToLower(norm.NFD.String(w))
	var b strings.Builder
	rs := []rune(w)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == 'д' && i+1 < len(rs) && rs[i+1] == 'ж':
			b.WriteString("j")
			i++
		case cyrillicSounds[r] != "":
			b.WriteString(cyrillicSounds[r])
		case r >= 'a' && r <= 'z':
			rest := string(rs[i:])
			matched := false
			for _, s := range latinSounds {
				if strings.HasPrefix(rest, s.from) {
					b.WriteString(s.to)
					i += len(s.from) - 1
					matched = true
					break
				}
			}
			if matched {
				continue
			}
			switch r {
			case 'a', 'e', 'i', 'o', 'u', 'y':
			case 'c':
				if i+1 < len(rs) && strings.ContainsRune("eiy", rs[i+1]) {
					b.WriteString("s")
				} else {
					b.WriteString("k")
				}
			default:
				b.WriteRune(r)
			}
		}
	}
	// one letter for a doubled one (Scott, Гаррет)
	out := []byte(b.String())
	k := 0
	for i, c := range out {
		if i == 0 || c != out[i-1] {
			out[k] = c
			k++
		}
	}
	return string(out[:k])
}

// oneEdit reports whether a and b differ by one inserted, deleted or
// replaced byte.
func oneEdit(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i+1:] == b[i:]
}
