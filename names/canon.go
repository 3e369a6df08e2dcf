package names

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// Canonicalizer puts entity names into their dictionary form: persons'
// first names, patronymics and surnames to the nominative with their gender
// kept (Дмитрия Шугаева → Дмитрий Шугаев), and the head phrase of other
// names — leading adjectives and the first noun — to the nominative, with
// dependents and quoted names untouched (Ижевского электромеханического
// завода «Купол» → Ижевский электромеханический завод «Купол»).
type Canonicalizer struct {
	A *morph.Analyzer
}

// NewCanonicalizer returns a Canonicalizer over the embedded dictionary.
func NewCanonicalizer() (*Canonicalizer, error) {
	a, err := morph.Default()
	if err != nil {
		return nil, err
	}
	return &Canonicalizer{A: a}, nil
}

// verbatim lists the types whose surface text is already canonical (or is
// normalized elsewhere, as dates are).
var verbatim = map[string]bool{
	"DATE": true, "TIME": true, "NUMBER": true, "ORDINAL": true, "AGE": true,
	"MONEY": true, "PERCENT": true, "PENALTY": true,
}

// pluralHeads are the lemmas of nouns that name an organization in the
// plural: «власти» are the authorities, «власть» the power.
var pluralHeads = map[string]bool{"власть": true}

var cases = []morph.Grammeme{morph.Nomn, morph.Gent, morph.Datv, morph.Accs, morph.Ablt, morph.Loct}

// Canonical returns the canonical form of a mention's text for an entity
// type. prev is the word before the mention ("" if none): after a
// preposition, or after a word that cannot be a nominative singular (as in
// «главы Удмуртии Александра Бречалова»), the mention is taken to be in an
// oblique case. Canonical returns the text unchanged when it cannot do
// better.
func (c *Canonicalizer) Canonical(typ, text, prev string) string {
	return c.CanonicalHinted(typ, text, prev, nil)
}

// Hint is what a contextual tagger read in one word of a mention: its case,
// gender and number (morph grammemes; 0 when it gave none) and its lemma.
type Hint struct {
	Case, Gender, Number morph.Grammeme
	Lemma                string
	// Proper is true when the tagger read the word as a proper noun; the
	// words of places' and organizations' names take hints only then
	// (a quoted name the tagger read as a common noun, «„Купола“», is
	// no evidence of its case).
	Proper bool
	// Apposed is true when Case is that of the post the word's name
	// stands in apposition to (appositionHints), not the tagger's own
	// reading of the word: stronger evidence than the word before.
	Apposed bool
}

// CanonicalHinted is Canonical with the tagger's reading of each word of
// the mention (hints[i] for the i-th token of text; nil or a slice of
// another length means none). Where the dictionary leaves the case or the
// gender open — «Дмитрия Медведева» may be a woman's name in the
// nominative, «Свиридова» a woman's surname — the reading the tagger made
// of the sentence decides; a lemma the tagger gave is preferred among the
// dictionary's («в Бонне»: Бонн, not Бонна).
func (c *Canonicalizer) CanonicalHinted(typ, text, prev string, hints []Hint) string {
	if verbatim[typ] || c == nil || c.A == nil {
		return text
	}
	toks := tokenize.Tokens(text)
	if len(toks) == 0 {
		return text
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
		if typ != "PERSON" && innerDot(t.Text) {
			return text // Яндекс.Деньги, Mail.Ru: a service's name, as written
		}
	}
	if len(hints) != len(words) {
		hints = make([]Hint, len(words))
	}
	if placeTypes[typ] {
		hints = c.withoutStrayHints(words, hints)
	}
	if k := len(words) - 1; typ != "PERSON" && toks[k].End == len([]rune(text)) {
		if stem, year, ok := strings.Cut(words[k], "-"); ok && cyrillicWord(stem) && len(year) == 4 && strings.Trim(year, "0123456789") == "" {
			// «на форуме-2025», «к Олимпиаде-2026»: the word declines
			// before its year, which stays («форум-2025»); a model's
			// or a plant's number does not make a year («Ту-154» is no
			// «Та», «Фукусима-1» no «Фукусим»)
			words[k] = stem
			return c.CanonicalHinted(typ, rebuild(text, toks, words), prev, hints) + "-" + year
		}
	}
	if k := len(words) - 1; typ == "ORGANIZATION" && len(words) == 1 && toks[k].End == len([]rune(text)) {
		if stem, num, ok := strings.Cut(words[k], "-"); ok && cyrillicWord(stem) && len(num) <= 3 && num != "" && strings.Trim(num, "0123456789") == "" {
			// «генеральный директор „Мостостроя-11“»: a company's name
			// with its number declines before the number, which stays
			// («Мостострой-11»), as a year does after an event's name
			words[k] = stem
			return c.CanonicalHinted(typ, rebuild(text, toks, words), prev, hints) + "-" + num
		}
	}
	if n := len(words); typ == "ORGANIZATION" && n >= 4 && legalForms[strings.ToLower(words[0])] && isQuote(words[1]) && isQuote(words[n-1]) &&
		!strings.ContainsAny(strings.Join(words[2:n-1], ""), "«»\"") {
		// «ФГУП „Атомфлот“», «ООО „Стройтрансгаз“»: the company is named
		// by its quoted name, as written after its legal form
		// (kindOfOrganization)
		inner := toks[2].Start
		return string([]rune(text)[inner:toks[n-2].End])
	}
	oblique := c.oblique(prev)
	if typ != "PERSON" && len(words) >= 3 && isQuote(words[0]) && isQuote(words[len(words)-1]) {
		// A name standing alone in quotes declines («на „Куполе“»); a
		// name in quotes after a generic noun does not (завода «Купол»,
		// холдинга «Швабе», компании «Вектра»), whatever the guesser
		// makes of an unknown word.
		if c.kindOfOrganization(prev) {
			return text
		}
		if in := c.phrase(words[1:len(words)-1], hints[1:len(words)-1], oblique, prev, false); in != nil {
			return rebuild(text, toks, append(append([]string{words[0]}, in...), words[len(words)-1]))
		}
		return text
	}
	if typ == "COUNTRY" && len(words) == 1 {
		if a := CompoundPart(c.A, words[0]); a != "" {
			return matchCase(words[0], a)
		}
	}
	if typ == "STATE_OR_PROVINCE" && len(words) == 1 {
		if r, ok := c.regionAdjective(words[0]); ok {
			return r
		}
	}
	if placeTypes[typ] && len(words) == 2 {
		if out := c.sharedRegion(words[0], words[1]); out != nil {
			return rebuild(text, toks, out)
		}
	}
	if typ == "PROFESSION" {
		if out := actingPost(words); out != nil {
			return rebuild(text, toks, out)
		}
	}
	if typ == "PRODUCT" && len(words) == 1 {
		if s := c.substance(words[0]); s != "" {
			return s
		}
	}
	var out []string
	switch {
	case typ == "EVENT" && len(words) >= 2 && isDigitOrdinal(words[0]):
		// «на 58-й Международной химической олимпиаде»: the ordinal
		// agrees with the name after it
		out = c.ordinalPhrase(words, hints, oblique, prev)
	case typ == "PERSON":
		// (the word before is no evidence against the nominative of the
		// post the name stands in apposition to: «Канцлер Германии
		// Ангела Меркель»)
		out = c.person(words, hints, oblique && !allNominative(hints), prev)
	case isQuote(prev) && len(words) == 2 && (allCaps(words[0]) && len([]rune(words[0])) >= 2 && c.commonNoun(words[1]) || c.attributiveName(words[0], words[1])):
		// «ВТБ Капитала», «РЖД Логистики» in quotes: an acronym and a
		// common noun naming a company; the noun declines, the acronym
		// does not (a place after an acronym, «МВД России», is its owner;
		// unquoted foreign names, «АЭЦ Белене», stay as written); so
		// does a name standing in the nominative before a noun in another
		// case («Газпром Арене», «Лахта Центре»)
		if in := c.phrase(words[1:], hints[1:], oblique, words[0], false); in != nil {
			out = []string{words[0], in[0]}
		}
	case typ == "ORGANIZATION" && len(words) == 1 && isQuote(prev) && hints[0].Number == morph.Sing && c.guessedPlural(words[0]):
		// «Боевики „Хезболлы“»: a quoted name the dictionary does not know
		// that the guesser reads only as a plural («хезболл») while the
		// tagger reads a singular is rather the genitive of a name in -а
		// (not «„Краснорубашечники“»)
		w := []rune(words[0])
		out = []string{string(w[:len(w)-1]) + "а"}
	case placeTypes[typ] && afterLocativePreposition(prev) && indeclinableA(words):
		// «в Бока-Чика», «в Ла-Плата»: after «в» or «на» a place is in the
		// locative (-е) or the accusative (-у); one ending in -а is a
		// name that does not decline, not a genitive
	case placeTypes[typ] && c.apposedName(words, prev, settlementKinds):
		// «в деревне Смольки», «жители деревни Смольки»: a place's
		// name after a kind of settlement that does not agree with it
		// is as written
	case placeTypes[typ] && c.regionKindName(words, prev):
		// «провинции Ганьсу»: a foreign region's name the dictionary
		// does not know after its kind is as written
	case typ == "FACILITY" && c.apposedName(words, prev, facilityKinds):
		// «мемориальному комплексу Цицернакаберд»: likewise after a kind
		// of building
	case (placeTypes[typ] || typ == "FACILITY") && c.honoreeName(words):
		// «станции „Генерала Тюленева“»: the genitive of the person the
		// place is named after is as written
	case typ == "ORGANIZATION" && len(words) == 1 && fixedMinistry(words[0]):
		// «Минобрнауки», «Минприроды», «Минпросвещения»: a ministry's
		// short name of «Мин» and a genitive does not decline (not
		// «Минобрнаука»)
	case typ == "ORGANIZATION" && len(words) == 1 && c.guessedGenitive(words[0]) != "":
		out = []string{c.guessedGenitive(words[0])}
	case typ == "ORGANIZATION" && len(words) == 1 && isQuote(prev) && c.guessedNoSingular(words[0]):
		// «перешел в „Русал“»: a quoted name the dictionary does not know,
		// ending in a consonant, that the guesser reads as no singular
		// noun (a genitive plural of «русало») is the name as written
	case typ == "ORGANIZATION" && c.adjectivesBeforeQuote(words) > 0:
		out = c.describedQuote(words, hints, oblique, prev)
	default:
		out = c.phrase(words, hints, oblique, prev, typ == "PROFESSION")
	}
	if placeTypes[typ] {
		for k, w := range words {
			named := w
			if out != nil {
				named = out[k]
			}
			if h, ok := c.hyphenPlace(w, named); ok {
				if out == nil {
					out = append([]string(nil), words...)
				}
				out[k] = h
				c.firstPartAgreement(out, k)
			}
		}
	}
	if out == nil {
		return text
	}
	return rebuild(text, toks, out)
}

// regionAdjective names the region that a capitalized adjective the
// dictionary reads as feminine singular stands for alone, with «область»
// («Брянской и Курской областями»: «Брянской», Брянская область); ok is
// false for another word and for the adjective of a republic
// («Татарской государственной филармонии», «Удмуртской и Чувашской
// республик»), named by the linker. (A masculine one is more often a
// foreign state's, nested in a name — «Массачусетского технологического
// института» — than a «край».)
func (c *Canonicalizer) regionAdjective(w string) (string, bool) {
	if !capitalized(w) {
		return "", false
	}
	n := Normalize(w)
	for _, stem := range republicAdjectives {
		if strings.HasPrefix(n, stem) {
			return "", false
		}
	}
	for _, p := range c.A.Parse(w) {
		if p.Tag.POS() != morph.ADJF || p.Tag.Number() != morph.Sing || p.Tag.Gender() != morph.Femn || p.Method() != morph.MethodDictionary {
			continue
		}
		if f, ok := c.A.InflectTo(p, morph.Nomn, morph.Sing, morph.Femn); ok {
			return matchCase(w, f.Word) + " область", true
		}
	}
	return "", false
}

// partAdjectives are the adjectives of the first parts of compounds that
// do not make them with -ий or -ский («итало-японских»: итальянский).
var partAdjectives = map[string]string{"итало": "итальянский", "франко": "французский", "греко": "греческий", "германо": "германский"}

// CompoundPart returns the adjective of a country whose stem in -о opens a
// compound adjective, the first part w of it («российско» of
// «российско-британской»: российский; «американо»: американский), or "",
// by the analyzer a. The rule layer makes such a part a COUNTRY (NEREL's
// convention); the canonicalizer names it by its place, as it names
// «британской».
func CompoundPart(a *morph.Analyzer, w string) string {
	n := Normalize(w)
	stem, ok := strings.CutSuffix(n, "о")
	if !ok {
		return ""
	}
	cands := []string{stem + "ий", stem + "ский"}
	if adj, ok := partAdjectives[n]; ok {
		cands = []string{adj}
	}
	for _, adj := range cands {
		for _, p := range a.Parse(adj) {
			if p.Tag.POS() == morph.ADJF && p.Method() == morph.MethodDictionary && p.Word == adj && AdjectivePlace(a, adj) != "" {
				return adj
			}
		}
	}
	return ""
}

// republicAdjectives are the stems of the adjectives of Russia's
// republics, whose feminine stands for a «республика», not an «область».
var republicAdjectives = []string{
	"адыгейск", "алтайск", "башкирск", "бурятск", "дагестанск", "ингушск",
	"кабардино", "калмыцк", "карачаево", "карельск", "крымск", "марийск",
	"мордовск", "северо-осетинск", "татарск", "тувинск", "удмуртск",
	"хакасск", "чеченск", "чувашск", "якутск", "донецк", "луганск",
}

// afterLocativePreposition reports whether prev is «в», «во» or «на», after
// which a place stands in the locative or the accusative.
func afterLocativePreposition(prev string) bool {
	switch strings.ToLower(prev) {
	case "в", "во", "на":
		return true
	}
	return false
}

// indeclinableA reports whether words are one capitalized word (hyphens
// allowed) ending in -а or -я, a form no noun takes in the locative or the
// accusative singular. (A longer name ends in its genitive dependent as
// often: «в Южном округе Нью-Йорка».)
func indeclinableA(words []string) bool {
	if len(words) != 1 {
		return false
	}
	w := words[0]
	return tokenize.StartsUpper(w) && (strings.HasSuffix(w, "а") || strings.HasSuffix(w, "я"))
}

// guessedNoSingular reports whether w is capitalized, four letters or
// more, unhyphenated (not «Братьев-мусульман»), ends in a Cyrillic
// consonant and has readings, all of them the guesser's and none a
// singular noun.
func (c *Canonicalizer) guessedNoSingular(w string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.ToLower(w))
	if utf8.RuneCountInString(w) < 4 || !tokenize.StartsUpper(w) || strings.Contains(w, "-") || !unicode.Is(unicode.Cyrillic, last) || strings.ContainsRune(vowelLetters+"йь", last) {
		return false
	}
	ps := c.A.Parse(w)
	for _, p := range ps {
		if p.Method() == morph.MethodDictionary || p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Sing) {
			return false
		}
	}
	return len(ps) > 0
}

// guessedGenitive returns the nominative of a capitalized one-word name in
// -а that the dictionary does not know, which the guesser reads as the
// genitive singular of a masculine noun in a consonant and, otherwise, in
// the nominative only as a masculine noun in -а, as «староста» is
// («Глава Росстата», «Данные Росстата»: Росстат, not «Росстата»); "" when
// it does not apply. An organization's name is rather the one than the
// other.
func (c *Canonicalizer) guessedGenitive(w string) string {
	lw := strings.ToLower(w)
	stem, ok := strings.CutSuffix(lw, "а")
	if !ok || utf8.RuneCountInString(stem) < 3 || !tokenize.StartsUpper(w) || strings.Contains(w, "-") || strings.ContainsRune(vowelLetters+"йь", lastRune(stem)) {
		return ""
	}
	genitive := false
	for _, p := range c.A.Parse(w) {
		// (the guesser's lemmas may spell ё: «Сбера» read as «сбёра»,
		// like «староста»)
		normal := strings.ReplaceAll(p.Normal, "ё", "е")
		switch {
		case p.Method() == morph.MethodDictionary:
			return ""
		case p.Tag.POS() != morph.NOUN:
		case p.Tag.Case() == morph.Gent && p.Tag.Is(morph.Sing) && p.Tag.Gender() == morph.Masc && normal == stem:
			genitive = true
		case p.Tag.Case() == morph.Nomn && (p.Tag.Gender() != morph.Masc || normal != lw):
			return ""
		}
	}
	if !genitive {
		return ""
	}
	return w[:len(w)-len("а")]
}

// guessedPlural reports whether w is capitalized, ends in -ы (or -и after
// к, г, х, ж, ш, ч, щ) and has readings, all of them the guesser's and
// plural.
func (c *Canonicalizer) guessedPlural(w string) bool {
	rs := []rune(strings.ToLower(w))
	if len(rs) < 4 || !tokenize.StartsUpper(w) || !(rs[len(rs)-1] == 'ы' || rs[len(rs)-1] == 'и' && strings.ContainsRune("кгхжшчщ", rs[len(rs)-2])) {
		return false
	}
	ps := c.A.Parse(w)
	for _, p := range ps {
		if p.Method() == morph.MethodDictionary || !p.Tag.Is(morph.Plur) {
			return false
		}
	}
	return len(ps) > 0
}

// actingPost puts «(временно) исполняющим обязанности министра» in the
// nominative, «исполняющий обязанности министра»: the participle agrees
// with the person (feminine forms stay feminine), «обязанности» and the
// post after it are its object and stay as written. The phrase parser
// would read «обязанности» as the head noun («исполняющего обязанности
// губернатора» was «исполняющая обязанность губернатора»). nil when the
// words are no such post.
//
// So is «заведующий» (twenty-second session), whose object is in the
// instrumental: «заведующей отделением реанимации» is «заведующая
// отделением реанимации», not «заведующее отделение реанимации».
func actingPost(words []string) []string {
	for i := 0; i+1 < len(words) && i <= 1; i++ {
		w := strings.ToLower(words[i])
		stem := "исполняющ"
		switch {
		case strings.HasPrefix(w, "исполняющ") && strings.ToLower(words[i+1]) == "обязанности":
		case strings.HasPrefix(w, "заведующ") && i == 0 && tokenize.StartsLower(words[i+1]):
			stem = "заведующ"
		default:
			continue
		}
		nom := stem + "ий"
		switch strings.TrimPrefix(w, stem) {
		case "ая", "ей", "ую", "ею":
			nom = stem + "ая"
		case "ие", "их", "ими":
			if stem == "заведующ" {
				nom = stem + "ие"
			}
		}
		out := slices.Clone(words)
		out[i] = matchCase(words[i], nom)
		return out
	}
	return nil
}

// rebuild replaces the tokens of text by words, keeping the spacing.
func rebuild(text string, toks []doc.Token, words []string) string {
	var b strings.Builder
	runes := []rune(text)
	at := 0
	for i, t := range toks {
		b.WriteString(string(runes[at:t.Start]))
		b.WriteString(words[i])
		at = t.End
	}
	b.WriteString(string(runes[at:]))
	return b.String()
}

// oblique reports whether a word before a name makes the name's case
// oblique: a preposition, or a Cyrillic word with no nominative singular
// reading.
func (c *Canonicalizer) oblique(prev string) bool {
	if !cyrillicWord(prev) {
		return false
	}
	ps := c.A.Parse(prev)
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		pos := p.Tag.POS()
		if pos == morph.PREP {
			return true
		}
		if p.Tag.Case() == 0 || p.Tag.Case() == morph.Nomn && !p.Tag.Is(morph.Plur) {
			return false
		}
	}
	return true
}

// kindOfOrganization reports whether w is a form of a noun naming a kind of
// organization (organizationKinds: компании, холдингом, завода) or a
// legal form (legalForms: АО, ПАО).
func (c *Canonicalizer) kindOfOrganization(w string) bool {
	if !cyrillicWord(w) {
		return false
	}
	if legalForms[strings.ToLower(w)] {
		return true
	}
	for _, p := range c.A.Parse(w) {
		if p.Tag.POS() == morph.NOUN && organizationKinds[strings.ReplaceAll(p.Normal, "ё", "е")] {
			return true
		}
	}
	return false
}

// genitiveOnly reports whether name is one Cyrillic word that the
// dictionary reads as a noun in the genitive singular and never in the
// nominative («Газпромбанка»), or a company's name (brand) before a
// lower-case noun in an oblique case (attributiveName: «Газпром нефти»;
// not «партии „Лига Севера“»): after a kind of
// organization it is the kind's dependent, not its name in apposition
// («дочерней компанией „Газпромбанка“», «дочерняя компания „Газпром
// нефти“»), and declines.
func (c *Canonicalizer) genitiveOnly(name string) bool {
	if c.genitiveCompound(name) {
		return true
	}
	gen := false
	for _, p := range c.wordNouns(name) {
		switch {
		case p.Tag.Case() == morph.Nomn:
			return false
		case p.Tag.Case() == morph.Gent && p.Tag.Number() == morph.Sing:
			gen = true
		}
	}
	return gen
}

// genitiveCompound reports whether name is a company's name (brand) before
// a lower-case noun in an oblique case (attributiveName): «дочерняя
// компания „Газпром нефти“» is the subsidiary of «Газпром нефть».
func (c *Canonicalizer) genitiveCompound(name string) bool {
	a, b, ok := strings.Cut(name, " ")
	return ok && !strings.Contains(b, " ") && tokenize.StartsLower(b) && c.brand(a) && c.attributiveName(a, b)
}

// brand reports whether the dictionary's likeliest reading of w is a
// proper name (Газпром; not «Лига» of «Лига Севера»).
func (c *Canonicalizer) brand(w string) bool {
	ps := c.A.Parse(w)
	return len(ps) > 0 && properTag(ps[0].Tag)
}

// wordNouns returns the readings as a noun of name when it is one Cyrillic
// word, unhyphenated; nil otherwise.
func (c *Canonicalizer) wordNouns(name string) []morph.Parse {
	if strings.ContainsAny(name, " -") || !cyrillicWord(name) {
		return nil
	}
	var out []morph.Parse
	for _, p := range c.A.Parse(name) {
		if p.Tag.POS() == morph.NOUN {
			out = append(out, p)
		}
	}
	return out
}

// locativeOnly reports whether name is one Cyrillic word that the
// dictionary reads, as a noun, only in the locative («Швабе»: шваб, a
// Swabian).
func (c *Canonicalizer) locativeOnly(name string) bool {
	ps := c.wordNouns(name)
	return len(ps) > 0 && !slices.ContainsFunc(ps, func(p morph.Parse) bool {
		return p.Tag.Case() != morph.Loct && p.Tag.Case() != morph.Loc2
	})
}

// locativePreposition reports whether w is a preposition that governs the
// locative (в, на, о, при).
func locativePreposition(w string) bool {
	switch strings.ToLower(w) {
	case "в", "во", "на", "о", "об", "обо", "при":
		return true
	}
	return false
}

// kindBeforeQuote reports whether the quote mark right before position at
// follows a kind of organization (kindOfOrganization: «холдинг „Швабе“»),
// or one and a lower-case word in the genitive that says what it makes or
// does («разработчика видеоигр „Леста Игры“», «оператора связи „МТС“»).
func (c *Canonicalizer) kindBeforeQuote(toks []doc.Token, at int) bool {
	if c.kindOfOrganization(doc.TokenBefore(toks, at, 2)) {
		return true
	}
	w := doc.TokenBefore(toks, at, 2)
	if !tokenize.StartsLower(w) || !c.genitive(w) {
		return false
	}
	return c.kindOfOrganization(doc.TokenBefore(toks, at, 3))
}

// genitive reports whether some reading of w is in the genitive.
func (c *Canonicalizer) genitive(w string) bool {
	for _, p := range c.A.Parse(w) {
		if p.Tag.Case() == morph.Gent {
			return true
		}
	}
	return false
}

// nominativeStart reports whether the first word of name is not Cyrillic,
// or the tagger read it (hints[0]) as a nominative, or as an accusative
// the same as a nominative of the dictionary's.
func (c *Canonicalizer) nominativeStart(name string, hints []Hint) bool {
	first, _, _ := strings.Cut(name, " ")
	if !cyrillicWord(first) {
		return true
	}
	if len(hints) == 0 {
		return false
	}
	return hints[0].Case == morph.Nomn || hints[0].Case == morph.Accs && hasCase(c.A.Parse(first), morph.Nomn)
}

// declension says how a word of a name takes part in inflection.
type declension uint8

const (
	// declinable words are inflected and vote on the name's case.
	declinable declension = iota
	// fixed words (Нетаньяху, Проди, Тифензее) are kept as they are.
	fixed
	// follower words (Лофнеру, Мильнеру) do not vote on the case, as they
	// may be indeclinable, but follow the case the other words choose
	// («Юрию Мильнеру» → «Юрий Мильнер»).
	follower
)

// Prepositions that govern the dative, and those that govern the
// locative (or the dative): after them a final -у/-ю or -е is a case ending.
var (
	datvPreps = map[string]bool{"к": true, "ко": true, "по": true, "согласно": true, "благодаря": true, "вопреки": true, "навстречу": true}
	loctPreps = map[string]bool{"о": true, "об": true, "обо": true, "при": true, "в": true, "во": true, "на": true}
)

// foreignDeclension tells whether a capitalized word that the dictionary
// does not know is a foreign name that does not decline: the guesser reads
// «Нетаньяху» as a form of «Нетаньяха», «Проди» of «Продя». A word with a
// dictionary reading, or a guessed surname or adjective of a Russian shape
// (Шугаеву, Зеленского), declines, and so do words in -а/-я (Пантуса).
// Final -о, -э and -и (except -ии and -ки, -ги, -хи, the genitive of -ия,
// -ка, -га, -ха nouns) are fixed; final -у/-ю and -е are case
// endings after a preposition governing that case (к Пантусу, о Пантусе)
// and -у/-ю in a name the post or verb puts in the dative (dative),
// fixed after a vowel (Грейт-Данмоу), and followers elsewhere. prev is the
// word before the name.
func foreignDeclension(w string, ps []morph.Parse, prev string, dative bool) declension {
	if p, rest, ok := strings.Cut(w, "-"); ok && utf8.RuneCountInString(p) <= 3 && tokenize.StartsLower(p) && tokenize.StartsUpper(rest) {
		w = rest // an Arabic article: «ас-Сиси», «аль-Асад» decline as the name
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return declinable
	}
	for _, p := range ps {
		if p.Method() == morph.MethodDictionary {
			return declinable
		}
		if (p.Tag.Is(morph.Surn) || p.Tag.POS() == morph.ADJF) && RussianSurname(p.Normal) {
			return declinable
		}
	}
	lw := []rune(strings.ToLower(w))
	prev = strings.ToLower(prev)
	before := ' '
	if len(lw) > 1 {
		before = lw[len(lw)-2]
	}
	switch lw[len(lw)-1] {
	case 'о', 'э':
		return fixed
	case 'и':
		if strings.ContainsRune("икгх", before) {
			return declinable
		}
		return fixed
	case 'у', 'ю':
		switch {
		case datvPreps[prev] || dative:
			return declinable
		case strings.ContainsRune(vowelLetters, before):
			return fixed
		}
		return follower
	case 'е':
		if datvPreps[prev] || loctPreps[prev] {
			return declinable
		}
		return follower
	}
	return declinable
}

// syllableEndings are the case endings of a masculine noun ending in a
// consonant, by the case they mark (Ын: Ына, Ыну, Ыном, Ыне), and of one
// in -й after a vowel (Лэй: Лэя, Лэю, Лэем).
var syllableEndings = []struct {
	end, hard, soft string // the ending; itself after a consonant, after a vowel (for a stem in -й)
	cases           []morph.Grammeme
}{
	{"ом", "ом", "", []morph.Grammeme{morph.Ablt}},
	{"ем", "", "ем", []morph.Grammeme{morph.Ablt}},
	{"а", "а", "", []morph.Grammeme{morph.Gent, morph.Accs}},
	{"я", "", "я", []morph.Grammeme{morph.Gent, morph.Accs}},
	{"у", "у", "", []morph.Grammeme{morph.Datv}},
	{"ю", "", "ю", []morph.Grammeme{morph.Datv}},
	{"е", "е", "", []morph.Grammeme{morph.Loct}},
}

// unknownSyllable reads a capitalized word that neither the dictionary
// nor its guesser recognizes (a lone UNKN reading: a short foreign
// syllable, the last part of a Korean or Chinese name, «Ким Чен Ына»)
// with a masculine case ending after a consonant as that case of the
// man's name the ending is stripped from; nil when it does not apply. The
// readings' lemma is the nominative (inflectName cannot inflect them).
func unknownSyllable(w string, ps []morph.Parse) []morph.Parse {
	if len(ps) != 1 || !ps[0].Tag.Is(morph.UNKN) {
		return nil
	}
	lw := strings.ToLower(w)
	if stem, cases := syllableStem(lw); stem != "" {
		return nameReadings(lw, stem, "masc,Name", cases)
	}
	return nil
}

// syllableStem returns the nominative of a lower-case word read as a case
// form of a man's name in a consonant or in -й after a vowel, by its
// ending (syllableEndings), and the cases the ending marks; "" when no
// ending fits.
func syllableStem(lw string) (string, []morph.Grammeme) {
	for _, e := range syllableEndings {
		stem, ok := strings.CutSuffix(lw, e.end)
		if !ok || utf8.RuneCountInString(stem) < 2 || strings.ContainsRune("йь", lastRune(stem)) {
			continue
		}
		if strings.ContainsRune(vowelLetters, lastRune(stem)) {
			// a stem in -й after a vowel: Лэй, Лэя, Лэю, Лэем
			if e.soft == "" {
				continue
			}
			stem += "й"
		} else if e.end != e.hard {
			continue
		}
		return stem, e.cases
	}
	return "", nil
}

// noPersonReading reports whether ps has readings, none of them a noun or
// adjective that may be part of a person's name («Милеем», a form of the
// verb «милеть», of the surname Милей).
func noPersonReading(ps []morph.Parse) bool {
	return len(ps) > 0 && !slices.ContainsFunc(ps, personPOS)
}

// nameReadings makes up readings of a word as a person's name, a noun of
// the grammemes kind («masc,Name», «femn,Surn») in each of cases, with the
// nominative normal and the word word (empty for readings inflectName
// cannot inflect); nil if the tag does not parse.
func nameReadings(word, normal, kind string, cases []morph.Grammeme) []morph.Parse {
	var out []morph.Parse
	for _, cas := range cases {
		t, err := morph.ParseTag("NOUN,anim," + kind + " sing," + cas.String())
		if err != nil {
			return nil
		}
		out = append(out, morph.Parse{Word: word, Normal: normal, Tag: t, Score: 1})
	}
	return out
}

// adjectiveSurnames are the endings of the oblique cases of Russian
// surnames in -ов, -ев, -ин that are also forms of adjectives («Пучковым»,
// the instrumental of Пучков and of пучковый), with the nominative's ending,
// the gender and the cases.
var adjectiveSurnames = []struct {
	end, nom string
	gen      morph.Grammeme
	cases    []morph.Grammeme
}{
	{"овым", "ов", morph.Masc, []morph.Grammeme{morph.Ablt}},
	{"евым", "ев", morph.Masc, []morph.Grammeme{morph.Ablt}},
	{"ёвым", "ёв", morph.Masc, []morph.Grammeme{morph.Ablt}},
	{"иным", "ин", morph.Masc, []morph.Grammeme{morph.Ablt}},
	{"овой", "ова", morph.Femn, []morph.Grammeme{morph.Gent, morph.Datv, morph.Ablt, morph.Loct}},
	{"евой", "ева", morph.Femn, []morph.Grammeme{morph.Gent, morph.Datv, morph.Ablt, morph.Loct}},
	{"иной", "ина", morph.Femn, []morph.Grammeme{morph.Gent, morph.Datv, morph.Ablt, morph.Loct}},
	{"овую", "ова", morph.Femn, []morph.Grammeme{morph.Accs}},
	{"евую", "ева", morph.Femn, []morph.Grammeme{morph.Accs}},
	{"иную", "ина", morph.Femn, []morph.Grammeme{morph.Accs}},
}

// adjectiveSurname reads a capitalized word of a person's name that the
// dictionary knows only as an adjective in -овый, -евый, -иный (not -ой), in a form
// a surname in -ов, -ев, -ин shares («Андреем Пучковым»: Пучков, not
// «пучковый»; «Анной Пучковой»: Пучкова), as that surname's form; nil when
// it does not apply. The readings' lemma is the nominative and their Word
// is empty (inflectName cannot inflect them).
func adjectiveSurname(w string, ps []morph.Parse) []morph.Parse {
	if len(ps) == 0 || !tokenize.StartsUpper(w) {
		return nil
	}
	for _, p := range ps {
		if p.Tag.POS() != morph.ADJF || p.Tag.PersonName() || !strings.HasSuffix(p.Normal, "ый") {
			// (an adjective in -ой is a surname as it is: «Еленой
			// Мозговой» is Елена Мозговая)
			return nil
		}
	}
	lw := strings.ToLower(w)
	for _, e := range adjectiveSurnames {
		stem, ok := strings.CutSuffix(lw, e.end)
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		return nameReadings("", stem+e.nom, e.gen.String()+",Surn", e.cases)
	}
	return nil
}

// tsEndings are the case endings of a man's name in -ц (Шольц: Шольца,
// Шольцу, Шольцем, Шольце).
var tsEndings = []struct {
	end   string
	cases []morph.Grammeme
}{
	{"ем", []morph.Grammeme{morph.Ablt}},
	{"а", []morph.Grammeme{morph.Gent, morph.Accs}},
	{"у", []morph.Grammeme{morph.Datv}},
	{"е", []morph.Grammeme{morph.Loct}},
}

// softTs reads a form of a man's name in -льц, -рц, -нц or -тц that the
// guesser reads, as a person, only with a fleeting vowel («Шольцем» as the instrumental
// of «Шолец», like «пальцем» of «палец»; «Мерцем» of «Мерец»; «Фритца»
// of «Фритец») as a form of the name as it ends (Шольц, Мерц, Кунц,
// Фритц): Russian names in -лец, -рец, -нец are rare, German ones in
// -lz, -rz, -nz common, and -тц spells the German and English -tz. nil
// when it does not apply. The readings' lemma is the nominative and their
// Word is empty (inflectName cannot inflect them).
func softTs(w string, ps []morph.Parse) []morph.Parse {
	if len(ps) == 0 || !tokenize.StartsUpper(w) {
		return nil
	}
	found := false
	for _, p := range ps {
		if p.Method() == morph.MethodDictionary {
			return nil
		}
		if !p.Tag.Is(morph.Anim) {
			continue // («мёрце», a thing)
		}
		if !fleeting(p) || !strings.HasSuffix(p.Normal, "ец") {
			return nil
		}
		found = true
	}
	if !found {
		return nil
	}
	lw := strings.ToLower(w)
	for _, e := range tsEndings {
		stem, ok := strings.CutSuffix(lw, e.end)
		if !ok || !strings.HasSuffix(stem, "льц") && !strings.HasSuffix(stem, "рц") && !strings.HasSuffix(stem, "нц") && !strings.HasSuffix(stem, "тц") {
			continue
		}
		return nameReadings("", stem, "masc,Surn", e.cases)
	}
	return nil
}

// mascObliqueOnly reports whether the readings of a word that can be part
// of a person's name are all masculine and none nominative: the word is a
// man's name inflected (Синнеру; the dictionary's Луисом in «Луисом Инасиу
// Лулой да Силвой», which makes Лулой a man's name declining like a
// feminine noun).
func mascObliqueOnly(ps []morph.Parse) bool {
	masc := false
	for _, p := range ps {
		if !personPOS(p) {
			continue
		}
		if p.Tag.Case() == morph.Nomn || p.Tag.Gender() != morph.Masc {
			return false
		}
		masc = true
	}
	return masc
}

// manNominativeOnly reports whether the readings of a word that can be
// part of a person's name are all a man's first name in the nominative
// (Михай, whose other readings are verbs): the name is a man's as
// written, so a surname beside it with only a woman's oblique readings
// («Михай Попшой», Moldovan Popșoi, read as Попша's instrumental) is a
// man's indeclinable surname, not a woman's case form.
func manNominativeOnly(ps []morph.Parse) bool {
	name := false
	for _, p := range ps {
		if !personPOS(p) {
			continue
		}
		if p.Tag.Case() != morph.Nomn || p.Tag.Gender() != morph.Masc || !p.Tag.Is(morph.Name) {
			return false
		}
		name = true
	}
	return name
}

// nominativeSingular reports whether some reading of ps that may be part of
// a person's name is a nominative singular.
func nominativeSingular(ps []morph.Parse) bool {
	for _, p := range ps {
		if personPOS(p) && p.Tag.Case() == morph.Nomn && p.Tag.Number() != morph.Plur {
			return true
		}
	}
	return false
}

// allNominative reports whether hints put every word in the nominative by
// apposition to a post.
func allNominative(hints []Hint) bool {
	for _, h := range hints {
		if h.Case != morph.Nomn || !h.Apposed {
			return false
		}
	}
	return len(hints) > 0
}

// hasCase reports whether some reading of ps is in case cas.
func hasCase(ps []morph.Parse, cas morph.Grammeme) bool {
	for _, p := range ps {
		if p.Tag.Case() == cas {
			return true
		}
	}
	return false
}

// mayBeDative reports whether every word of a person's name but initials
// and abbreviations may be a dative: it ends in -у or -ю, or the
// dictionary has a dative singular reading of it; and no word is a Romance particle
// («Марселу Ребелу ди Соуза»). A post's or a verb's dative does not make
// «с Владимиром Путиным» one.
func (c *Canonicalizer) mayBeDative(words []string) bool {
	for _, w := range words {
		switch {
		case romanceParticles[strings.ToLower(w)]:
			return false
		case !cyrillicWord(w) || isInitial(w) || allCaps(w) || strings.HasSuffix(w, "у") || strings.HasSuffix(w, "ю"):
		case !slices.ContainsFunc(c.A.Parse(w), func(p morph.Parse) bool { return p.Tag.Case() == morph.Datv && p.Tag.Is(morph.Sing) }):
			return false
		}
	}
	return true
}

// romanceParticles are the particles of Portuguese, Spanish and Italian
// names («Лула да Силва», «Де ла Круз»).
var romanceParticles = map[string]bool{"да": true, "де": true, "дос": true, "ду": true, "ди": true, "дель": true, "дела": true}

// guessedA reports whether w ends in -а or -я and the dictionary does not
// know it.
func guessedA(w string, ps []morph.Parse) bool {
	if !strings.HasSuffix(w, "а") && !strings.HasSuffix(w, "я") {
		return false
	}
	for _, p := range ps {
		if p.Method() == morph.MethodDictionary {
			return false
		}
	}
	return true
}

// acronymCompound reports whether w is an acronym, a hyphen and a word
// (ВСМПО-Ависма, ОДК-Сатурн).
func acronymCompound(w string) bool {
	acr, rest, ok := strings.Cut(w, "-")
	return ok && rest != "" && allCaps(acr) && len([]rune(acr)) >= 2 && !allCaps(rest)
}

// hushingGenitive reports whether w ends in a hushing consonant and -а, as
// the genitive of a man's name in a consonant does («Гутерриша», of
// Гутерриш) and no Japanese name does (Синдзи Харада, Сигеру Исиба). The
// caller reads it so for a name's last word after a word that governs it
// (not a list's bullet: «• Коффи Коджа (Бенин)») that the tagger does not
// read as a nominative.
func hushingGenitive(w string) bool {
	rs := []rune(w)
	return len(rs) >= 4 && rs[len(rs)-1] == 'а' && strings.ContainsRune("шжщч", rs[len(rs)-2])
}

// taggedManGenitive reports whether the tagger read w, a word in -а after
// a consonant, as the genitive of a man's name in that consonant: «Заявление
// Джей Ди Вэнса» (gent, masc, lemma Вэнс), where the guesser's reading of an
// unknown word in -а beside indeclinable names is a foreign nominative
// («Синдзи Харада»).
func taggedManGenitive(w string, h Hint) bool {
	stem, ok := strings.CutSuffix(strings.ToLower(w), "а")
	return ok && h.Case == morph.Gent && h.Gender == morph.Masc && utf8.RuneCountInString(stem) >= 3 &&
		!strings.ContainsRune(vowelLetters+"йь", lastRune(stem)) && strings.ToLower(h.Lemma) == stem
}

// clusterGenitive reports whether the tagger read w as the genitive of a
// man's name (taggedManGenitive) ending in two consonants, the first not
// н or м: «Берни Сандерса» (Сандерс) beside an indeclinable first name is
// a genitive, where a Japanese name, whose syllables join no consonants
// but н or м before another, is a nominative in -а whatever the tagger
// reads («посол Японии в Чехии Синдзи Харада», «Хонда»).
func clusterGenitive(w string, h Hint) bool {
	rs := []rune(strings.ToLower(w))
	n := len(rs)
	return taggedManGenitive(w, h) && n >= 4 && !strings.ContainsRune(vowelLetters+"йь", rs[n-3]) &&
		!strings.ContainsRune(vowelLetters+"йьнм", rs[n-2])
}

// pluralFirstName reads a capitalized word in -ей that the dictionary
// knows only as the plural of a man's first name («Джорджей», of Джордж)
// as the instrumental of a woman's name in -а or -я (Джорджа, Кая): one
// person's name is singular, and «с премьер-министром Италии Джорджей
// Мелони» names a woman. The nominative ends in -а after a hushing
// consonant or ц, in -я otherwise. nil when it does not apply; the
// readings' lemma is the nominative (inflectName cannot inflect them).
func pluralFirstName(w string, ps []morph.Parse) []morph.Parse {
	stem, ok := strings.CutSuffix(strings.ToLower(w), "ей")
	if !ok || utf8.RuneCountInString(stem) < 2 || len(ps) == 0 {
		return nil
	}
	for _, p := range ps {
		if !p.Tag.Is(morph.Name) || !p.Tag.Is(morph.Plur) || p.Method() != morph.MethodDictionary {
			return nil
		}
	}
	if strings.ContainsRune("жшщчц", lastRune(stem)) {
		return nameReadings("", stem+"а", "femn,Name", []morph.Grammeme{morph.Ablt})
	}
	return nameReadings("", stem+"я", "femn,Name", []morph.Grammeme{morph.Ablt})
}

// apposedMan reads a first name the dictionary knows (every reading its
// own) with no reading in the case h gives it by apposition to a post, but
// ending as a man's name in a hard consonant does in that case, as that
// man's name: «премьер-министру Великобритании Киру Стармеру» is the
// dative of Кир, where the dictionary knows Киру only as the accusative of
// the woman's Кира. nil when it does not apply; the readings' lemma is
// the nominative.
func apposedMan(w string, ps []morph.Parse, h Hint) []morph.Parse {
	if !h.Apposed || h.Case == morph.Nomn || h.Case == 0 || !firstName(ps) || hasCase(ps, h.Case) {
		return nil
	}
	for _, p := range ps {
		if p.Method() != morph.MethodDictionary {
			return nil
		}
	}
	// (syllableStem reads the stem of a name in -й after a vowel too,
	// Лэю of Лэй, which no name in a hard consonant has)
	if stem, cases := syllableStem(strings.ToLower(w)); stem != "" && lastRune(stem) != 'й' && slices.Contains(cases, h.Case) {
		return nameReadings("", stem, "masc,Name", []morph.Grammeme{h.Case})
	}
	return nil
}

// womanEndings are the endings of the oblique cases of a woman's name in
// -а or -я, by the cases they mark.
var womanEndings = []struct {
	end   string
	cases []morph.Grammeme
}{
	{"ей", []morph.Grammeme{morph.Ablt}},
	{"ой", []morph.Grammeme{morph.Ablt}},
	{"и", []morph.Grammeme{morph.Gent, morph.Datv, morph.Loct}},
	{"е", []morph.Grammeme{morph.Datv, morph.Loct}},
	{"ю", []morph.Grammeme{morph.Accs}},
	{"у", []morph.Grammeme{morph.Accs}},
}

// womanForm reads a first name the dictionary knows only as a man's
// (Кай), in no nominative singular (not Сергей), in a form a woman's name
// in -я or -а shares (Каи, Кае, Каю: of Кая) as that woman's name in the
// cases its ending marks; nil when it does not apply. The nominative ends
// in -а after г, к, х or a hushing consonant (Джорджи: Джорджа) and before
// -ой or -у, the endings of a name in -а only; in -я otherwise (after a
// vowel or a soft consonant). The readings' lemma is the nominative.
func womanForm(w string, ps []morph.Parse) []morph.Parse {
	if !firstName(ps) || nominativeSingular(ps) || slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Tag.Is(morph.Name) && p.Tag.Gender() != morph.Masc }) {
		return nil
	}
	lw := strings.ToLower(w)
	for _, e := range womanEndings {
		stem, ok := strings.CutSuffix(lw, e.end)
		if !ok || utf8.RuneCountInString(stem) < 2 || strings.ContainsRune("йь", lastRune(stem)) {
			continue
		}
		switch {
		case strings.ContainsRune("гкхжшщч", lastRune(stem)):
			stem += "а"
		case e.end == "ой" || e.end == "у":
			stem += "а"
		default:
			stem += "я"
		}
		return nameReadings("", stem, "femn,Name", e.cases)
	}
	return nil
}

// womanOnly reports whether another word of a name than the i-th reads in
// the dictionary as a woman's in a case of the readings fem and as no
// man's in it («Кае Каллас»: Каллас is a woman's dative, and a man's
// nominative only).
func womanOnly(parses, followers [][]morph.Parse, i int, fem []morph.Parse) bool {
	for j, ps := range parses {
		if ps == nil {
			ps = followers[j]
		}
		if j == i {
			continue
		}
		for _, f := range fem {
			if cas := f.Tag.Case(); singularIn(ps, cas, morph.Femn, true) && !singularIn(ps, cas, morph.Masc, false) {
				return true
			}
		}
	}
	return false
}

// mascIn reports whether every word of a name but the i-th that declines
// or follows the others' case (parses or followers not nil) has a reading
// as a man's singular in case cas, and one does: «Киру Стармеру»
// (Стармеру, a man's dative), not «Тереза Мэй» nor «Ирина Леовая» after a
// post in the genitive.
func mascIn(parses, followers [][]morph.Parse, i int, cas morph.Grammeme) bool {
	found := false
	for j, ps := range parses {
		if ps == nil {
			ps = followers[j]
		}
		if j == i || ps == nil {
			continue
		}
		if !singularIn(ps, cas, morph.Masc, false) {
			return false
		}
		found = true
	}
	return found
}

// singularIn reports whether some reading of ps is a noun or adjective
// that may be part of a person's name (personPOS), singular, of gender gen
// and in case cas; with known, one of the dictionary's.
func singularIn(ps []morph.Parse, cas, gen morph.Grammeme, known bool) bool {
	return slices.ContainsFunc(ps, func(p morph.Parse) bool {
		return personPOS(p) && p.Tag.Case() == cas && p.Tag.Is(morph.Sing) && p.Tag.Gender() == gen &&
			(!known || p.Method() == morph.MethodDictionary)
	})
}

// instrumentalOnly drops the nominative and accusative readings of a
// word the dictionary does not know that ends like a masculine
// instrumental (-ом, -ем, -ём): a name so written is rather «Марлоном»,
// the instrumental of Марлон, than a name «Марлоном». A word in -ом with a
// noun's instrumental reading loses its locative readings too, which are
// an adjective's («Хурэлсухом» is no form of «Хурэлсухой»). ps is not
// changed.
func instrumentalOnly(w string, ps []morph.Parse) []morph.Parse {
	if !strings.HasSuffix(w, "ом") && !strings.HasSuffix(w, "ем") && !strings.HasSuffix(w, "ём") {
		return ps
	}
	ablt := false
	for _, p := range ps {
		if p.Method() == morph.MethodDictionary {
			return ps
		}
		ablt = ablt || p.Tag.Case() == morph.Ablt
	}
	if !ablt || strings.HasSuffix(w, "ем") && !slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Tag.Case() == morph.Ablt && !clusterSoftSign(p.Normal) }) {
		// (a -ем whose every instrumental reading is of a lemma with a
		// soft sign after two consonants, «экрь» of «Экрем», is no case
		// ending: no name ends so)
		return ps
	}
	nounAblt := strings.HasSuffix(w, "ом") && slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Tag.POS() == morph.NOUN && p.Tag.Case() == morph.Ablt })
	return slices.DeleteFunc(slices.Clone(ps), func(p morph.Parse) bool {
		// (a guessed «-ом» that may be a noun's instrumental is no
		// adjective's locative either: «президентом Монголии Ухнаагийн
		// Хурэлсухом» is Хурэлсух, not «Хурэлсухой»)
		return p.Tag.Case() == morph.Nomn || p.Tag.Case() == morph.Accs || nounAblt && p.Tag.Case() == morph.Loct
	})
}

// clusterSoftSign reports whether a lemma ends in a soft sign after two
// consonants («экрь», «вепрь»), as no person's name does.
func clusterSoftSign(lemma string) bool {
	r := []rune(lemma)
	n := len(r)
	return n >= 3 && r[n-1] == 'ь' && !strings.ContainsRune(vowelLetters+"йь", r[n-2]) && !strings.ContainsRune(vowelLetters+"йь", r[n-3])
}

// RussianSurname reports whether a lower-case word has the shape of a
// Russian man's surname in the nominative, which is its lemma (-ов, -ев,
// -ин, -ский, …).
func RussianSurname(lemma string) bool {
	for _, suf := range []string{"ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ской"} {
		if strings.HasSuffix(lemma, suf) {
			return true
		}
	}
	return false
}

// cyrillicWord reports whether w is a word the dictionary may know: it has
// Cyrillic letters and no digits.
func cyrillicWord(w string) bool {
	cyr := false
	for _, r := range w {
		if unicode.IsDigit(r) {
			return false
		}
		if unicode.Is(unicode.Cyrillic, r) {
			cyr = true
		}
	}
	return cyr
}

func isQuote(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && tokenize.IsQuote(r)
}

// allCaps reports whether w has at least two letters and no lower-case
// one, as abbreviations (ДПНИ, ВВС) have.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// camelCase reports whether w has a capital letter right after a
// lower-case one (МегаФон, УралМетКом, ВКонтакте).
func camelCase(w string) bool {
	prevLower := false
	for _, r := range w {
		if prevLower && unicode.IsUpper(r) {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// capitalEnd reports whether w, of two letters or more, ends in a capital
// letter after a lower-case one (БелТА, ЛитРес-ТВ): an abbreviation
// written in mixed case, whose end is no case ending.
func capitalEnd(w string) bool {
	last, _ := utf8.DecodeLastRuneInString(w)
	return utf8.RuneCountInString(w) >= 2 && unicode.IsUpper(last) && strings.IndexFunc(w, unicode.IsLower) >= 0
}

// isInitial reports whether w is an initial such as "Д." or "Д".
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && (n == len(w) || w[n:] == ".")
}

// person inflects the name words of a person's name to the nominative. It
// picks the case and gender on which the most name words agree.
//
// Foreign words that may not decline (foreignDeclension) take no part in
// the choice; fixed ones are kept as they are, followers take the case the
// other words chose.
func (c *Canonicalizer) person(words []string, hints []Hint, oblique bool, prev string) []string {
	if k := len(words) - 1; k >= 0 {
		if a, b, ok := strings.Cut(words[k], "-"); ok && seniority[strings.ToLower(b)] != "" {
			// «Лукашенко-старшего», «Бушем-младшим»: the name without
			// the adjective, then the adjective in the nominative
			name := append(words[:k:k], a)
			if out := c.person(name, hints, oblique, prev); out != nil {
				name = out
			}
			return append(name[:k:k], name[k]+"-"+seniority[strings.ToLower(b)])
		}
	}
	if len(words) == 1 {
		if adj := c.placeAdjective(words[0], hints[0]); adj != "" {
			return []string{adj}
		}
		if sur := c.rankGenitiveSurname(words[0], prev); sur != "" {
			return []string{sur}
		}
	}
	if out := c.manOblique(words, hints); out != nil {
		return out
	}
	type choice struct {
		cas, gen morph.Grammeme
	}
	parses := make([][]morph.Parse, len(words))
	followers := make([][]morph.Parse, len(words))
	foreign, onlyGuessedA, instrumental, onlyAblt := false, true, false, false
	// a name in the dative by its post or its verb («премьер-министру
	// Армении Николу Пашиняну», «позвонил Николу Пашиняну»): a final -у
	// or -ю is a case ending, as after «к»
	dative := len(hints) > 0 && (hints[0].Apposed && hints[0].Case == morph.Datv || uDative(words, hints)) && c.mayBeDative(words)
	for i, w := range words {
		if cyrillicWord(w) && !isInitial(w) && !allCaps(w) {
			ps := c.A.Parse(w)
			if adj := adjectiveObliqueSurname(w, ps); adj != nil {
				// «генерала Залужного»: no foreign name in -о
				parses[i], onlyGuessedA = adj, false
				continue
			}
			switch foreignDeclension(w, ps, prev, dative) {
			case declinable:
				if syl := unknownSyllable(w, ps); syl != nil {
					ps = syl
				} else if adj := adjectiveSurname(w, ps); adj != nil {
					ps = adj
				} else if soft := softTs(w, ps); soft != nil {
					ps = soft
				}
				if fem := pluralFirstName(w, ps); fem != nil {
					ps = fem
				}
				parses[i] = instrumentalOnly(w, ps)
				// «Ким Чен Ыном»: a word read only as an instrumental
				// puts the whole name in an oblique case, whatever the
				// nominatives of the indeclinable words beside it
				dropped := len(parses[i]) < len(ps) && !slices.ContainsFunc(parses[i], func(p morph.Parse) bool { return personPOS(p) && p.Tag.Case() == morph.Nomn })
				instrumental = instrumental || dropped
				// a word in -ом so read is in no other case either
				// («Бадром Абдель Аты» is no genitive of «Ата»); one
				// in -ем may be a nominative (Джасем, Удекем)
				onlyAblt = onlyAblt || dropped && strings.HasSuffix(w, "ом")
				onlyGuessedA = onlyGuessedA && guessedA(w, ps) && !(i == len(words)-1 && (hushingGenitive(w) || clusterGenitive(w, hints[i])) && hints[i].Case != morph.Nomn && cyrillicWord(prev)) &&
					!(i == len(words)-1 && finnishStem(w)) // «Кими Райкконена»
			case follower:
				followers[i] = ps
				if soft := softTs(w, ps); soft != nil {
					followers[i] = soft // «Фридриху Мерцу»: Мерц, not «Мерец»
				}
				foreign = true
			case fixed:
				foreign = true
			}
		}
	}
	// «Супруга футболиста Анна Петрова»: a name whose words the
	// dictionary itself all reads as nominatives of one gender stands in
	// apposition to the first noun, not to the genitive before it; Анна
	// is no genitive of a man's «Анн» («шерифа Эда Гонзалеса», whose
	// surname only the guesser reads so, is)
	nominative := knownNominativeName(parses)
	for i, w := range words {
		if man := apposedMan(w, parses[i], hints[i]); man != nil && !nominative && mascIn(parses, followers, i, hints[i].Case) {
			parses[i] = man
		} else if fem := womanForm(w, parses[i]); fem != nil && womanOnly(parses, followers, i, fem) {
			parses[i] = append(slices.Clone(parses[i]), fem...)
		} else if i > 0 && i == len(words)-1 {
			if man := manASurname(w, parses[i], parses[0]); man != nil {
				parses[i] = append(slices.Clone(parses[i]), man...)
			}
		}
	}
	if out := c.pluralSurname(words, parses); out != nil {
		return out
	}
	if len(words) >= 2 && len(hints) == len(words) && hints[0].Case == morph.Nomn && firstName(parses[0]) &&
		(strings.HasSuffix(words[0], "а") || strings.HasSuffix(words[0], "я")) && !hasCase(parses[0], morph.Nomn) &&
		!slices.ContainsFunc(parses[1:], func(ps []morph.Parse) bool { return ps != nil && !hasCase(ps, morph.Nomn) }) {
		// «Премьер-министр Италии Джорджа Мелони заявила»: read in the
		// nominative, a first name in -а the dictionary knows only as a
		// man's genitive (Джордж, Кай) before words that may be
		// nominatives is a woman's name as written («математиком Хуа
		// Логэном» is not)
		return nil
	}
	if n := len(words); n >= 3 && romanceParticles[strings.ToLower(words[n-2])] && parses[n-1] != nil && guessedA(words[n-1], parses[n-1]) &&
		!(taggedManGenitive(words[n-1], hints[n-1]) && cyrillicWord(prev)) {
		// «Луис Инасиу Лула да Силва»: a surname in -а after a
		// Romance particle is a nominative, not the genitive of «Силв»
		// (in an oblique case it ends otherwise: «Лулы да Силвы»); unless
		// the tagger reads a man's genitive after a word that governs it
		// («Заявление Джей Ди Вэнса»: Вэнс, whose Ди is no particle)
		return nil
	}
	if foreignASurname(words, parses) && !instrumental {
		// «министр Сабин Нсанзимана»: Сабин, known only as a plural of
		// Сабина, is a man's nominative; so is the surname in -а
		return nil
	}
	if unknownNominative(hints, parses) {
		// «Ннека Угбома - руководитель», «министр иностранных дел Японии
		// Тосимицу Мотэги встретился»: a name in the nominative by its
		// post, verb or dash none of whose words the dictionary knows as
		// a name («кандидату в президенты Андрею Санникову», where the
		// post read is «президенты», is known) is a foreign name as
		// written (not «Тосимицу Мотэга», the genitive's nominative)
		return nil
	}
	if n := len(words); n >= 2 && allNominative(hints) && len(hints) == n && parses[0] != nil && !hasCase(parses[0], morph.Nomn) &&
		foreignDeclension(words[n-1], c.A.Parse(words[n-1]), prev, false) == fixed {
		// «итальянец Даниэле Гароццо»: in the nominative by its post, a
		// first name the dictionary reads in no nominative before an
		// indeclinable foreign surname is a foreign first name as
		// written (not the locative of Даниэл or Даниэла)
		return nil
	}
	if n := len(words); allNominative(hints) && len(hints) == n && hints[n-1].Gender == morph.Femn && (strings.HasSuffix(words[n-1], "а") || strings.HasSuffix(words[n-1], "я")) {
		// «Генеральный прокурор Израиля Гали Бахарав-Миара заявила»: a
		// woman's name in the nominative by its post or its verb is as
		// written, whatever genitive the dictionary reads in its end
		return nil
	}
	if foreign && onlyGuessedA {
		// «Сумаила Сиссе», «Синдзи Харада»: beside an indeclinable
		// foreign word, an unknown word in -а is rather a foreign
		// nominative than the genitive of «Сумаил».
		return nil
	}
	best, bestScore := choice{}, 0.0
	// A name all of whose words read as nominatives of one gender («Анна
	// Яковлева») is in no case its first name lacks, whatever the word
	// before it; «Дэн Сяопина», a man's name with a woman's surname in the
	// nominative, still reads as a genitive.
	asWritten := nominativeName(parses)
	// «Янику Синнеру»: a word read only as a man's oblique case
	// (Синнеру, the dative of Синнер) is no woman's name, which would
	// keep it as written, whatever the tagger reads in the first name; nor
	// is a name whose first word reads only as a man's nominative
	// («Михай Попшой»: not Попша's instrumental; a later word so read
	// may be a guess, «Барбарой Сейшас де Фрейтас»)
	mascOblique := slices.ContainsFunc(parses, mascObliqueOnly) || slices.ContainsFunc(followers, mascObliqueOnly) ||
		len(parses) >= 2 && manNominativeOnly(parses[0])
	for _, cas := range cases {
		if (oblique || instrumental || finnishGenitive(words, parses)) && cas == morph.Nomn || onlyAblt && cas != morph.Ablt || dative && cas != morph.Datv {
			// («председателю парламента Андриану Канду» is no
			// accusative of the woman's Андриана)
			continue
		}
		if cas != morph.Nomn && noSingular(words, parses) {
			// «Юн Фоссе»: Юн has no singular form at all, so Фоссе,
			// which the dictionary also knows as the locative of Фосс,
			// is no case form here
			continue
		}
		for _, gen := range []morph.Grammeme{morph.Masc, morph.Femn} {
			if gen == morph.Femn && (mascOblique || cas == morph.Nomn && indeclinableStart(words, parses)) {
				continue
			}
			if cas != morph.Nomn && (!caseAgreement(words, parses, cas, gen, prev) || manWithWomanName(parses, gen)) {
				continue
			}
			score := 0.0
			missing := false // a first name with no reading in this case and gender
			for i, ps := range parses {
				if knownName(ps) || len(words) >= 2 && russianSurname(ps) {
					score += hints[i].agrees(cas, gen, 0)
				}
				top := 0.0
				for _, p := range ps {
					if !personPOS(p) || p.Tag.Case() != cas || !p.Tag.Is(morph.Sing) {
						continue
					}
					g := p.Tag.Gender()
					if g != gen && !p.Tag.Is(morph.MsF) {
						continue
					}
					s := p.Score
					if p.Tag.PersonName() && !(p.Tag.Is(morph.Fixd) && gen == morph.Femn && cas != morph.Nomn && declining(ps, gen) && surnameIn(parses, i, cas)) {
						// (a woman's indeclinable name that is also a
						// case of a declining one, beside a surname the
						// dictionary declines, «Анне Поповой», is rather
						// Анна's dative, whatever case the tagger reads
						// in the surname)
						s += 1
					}
					if p.Tag.Is(morph.Fixd) {
						// «Анне Ивановой» is Анна's dative, not the
						// indeclinable Анне's genitive
						s -= 0.1
					}
					top = max(top, s)
				}
				if top == 0 && (firstName(ps) || i == len(parses)-1 && slices.ContainsFunc(ps, personPOS)) {
					// (or a surname: «Супруга Навального Юлия Навальная»
					// has no man's genitive, so Юлия is no Юлий's)
					missing = true
				}
				score += top
			}
			if missing && asWritten {
				// «пресс-атташе театра Анна Яковлева»: Анна is in no
				// oblique case, so neither is Яковлева
				continue
			}
			if cas == morph.Nomn {
				score += 0.01 // on a tie, the text is already nominative
			}
			if score > bestScore {
				best, bestScore = choice{cas, gen}, score
			}
		}
	}
	if bestScore == 0 || best.cas == morph.Nomn {
		return nil
	}
	// a follower takes the case a declining word chose; when only
	// indeclinable names voted, only the dative its ending spells
	// («Джо Байдену» → Байден): «приветствовали Криштиану Роналду», the
	// tagger's accusative of Криштиану, keeps Роналду (not «Роналда»,
	// whose accusative it would be)
	chosen := slices.ContainsFunc(parses, func(ps []morph.Parse) bool {
		return slices.ContainsFunc(ps, func(p morph.Parse) bool {
			return personPOS(p) && !p.Tag.Is(morph.Fixd) && p.Tag.Case() == best.cas
		})
	})
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w
		ps := parses[i]
		if i == 0 && len(words) >= 2 && foreignFirstE(w, ps) {
			continue // «о Хорхе Ларрионде»: Хорхе, not хорх's locative
		}
		if ps == nil {
			if !chosen && best.cas != morph.Datv {
				continue
			}
			ps = followers[i]
		}
		lemma := ""
		if knownName(ps) {
			lemma = hints[i].Lemma
		}
		if f, ok := c.doubleSurname(w, best.cas, best.gen); ok {
			out[i] = f
		} else if f, ok := c.inflectName(firstNameReadings(ps, i, len(words), best.cas, best.gen), best.cas, best.gen, lemma); ok {
			out[i] = matchCase(w, f.Word)
		} else if syl := unknownSyllable(w, c.A.Parse(w)); best.gen == morph.Masc && slices.ContainsFunc(syl, func(p morph.Parse) bool { return p.Tag.Case() == best.cas }) {
			out[i] = matchCase(w, syl[0].Normal)
		} else if stem, cs := syllableStem(strings.ToLower(w)); best.gen == morph.Masc && i == len(words)-1 && noPersonReading(parses[i]) && slices.Contains(cs, best.cas) {
			// «Хавьером Милеем»: a man's surname the guesser reads as
			// a verb takes the case the first name chose
			out[i] = matchCase(w, stem)
		} else if k := slices.IndexFunc(ps, func(p morph.Parse) bool {
			return p.Word == "" && p.Tag.Case() == best.cas && p.Tag.Gender() == best.gen
		}); k >= 0 {
			out[i] = matchCase(w, ps[k].Normal) // a reading made up by nameReadings (adjectiveSurname, softTs)
		} else if nom, ok := possessiveSurname(w, best.cas, best.gen); ok && parses[i] != nil && !slices.ContainsFunc(parses[i], func(p morph.Parse) bool { return p.Tag.PersonName() }) {
			out[i] = nom
		}
	}
	return out
}

// manOblique reads a name of two words whose first the dictionary knows
// only as a woman's first name in -а or -я as a man's name in the genitive
// or accusative, whose first name it lacks, and returns the nominative;
// nil when that does not apply. So it reads the name when the words'
// endings agree — both end in -а after a consonant, and the second is no
// name the dictionary knows nor a Russian woman's surname («Компания Илона
// Маска»: Илон Маск, not a woman Илона Маска; not «Елена Рыбина») — or
// when the verb of another mention of the surname makes it a man's
// (genderHints, which drops the tagger's case: Лионеля of «Лионеля Месси»
// is a man's genitive of Лионель when «Месси забил» follows; the tagger's
// own masculine is no evidence, «дочь капитана Ханна Ингрэм-Мур
// предложила»). A name in the nominative by its post or its verb
// (Apposed) is as written.
func (c *Canonicalizer) manOblique(words []string, hints []Hint) []string {
	if len(words) != 2 || !cyrillicWord(words[0]) || !cyrillicWord(words[1]) || hints[0].Apposed && hints[0].Case == morph.Nomn {
		return nil
	}
	first := strings.ToLower(words[0])
	stem, ok := strings.CutSuffix(first, "а")
	if !ok {
		if stem, ok = strings.CutSuffix(first, "ля"); ok {
			stem += "ль" // Лионеля: Лионель
		}
	}
	if !ok || utf8.RuneCountInString(stem) < 3 || strings.ContainsRune(vowelLetters+"йь", lastRune(strings.TrimSuffix(stem, "ь"))) {
		return nil
	}
	ps := c.A.Parse(words[0])
	if !slices.ContainsFunc(ps, func(p morph.Parse) bool {
		return p.Tag.Is(morph.Name) && p.Tag.Is(morph.Femn) && p.Tag.Case() == morph.Nomn
	}) ||
		slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Tag.PersonName() && !p.Tag.Is(morph.Femn) }) {
		return nil
	}
	if hints[0].Gender == morph.Masc && hints[0].Case == 0 {
		if out := c.person(words[1:], hints[1:], true, words[0]); out != nil {
			return []string{matchCase(words[0], stem), out[0]}
		}
		return []string{matchCase(words[0], stem), words[1]}
	}
	if hints[1].Proper && hints[1].Case == morph.Nomn && hints[1].Gender == morph.Femn {
		// the tagger reads a woman's surname in the nominative: «Паула
		// Бадоса» (Маска it reads as the common noun)
		return nil
	}
	last := strings.ToLower(words[1])
	sur, ok := strings.CutSuffix(last, "а")
	if !ok || !strings.HasSuffix(first, "а") || utf8.RuneCountInString(sur) < 3 || strings.ContainsRune(vowelLetters+"йь", lastRune(sur)) ||
		RussianSurname(sur) || slices.ContainsFunc(c.A.Parse(words[1]), func(p morph.Parse) bool { return p.Tag.PersonName() }) {
		return nil
	}
	return []string{matchCase(words[0], stem), matchCase(words[1], sur)}
}

// placeAdjective returns the nominative of a person's name of one
// word that the tagger reads as an adjective the dictionary knows in the
// case and gender the tagger gives it, when the dictionary reads the word
// as no person's name: NEREL tags the person nested in a name made of an
// adjective («в Мариинском театре»: Maria), which is named by the
// adjective in the nominative of its gender («Мариинский»), not by the
// town the dictionary also reads in the word (Мариинск's instrumental);
// "" otherwise. A surname declining
// like an adjective (Толстого, Достоевского) has a person's reading and
// is left to person.
func (c *Canonicalizer) placeAdjective(w string, h Hint) string {
	if h.Lemma == "" || h.Case == 0 || !cyrillicWord(w) {
		return ""
	}
	ps := c.A.Parse(w)
	if slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Tag.PersonName() }) {
		return ""
	}
	for _, p := range ps {
		if p.Tag.POS() != morph.ADJF || p.Method() != morph.MethodDictionary || p.Tag.Case() != h.Case || p.Normal != strings.ToLower(h.Lemma) ||
			h.Gender != 0 && p.Tag.Gender() != h.Gender {
			continue
		}
		// in the gender of the noun it agrees with («Нобелевской премии»:
		// Нобелевская)
		if f, ok := c.A.InflectTo(p, morph.Nomn); ok {
			return matchCase(w, f.Word)
		}
	}
	return ""
}

// nominativeOf reports whether the dictionary reads w as a first name,
// surname or patronymic in the nominative singular of gender gen, or of
// either gender («Кравченко»), or its guesser as such a surname
// («Павлюченкова», a woman's surname in -ова it does not know).
func (c *Canonicalizer) nominativeOf(w string, gen morph.Grammeme) bool {
	for _, p := range c.A.Parse(w) {
		if (p.Method() == morph.MethodDictionary && p.Tag.PersonName() || p.Tag.Is(morph.Surn)) && p.Tag.Case() == morph.Nomn && p.Tag.Is(morph.Sing) &&
			(p.Tag.Gender() == gen || p.Tag.Is(morph.MsF)) {
			return true
		}
	}
	return false
}

// indeclinableStart reports whether a name's first word has readings, all
// of an indeclinable word that is no woman's first name, and its last word
// ends in -на, as Chinese and Korean names in the genitive do: «Си» of «Си
// Цзиньпина», whose last word's nominative, a woman's surname the guesser
// makes up, is then no reading; the name is a man's genitive («Рами
// Хамдалла» stays).
func indeclinableStart(words []string, parses [][]morph.Parse) bool {
	if len(parses) < 2 || len(parses[0]) == 0 || !strings.HasSuffix(words[len(words)-1], "на") {
		return false
	}
	for _, p := range parses[0] {
		if !p.Tag.Is(morph.Fixd) || p.Tag.Is(morph.Name) && p.Tag.Gender() != morph.Masc {
			return false
		}
	}
	return true
}

// fleeting reports whether p is the guesser's reading of a word whose
// lemma has a vowel the word lacks (a fleeting vowel: «кэцзянем» read as
// the instrumental of «кэцзяень», like «ремнём» of «ремень»): the lemma
// without its last letter or soft sign is not where the word starts.
func fleeting(p morph.Parse) bool {
	if p.Method() == morph.MethodDictionary {
		return false
	}
	stem := strings.TrimRight(p.Normal, "ьй")
	rs := []rune(stem)
	if len(rs) < 3 {
		return false
	}
	return !strings.HasPrefix(p.Word, string(rs[:len(rs)-1]))
}

// possessiveSurnameEndings are the endings of the case forms of surnames in
// -ов, -ев, -ин, -ын, by gender and case, after the suffix.
var possessiveSurnameEndings = map[morph.Grammeme]map[morph.Grammeme]string{
	morph.Masc: {morph.Gent: "а", morph.Accs: "а", morph.Datv: "у", morph.Ablt: "ым", morph.Loct: "е"},
	morph.Femn: {morph.Gent: "ой", morph.Datv: "ой", morph.Ablt: "ой", morph.Loct: "ой", morph.Accs: "у"},
}

// possessiveSurname returns the nominative of a surname in -ов, -ев, -ёв,
// -ин or -ын put in case cas for a person of gender gen, which the other
// words of the name decided: «Петра Мамонова» → Мамонов, where the
// dictionary knows Мамонова only as the genitive of the village Мамоново.
func possessiveSurname(w string, cas, gen morph.Grammeme) (string, bool) {
	end, ok := possessiveSurnameEndings[gen][cas]
	if !ok {
		return "", false
	}
	stem, ok := strings.CutSuffix(w, end)
	if !ok || utf8.RuneCountInString(stem) < 4 {
		return "", false
	}
	for _, suf := range []string{"ов", "ев", "ёв", "ин", "ын"} {
		if strings.HasSuffix(stem, suf) {
			if gen == morph.Femn {
				return stem + "а", true
			}
			return stem, true
		}
	}
	return "", false
}

// nominativeName reports whether every declining word of a person's name
// (parses[i] not nil) has a singular nominative reading of one gender.
func nominativeName(parses [][]morph.Parse) bool {
	for _, gen := range []morph.Grammeme{morph.Masc, morph.Femn} {
		ok, any := true, false
		for _, ps := range parses {
			if ps == nil {
				continue
			}
			any = true
			found := false
			for _, p := range ps {
				if personPOS(p) && p.Tag.Case() == morph.Nomn && p.Tag.Is(morph.Sing) && (p.Tag.Gender() == gen || p.Tag.Is(morph.MsF)) {
					found = true
					break
				}
			}
			ok = ok && found
		}
		if ok && any {
			return true
		}
	}
	return false
}

// russianSurname reports whether the guesser reads a word as a surname
// of a Russian shape (-ов, -ев, -ин, -ский …: Токаева, of Токаев): the
// tagger, trained on Russian, reads the case and gender of such a word as
// well as of a name the dictionary knows («поздравил Касым-Жомарта
// Токаева», where the guesser also reads a woman's nominative).
func russianSurname(ps []morph.Parse) bool {
	return slices.ContainsFunc(ps, func(p morph.Parse) bool {
		return p.Tag.Is(morph.Surn) && p.Method() != morph.MethodDictionary && RussianSurname(p.Normal)
	})
}

// declining reports whether some reading of ps is a declining
// (not Fixd) singular first name, surname or patronymic of gender gen in
// an oblique case.
func declining(ps []morph.Parse, gen morph.Grammeme) bool {
	return slices.ContainsFunc(ps, func(p morph.Parse) bool {
		return p.Tag.PersonName() && !p.Tag.Is(morph.Fixd) && p.Tag.Gender() == gen && p.Tag.Is(morph.Sing) && p.Tag.Case() != morph.Nomn
	})
}

// surnameIn reports whether a word of a name other than the i-th is a
// woman's surname the dictionary declines, in case cas («Поповой»).
func surnameIn(parses [][]morph.Parse, i int, cas morph.Grammeme) bool {
	for j, ps := range parses {
		if j != i && slices.ContainsFunc(ps, func(p morph.Parse) bool {
			return p.Tag.Is(morph.Surn) && !p.Tag.Is(morph.Fixd) && p.Method() == morph.MethodDictionary &&
				p.Tag.Gender() == morph.Femn && p.Tag.Case() == cas
		}) {
			return true
		}
	}
	return false
}

// firstName reports whether the likeliest reading of a word is a first
// name from the dictionary (Анна, Петра), whose case forms the dictionary
// knows in full.
func firstName(ps []morph.Parse) bool {
	return len(ps) > 0 && ps[0].Tag.Is(morph.Name) && ps[0].Method() == morph.MethodDictionary
}

// pluralSurname puts the surname of «Виктор Линники» («братья Александр и
// Виктор Линники»: the surname the brothers share, in the plural) in the
// singular of the first name's gender, when the dictionary reads the first
// word as a first name in the nominative singular and the last only as a
// nominative plural, a surname among them; nil otherwise.
func (c *Canonicalizer) pluralSurname(words []string, parses [][]morph.Parse) []string {
	n := len(words)
	if n < 2 || !firstName(parses[0]) || len(parses[n-1]) == 0 {
		return nil
	}
	gen := morph.Grammeme(0)
	for _, p := range parses[0] {
		if p.Tag.Is(morph.Name) && p.Tag.Case() == morph.Nomn && p.Tag.Is(morph.Sing) {
			gen = p.Tag.Gender()
			break
		}
	}
	if gen != morph.Masc && gen != morph.Femn {
		return nil
	}
	var surname *morph.Parse
	for i, p := range parses[n-1] {
		if p.Tag.Case() != morph.Nomn || !p.Tag.Is(morph.Plur) {
			return nil
		}
		if p.Tag.Is(morph.Surn) && surname == nil {
			surname = &parses[n-1][i]
		}
	}
	if surname == nil {
		return nil
	}
	f, ok := c.A.InflectTo(*surname, morph.Nomn, morph.Sing, gen)
	if !ok {
		return nil
	}
	out := slices.Clone(words)
	out[n-1] = matchCase(words[n-1], f.Word)
	return out
}

// sharedSurname returns «Александр Линник» for the first name «Александр»
// and the plural surname «Линники» (pluralSurname), or "".
func (c *Canonicalizer) sharedSurname(first, plural string) string {
	words := []string{first, plural}
	out := c.pluralSurname(words, [][]morph.Parse{c.A.Parse(first), c.A.Parse(plural)})
	if out == nil {
		return ""
	}
	return strings.Join(out, " ")
}

// noSingular reports whether some capitalized word that declines
// (parses[i] not nil) has no singular reading that can be part of a
// person's name, in any case — a foreign name the dictionary knows only as
// something else (Юн: the short adjective «юн», the plural of Юна) — while
// the other declining words end in a vowel that foreign names end in
// (Фоссе, which the dictionary also knows as the locative of Фосс). A
// case ending no foreign name has («Хуа Логэном») still counts.
func noSingular(words []string, parses [][]morph.Parse) bool {
	blocked := false
	for i, ps := range parses {
		if ps == nil {
			continue
		}
		singular := false
		for _, p := range ps {
			if personPOS(p) && p.Tag.Is(morph.Sing) {
				singular = true
				break
			}
		}
		r, _ := utf8.DecodeRuneInString(words[i])
		switch {
		case !singular && unicode.IsUpper(r) && !strings.HasSuffix(words[i], "ых") && !strings.HasSuffix(words[i], "их"):
			// (Седых, Черных do not decline either, but are Russian)
			blocked = true
		case singular && !strings.ContainsRune("еиоуюэ", lastRune(strings.ToLower(words[i]))):
			return false
		}
	}
	return blocked
}

// lastRune returns the last rune of s, or 0.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// doubleSurname puts a double surname whose first part declines too
// («Набиуллину-Сахарову», «Римского-Корсакова») from case cas to the
// nominative part by part; the dictionary reads such a word by its last
// part alone («Набиуллину-Сахарова»). ok is false for a word of another
// shape, or whose first part has no reading of that case and gender
// («Бонч-Бруевича», «Касым-Жомарта»: the first part does not decline).
func (c *Canonicalizer) doubleSurname(w string, cas, gen morph.Grammeme) (string, bool) {
	a, b, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(b, "-") || !tokenize.StartsUpper(a) || !tokenize.StartsUpper(b) || !cyrillicWord(a) || !cyrillicWord(b) || cas == morph.Nomn ||
		arabicParts[strings.ToLower(a)] {
		return "", false
	}
	fa, ok := c.inflectName(c.A.Parse(a), cas, gen, "")
	if !ok {
		return "", false
	}
	fb, ok := c.inflectName(c.A.Parse(b), cas, gen, "")
	if !ok {
		return "", false
	}
	return matchCase(a, fa.Word) + "-" + matchCase(b, fb.Word), true
}

// seniority maps the oblique forms of «старший» and «младший» after a
// surname («Лукашенко-старшего», «Буша-младшему», «Пугачевой-младшей») to
// their nominative of the same gender.
var seniority = func() map[string]string {
	m := map[string]string{}
	for _, l := range []string{"старш", "младш"} {
		for _, e := range []string{"его", "ему", "им", "ем"} {
			m[l+e] = l + "ий"
		}
		for _, e := range []string{"ей", "ую"} {
			m[l+e] = l + "ая"
		}
	}
	return m
}()

// arabicParts are the first parts of Arabic names that do not decline
// («Абу-Бакра», «Абд-аль-Азиза»).
var arabicParts = map[string]bool{"абу": true, "абд": true, "ибн": true, "бен": true, "бин": true, "аль": true, "эль": true, "ал": true}

// inflectName puts one word of a person's name, given its parses, from case
// cas to the nominative singular. It tries the readings of that case and
// gender — first name, surname and patronymic readings first, then the
// likeliest — until one inflects; failing that, for a man, feminine noun
// readings of that case (Ивана Дзюбы: Дзюба declines like a feminine noun).
func (c *Canonicalizer) inflectName(ps []morph.Parse, cas, gen morph.Grammeme, lemma string) (morph.Parse, bool) {
	var cands []morph.Parse
	for _, p := range ps {
		if personPOS(p) && p.Tag.Case() == cas && p.Tag.Is(morph.Sing) &&
			(p.Tag.Gender() == gen || p.Tag.Is(morph.MsF)) {
			cands = append(cands, p)
		}
	}
	if len(cands) == 0 && gen == morph.Masc {
		for _, p := range ps {
			// a man's accusative is his genitive (Ивана Дзюбы)
			c := p.Tag.Case()
			if p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Femn) && (c == cas || cas == morph.Accs && c == morph.Gent) && p.Tag.Is(morph.Sing) {
				cands = append(cands, p)
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b morph.Parse) int {
		if fa, fb := a.Tag.Is(morph.Fixd), b.Tag.Is(morph.Fixd); fa != fb && a.Tag.PersonName() && b.Tag.PersonName() {
			// «Анне Ивановой»: the declining Анна before the
			// indeclinable Анне, once the case is known to be oblique,
			// whatever lemma the tagger gave («Элле Памфиловой»)
			if fb {
				return -1
			}
			return 1
		}
		if la, lb := sameLemma(a, lemma), sameLemma(b, lemma); la != lb {
			if la {
				return -1
			}
			return 1
		}
		if pa, pb := a.Tag.PersonName(), b.Tag.PersonName(); pa != pb {
			if pa {
				return -1
			}
			return 1
		}
		if fa, fb := a.Tag.Is(morph.Fixd), b.Tag.Is(morph.Fixd); fa != fb {
			if fb {
				return -1
			}
			return 1
		}
		if fa, fb := fleeting(a), fleeting(b); fa != fb {
			// «Кэцзянем»: a foreign name the guesser declines like
			// «ремень» (Кэцзяень) is rather Кэцзянь
			if fb {
				return -1
			}
			return 1
		}
		return cmp.Compare(b.Score, a.Score)
	})
	for _, p := range cands {
		if f, ok := c.A.InflectTo(p, morph.Nomn, morph.Sing); ok {
			return f, true
		}
	}
	return morph.Parse{}, false
}

// personPOS reports whether a parse can be part of a person's name: a noun,
// or an adjective for surnames that decline like one (Навальный,
// Достоевский).
func personPOS(p morph.Parse) bool {
	switch p.Tag.POS() {
	case morph.NOUN:
		return true
	case morph.ADJF:
		// the guesser reads «Блинкеном» as an adjective «блинкеный»; an
		// unknown word declines like an adjective only with the endings of
		// Russian adjectival surnames (Зеленского → Зеленский)
		return !p.Tag.Is(morph.Anum) && (p.Method() == morph.MethodDictionary || adjectivalSurname(p.Normal))
	}
	return false
}

// adjectivalSurname reports whether an adjective's lemma has the ending
// of a Russian surname that declines like an adjective (-ский, -цкий,
// -ской, -цкой).
// surnameAdjective reports whether p reads a word as a surname of the
// adjectival kind (Никитинский, Вознесенский), which, before a common noun
// it agrees with, is the adjective of a place or a person the name is
// named after: «Никитинского суда» → Никитинский суд.
func surnameAdjective(p morph.Parse) bool {
	return p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Surn) && adjectivalSurname(p.Normal)
}

func adjectivalSurname(lemma string) bool {
	for _, e := range []string{"ский", "цкий", "ской", "цкой"} {
		if strings.HasSuffix(lemma, e) {
			return true
		}
	}
	return false
}

// hintWeight is what a hint adds to a reading of a word that agrees with
// it in case (and half that in gender or number): enough to break the ties
// the dictionary leaves, less than a name reading's advantage (1) over a
// common noun's.
const hintWeight = 0.5

// agrees returns what the hint h adds to reading a word in case cas with
// gender gen and number num (0 for any).
func (h Hint) agrees(cas, gen, num morph.Grammeme) float64 {
	s := 0.0
	if h.Case != 0 && h.Case == cas {
		s += hintWeight
	}
	if h.Gender != 0 && h.Gender == gen {
		s += hintWeight / 2
	}
	if h.Number != 0 && h.Number == num {
		s += hintWeight / 2
	}
	return s
}

// withoutStrayHints returns hints without the tagger's reading of each
// word of a place's name that the dictionary knows as a place in other
// cases only: the tagger read another word there. «31 июля Муром посетят
// журналисты»: the tagger's instrumental (of the surname Мур) is no
// evidence of the case of the town Муром, nominative or accusative. hints
// is not changed; a copy is returned when a hint goes.
func (c *Canonicalizer) withoutStrayHints(words []string, hints []Hint) []Hint {
	out := hints
	for i, w := range words {
		if hints[i].Case == 0 {
			continue
		}
		place, agrees := false, false
		for _, p := range c.A.Parse(w) {
			if p.Method() == morph.MethodDictionary && p.Tag.Is(morph.Geox) {
				place = true
				agrees = agrees || p.Tag.Case() == hints[i].Case
			}
		}
		if place && !agrees {
			if &out[0] == &hints[0] {
				out = append([]Hint(nil), hints...)
			}
			out[i] = Hint{}
		}
	}
	return out
}

// knownName reports whether the dictionary itself (not its guesser) reads
// the word as a first name, surname or patronymic: the tagger's reading of
// a person's name is trusted for such words only, as it misreads unknown
// foreign names as much as the guesser does («закон Гука»: Гука, a woman).
func knownName(ps []morph.Parse) bool {
	for _, p := range ps {
		if p.Tag.PersonName() && p.Method() == morph.MethodDictionary {
			return true
		}
	}
	return false
}

// sameLemma reports whether the parse's lemma is lemma (case and ё
// folded); false for an empty lemma.
func sameLemma(p morph.Parse, lemma string) bool {
	return lemma != "" && Normalize(p.Normal) == Normalize(lemma)
}

// placeLemma returns the tagger's lemma for choosing among the readings of
// a word of a place's or an organization's name, or "" when the tagger did
// not read the word as a proper noun and p is no adjective, or p is a
// person's-name reading (the tagger reads «в Вене» as Веня at times).
func placeLemma(p morph.Parse, h Hint) string {
	if p.Tag.PersonName() {
		return ""
	}
	if pos := p.Tag.POS(); h.Proper || pos == morph.ADJF || pos == morph.PRTF {
		// (an adjective's lemma is the tagger's whatever the word: «за
		// Большим театром» is большой, not больший)
		return h.Lemma
	}
	return ""
}

// lemmaHint returns the hint whose lemma chooses among the readings of
// word: a lower-case word of a name is a common noun or an adjective, whose
// lemma the tagger gives well even though it is no proper noun («в
// Южно-Китайском море»: море, not мор).
func lemmaHint(word string, h Hint) Hint {
	if r, _ := utf8.DecodeRuneInString(word); unicode.IsLower(r) {
		h.Proper = true
	}
	return h
}

// preferred reports whether reading p of a word of a place's or an
// organization's name is to be taken over q: it has the tagger's lemma
// and q has not, or both or neither have it and p is the likelier, or as
// likely and not a person's name where q is («в Астане»: Астана the city,
// not the locative of the man's name Астан). A person's-name reading
// never counts as having the tagger's lemma (placeLemma).
func preferred(p, q morph.Parse, h Hint) bool {
	if a, b := guessedPersonNoun(p), guessedPersonNoun(q); a != b && p.Method() != morph.MethodDictionary && q.Method() != morph.MethodDictionary {
		return b
	}
	if a, b := hardTwin(p, q), hardTwin(q, p); a != b {
		return a
	}
	if a, b := animateCommon(p), animateCommon(q); a != b && (a && dictionarySurname(q) || b && dictionarySurname(p)) {
		return b // «в подмосковном Королеве»: the town Королёв, no «королева» (townsurname.go)
	}
	if lp, lq := sameLemma(p, placeLemma(p, h)), sameLemma(q, placeLemma(q, h)); lp != lq {
		return lp
	}
	if p.Score == q.Score {
		return !p.Tag.PersonName() && q.Tag.PersonName()
	}
	return p.Score > q.Score
}

// rareTwins are adjective lemmas in -ой that the dictionary lists, first,
// beside a common twin in -ый with the same forms: the grammarian's
// «временной» (of time) beside «временный» (temporary). Not «окружной»,
// the common one beside a rare «окружный» («окружного суда»).
var rareTwins = map[string]bool{"временной": true}

// hardTwin reports whether p and q are the dictionary's readings of one
// adjective form, of equal score, q's lemma a rare twin in -ой (rareTwins)
// of p's in -ый: «временного главы» is of «временный» (временный глава),
// though the dictionary and the tagger list «временной» first.
func hardTwin(p, q morph.Parse) bool {
	if p.Tag.POS() != morph.ADJF || q.Tag.POS() != morph.ADJF || p.Score != q.Score || !rareTwins[q.Normal] {
		return false
	}
	stem, ok := strings.CutSuffix(p.Normal, "ый")
	return ok && q.Normal == stem+"ой"
}

// guessedNeuterIe reports whether w is a capitalized word in -ия that the
// dictionary does not know and the guesser reads only as forms of a neuter
// noun in -ие (the genitive singular, the nominative plural: «Павия» of
// «павие», as «здания» of «здание»). A name in -ия is a feminine
// nominative as written (Павия, Лигурия), as the dictionary's own are
// (Италия, Мария); phrase keeps it.
func guessedNeuterIe(w string, ps []morph.Parse) bool {
	if !tokenize.StartsUpper(w) || !strings.HasSuffix(w, "ия") || len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		if p.Method() == morph.MethodDictionary || p.Tag.POS() != morph.NOUN || !p.Tag.Is(morph.Neut) || !strings.HasSuffix(p.Normal, "ие") {
			return false
		}
	}
	return true
}

// guessedPersonNoun reports whether p is the guesser's reading of a word
// as an animate noun of common gender («тусоня», Ms-f, as «сирота»): a
// person's noun that names no place or organization. Between two guessed
// readings, preferred takes the other («в Тусоне»: Тусон, not «Тусоня»,
// even where the tagger's lemma is «Тусоня»).
func guessedPersonNoun(p morph.Parse) bool {
	return p.Method() != morph.MethodDictionary && p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.MsF) && p.Tag.Is(morph.Anim)
}

// prefixedAnimate reports whether p reads a word as an animate common noun
// of the dictionary behind a prefix it does not know («Островце» as
// «остр-» and «овца»).
func prefixedAnimate(p morph.Parse) bool {
	return p.Method() == morph.MethodPrefix && p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Anim) && !properTag(p.Tag)
}

// withoutPrefixedAnimate drops from ps, the readings of a capitalized word
// in -е the dictionary does not know, those of an animate common noun
// behind an unknown prefix (prefixedAnimate), when the guesser reads it as
// a masculine noun otherwise: such a reading names no place or
// organization, and a masculine locative is likelier («в Островце»: the
// masculine Островец, not «Островца», a kind of sheep; «на Нантакете»:
// Нантакет). ps is returned as it is otherwise. (Not a word in -а, which
// the dropped reading may rightly read as a nominative: «Феррара»,
// «Анагама».)
func withoutPrefixedAnimate(w string, ps []morph.Parse) []morph.Parse {
	if !tokenize.StartsUpper(w) || !strings.HasSuffix(w, "е") || !slices.ContainsFunc(ps, prefixedAnimate) {
		return ps
	}
	other := false
	for _, p := range ps {
		if p.Method() == morph.MethodDictionary {
			return ps
		}
		other = other || !prefixedAnimate(p) && p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Masc)
	}
	if !other {
		return ps
	}
	return slices.DeleteFunc(slices.Clone(ps), prefixedAnimate)
}

// properTag reports whether t is a proper name's: a place, a person's first
// name, surname or patronymic, an organization.
func properTag(t morph.Tag) bool {
	return t.Is(morph.Geox) || t.PersonName() || t.Is(morph.Orgn)
}

// phrase inflects the head of a noun phrase — the adjectives and
// participles before the first noun, and that noun — to the nominative,
// keeping number and taking the noun's gender. The rest of the phrase
// (genitive dependents, quoted names) is left as it is.
//
// A one-word name that does not decline (foreignDeclension fixed: Кушадаси,
// Грейт-Данмоу) is kept; a follower is inflected (Росприроднадзору), as
// place and organization names in -у and -е are mostly case forms.
// prev is the word before the phrase.
func (c *Canonicalizer) phrase(words []string, hints []Hint, oblique bool, prev string, singular bool) []string {
	// The head run: modifiers, then one noun.
	n := 0
	var parses [][]morph.Parse
	var pltm []bool // a capitalized plural noun before a plurale tantum place
	for n < len(words) {
		w := words[n]
		if !cyrillicWord(w) || allCaps(w) || capitalEnd(w) || groupWord(w) {
			// an abbreviation (ДПНИ, МАГАТЕ, БелТА) does not decline:
			// ДПНИ is not the genitive of «ДПНЬ», БелТА not of «Белт»;
			// nor does the English «Group» («Альфа-Групп», «Сумма
			// Групп»: no plural of «группа»)
			break
		}
		ps := withoutPrefixedAnimate(w, c.A.Parse(w))
		if len(words) == 1 && (foreignDeclension(w, ps, prev, false) == fixed || acronymCompound(w) && guessedA(w, ps) && hints[0].Case == morph.Nomn || guessedNeuterIe(w, ps)) {
			// (a holding's acronym and a word the dictionary does not
			// know, in -а, that the tagger reads as a nominative is no
			// genitive: «ВСМПО-Ависма»; the tagger's nominative of other
			// unknown words is no evidence: «Тауэра», «Евромайдана»)
			return nil
		}
		parses = append(parses, ps)
		n++
		before := c.nounBeforePluraleTantum(ps, words, n)
		pltm = append(pltm, before)
		if (topPOS(ps) == morph.NOUN || substantive(w, ps)) && !before && !c.modifiesNext(ps, words, n) || n > 6 {
			break
		}
		if hasPOS(ps, morph.NOUN) && tokenize.StartsLower(w) && n < len(words) && c.placeName(words[n]) {
			// «сборной России»: a lower-case word that may be a noun
			// before a place's name is the head the place depends on,
			// not an adjective agreeing with it («сборная Россия»)
			break
		}
		if !hasPOS(ps, morph.ADJF) && !hasPOS(ps, morph.PRTF) && !hasPOS(ps, morph.NOUN) {
			return nil
		}
		if hasPOS(ps, morph.NOUN) && n < len(words) && !cyrillicWord(words[n]) {
			break
		}
	}
	if n == 0 {
		return nil
	}
	// Pick the case and number on which all head words agree, the last one
	// being a noun (or, for a lone adjective such as «российском», an
	// adjective).
	var best []morph.Parse
	bestScore := -1.0
	// after «в», «во», «на» a noun stands in the accusative or the
	// locative, never in the dative («в Боготу»: Богота, not the dative
	// of «Богот»); when no reading fits, the other cases are tried. (Only
	// for a one-word head: with an adjective before it the dative keeps
	// the tie it wins, «на Храмовой горе»: Храмовая гора, not the
	// accusative of the neuter «горе».)
	governed := n == 1 && afterLocativePreposition(prev)
	for pass := 0; pass < 2 && best == nil; pass++ {
		for _, cas := range cases {
			if oblique && cas == morph.Nomn || pass == 0 && governed && cas != morph.Accs && cas != morph.Loct && cas != morph.Datv || pass == 1 && !governed {
				continue
			}
			for _, num := range []morph.Grammeme{morph.Sing, morph.Plur} {
				sel := make([]morph.Parse, n)
				score := 0.0
				ok := true
				for i := 0; i < n && ok; i++ {
					last := i == n-1
					found := false
					var guessedName *morph.Parse
					for _, p := range parses[i] {
						pos := p.Tag.POS()
						wantPOS := pos == morph.ADJF || pos == morph.PRTF || surnameAdjective(p) || pltm[i] && pos == morph.NOUN && p.Tag.Is(morph.Plur)
						if last {
							// a lone adjective («российском») names a place, but
							// not one the guesser made up («Мосгоризбиркому» is
							// no form of «мосгоризбиркий»)
							wantPOS = pos == morph.NOUN || (n == 1 && wantPOS && (p.Method() == morph.MethodDictionary || adjectivalSurname(p.Normal)))
						}
						if !wantPOS || baseCase(p.Tag.Case()) != cas || !p.Tag.Is(num) && !(num == morph.Sing && p.Tag.Is(morph.Sgtm)) {
							continue
						}
						if p.Tag.PersonName() && p.Method() != morph.MethodDictionary {
							// the guesser's surnames («мосгоризбиркий») name a
							// place or an organization only when nothing else
							// does («Оксфордшире» → Оксфордшир)
							if guessedName == nil || p.Score > guessedName.Score {
								guessedName = &p
							}
							continue
						}
						if !found || preferred(p, sel[i], lemmaHint(words[i], hints[i])) {
							sel[i], found = p, true
						}
					}
					if !found && guessedName != nil {
						sel[i], found = *guessedName, true
					}
					if !found {
						ok = false
						break
					}
					score += sel[i].Score
					if guessedPersonNoun(sel[i]) && !singular {
						// a place or an organization is no person's noun of
						// common gender: «в Тусоне» is no dative of «Тусоня»
						score--
					}
					if hints[i].Proper && (num == morph.Sing || sel[i].Tag.Is(morph.Geox)) {
						// (the tagger's number makes a name plural only for a
						// plural place, «в Афины»: it reads «алмаз-антей» in
						// lower-case text as the plural genitive of a woman's
						// name)
						score += hints[i].agrees(cas, 0, num)
					}
				}
				if !ok || pass == 0 && governed && cas == morph.Datv && !locativeTwin(sel[n-1], parses[n-1]) {
					// (a dative after «в» only where it is the locative
					// too, «в Акорде»: Акорда, as before, over the
					// masculine «Акорд»)
					continue
				}
				if cas == morph.Nomn {
					score += 0.01
				}
				if pluralHeads[sel[n-1].Normal] {
					// «Власти Германии»: the authorities, not the power
					if num == morph.Plur {
						score++
					}
				} else if num == morph.Sing {
					// names are mostly singular; professions almost always
					if singular {
						score++
					} else {
						score += 0.5
					}
				}
				if score > bestScore {
					best, bestScore = sel, score
				}
			}
		}
	}
	if best == nil || best[n-1].Tag.Case() == morph.Nomn {
		return nil
	}
	gender := best[n-1].Tag.Gender()
	plural := best[n-1].Tag.Is(morph.Plur)
	out := append([]string(nil), words...)
	for i := 0; i < n; i++ {
		want := []morph.Grammeme{morph.Nomn}
		if best[i].Tag.POS() != morph.NOUN || i < n-1 && surnameAdjective(best[i]) {
			if g := best[i].Tag.Gender(); !plural && best[n-1].Tag.Is(morph.MsF) && (g == morph.Masc || g == morph.Femn) {
				// a noun of common gender keeps the gender its
				// adjective shows («временным главой»: временный глава)
				want = append(want, g, morph.Sing)
			} else if plural {
				want = append(want, morph.Plur)
			} else if gender != 0 {
				want = append(want, gender, morph.Sing)
			}
		}
		if f, ok := c.A.InflectTo(best[i], want...); ok {
			out[i] = matchCase(words[i], f.Word)
			if h, ok := c.hyphenPost(words[i], out[i], best[i], want); ok && singular {
				out[i] = h
			}
		} else {
			return nil
		}
	}
	c.streetAdjectives(words, out, n, best[n-1])
	return out
}

// baseCase is the case of which cas is a subcase for the agreement of a
// name's words: the second locative of a noun («на Ворошиловском мосту»,
// «в Летнем саду») agrees with the locative of its adjective.
func baseCase(cas morph.Grammeme) morph.Grammeme {
	if cas == morph.Loc2 {
		return morph.Loct
	}
	return cas
}

// locativeTwin reports whether ps holds a locative reading of p's lemma
// and number: p, a dative, is written as the locative too (the feminine
// -е: «Акорде»).
func locativeTwin(p morph.Parse, ps []morph.Parse) bool {
	for _, q := range ps {
		if q.Normal == p.Normal && q.Tag.Case() == morph.Loct && q.Tag.Number() == p.Tag.Number() && q.Tag.POS() == p.Tag.POS() {
			return true
		}
	}
	return false
}

// nounBeforePluraleTantum reports whether words[next-1], read as ps, is a
// capitalized plural noun of the dictionary that agrees in case with
// words[next], a place's name the dictionary knows only in the plural
// (Pltm): «в Набережных Челнах», where «Набережных» is the noun
// «набережная», not an adjective, and the two words make the name
// Набережные Челны (not «Набережные Челнах»). A singular noun before a
// place is its head («главой Челнов» stays a post of the town).
func (c *Canonicalizer) nounBeforePluraleTantum(ps []morph.Parse, words []string, next int) bool {
	if next >= len(words) || !tokenize.StartsUpper(words[next-1]) || !tokenize.StartsUpper(words[next]) || !cyrillicWord(words[next]) {
		return false
	}
	qs := c.A.Parse(words[next])
	for _, p := range ps {
		if p.Tag.POS() != morph.NOUN || p.Method() != morph.MethodDictionary || !p.Tag.Is(morph.Plur) || p.Tag.Is(morph.Geox) || p.Tag.PersonName() {
			continue
		}
		for _, q := range qs {
			if q.Tag.POS() == morph.NOUN && q.Method() == morph.MethodDictionary && q.Tag.Is(morph.Geox) && q.Tag.Is(morph.Pltm) && q.Tag.Case() == p.Tag.Case() {
				return true
			}
		}
	}
	return false
}

// placeName reports whether w is capitalized and the dictionary reads it
// as a place's name.
func (c *Canonicalizer) placeName(w string) bool {
	if !tokenize.StartsUpper(w) {
		return false
	}
	for _, p := range c.A.Parse(w) {
		if p.Method() == morph.MethodDictionary && p.Tag.Is(morph.Geox) && p.Tag.POS() == morph.NOUN {
			return true
		}
	}
	return false
}

// groupWord reports whether w is «Групп», the English «Group» written in
// Cyrillic, alone or as the last part of a compound («Альфа-Групп»).
func groupWord(w string) bool {
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		w = w[k+1:]
	}
	return w == "Групп" || w == "ГРУПП"
}

// commonNoun reports whether w is capitalized and its likeliest reading is
// a noun that is no proper name (Капитала, Логистики; not России).
func (c *Canonicalizer) commonNoun(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || !cyrillicWord(w) || allCaps(w) {
		return false
	}
	ps := c.A.Parse(w)
	if len(ps) == 0 || ps[0].Tag.POS() != morph.NOUN {
		return false
	}
	return !properTag(ps[0].Tag) && !ps[0].Tag.Is(morph.Abbr)
}

// attributiveName reports whether a, before the noun b, is a name that does
// not decline there: a capitalized noun read only in the nominative or
// accusative, before a word that may be a common noun and has no
// nominative reading («Газпром Арене»; not «Дом Книги», whose «Книги» may
// be a nominative plural, though a lower-case noun after a company's name,
// «Газпром нефти», may be so read).
func (c *Canonicalizer) attributiveName(a, b string) bool {
	if r, _ := utf8.DecodeRuneInString(a); !unicode.IsUpper(r) {
		return false
	}
	pa := c.A.Parse(a)
	if len(pa) == 0 {
		return false
	}
	for _, p := range pa {
		if p.Tag.POS() != morph.NOUN || p.Tag.Case() != morph.Nomn && p.Tag.Case() != morph.Accs {
			return false
		}
	}
	// a company's name the dictionary knows («Газпром») before a
	// lower-case noun: a plural nominative of the noun is no reading of
	// a brand's compound («Газпром нефти» → «Газпром нефть», «Газпром
	// добычи»; «Дом Книги», a common noun's, stays)
	brand := c.brand(a) && tokenize.StartsLower(b)
	common := false // b has a reading as a common noun
	for _, p := range c.A.Parse(b) {
		if p.Tag.Case() == morph.Nomn && !(brand && p.Tag.Is(morph.Plur)) {
			return false
		}
		common = common || p.Tag.POS() == morph.NOUN && !properTag(p.Tag)
	}
	return common && cyrillicWord(b)
}

// modifiesNext reports whether a word whose likeliest reading is a noun can
// also be an adjective agreeing in case with a noun reading of the next,
// lower-case word: «Первом канале», «Красноярском крае».
func (c *Canonicalizer) modifiesNext(ps []morph.Parse, words []string, next int) bool {
	if next >= len(words) || !cyrillicWord(words[next]) || allCaps(words[next]) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(words[next]); unicode.IsUpper(r) {
		// «главой Удмуртии»: a noun followed by a name is its head; but a
		// capitalized word that may be an adjective agreeing with the
		// name after it opens that name («Набережных Челнах», read first
		// as the noun «набережная»)
		if first, _ := utf8.DecodeRuneInString(words[next-1]); !unicode.IsUpper(first) {
			return false
		}
		qs := c.A.Parse(words[next])
		for _, p := range ps {
			if p.Tag.POS() != morph.ADJF || p.Method() != morph.MethodDictionary || otherLemmaAdjective(ps, p) && !ps[0].Tag.PersonName() {
				// (a guess; an indeclinable name after it agrees with
				// anything: «Главой Малави». A first name read first is
				// no post heading the name after it: «Белой Церкви» is
				// the adjective «белый», not the name «Бела»)
				continue
			}
			for _, q := range qs {
				if q.Tag.POS() == morph.NOUN && !q.Tag.Is(morph.Fixd) && q.Tag.Case() == p.Tag.Case() && q.Tag.Number() == p.Tag.Number() &&
					(p.Tag.Number() != morph.Sing || q.Tag.Gender() == p.Tag.Gender()) {
					return true
				}
			}
		}
		return false
	}
	for _, p := range ps {
		if p.Tag.POS() != morph.ADJF && p.Tag.POS() != morph.PRTF && !surnameAdjective(p) || otherLemmaAdjective(ps, p) {
			continue
		}
		// the noun it agrees with, over lower-case adjectives that agree
		// too («Иркутском авиационном заводе»)
		for k := next; k < len(words) && k < next+4; k++ {
			if r, _ := utf8.DecodeRuneInString(words[k]); !cyrillicWord(words[k]) || unicode.IsUpper(r) {
				break
			}
			qs := c.A.Parse(words[k])
			noun, adj := false, false
			for _, q := range qs {
				if q.Tag.Case() != p.Tag.Case() || q.Tag.Number() != p.Tag.Number() {
					continue
				}
				switch q.Tag.POS() {
				case morph.NOUN:
					noun = noun || genderAgrees(p.Tag, q.Tag)
				case morph.ADJF, morph.PRTF:
					adj = true
				}
			}
			if noun {
				return true
			}
			if !adj {
				break
			}
		}
	}
	return false
}

// substantive reports whether the lower-case word w has the dictionary's
// reading of an adjective that may stand for a noun (Subx: «ведущего»,
// «управляющего», «рабочего»): one that agrees
// with no noun after it (modifiesNext) heads the phrase, «ведущего
// радиостанции „Эхо Москвы“» is «ведущий радиостанции», not the
// «ведущая радиостанция» of the feminine noun it does not agree with.
func substantive(w string, ps []morph.Parse) bool {
	if !tokenize.StartsLower(w) {
		return false
	}
	for _, p := range ps {
		if p.Tag.POS() == morph.ADJF && p.Tag.Is(morph.Subx) && p.Method() == morph.MethodDictionary {
			return true
		}
	}
	return false
}

// otherLemmaAdjective reports whether the adjective's reading p of a word
// whose likeliest reading is an animate noun has a lemma of its own: the
// word is that noun, the head of a post, in whatever case («главой
// республики» is «глава» before a genitive, not the adjective «главый»
// agreeing with it, which made the post «главая республика»). A noun made
// of the adjective keeps its lemma and may still be one («ученого совета»).
func otherLemmaAdjective(ps []morph.Parse, p morph.Parse) bool {
	return len(ps) > 0 && ps[0].Tag.POS() == morph.NOUN && ps[0].Tag.Is(morph.Anim) && p.Normal != ps[0].Normal
}

// genderAgrees reports whether an adjective's singular reading adj may
// agree in gender with the noun's reading noun: «главой государства» is
// the noun «глава» before a genitive, not the adjective «главый» agreeing
// with it (which made the post «главое государство»). A noun of common
// gender (Ms-f: «глава», «судья») takes a masculine or feminine adjective;
// a reading with no gender agrees with any.
func genderAgrees(adj, noun morph.Tag) bool {
	ag, ng := adj.Gender(), noun.Gender()
	if adj.Number() != morph.Sing || ag == 0 || ng == 0 || ag == ng {
		return true
	}
	return noun.Is(morph.MsF) && (ag == morph.Masc || ag == morph.Femn)
}

// topPOS returns the part of speech of the likeliest parse.
func topPOS(ps []morph.Parse) morph.Grammeme {
	if len(ps) == 0 {
		return 0
	}
	return ps[0].Tag.POS() // Parse returns the parses best first
}

func hasPOS(ps []morph.Parse, pos morph.Grammeme) bool {
	for _, p := range ps {
		if p.Tag.POS() == pos {
			return true
		}
	}
	return false
}

// matchCase gives the lower-case form the capitalization of orig: all
// capitals stay capitals; in each hyphen-separated part, a run of two or
// more leading capitals (МИДа, ОВД-Инфо) stays a run of capitals, and an
// upper-case first letter stays upper case. The dictionary's ё is written е
// where the original had е.
func matchCase(orig, form string) string {
	if strings.ToUpper(orig) == orig && strings.ToLower(orig) != orig {
		return strings.ToUpper(form)
	}
	if !strings.ContainsRune(orig, 'ё') && !strings.ContainsRune(orig, 'Ё') {
		form = strings.ReplaceAll(form, "ё", "е")
	}
	if camelCase(orig) {
		// «МегаФона» → МегаФон: a name in mixed case loses its ending
		// and keeps its capitals; one whose form is not the word cut
		// short (УралМетКом read as a form of «уралметок») stays as
		// written
		if lo := []rune(strings.ToLower(orig)); strings.HasPrefix(string(lo), form) {
			return string([]rune(orig)[:utf8.RuneCountInString(form)])
		}
		return orig
	}
	op := strings.Split(orig, "-")
	fp := strings.Split(form, "-")
	for i := range fp {
		if i >= len(op) {
			continue
		}
		caps := 0
		for _, r := range op[i] {
			if !unicode.IsUpper(r) {
				break
			}
			caps++
		}
		rs := []rune(fp[i])
		for j := 0; j < caps && j < len(rs); j++ {
			rs[j] = unicode.ToUpper(rs[j])
		}
		fp[i] = string(rs)
	}
	return strings.Join(fp, "-")
}

// innerDot reports whether w holds a dot between two letters.
func innerDot(w string) bool {
	rs := []rune(w)
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == '.' && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i+1]) {
			return true
		}
	}
	return false
}

// sharedRegion names one region of a singular adjective and the plural of
// a region's noun (RegionNoun) it shares with adjectives before it
// («Брянской и Курской областями»: Курская область): the adjective in the
// nominative singular of the noun's gender and the noun's lemma; nil for
// other words. A noun that may be singular is plural only where the
// adjective takes a case its singular lacks (names23b: «атаковали Брянскую
// и Курскую области», the accusative, which «области» has only in the
// plural; not «Кыргызской Республики»).
func (c *Canonicalizer) sharedRegion(adj, noun string) []string {
	if !capitalized(adj) {
		return nil
	}
	ns := c.A.Parse(noun)
	if slices.ContainsFunc(ns, func(n morph.Parse) bool { return n.Tag.Number() == morph.Sing && c.agreesSingular(adj, n) }) {
		return nil // «Кыргызской Республики»: one
	}
	for _, n := range ns {
		if n.Tag.POS() != morph.NOUN || n.Tag.Number() != morph.Plur || RegionNoun(n.Normal) == "" {
			continue
		}
		for _, a := range c.A.Parse(adj) {
			if a.Tag.POS() != morph.ADJF || a.Tag.Number() != morph.Sing || a.Tag.Gender() != n.Tag.Gender() {
				continue
			}
			if f, ok := c.A.InflectTo(a, morph.Nomn, morph.Sing, n.Tag.Gender()); ok {
				return []string{matchCase(adj, f.Word), matchCase(noun, n.Normal)}
			}
		}
	}
	return nil
}

// agreesSingular reports whether some reading of the adjective adj is in
// the singular, the gender and the case of n, a singular noun's reading
// (or n has no case: then any agrees).
func (c *Canonicalizer) agreesSingular(adj string, n morph.Parse) bool {
	if n.Tag.Case() == 0 {
		return true
	}
	return slices.ContainsFunc(c.A.Parse(adj), func(a morph.Parse) bool {
		return a.Tag.POS() == morph.ADJF && a.Tag.Number() == morph.Sing && a.Tag.Gender() == n.Tag.Gender() && a.Tag.Case() == n.Tag.Case()
	})
}
