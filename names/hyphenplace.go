package names

import (
	"strings"

	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// hyphenPlace puts the first part of a hyphenated place's name to the
// nominative where both parts decline: the dictionary reads such a word by
// its last part alone, so «в Гвинее-Бисау», «в Боснии-Герцеговине», «в
// Каменске-Уральском», «в Эмилии-Романье» kept their first part in the
// written case (Гвинее-Бисау, Боснии-Герцеговина). written is the word as
// the text has it, named the name the phrase gave it. The first part must
// be a noun the dictionary knows as a place or a person's first name in an
// oblique singular case; a first part of no such reading («Санта-Монике»,
// «Нью-Йорке», «Баден-Вюртемберге») stays as written. When the first part
// is feminine and the last ends in a soft -ье, -ьи, -ью or -ьей, the last is
// named in -ья (the guesser reads «Романье» as the neuter «романие»). A
// first part the dictionary reads as a nominative keeps the word as the
// phrase named it, or as written when its last part is a feminine in -ья.
// ok is false when nothing changes.
func (c *Canonicalizer) hyphenPlace(written, named string) (string, bool) {
	a, b, ok := strings.Cut(written, "-")
	if river, ok := strings.CutPrefix(b, "на-"); ok && !strings.Contains(river, "-") && tokenize.StartsUpper(river) {
		// «во Франкфурте-на-Майне»: the town declines, the river after
		// «на» stays in the locative (Франкфурт-на-Майне)
		na, _, _ := strings.Cut(named, "-")
		if na != a || !tokenize.StartsUpper(a) || !cyrillicWord(a) {
			return "", false
		}
		f, _, nominative := c.hyphenFirstPart(a)
		switch {
		case f != "":
			return f + "-на-" + river, true
		case nominative && named != written:
			return written, true // «Франкфурт-на-Майне» as written, not «…-на-Майн»
		}
		return "", false
	}
	if !ok || strings.Contains(b, "-") || !tokenize.StartsUpper(a) || !tokenize.StartsUpper(b) || !cyrillicWord(a) || !cyrillicWord(b) {
		return "", false
	}
	if named != written && c.placeNominative(written, named) {
		return written, true
	}
	na, nb, ok := strings.Cut(named, "-")
	if !ok || na != a {
		return "", false
	}
	f, femn, nominative := c.hyphenFirstPart(a)
	if nominative {
		// a first part that may be a nominative («Эль-Калафате», the
		// noun «эль»): the word is as written when its last part is a
		// feminine nominative in -ья («регион Эмилия-Романья», not the
		// neuter «романие»)
		if femn && strings.HasSuffix(b, "ья") && named != written {
			return written, true
		}
		return "", false
	}
	if f == "" {
		return "", false
	}
	if femn {
		lb := strings.ToLower(b)
		for _, end := range []string{"ьей", "ье", "ьи", "ью"} {
			if strings.HasSuffix(lb, end) && len([]rune(lb)) > len([]rune(end))+1 {
				nb = matchCase(b, strings.TrimSuffix(lb, end)+"ья")
				break
			}
		}
	}
	return f + "-" + nb, true
}

// hyphenFirstPart gives the nominative of a, the first part of a
// hyphenated place, read as a noun the dictionary knows as a place or a
// first name in an oblique singular case (a place's reading first, then a
// feminine one); "" when there is none or it is the word itself. femn
// tells whether that reading is feminine. When the dictionary reads a as
// a noun's nominative singular, nominative is true, f is "" and femn
// tells whether a place's or a name's feminine nominative is among them.
func (c *Canonicalizer) hyphenFirstPart(a string) (f string, femn, nominative bool) {
	ps := c.A.Parse(a)
	for _, p := range ps {
		if p.Method() == morph.MethodDictionary && p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Sing) && p.Tag.Case() == morph.Nomn {
			nominative = true
			femn = femn || p.Tag.Is(morph.Femn) && (p.Tag.Is(morph.Geox) || p.Tag.Is(morph.Name))
		}
	}
	if nominative {
		return "", femn, true
	}
	var best morph.Parse
	found := false
	for _, p := range ps {
		if p.Method() != morph.MethodDictionary || p.Tag.POS() != morph.NOUN || !p.Tag.Is(morph.Sing) || !obliqueCases[p.Tag.Case()] ||
			!p.Tag.Is(morph.Geox) && !p.Tag.Is(morph.Name) {
			continue
		}
		if !found || hyphenPartPreferred(p, best) {
			best, found = p, true
		}
	}
	if !found {
		return "", false, false
	}
	g, ok := c.A.InflectTo(best, morph.Nomn, morph.Sing)
	if !ok || strings.EqualFold(g.Word, a) {
		return "", false, false
	}
	return matchCase(a, g.Word), best.Tag.Is(morph.Femn), false
}

// obliqueCases are the cases a first part of a hyphenated place may stand
// in (not the vocative «Эль» of «Эля»).
var obliqueCases = map[morph.Grammeme]bool{morph.Gent: true, morph.Datv: true, morph.Accs: true, morph.Ablt: true, morph.Loct: true}

// hyphenPartPreferred reports whether p is a better reading than q of the
// first part of a hyphenated place: a place's over a first name's, then a
// feminine noun's (a name in -ия or -а: «Эмилии», not the man's
// «Эмилий»), then the likelier.
func hyphenPartPreferred(p, q morph.Parse) bool {
	if a, b := p.Tag.Is(morph.Geox), q.Tag.Is(morph.Geox); a != b {
		return a
	}
	if a, b := p.Tag.Is(morph.Femn), q.Tag.Is(morph.Femn); a != b {
		return a
	}
	return p.Score > q.Score
}

// placeNominative reports whether the hyphenated word written is, as
// written, the nominative singular of a place the dictionary knows by its
// last part, and named (the phrase's name for it) is no place's: «порта
// Усть-Луга» is Усть-Луга (the town Луга's nominative), not the genitive
// of «Усть-Луг», the common noun «луг».
func (c *Canonicalizer) placeNominative(written, named string) bool {
	lw, ln := strings.ToLower(written), strings.ToLower(named)
	nominative := false
	for _, p := range c.A.Parse(written) {
		if p.Method() != morph.MethodDictionary && p.Method() != morph.MethodHyphen || !p.Tag.Is(morph.Geox) {
			continue
		}
		if Normalize(p.Normal) == Normalize(ln) {
			return false
		}
		nominative = nominative || p.Tag.POS() == morph.NOUN && p.Tag.Case() == morph.Nomn && p.Tag.Is(morph.Sing) && Normalize(p.Normal) == Normalize(lw)
	}
	return nominative
}

// firstPartAgreement gives the adjectives in the nominative singular
// before out[k], a hyphenated place whose first part hyphenPlace put in
// the nominative, the gender of that first part: the phrase made them
// agree with the last part, by which the dictionary reads the word («в
// Северном Рейне-Вестфалии»: Северный Рейн-Вестфалия, not «Северная»).
func (c *Canonicalizer) firstPartAgreement(out []string, k int) {
	first, _, ok := strings.Cut(out[k], "-")
	if !ok || k == 0 {
		return
	}
	var gender morph.Grammeme
	for _, p := range c.A.Parse(first) {
		if p.Method() == morph.MethodDictionary && p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Geox) && p.Tag.Case() == morph.Nomn && p.Tag.Is(morph.Sing) {
			gender = p.Tag.Gender()
			break
		}
	}
	if gender == 0 {
		return
	}
	for j := k - 1; j >= 0; j-- {
		var adj *morph.Parse
		for _, p := range c.A.Parse(out[j]) {
			if p.Method() == morph.MethodDictionary && p.Tag.POS() == morph.ADJF && p.Tag.Case() == morph.Nomn && p.Tag.Is(morph.Sing) {
				adj = &p
				break
			}
		}
		if adj == nil {
			return
		}
		if adj.Tag.Gender() == gender {
			continue
		}
		f, ok := c.A.InflectTo(*adj, morph.Nomn, gender, morph.Sing)
		if !ok {
			return
		}
		out[j] = matchCase(out[j], f.Word)
	}
}
