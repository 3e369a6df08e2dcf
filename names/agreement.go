package names

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// caseAgreement reports whether a person's name of two words or more may be
// read in the oblique case cas and gender gen (person tries every case;
// prev is the word before the name). A first name that is no form of that
// case cannot put its surname in it: when the dictionary knows the first
// word only as common nouns (commonFirstName: «Тору» of тор and тора,
// «Хорхе» of хорх), one of them, or its ending as a man's foreign name
// (-а: genitive), must be in that case and gender, and a locative needs
// its preposition; and a man's surname in an oblique case ends in a vowel
// (or -ом/-ем), so in a name of two words a last word in a consonant with
// no reading in that case keeps the name as written. «• Тору Камикава», «• Хорхе Ларрионда» and
// «ФАО Абдолреза Аббассиан» are nominatives as written, not the genitives
// of Камикав, Ларрионд and Абдолрез (NEREL and factRuEval give foreign
// names as written in the nominative). A title before the name («Доктора
// Лизу», «Короля Лир») declines on its own and is not checked.
func caseAgreement(words []string, parses [][]morph.Parse, cas, gen morph.Grammeme, prev string) bool {
	n := len(words)
	if n < 2 || len(parses) != n || !namedReading(parses[0]) && slices.ContainsFunc(parses[0], title) {
		return true
	}
	inCase := func(p morph.Parse) bool { return singularPerson(p) && p.Tag.Case() == cas }
	if commonFirstName(words[0], parses[0]) {
		if cas == morph.Loct && !locativePreposition(prev) {
			return false // no locative without its preposition
		}
		_, endCases := syllableStem(strings.ToLower(words[0]))
		if !(gen == morph.Masc && slices.Contains(endCases, cas)) &&
			!slices.ContainsFunc(parses[0], func(p morph.Parse) bool { return inCase(p) && agreeingGender(p, gen) }) {
			return false
		}
	}
	// a man's surname in an oblique case ends in a vowel or -ом/-ем, not
	// in -ь («Директор „Уралстройинвеста“ Марина Лебедь» is a woman, not
	// the genitive of Марин, whose surname would be «Лебедя»)
	// (a Russian surname in -ых or -их does not decline: Валерием Щесных);
	// checked in a name of two words only, whose gender its first name gives
	w := strings.ToLower(words[n-1])
	return !(n == 2 && gen == morph.Masc && parses[n-1] != nil && cyrillicWord(words[n-1]) && !strings.ContainsRune(vowelLetters+"й", lastRune(w)) &&
		!strings.HasSuffix(w, "ом") && !strings.HasSuffix(w, "ем") &&
		!strings.HasSuffix(w, "ых") && !strings.HasSuffix(w, "их") && !knownName(parses[n-1]) && !slices.ContainsFunc(parses[n-1], inCase))
}

// commonFirstName reports whether the first word of a person's name is one
// the dictionary itself knows only as common nouns («Тору» of тор and тора,
// «Хорхе» of хорх), none of them a name or a title: a foreign first name,
// whose ending says nothing of the name's case. A word of three letters or
// fewer (Сан of «Сан Джин Пака») is rather an East Asian syllable that
// does not decline.
func commonFirstName(w string, ps []morph.Parse) bool {
	if ps == nil || !tokenize.StartsUpper(w) || utf8.RuneCountInString(w) <= 3 || namedReading(ps) || !slices.ContainsFunc(ps, singularPerson) {
		return false
	}
	return !slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Method() != morph.MethodDictionary })
}

// foreignFirstE reports whether the first word of a person's name is a
// foreign first name in -е (commonFirstName: the dictionary knows it only
// as the locative or dative of a common noun, «Хорхе» of хорх): such a
// name (Хорхе, Хосе, Рене) does not decline, so the name's oblique case
// leaves it as written while its surname declines — «о Хорхе Ларрионде»
// → Хорхе Ларрионд (was «Хорх Ларрионд»). A Russian first name in -е
// (Иване, Анне) is one the dictionary knows as a name; a feminine common
// noun in -а (ангелика, «Ангелике Кербер») declines as a woman's name.
func foreignFirstE(w string, ps []morph.Parse) bool {
	return strings.HasSuffix(w, "е") && commonFirstName(w, ps) &&
		!slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Tag.Is(morph.Femn) })
}

// agreeingGender reports whether p, a reading of a man's or woman's first
// name, may stand in a name of gender gen: its own gender, or one that
// declines alike — a neuter for a man (Мамонова, the genitive of Мамоново,
// is Мамонов's), but not a feminine for a man's first name («Тору» is no
// accusative of a man's Тора).
func agreeingGender(p morph.Parse, gen morph.Grammeme) bool {
	switch g := p.Tag.Gender(); {
	case g == gen, p.Tag.Is(morph.MsF), p.Tag.Is(morph.Fixd):
		return true
	case gen == morph.Masc && g == morph.Neut:
		return true
	}
	return false
}

// title reports whether the dictionary reads a word as an animate common
// noun (доктор, папа), which may head a nickname in its own case.
func title(p morph.Parse) bool {
	return p.Method() == morph.MethodDictionary && p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Anim)
}

// singularPerson reports whether p reads a word as a noun (or a surname's
// adjective) in the singular, the readings a name's word can take.
func singularPerson(p morph.Parse) bool {
	return personPOS(p) && !p.Tag.Is(morph.Plur)
}

// namedReading reports whether some reading of a word is a person's name
// in the singular (first name, surname or patronymic, known or guessed).
func namedReading(ps []morph.Parse) bool {
	for _, p := range ps {
		if p.Tag.PersonName() && !p.Tag.Is(morph.Plur) {
			return true
		}
	}
	return false
}

// uDative reports whether a person's name of two words or more ends every
// word (but initials) in -у after a consonant and the tagger reads one of
// them as the dative of its stem in that consonant (its lemma the word
// without -у, as taggedManGenitive reads -а): two foreign words that end
// so together are the dative of a man's name in consonants, not an
// indeclinable name as written — «продлил арест Джареду Лофнеру» →
// Джаред Лофнер (was kept as written, each word read as a follower of the
// other). «Криштиану Роналду», whose lemma the tagger gives as written,
// stays.
func uDative(words []string, hints []Hint) bool {
	if len(words) < 2 || len(hints) != len(words) {
		return false
	}
	read := false
	for i, w := range words {
		if isInitial(w) {
			continue
		}
		stem, ok := strings.CutSuffix(strings.ToLower(w), "у")
		if !ok || !cyrillicWord(w) || utf8.RuneCountInString(stem) < 3 || strings.ContainsRune(vowelLetters+"йь", lastRune(stem)) {
			return false
		}
		read = read || hints[i].Case == morph.Datv && strings.ToLower(hints[i].Lemma) == stem
	}
	return read
}
