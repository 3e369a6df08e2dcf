package names

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// settlementKinds are the lemmas of the nouns that name a kind of
// settlement, which a place's name may follow in apposition («в деревне
// Смольки», «посёлка Мирный»).
var settlementKinds = map[string]bool{
	"деревня": true, "село": true, "посёлок": true, "поселок": true, "хутор": true, "станица": true,
	"аул": true, "кишлак": true, "слобода": true, "местечко": true, "город": true, "городок": true,
	"поселение": true, "урочище": true,
	// islands and capes, whose name in apposition may be an adjective
	// («на острове Русский», not Русь; ner25)
	"остров": true, "полуостров": true, "мыс": true,
}

// singularPlaceSuffixes are the endings, before -и, of the genitive of
// the Russian places named by one feminine noun in -ка (Ивановка,
// Каменка, Журавлёвка): their -ки is a genitive singular, not the
// nominative plural of Смольки, Липки.
var singularPlaceSuffixes = []string{"овк", "евк", "ёвк", "инк", "енк", "анк", "янк", "ейк"}

// facilityKinds are the lemmas of the nouns that name a kind of building or
// structure, which a facility's name may follow in apposition
// («мемориальному комплексу Цицернакаберд», «в резиденции Чекерс»,
// «на стадионе Лужники»: not the guesser's «Цицернакаберда»).
var facilityKinds = map[string]bool{
	"комплекс": true, "мемориал": true, "резиденция": true, "стадион": true, "арена": true, "аэропорт": true,
	"дворец": true, "собор": true, "храм": true, "монастырь": true, "замок": true, "музей": true,
	"театр": true, "башня": true, "вокзал": true, "тюрьма": true, "космодром": true, "мечеть": true,
}

// apposedName reports whether a one-word name after a noun naming a kind
// (prev, whose lemma is one of kinds: settlementKinds for a place,
// facilityKinds for a facility) stands as it is
// written, in the nominative, rather than in the noun's case: the name does
// not agree with a noun in the dative, the locative or the instrumental
// when it has no reading in that case, nor one of the dictionary's in
// the genitive without one in the nominative («в деревне Смольки», «в посёлке Мирный»: not «Смолька»;
// «в Старом городе Иерусалима» is the city's part), and after a noun in the genitive, a name in
// -ки that the dictionary does not read as the genitive of a singular
// place nor as the genitive of a noun with the endings of a place in -ка
// (singularPlaceSuffixes) is a nominative plural («жители деревни Смольки»;
// «деревни Ивановки» is Ивановка).
func (c *Canonicalizer) apposedName(words []string, prev string, kinds map[string]bool) bool {
	if len(words) != 1 || !cyrillicWord(words[0]) || !tokenize.StartsUpper(words[0]) {
		return false
	}
	kind := c.kindCases(prev, kinds)
	if len(kind) == 0 {
		return false
	}
	ps := c.A.Parse(words[0])
	if !slices.ContainsFunc(kind, func(cas morph.Grammeme) bool { return cas != morph.Nomn && cas != morph.Accs }) {
		// after a kind in the nominative or the accusative only
		// («стадион Лужники», «в мечеть Эль-Акса») a name that may be a
		// nominative is one, in apposition, and so is a name only the
		// guesser reads, in no case of the kind's («Эль-Акса»: not the
		// genitive of «Эль-Акс»); «в город Москву» agrees with its kind
		if slices.ContainsFunc(ps, func(p morph.Parse) bool {
			return p.Tag.POS() == morph.NOUN && p.Tag.Case() == morph.Nomn && (p.Tag.Is(morph.Sing) || p.Tag.Is(morph.Pltm))
		}) {
			return true
		}
		return !slices.ContainsFunc(ps, func(p morph.Parse) bool {
			return p.Method() == morph.MethodDictionary || slices.Contains(kind, p.Tag.Case())
		})
	}
	if strings.Contains(words[0], "-") {
		return false
	}
	oblique := !slices.ContainsFunc(kind, func(cas morph.Grammeme) bool {
		return cas == morph.Nomn || cas == morph.Gent || cas == morph.Accs
	})
	if oblique {
		// (a name the dictionary knows in the genitive, and not in the
		// nominative, depends on the noun: «в Старом городе Иерусалима»;
		// «в деревне Горки» does not)
		known := func(cas morph.Grammeme) bool {
			return slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Tag.Case() == cas && p.Method() == morph.MethodDictionary })
		}
		return !slices.ContainsFunc(ps, func(p morph.Parse) bool { return slices.Contains(kind, p.Tag.Case()) }) &&
			(!known(morph.Gent) || known(morph.Nomn))
	}
	if !slices.Contains(kind, morph.Gent) {
		return false
	}
	lw := strings.ToLower(words[0])
	if fleetingGenitive(lw, ps) {
		return true
	}
	stem, ok := strings.CutSuffix(lw, "ки")
	if !ok || strings.ContainsRune(vowelLetters, lastRune(stem)) || slices.ContainsFunc(singularPlaceSuffixes, func(s string) bool { return strings.HasSuffix(stem+"к", s) }) {
		return false
	}
	plural := false
	for _, p := range ps {
		if p.Tag.Is(morph.Geox) && p.Tag.Is(morph.Sing) {
			return false // «деревни Горки»: Горка or Горки, the dictionary knows both
		}
		plural = plural || p.Tag.Case() == morph.Nomn && p.Tag.Is(morph.Plur)
	}
	return plural
}

// fleetingGenitive reports whether w (lower case), a name in -ка after a
// consonant that the dictionary does not know, is read as a genitive only
// by the guesser's masculine in -ок, -ек with a fleeting vowel («посёлка
// Суземка»: not «Сузёмок»). Such a name is far likelier a feminine
// nominative in -ка, as Russian villages are named (Суземка, Каменка),
// standing as written after the noun of the kind.
func fleetingGenitive(w string, ps []morph.Parse) bool {
	stem, ok := strings.CutSuffix(w, "ка")
	if !ok || stem == "" || strings.ContainsRune(vowelLetters, lastRune(stem)) {
		return false
	}
	fleeting := false
	for _, p := range ps {
		if p.Method() == morph.MethodDictionary {
			return false
		}
		if p.Tag.POS() != morph.NOUN || p.Tag.Case() != morph.Gent {
			continue
		}
		if n := strings.ReplaceAll(p.Normal, "ё", "е"); n == strings.ReplaceAll(stem, "ё", "е") {
			return false // «посёлка Ленинска»: Ленинск
		} else if strings.HasSuffix(n, "ок") || strings.HasSuffix(n, "ек") {
			fleeting = true
		}
	}
	return fleeting
}

// settlementCases returns the cases of the readings of w as a noun in the
// singular naming a kind of settlement (settlementKinds: «деревне» is a
// dative and a locative); nil for any other word, and for abbreviations
// («с», the preposition, is also «село» abbreviated).
func (c *Canonicalizer) settlementCases(w string) []morph.Grammeme {
	return c.kindCases(w, settlementKinds)
}

// kindCases returns the cases of the readings of w as a noun in the
// singular whose lemma is one of kinds; nil for any other word, and for
// abbreviations.
func (c *Canonicalizer) kindCases(w string, kinds map[string]bool) []morph.Grammeme {
	var out []morph.Grammeme
	for _, p := range c.A.Parse(strings.ToLower(w)) {
		if p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Sing) && !p.Tag.Is(morph.Abbr) && kinds[p.Normal] {
			out = append(out, p.Tag.Case())
		}
	}
	return out
}
