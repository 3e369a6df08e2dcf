// Package names turns mentions into entities: it gives each mention its
// canonical name (nominative, via the morph dictionary), groups the mentions
// of one document that name the same thing, and merges partial names
// (Шугаев → Дмитрий Шугаев), quoted short names («Купол» → Ижевский
// электромеханический завод «Купол») and acronyms (ФСВТС → Федеральная
// служба по военно-техническому сотрудничеству) into their full forms.
package names

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// Linker groups the mentions of a document into entities.
type Linker struct {
	Canon *Canonicalizer
}

// NewLinker returns a Linker over the embedded dictionary.
func NewLinker() (*Linker, error) {
	c, err := NewCanonicalizer()
	if err != nil {
		return nil, err
	}
	return &Linker{Canon: c}, nil
}

// group is an entity under construction.
type group struct {
	typ      string
	names    []string // canonical name of each mention
	mentions []doc.Mention
	extra    []string // full names the text gives around the mentions (see fullNames)
	alias    []bool   // alias[i]: names[i] may be an alias but not the name (a place adjective)
	into     *group   // the group that absorbed it (absorb), nil while it stands
	full     string   // name() before merging, set by mergePartial (and, for persons, mergeInflectedPersons)
	norm     string   // Normalize(full)
	// short, when set, is the normalized short name of a place whose formal
	// name the group also holds (see sameNameKey): the name to give it.
	short string
}

// merged reports whether another group absorbed g.
func (g *group) merged() bool { return g.into != nil }

// name is the group's canonical name: the longest canonical name of its
// mentions that is not an acronym, by words then by letters; the first
// mention wins ties. A person's name in Cyrillic letters beats one in Latin
// letters (Ибрахим Бубакар Кейта, not Ibrahim Boubacar Keita), and a
// capitalized name one that starts in lower case («Google», not
// «корпорация Google»).
//
// A place known by a formal and a short name is named by the short one
// («Россия», not «Российская Федерация»), the name other documents use,
// even when the text writes it otherwise only («Республика Беларусь» and
// «Белоруссия»: Беларусь).
func (g *group) name() string {
	best, shoutedShort := "", ""
	for i, n := range append(g.names[:len(g.names):len(g.names)], g.extra...) {
		if i < len(g.alias) && g.alias[i] {
			continue
		}
		if g.short != "" && Normalize(n) == g.short {
			if !allCaps(n) || utf8.RuneCountInString(n) < minShouted {
				return n
			}
			if shoutedShort == "" {
				// a dateline's «ВОСТОЧНЫЙ»: the name as the text writes
				// it in lower case, when a mention does
				shoutedShort = n
			}
			continue
		}
		if g.typ == "PERSON" && best != "" && latin(n) != latin(best) {
			// a person is named in the text's Cyrillic spelling, not in
			// the Latin one given beside it
			if !latin(n) {
				best = n
			}
			continue
		}
		if best != "" && tokenize.StartsLower(n) != tokenize.StartsLower(best) {
			// a name beats a description: «Google», not «корпорация
			// Google»; «Конгресс США», not «правительство»
			if !tokenize.StartsLower(n) {
				best = n
			}
			continue
		}
		if capitalTypes[g.typ] && best != "" && allCaps(best) && !allCaps(n) && strings.EqualFold(n, best) {
			// a place's name as the text writes it beats the dateline's
			// capitals that capitalName could not lower, its parts
			// unknown to the dictionary («АБУ-ДАБИ» and «в Абу-Даби»)
			best = n
			continue
		}
		if better(n, best) || g.typ == "ORGANIZATION" && !better(best, n) && !strings.EqualFold(n, best) && g.written(n) && !g.written(best) {
			// (on a tie, an organization's name some mention writes so:
			// «клубом „Фенербахче“» after the headline's «в турецкий
			// „Фенербахче“», read as the locative of «Фенербахча»)
			best = n
		}
	}
	if shoutedShort != "" {
		return shoutedShort
	}
	if g.short != "" && placeTypes[g.typ] && best != "" {
		// «Республика Беларусь» and «Белоруссия», never «Беларусь»: the
		// short name the two share (capitalName capitalizes it)
		return shortName(g.short)
	}
	if g.typ == "ORGANIZATION" || placeTypes[g.typ] {
		// (a place too: «Сент-Луиса», the dictionary's woman's name Луиса
		// in the nominative, beside three mentions named Сент-Луис)
		return g.likelierStem(best)
	}
	return best
}

// caseEndings are the endings a one-word name of a company in a
// consonant takes in the oblique cases («Росатома», «Росатому»,
// «Росатомом», «Росатоме»).
var caseEndings = []string{"а", "у", "ом", "е"}

// likelierStem returns the one-word name that best is an oblique form of
// (best without a case ending) when more mentions of g have it than have
// best: «Росатом», not «Росатома», when the canonicalizer made one
// mention's genitive a name of its own after a noun it does not know to
// govern («дивизион „Росатома“») and read the others right.
func (g *group) likelierStem(best string) string {
	if strings.Contains(best, " ") {
		return best
	}
	count := func(n string) int {
		k := 0
		for i, m := range g.names {
			if m == n && (i >= len(g.alias) || !g.alias[i]) {
				k++
			}
		}
		return k
	}
	for _, e := range caseEndings {
		if stem, ok := strings.CutSuffix(best, e); ok && utf8.RuneCountInString(stem) >= 3 && count(stem) > count(best) {
			return stem
		}
	}
	return best
}

// written reports whether a mention of g has the text n.
func (g *group) written(n string) bool {
	for _, m := range g.mentions {
		if m.Text == n {
			return true
		}
	}
	return false
}

// compoundOpening reports whether m is the first part of a compound
// adjective («российско» of «российско-белорусской», a COUNTRY mention of
// its own, see CompoundPart): neither its text nor the name read from it is
// a name of its entity.
func compoundOpening(text []rune, m doc.Mention) bool {
	return strings.HasSuffix(m.Text, "о") && m.End+1 < len(text) && text[m.End] == '-' && unicode.IsLetter(text[m.End+1])
}

// shortName writes a short place name of countryAliases as news do: the
// acronyms in capitals (США, КНДР), the others as capitalName will.
func shortName(short string) string {
	if shortAcronyms[short] {
		return strings.ToUpper(short)
	}
	return short
}

// shortAcronyms are the short names of countryAliases written in capitals.
var shortAcronyms = map[string]bool{"сша": true, "кндр": true, "ссср": true, "оаэ": true}

// capitalTypes are the types whose names are written with capitals.
var capitalTypes = map[string]bool{"PERSON": true, "COUNTRY": true, "CITY": true, "STATE_OR_PROVINCE": true, "DISTRICT": true}

// nameParticles stay in lower case inside a name (Ростов-на-Дону, Леонардо
// да Винчи, Ибрахим ибн Эзра, Абдель Азиз бен Салман: «бен» as written,
// never the first name «Бен»).
var nameParticles = map[string]bool{"на": true, "де": true, "да": true, "ди": true, "дель": true, "фон": true, "ван": true,
	"дер": true, "ибн": true, "бин": true, "бен": true, "аль": true, "эль": true, "ла": true, "ле": true, "дос": true, "дю": true, "и": true,
	"von": true, "van": true, "der": true, "de": true, "da": true, "di": true, "del": true, "du": true, "la": true, "le": true,
	"al": true, "bin": true, "ibn": true, "dos": true, "and": true, "of": true}

// firstNameParticles are the particles that are first names too when they
// open a name («бен аффлек» → Бен Аффлек).
var firstNameParticles = map[string]bool{"бен": true}

// capitalName gives a capital to each word of a person's name, and to the
// first word and each proper name (a dictionary place, person or
// organization name) of a place's name, and to each part of a hyphenated
// one, particles aside: names read from a shouted headline or a text typed
// in lower case, which the truecaser could not restore («ново-огарёв»,
// «ростов-на-дону» → Ново-Огарёв, Ростов-на-Дону), while «Свердловская
// область» keeps its lower-case «область». A name that has a capital
// letter already gets one only on its dictionary proper names
// («Ростов-на-дону» from a sentence start → Ростов-на-Дону), as its
// writer chose the rest («Карнеги-холл», «Хоххайм-ам-Майн»). Other types'
// names are returned as they are.
func (l *Linker) capitalName(typ, name string) string {
	if !capitalTypes[typ] {
		return name
	}
	// words in capitals that are no acronyms are written as in lower case
	words := strings.Split(name, " ")
	shouted := make([]bool, len(words))
	written := false
	for i, w := range words {
		if shouted[i] = l.shoutedWord(w); shouted[i] {
			words[i] = strings.ToLower(w)
		} else {
			written = written || strings.ToLower(w) != w
		}
	}
	rs := []rune(strings.Join(words, " "))
	start, word := 0, 0
	inWord := false // a later part of a hyphenated word
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && rs[i] != ' ' && rs[i] != '-' {
			continue
		}
		part := string(rs[start:i])
		lower := !written || shouted[word]
		if start < len(rs) && start < i && (!nameParticles[part] || start == 0 && firstNameParticles[part]) &&
			(lower && (start == 0 || typ == "PERSON" || inWord) || l.properWord(part)) {
			rs[start] = unicode.ToUpper(rs[start])
		}
		if i < len(rs) && rs[i] == ' ' {
			word++
		}
		inWord = i < len(rs) && rs[i] == '-'
		start = i + 1
	}
	return string(rs)
}

// minShouted is the length from which a word in capitals that the
// dictionary does not know is read as a shouted word, not an acronym.
const minShouted = 6

// shoutedWord reports whether w, in capitals, has a hyphen-separated
// part that is shouted («НЬЮ-ЙОРК», «РОСТОВ-НА-ДОНУ»): capitalName then
// writes it as it would the word in lower case.
func (l *Linker) shoutedWord(w string) bool {
	for part := range strings.SplitSeq(w, "-") {
		if l.shouted(part) {
			return allCaps(w)
		}
	}
	return false
}

// shouted reports whether w is a word written in capitals that is no
// acronym: one the dictionary knows, but not as an abbreviation («СОЧИ»,
// «НОВГОРОД», «ПУТИН»; not «США»), or a longer one it does not know
// («ВОЛГОДОНСК»). Datelines and headlines write names so.
func (l *Linker) shouted(w string) bool {
	if !allCaps(w) || !cyrillicWord(w) || l == nil || l.Canon == nil || l.Canon.A == nil {
		return false
	}
	ps := l.Canon.A.Parse(w)
	if len(ps) == 0 || ps[0].Method() != morph.MethodDictionary {
		return utf8.RuneCountInString(w) >= minShouted
	}
	t := ps[0].Tag
	if t.Is(morph.Abbr) {
		return false
	}
	if utf8.RuneCountInString(w) <= maxShortAcronym {
		// УФА, ЧАД; not АРЕ (undeclined), САР (a case of «Сара»)
		return !t.Is(morph.Fixd) && t.Is(morph.Nomn)
	}
	return !(t.Is(morph.Fixd) && vowels(w) < 2) // not КНР, undeclined and unmarked
}

// maxShortAcronym is the length up to which a word in capitals is read as
// an acronym unless the dictionary has it as a declinable word in the
// nominative.
const maxShortAcronym = 3

// vowelLetters are the Russian vowels, lower case.
const vowelLetters = "аеёиоуыэюя"

// vowels counts the vowels of a Russian word.
func vowels(w string) int {
	n := 0
	for _, r := range strings.ToLower(w) {
		if strings.ContainsRune(vowelLetters, r) {
			n++
		}
	}
	return n
}

// balanceQuotes gives a name the guillemets its mention cut off: a
// closing one with no opening one before it gets one at the start («За
// заслуги перед Отечеством» III степени», as NEREL itself marks some
// awards, → «„За заслуги перед Отечеством“ III степени»), an opening one
// never closed gets one at the end.
func balanceQuotes(name string) string {
	depth, missing := 0, 0
	for _, r := range name {
		switch r {
		case '«':
			depth++
		case '»':
			if depth == 0 {
				missing++
			} else {
				depth--
			}
		}
	}
	return strings.Repeat("«", missing) + name + strings.Repeat("»", depth)
}

// properWord reports whether the likeliest dictionary reading of w is a
// proper name (a place, a person's name, an organization).
func (l *Linker) properWord(w string) bool {
	if l == nil || l.Canon == nil || l.Canon.A == nil {
		return false
	}
	ps := l.Canon.A.Parse(w)
	if len(ps) == 0 {
		return false
	}
	return properTag(ps[0].Tag)
}

func better(a, b string) bool {
	if b == "" {
		return true
	}
	if acronym(a) != acronym(b) {
		return acronym(b)
	}
	wa, wb := len(strings.Fields(a)), len(strings.Fields(b))
	if wa != wb {
		return wa > wb
	}
	return utf8.RuneCountInString(a) > utf8.RuneCountInString(b)
}

// Link gives the mentions canonical names and groups them into entities,
// numbered E1, E2, … in order of first mention. text and sents are the
// document's text and segmentation; they supply the context words that
// decide the case of a name.
func (l *Linker) Link(text []rune, sents []doc.Sentence, mentions []doc.Mention) []doc.Entity {
	ms := append([]doc.Mention(nil), mentions...)
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	var toks []doc.Token
	for _, s := range sents {
		toks = append(toks, s.Tokens...)
	}
	prevWords := previousWords(toks, ms)
	genders := surnameGenders(toks, ms)
	if l != nil && l.Canon != nil {
		womanSurnames(ms, genders, func(w string) bool { return l.Canon.firstNameOf(w, morph.Femn) })
	}
	canons := make([]string, len(ms))
	settled := map[doc.Span]bool{} // places named after a kind of settlement
	for i, m := range ms {
		canons[i] = m.Text
		if placeTypes[m.Type] && l != nil && l.Canon != nil && l.Canon.settlementCases(prevWords[i]) != nil {
			settled[m.Span] = true
		}
		switch {
		case l == nil || l.Canon == nil:
		case m.Type != "PERSON" && isQuote(prevWords[i]) && l.Canon.kindBeforeQuote(toks, m.Start) && !l.Canon.genitiveOnly(m.Text):
			// холдинг «Швабе» with the quotes outside the mention: a
			// name in quotes after a kind of organization does not decline
		case m.Type == "FACILITY" && isQuote(prevWords[i]) && len(l.Canon.kindCases(doc.TokenBefore(toks, m.Start, 2), facilityKinds)) > 0:
			// «на арене „Кингдом“»: a name in quotes after its kind of
			// building does not decline (not «Кингд»)
		case m.Type == "AWARD" && isQuote(prevWords[i]) && l.Canon.awardKind(doc.TokenBefore(toks, m.Start, 2)):
			// «Орден „Дуслык“», «премии „Ника“»: a name in quotes after
			// its kind of award does not decline
		case m.Type == "ORGANIZATION" && isQuote(prevWords[i]) && l.Canon.locativeOnly(m.Text) && !locativePreposition(doc.TokenBefore(toks, m.Start, 2)):
			// «„Швабе“ запустит», «директор „Швабе“»: a quoted name the
			// dictionary reads only in the locative (of «шваб») is no
			// locative without a preposition before the quote, but a name
			// that does not decline
		case m.Type == "WORK_OF_ART" && isQuote(prevWords[i]) && l.Canon.nominativeStart(m.Text, Hints(tokensIn(toks, m.Span))):
			// nor does a title in quotes that the tagger reads in the
			// nominative («Происхождение видов», «Мастер и Маргарита»;
			// not «в „Войне и мире“», «премьера „Лебединого озера“»,
			// «мощностей „Купола“»)
		case m.Type != "PERSON" && l.Canon.bareLocative(toks, m):
			// «кланы — Бонанно, Дженовезе и Луккезе»: a word in -е that
			// no preposition governs is as written
		case m.Type == "EVENT" && verbFirst(tokensIn(toks, m.Span)):
			// an event told by a verb is named as the text tells it: the
			// noun the dictionary also reads in the verb is another
			// thing («прибыли в Москву», not «прибыль»)
		default:
			hints := Hints(tokensIn(toks, m.Span))
			if m.Type == "PERSON" {
				hints = governmentHints(invertedSubjectHints(appositionHints(hints, toks, ms, m, l.Canon.indeclinable), toks, m, l.Canon.transitive), toks, m, l.Canon.transitive)
				hints = genderHints(subjectHints(l.Canon.firstNameSubjectHints(l.Canon.womanSubjectHints(dashPostHints(hints, toks, m), toks, m), toks, m), toks, m, l.Canon.nominativeOf), m, genders)
			}
			canons[i] = l.Canon.CanonicalHinted(m.Type, m.Text, prevWords[i], hints)
			adj, region := l.Canon.attributiveAdjective(toks, m)
			if adj != "" {
				// an adjective before its noun, not a place noun's
				// oblique case
				canons[i] = adj
			}
			if region {
				// before a district's noun it names no town
				settled[m.Span] = true
			}
		}
		switch {
		case m.Type == "ORGANIZATION" && l.describedName(canons[i]) && opensSentence(sents, m):
			// the description's quoted name is the organization's
			if q := quotedName(canons[i]); q != "" {
				canons[i] = q
			}
		case (m.Type == "PROFESSION" || m.Type == "NATIONALITY" || m.Type == "ORGANIZATION" && l.genericBody(canons[i])) && opensSentence(sents, m):
			// (a people's adjective or noun too: «Британский постпред»,
			// «Французские власти» name «британский», «французский»)
			canons[i] = l.commonInitial(canons[i])
		case m.Type == "ORGANIZATION" && opensSentence(sents, m) && l.describedLatin(canons[i]):
			canons[i] = lowerInitial(canons[i])
		}
	}
	for i, m := range ms {
		if m.Type == "ORGANIZATION" {
			canons[i] = bankNominative(canons[i])
		}
	}
	l.sharedSurnames(toks, ms, canons)
	ms = consistentTypes(ms, canons)
	parenAcronymTypes(text, ms, canons)
	type key struct{ typ, norm string }
	index := map[key]*group{}
	var groups []*group
	groupOf := make([]*group, len(ms))
	for i, m := range ms {
		canon := canons[i]
		// A mention joins the group of its canonical name or, failing
		// that, the group of a mention with the same text: one text has one
		// referent in a document even when the context word made its
		// canonical forms differ («Кима Чен Ира» after «лидера» and after
		// «КНДР»).
		k := key{m.Type, Normalize(canon)}
		ks := key{m.Type, "\x00" + Normalize(m.Text)}
		if instanceTypes[m.Type] && !capitalized(m.Text) {
			// «встреча» twice may be two meetings: common-noun events stay
			// apart; the event stage decides which mentions corefer.
			k.norm = fmt.Sprintf("%s@%d", k.norm, m.Start)
			ks = k
		}
		g := index[k]
		if g == nil {
			g = index[ks]
		}
		if g == nil {
			g = &group{typ: m.Type}
			groups = append(groups, g)
		}
		if index[k] == nil {
			index[k] = g
		}
		if index[ks] == nil {
			index[ks] = g
		}
		g.names = append(g.names, canon)
		g.alias = append(g.alias, false)
		g.mentions = append(g.mentions, m)
		groupOf[i] = g
	}
	// The maps are read in mention order: the order of absorptions and of a
	// group's names decides ties, so it must not vary from run to run.
	full, join := l.fullNames(text, sents, ms)
	for _, i := range slices.Sorted(maps.Keys(full)) {
		groupOf[i].extra = append(groupOf[i].extra, full[i])
	}
	for _, k := range slices.Sorted(maps.Keys(join)) {
		if l.ownerDescription(ms[k].Text) {
			for a := range groupOf[k].alias {
				groupOf[k].alias[a] = true // the quoted name after it names the entity
			}
		}
		absorb(groupOf[join[k]], groupOf[k])
	}
	paren := parenthesized(text, ms)
	for _, i := range slices.Sorted(maps.Keys(paren)) {
		absorb(groupOf[paren[i]], groupOf[i])
	}
	mergePartial(groups, l.orgPartOf, l.surnameOrName)
	mergeInflectedPersons(groups, l.surnameOrName, l.manGenitive)
	mergeCorporate(groups)
	l.mergeInflected(groups)
	mergeHonoreeNames(groups)
	mergeStatusNames(groups)
	l.mergeReadings(groups, toks)
	l.mergePlaceAdjectives(groups)
	l.mergeAdjectiveTypes(groups)
	mergeOrgPlaces(ms, groupOf)
	mergeOwnedParts(ms, canons, groupOf)
	mergeAcronymTypes(groups)
	var out []doc.Entity
	for _, g := range groups {
		if g.merged() {
			continue
		}
		name := l.regionAdjectiveName(g, g.name())
		if placeTypes[g.typ] && !strings.Contains(name, " ") && l.adjective(name) && !slices.ContainsFunc(g.mentions, func(m doc.Mention) bool { return settled[m.Span] }) {
			// an adjective standing for a place the text does not name
			// otherwise («Омский завод»: Омск) is named by the place (a
			// region's by no town: townOfRegion); an
			// adjective after a kind of settlement is its name («в селе
			// Никольское», not Никольск)
			if p := l.adjectivePlace(Normalize(name)); p != "" && !townOfRegion(g.typ, p) {
				name = upperFirst(p)
			}
		}
		if strings.Contains(name, " ") || !l.adjective(name) {
			// (an adjective standing for its place that the dictionary
			// cannot name, «грузинский», keeps its lower case)
			name = l.capitalName(g.typ, name)
		}
		name = balanceQuotes(name)
		e := doc.Entity{ID: fmt.Sprintf("E%d", len(out)+1), Type: g.typ, Name: name, Mentions: g.mentions}
		sort.SliceStable(e.Mentions, func(i, j int) bool { return e.Mentions[i].Start < e.Mentions[j].Start })
		seen := map[string]bool{e.Name: true}
		for i, m := range g.mentions {
			if compoundOpening(text, m) {
				continue
			}
			for _, s := range []string{g.names[i], m.Text} {
				if !seen[s] {
					seen[s] = true
					e.Aliases = append(e.Aliases, s)
				}
			}
		}
		for _, s := range g.extra {
			if !seen[s] {
				seen[s] = true
				e.Aliases = append(e.Aliases, s)
			}
		}
		out = append(out, e)
	}
	return out
}

// verbFirst reports whether the tagger read the first of toks as a finite
// verb or an infinitive (not a participle, which names as an adjective
// does: «скончавшегося» → скончавшийся).
func verbFirst(toks []doc.Token) bool {
	return len(toks) > 0 && toks[0].POS == "VERB" &&
		(strings.Contains(toks[0].Feats, "VerbForm=Fin") || strings.Contains(toks[0].Feats, "VerbForm=Inf"))
}

// absorb moves the mentions and names of group b into group a, following
// earlier absorptions of either.
func absorb(a, b *group) {
	a, b = root(a), root(b)
	if a == b {
		return
	}
	a.alias = append(a.alias, b.alias...)
	a.names = append(a.names, b.names...)
	a.mentions = append(a.mentions, b.mentions...)
	a.extra = append(a.extra, b.extra...)
	b.names, b.mentions, b.extra, b.alias = nil, nil, nil, nil
	b.into = a
}

// nameTypes are the types of proper names that a tagger confuses with one
// another from context alone (ORGANIZATION, WORK_OF_ART, PRODUCT, …); a name
// keeps one type within a document.
var nameTypes = map[string]bool{
	"PERSON": true, "ORGANIZATION": true, "LOCATION": true, "CITY": true, "COUNTRY": true,
	"STATE_OR_PROVINCE": true, "DISTRICT": true, "FACILITY": true, "PRODUCT": true,
	"WORK_OF_ART": true, "AWARD": true,
}

// SeatNames are the names, as lemmas word by word, of buildings that also
// name the power that sits in them: «Белый дом» (the US administration),
// «Кремль», «Букингемский дворец», «Елисейский дворец», «Даунинг-стрит»
// (the British prime minister's office: «в заявлении Даунинг-стрит», an
// ORGANIZATION in NEREL dev; «на Даунинг-стрит», a FACILITY in train
// twice). Each mention of one is typed by its context (refine's seatType), so consistentTypes
// leaves them: NEREL has «недалеко от Белого дома» a FACILITY and
// «советниками Белого дома» an ORGANIZATION in one text.
var SeatNames = map[string]bool{
	"белый дом": true, "кремль": true, "букингемский дворец": true, "елисейский дворец": true,
	"даунинг-стрит": true,
}

// consistentTypes gives each capitalized proper-name mention the type that
// most mentions with its canonical name have in the document, when that type
// has strictly more of them («Купол» ORGANIZATION three times, «Куполе»
// WORK_OF_ART once: all ORGANIZATION). A capitalized EVENT mention counts
// too and takes that type («Акции „Норникеля“» read as an event), but no
// name is made an event: an event and its organizer may share a name
// («Евровидение»). canons holds the canonical name of each mention; ms is
// changed in place and returned.
func consistentTypes(ms []doc.Mention, canons []string) []doc.Mention {
	counts := map[string]map[string]int{}
	norms := make([]string, len(ms))
	for i, m := range ms {
		if !nameTypes[m.Type] && m.Type != "EVENT" || !capitalized(m.Text) {
			continue
		}
		if (m.Type == "FACILITY" || m.Type == "ORGANIZATION") && SeatNames[Normalize(canons[i])] {
			continue
		}
		norms[i] = Normalize(canons[i])
		c := counts[norms[i]]
		if c == nil {
			c = map[string]int{}
			counts[norms[i]] = c
		}
		c[m.Type]++
	}
	first := map[string]string{} // the type of the first mention of a name
	for i, m := range ms {
		if norms[i] != "" && first[norms[i]] == "" {
			first[norms[i]] = m.Type
		}
	}
	for i := range ms {
		c := counts[norms[i]]
		if norms[i] == "" || len(c) < 2 {
			continue
		}
		best, n, tie := "", 0, false
		for t, k := range c {
			switch {
			case k > n:
				best, n, tie = t, k, false
			case k == n:
				tie = true
			}
		}
		if tie && titleTypes(c) {
			// «компании „Уральская сталь“» … «„Уральская сталь“
			// расположена»: a title read as two kinds of thing once each
			// is what its first mention, which introduces it, says.
			best, tie = first[norms[i]], false
		}
		if !tie && best != ms[i].Type && best != "EVENT" {
			ms[i].Type = best
		}
	}
	return ms
}

// titles are the types of names that are titles of things, which a tagger
// tells apart by context alone; places and persons are not among them
// (Москва the city and «Москва» the hotel are two things).
var titles = map[string]bool{"ORGANIZATION": true, "WORK_OF_ART": true, "PRODUCT": true, "AWARD": true, "FACILITY": true}

// titleTypes reports whether every type counted in c is a title type.
func titleTypes(c map[string]int) bool {
	for t := range c {
		if !titles[t] {
			return false
		}
	}
	return true
}

// instanceTypes are types whose common-noun mentions name instances, not
// one thing.
var instanceTypes = map[string]bool{"EVENT": true, "CRIME": true, "PENALTY": true}

// upperFirst returns s with its first letter in upper case.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// capitalized reports whether s starts with a capital letter, a digit or a
// quote mark.
func capitalized(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '«' || r == '"' || r == '„'
	}
	return false
}

// opensSentence reports whether m starts at the first token of its
// sentence, or after only the quote marks, dashes and parenthesis that open
// direct speech («„Японское правительство, очевидно, решило…“»).
func opensSentence(sents []doc.Sentence, m doc.Mention) bool {
	si := doc.SentenceOf(sents, m.Span)
	if si < 0 {
		return false
	}
	for _, t := range sents[si].Tokens {
		if t.Start == m.Start {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(t.Text); !tokenize.IsQuote(r) && t.Text != "—" && t.Text != "–" && t.Text != "-" && t.Text != "(" {
			return false // (a quote or a dash of direct speech may come first)
		}
	}
	return false
}

// commonInitial lower-cases the capital that opening a sentence gave a
// post's name («Генеральный директор предприятия» → «генеральный директор
// предприятия»), unless its first word is an acronym or a word the
// dictionary knows only with a capital (a name: «Шугаев», «Российский» in
// «Российской академии» is not one).
func (l *Linker) commonInitial(name string) string {
	w, _, _ := strings.Cut(name, " ")
	rs := []rune(w)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) || !unicode.IsLower(rs[1]) {
		return name
	}
	if l != nil && l.Canon != nil && l.Canon.A != nil {
		ps := l.Canon.A.Parse(w)
		if len(ps) == 0 || properTag(ps[0].Tag) {
			return name
		}
	}
	return lowerInitial(name)
}

// genericBodies are the lemmas of the nouns that name an authority of a
// country or a city rather than give its name: «Власти Германии»,
// «Японское правительство», «Полиция» opening a sentence are the
// правительство, власти, полиция of the text, written in lower case inside
// a sentence.
var genericBodies = map[string]bool{"власть": true, "правительство": true, "полиция": true, "милиция": true,
	"армия": true, "руководство": true, "хунта": true, "кабинет": true, "оппозиция": true, "спецслужба": true,
	"силовик": true, "войско": true}

// genericBody reports whether an organization's name is one of
// genericBodies after adjectives only, with its dependents after it.
func (l *Linker) genericBody(name string) bool {
	if l == nil || l.Canon == nil || l.Canon.A == nil {
		return false
	}
	_, ps := l.adjectivesThenNoun(strings.Fields(name))
	for _, p := range ps {
		if p.Tag.POS() == morph.NOUN && genericBodies[p.Normal] {
			return true
		}
	}
	return false
}

// adjectivesThenNoun returns the index and the readings of the first word
// of words that is no full adjective (by its likeliest reading), when that
// word is a noun; -1 and none otherwise.
func (l *Linker) adjectivesThenNoun(words []string) (int, []morph.Parse) {
	for i, w := range words {
		ps := l.Canon.A.Parse(w)
		if len(ps) == 0 {
			return -1, nil
		}
		switch ps[0].Tag.POS() {
		case morph.ADJF:
			continue
		case morph.NOUN:
			return i, ps
		}
		return -1, nil
	}
	return -1, nil
}

// evaluatives are the lemmas of adjectives that describe an organization
// before its name rather than belong to it («Крупный российский банк
// „Открытие“»).
var evaluatives = map[string]bool{"крупный": true, "известный": true, "ведущий": true, "популярный": true,
	"знаменитый": true, "небольшой": true, "скандальный": true, "бывший": true}

// describedName reports whether an organization's name is a description
// before a quoted name, opening with a superlative or an evaluative
// adjective: «Крупнейший российский банк „Сбербанк“». Opening a sentence
// (where the capital says nothing), its quoted name is its canonical name.
//
// So is one of adjectives and a generic noun for a company before the
// quoted name («Российская технологическая компания „Яндекс“»,
// «Американская корпорация „Боинг“»): such nouns (companyNouns) head
// descriptions, while «Ижевский электромеханический завод „Купол“» is a
// name.
func (l *Linker) describedName(name string) bool {
	if l == nil || l.Canon == nil || l.Canon.A == nil || !strings.ContainsAny(name, "«\"") {
		return false
	}
	words := strings.Fields(name)
	ps := l.Canon.A.Parse(words[0])
	if len(ps) == 0 || ps[0].Tag.POS() != morph.ADJF {
		return false
	}
	if ps[0].Tag.Is(morph.Supr) || evaluatives[ps[0].Normal] {
		return true
	}
	quoted := func(w string) bool { return strings.HasPrefix(w, "«") || strings.HasPrefix(w, "\"") }
	i, qs := l.adjectivesThenNoun(words)
	// (a quoted name in the genitive is the noun's dependent, not its
	// name: «Дочерняя компания „Газпром нефти“» is not Газпром нефть)
	return i > 0 && !slices.ContainsFunc(words[:i+1], quoted) && companyNouns[qs[0].Normal] && i+1 < len(words) && quoted(words[i+1]) &&
		!l.Canon.genitiveOnly(quotedName(name))
}

// quotedName returns the text between the first «guillemet» of s and the
// one that closes it, or "".
func quotedName(s string) string {
	i := strings.Index(s, "«")
	if i < 0 {
		return ""
	}
	depth := 0
	for j, r := range s[i:] {
		switch r {
		case '«':
			depth++
		case '»':
			depth--
			if depth == 0 {
				return s[i+len("«") : i+j]
			}
		}
	}
	return ""
}

// companyNouns are the lemmas of the generic nouns for a company that head
// a description before its quoted name.
var companyNouns = map[string]bool{"компания": true, "корпорация": true, "госкорпорация": true, "холдинг": true,
	"группа": true, "концерн": true, "банк": true, "фирма": true, "производитель": true, "разработчик": true,
	"оператор": true, "ритейлер": true, "автопроизводитель": true, "авиакомпания": true, "автоконцерн": true,
	// bands and clubs: «Российская рок-группа „Сплин“», «Петербургский
	// футбольный клуб „Зенит“»
	"рок-группа": true, "поп-группа": true, "клуб": true}

// tokensIn returns the tokens of toks (in text order) that lie within sp.
func tokensIn(toks []doc.Token, sp doc.Span) []doc.Token {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.Start })
	j := i
	for j < len(toks) && toks[j].End <= sp.End {
		j++
	}
	return toks[i:j]
}

// previousWords returns, for each mention (sorted by start), the text of
// the token just before it among the document's tokens toks (in text order;
// the last token of the sentence before for a mention that opens one), or
// "" at the start of the text.
func previousWords(toks []doc.Token, ms []doc.Mention) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = doc.TokenBefore(toks, m.Start, 1)
	}
	return out
}

// mergePartial folds groups that name an entity partially into the group
// with the full name, when exactly one full name fits:
//   - a person's surname alone, or with initials, into the full name with
//     that surname (and matching initials);
//   - an acronym into the name whose word initials spell it;
//   - a quoted name («Купол», Купол) into the name that contains it in
//     quotes (ИЭМЗ «Купол», Ижевский электромеханический завод «Купол»).
//
// First, organizations and places whose full names are the same are one
// group («Купол» named «Ижевский электромеханический завод „Купол“» by the
// words around it, and that name's own mentions); two people may share a
// name, and two meetings are both «встреча», so other types are not merged
// so.
//
// orgPart, when not nil, is the partial-name test of types other than
// PERSON (Linker.orgPartOf); nil means partOfNorm. known, when not nil, tells
// the words the dictionary knows as surnames or first names
// (Linker.surnameOrName), for a surname alone to rename a full name left
// in an oblique case (obliqueFull) and to take the full name's last word
// (surnameAsFull); nil leaves such names as they are.
func mergePartial(groups []*group, orgPart func(typ, a, na, b, nb string) bool, known func(string) bool) {
	if orgPart == nil {
		orgPart = partOfNorm
	}
	// Longer names first, so that partial names find their full form; names
	// are computed once, and each partial name is compared only with the
	// full names that can contain it: the same surname, the same quoted
	// name, or (for an acronym) every name that is not one.
	byType := map[string][]*group{}
	for _, g := range groups {
		if g.merged() {
			continue
		}
		g.full = g.name()
		g.norm = Normalize(g.full)
		byType[g.typ] = append(byType[g.typ], g)
	}
	for _, typ := range slices.Sorted(maps.Keys(byType)) {
		same := byType[typ]
		sortBetter(same)
		if sameNameTypes[typ] {
			same = mergeSameName(typ, same)
		}
		byLast := map[string][]*group{}
		byQuoted := map[string][]*group{}
		byEnds := map[string][]*group{} // by the first and the last words of a name
		// the names that are no acronyms, by their first letter: an acronym
		// or a stump compound can only be read off a name that starts with
		// its letter (acronymOf, syllabicOf); names that open with a stop
		// word go with every letter
		plain := map[rune][]*group{}
		var plainStop, persons []*group
		// the persons of two words or more by their first word and by the
		// first three letters of their surname: the only ones looserPerson
		// may match
		byFirst, bySurname := map[string][]*group{}, map[string][]*group{}
		for _, g := range same {
			if w := personFields(g.norm); typ == "PERSON" && len(w) > 0 {
				byLast[w[len(w)-1]] = append(byLast[w[len(w)-1]], g)
				if len(w) > 1 {
					persons = append(persons, g)
					byFirst[w[0]] = append(byFirst[w[0]], g)
					k := tokenize.Prefix(w[len(w)-1], 3)
					bySurname[k] = append(bySurname[k], g)
				}
			}
			if w := strings.Fields(g.norm); typ != "PERSON" {
				for k := 1; k < len(w) && k <= maxEndWords; k++ {
					byEnds[strings.Join(w[:k], " ")] = append(byEnds[strings.Join(w[:k], " ")], g)
					byEnds[strings.Join(w[len(w)-k:], " ")] = append(byEnds[strings.Join(w[len(w)-k:], " ")], g)
				}
			}
			for _, q := range quotedSegments(g.norm) {
				byQuoted[q] = append(byQuoted[q], g)
			}
			if !acronym(g.full) {
				if r, stop := initial(g.norm); stop {
					plainStop = append(plainStop, g)
				} else {
					plain[r] = append(plain[r], g)
				}
			}
		}
		var cands []*group
		for _, part := range same {
			cands = cands[:0]
			if typ == "PERSON" {
				if w := personFields(part.norm); len(w) > 0 {
					cands = append(cands, byLast[w[len(w)-1]]...)
				}
			} else {
				if q := quoted(part.full); q != "" {
					cands = append(cands, byQuoted[q]...)
				}
				if acronym(part.full) || compoundWord(part.full) {
					r, _ := initial(part.norm)
					cands = append(append(cands, plain[r]...), plainStop...)
				}
				if _, ok := supervisionShort(part.norm); ok && compoundWord(part.full) {
					cands = append(cands, plain['ф']...) // («Рособрнадзор», «Федеральная служба …»: supervisionAlias)
				}
				cands = append(cands, byEnds[part.norm]...)
				if w := strings.Fields(part.full); len(w) >= 2 {
					// «Кольская ГМК», «Иркутский авиазавод»: the names that
					// open with its words but the last
					cands = append(cands, byEnds[Normalize(strings.Join(w[:len(w)-1], " "))]...)
				}
				if !capitalized(part.full) && !strings.Contains(part.norm, " ") {
					cands = append(cands, same...) // a head noun alone (orgPartOf)
				}
				if w := strings.Fields(part.norm); len(w) >= 2 && slices.ContainsFunc(w[1:], func(x string) bool { return kindAcronyms[x] != "" }) {
					cands = append(cands, byEnds[w[0]]...) // the names that open with its first word (spelledKind)
				}
				if typ == "EVENT" && strings.Count(part.norm, " ") < maxEndWords {
					cands = append(cands, same...) // adjectives alone (shortenedEvent)
				}
			}
			match := orgPart
			if typ == "PERSON" {
				match = partOfNorm
			}
			target, count := unique(part, cands, func(part, full *group) bool {
				return match(part.typ, part.full, part.norm, full.full, full.norm)
			})
			if w := strings.Fields(part.norm); count == 0 && typ == "PERSON" && len(w) > 0 && len(w) <= 2 {
				near := append(append(cands[:0:0], byFirst[w[0]]...), bySurname[tokenize.Prefix(w[0], 3)]...)
				target, count = unique(part, near, byNames(looserPerson))
			}
			if count > 1 && typ == "PERSON" {
				target, count = recentFull(part, cands, count, func(part, full *group) bool {
					return match(part.typ, part.full, part.norm, full.full, full.norm)
				})
			}
			if count == 0 && typ == "PERSON" {
				target, count = writtenSurname(part, byLast)
			}
			if count == 0 && typ == "PERSON" {
				target, count = writtenFirstName(part, byFirst)
			}
			if count == 0 && typ == "PERSON" && known != nil {
				target, count = obliqueFull(part, persons, known)
			}
			if count == 0 && typ == "PERSON" && latin(part.full) {
				target, count = unique(part, persons, byNames(sameInLatin))
			}
			if w := strings.Fields(part.norm); count == 0 && typ == "PERSON" && len(w) == 1 {
				target, count = unique(part, bySurname[tokenize.Prefix(w[0], 3)], vowelSurname)
			}
			if w := strings.Fields(part.norm); count == 0 && typ == "PERSON" && len(w) == 2 {
				target, count = unique(part, byFirst[w[0]], vowelFullSurname)
			}
			if count == 1 && !(strings.HasPrefix(target.norm, part.norm+" ") && inside(part.mentions, target.mentions)) {
				if typ == "PERSON" && known != nil {
					surnameAsFull(part, target, known)
				}
				absorb(target, part)
			}
		}
	}
}

// sortBetter sorts groups by their full names, the better first (stable),
// reading each name's shape for better once rather than at every
// comparison.
func sortBetter(groups []*group) {
	type shape struct {
		g            *group
		acr          bool
		words, runes int
	}
	ss := make([]shape, len(groups))
	for i, g := range groups {
		ss[i] = shape{g, acronym(g.full), len(strings.Fields(g.full)), utf8.RuneCountInString(g.full)}
	}
	sort.SliceStable(ss, func(i, j int) bool {
		a, b := ss[i], ss[j]
		switch {
		case b.g.full == "":
			return true
		case a.acr != b.acr:
			return b.acr
		case a.words != b.words:
			return a.words > b.words
		}
		return a.runes > b.runes
	})
	for i := range ss {
		groups[i] = ss[i].g
	}
}

// surnameAsFull gives a one-word person's name that joins a full name the
// full name's last word when they differ: «Попова» alone, read as the
// genitive of «Попов», is «Попова» of «Анна Попова» (the alias a user
// sees). A first name alone («Барак») keeps its name, and so does a
// surname whose full name ends in a form of it the dictionary does not
// know (known): «Сандерс» beside «Берни Сандерса», the canonicalizer's
// oblique case.
func surnameAsFull(part, full *group, known func(string) bool) {
	if strings.Contains(part.full, " ") {
		return
	}
	ws := strings.Fields(full.full)
	last := ws[len(ws)-1]
	if len(ws) < 2 || Normalize(last) == part.norm || latin(last) != latin(part.full) ||
		tokenize.Prefix(Normalize(last), 3) != tokenize.Prefix(part.norm, 3) {
		return
	}
	if !known(last) {
		for _, end := range obliqueEndings {
			if Normalize(last) == part.norm+end {
				return
			}
		}
	}
	for i, n := range part.names {
		if n == part.full {
			part.names[i] = last
		}
	}
}

// writtenSurname returns the one full name, among byLast (persons by the
// last word of their normalized names), whose surname a one-word person's
// mention is as written, when the canonicalizer read it otherwise: «Исиба
// пригласил», the genitive of «Исиб» to the dictionary, is the surname of
// «Сигэру Исиба» named in the same text. It returns how many there are.
func writtenSurname(part *group, byLast map[string][]*group) (*group, int) {
	return writtenIn(part, byLast, func(w string, full *group) bool { return partialPerson(w, full.norm) })
}

// writtenIn returns the one group, among by (persons by a word of their
// normalized names), that a one-word person's mention as written, not as
// the canonicalizer named it, finds there and that fits (fits(w, full)),
// and how many there are.
func writtenIn(part *group, by map[string][]*group, fits func(w string, full *group) bool) (*group, int) {
	if strings.Contains(part.norm, " ") {
		return nil, 0
	}
	var matched []*group
	seen := map[*group]bool{}
	for _, m := range part.mentions {
		w := Normalize(m.Text)
		if w == part.norm || strings.Contains(w, " ") || !capitalized(m.Text) {
			continue
		}
		for _, full := range by[w] {
			if full == part || full.merged() || seen[full] || !fits(w, full) {
				continue
			}
			seen[full] = true
			matched = append(matched, full)
		}
	}
	if len(matched) == 0 {
		return nil, 0
	}
	return matched[0], len(matched)
}

// writtenFirstName returns the one full name, among byFirst (persons of
// two words or more by the first word of their normalized names), whose
// first name a one-word person's mention is as written, when the
// canonicalizer read it otherwise: a lone «Наама», the genitive of the
// man's name «Наам» to the dictionary, is the first name of «Наама
// Иссахар» named in the same text. It returns how many there are.
func writtenFirstName(part *group, byFirst map[string][]*group) (*group, int) {
	return writtenIn(part, byFirst, func(string, *group) bool { return true })
}

// surnameOrName reports whether the dictionary reads w as a surname or a first
// name.
func (l *Linker) surnameOrName(w string) bool {
	if l == nil || l.Canon == nil || l.Canon.A == nil {
		return true
	}
	for _, p := range l.Canon.A.Parse(w) {
		if p.Method() == morph.MethodDictionary && (p.Tag.Is(morph.Surn) || p.Tag.Is(morph.Name)) {
			return true
		}
	}
	return false
}

// obliqueEndings are the case endings of a foreign man's name that the
// canonicalizer may leave on a full name it read as a woman's nominative
// («Илона Маска» for Илон Маск).
var obliqueEndings = []string{"а", "у", "ом", "е"}

// obliqueFull returns the one full name of persons whose every word ends in
// the same case ending, the last being a one-word person's name part plus
// that ending, and renames it without the endings: «SpaceX Илона Маска» …
// «Маск заявил» is Илон Маск, whom the canonicalizer, not knowing the
// names, read as a woman's «Илона Маска». A last word the dictionary knows
// as a surname or a first name (known) is a woman's name as written
// («Ирина Петрова» beside «Петров»). It returns how many there are.
func obliqueFull(part *group, persons []*group, known func(string) bool) (*group, int) {
	if strings.Contains(part.norm, " ") || utf8.RuneCountInString(part.norm) < 3 {
		return nil, 0
	}
	var found *group
	var renamed string
	n := 0
	for _, g := range persons {
		if g == part || g.merged() {
			continue
		}
		ws := strings.Fields(g.full)
		if known(ws[len(ws)-1]) || slices.ContainsFunc(ws, womanPatronymic) {
			continue
		}
		for _, end := range obliqueEndings {
			if Normalize(ws[len(ws)-1]) != part.norm+end {
				continue
			}
			out := make([]string, len(ws))
			for i, w := range ws {
				stem, ok := strings.CutSuffix(w, end)
				if !ok || utf8.RuneCountInString(stem) < 2 {
					out = nil
					break
				}
				out[i] = stem
			}
			if out != nil {
				found, renamed = g, strings.Join(out, " ")
				n++
			}
			break
		}
	}
	if n != 1 {
		return nil, n
	}
	for i, name := range found.names {
		if name == found.full {
			found.names[i] = renamed
		}
	}
	found.full, found.norm = renamed, Normalize(renamed)
	return found, 1
}

// womanPatronymic reports whether w ends as a woman's patronymic does
// (-овна, -евна, -ична: Ильдаровна, Сергеевна, Ильинична), which no
// man's name in any case does: a name holding one is a woman's as written
// (obliqueFull does not cut «Гульнара Ильдаровна Сафиуллина» to a man's
// «Гульнар Ильдаровн Сафиуллин» beside a «Сафиуллину» read as his).
func womanPatronymic(w string) bool {
	w = strings.ToLower(w)
	return utf8.RuneCountInString(w) > 5 && (strings.HasSuffix(w, "овна") || strings.HasSuffix(w, "евна") || strings.HasSuffix(w, "ична"))
}

// initial returns the first letter of a normalized name, and whether its
// first word is a stop word (which acronyms may skip).
func initial(norm string) (r rune, stop bool) {
	first, _, _ := strings.Cut(norm, " ")
	r, _ = utf8.DecodeRuneInString(first)
	return r, stopWords[first]
}

// inside reports whether every mention of ms lies within a mention of
// outer.
func inside(ms, outer []doc.Mention) bool {
	for _, m := range ms {
		in := false
		for _, o := range outer {
			if o.Start <= m.Start && m.End <= o.End {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// maxEndWords is the most words a partial organization name may have for
// orgPartOf's rules.
const maxEndWords = 4

// orgPartOf is partOf with two more readings of an organization's name a
// as a partial form of b:
//   - b is a followed by the place it belongs to, in the genitive
//     (Конгресс → Конгресс США, МЧС → МЧС России, правительство →
//     правительство Таиланда);
//   - b is a capitalized name a after words that describe it (Google →
//     корпорация Google, ФИФА → Международная федерация футбола ФИФА,
//     ЦСКА → московский ЦСКА);
//   - a is one lower-case noun, the head of b's name after its adjectives
//     (комиссия → Российско-Белорусская межправительственная комиссия по
//     военно-техническому сотрудничеству).
//
// mergePartial merges only when exactly one b fits, so «правительство»
// stays apart when two governments are named.
//
// na and nb are Normalize(a) and Normalize(b), a group's norm (see
// partOfNorm).
func (l *Linker) orgPartOf(typ, a, na, b, nb string) bool {
	if partOfNorm(typ, a, na, b, nb) {
		return true
	}
	if typ == "EVENT" {
		return l.shortenedEvent(a, b) // «Второй мировой» of «Второй мировой войны»
	}
	if typ != "ORGANIZATION" || l == nil || l.Canon == nil || l.Canon.A == nil {
		return false
	}
	if len(strings.Fields(na)) > maxEndWords {
		return false
	}
	if capitalized(a) && spelledKind(na, nb) {
		return true // «Новосибирский НИИ измерительных приборов»
	}
	if rest, ok := strings.CutPrefix(nb, na+" "); ok {
		if strings.HasPrefix(rest, "имени ") && capitalized(a) && strings.Contains(na, " ") {
			// the name without its eponym: «Уральский
			// оптико-механический завод» in a headline, «Уральский
			// оптико-механический завод имени Э. С. Яламова» in the text
			return true
		}
		w := strings.Fields(rest)
		if len(w) == 2 && !strings.Contains(na, " ") && l.subsidiaryWord(strings.Fields(b)[1]) {
			return false
		}
		// (or a lower-case name of two words that opens b: «ученого
		// совета» after «Ученый совет СПбГУ»)
		return len(w) <= 2 && l.place(w[len(w)-1]) || !capitalized(a) && strings.Count(na, " ") == 1
	}
	if !capitalized(a) && !strings.Contains(na, " ") && l.headNoun(nb) == na {
		return true
	}
	if wa, wb := strings.Fields(na), strings.Fields(nb); len(wa) == 2 && wa[1] == "суд" && len(wb) >= 3 && len(wb) <= 5 &&
		wb[0] == wa[0] && courtLevels[wb[1]] && wb[2] == "суд" && capitalized(a) {
		// «Мещанский суд» into «Мещанский районный суд Москвы»: a court
		// is named without its level (not so other kinds: «Уральский
		// завод» is not «Уральский турбинный завод»)
		return len(wb) == 3 || l.place(wb[len(wb)-1])
	}
	if _, ok := strings.CutSuffix(nb, " "+na); ok && capitalized(a) {
		bw := strings.Fields(b)
		kind, adjectives := false, true
		for _, w := range bw[:len(bw)-len(strings.Fields(na))] {
			lemma, ok := l.descriptive(w)
			if !ok {
				return false
			}
			kind = kind || organizationKinds[lemma]
			adjectives = adjectives && !capitalized(w) && l.adjective(w)
		}
		// «московский ЦСКА», «петербургский „Зенит“»: lower-case
		// adjectives alone describe the organization too
		return kind || adjectives
	}
	return false
}

// mergeCorporate merges each organization named by a capitalized Latin
// name into the one other organization named by it and an English noun for
// a company (corporateWords): «Reliance» (with «индийская Reliance»
// already joined to it by mergePartial) into «Reliance Industries». It
// runs after mergePartial, so that the short name's descriptions have
// joined it and do not make it ambiguous.
func mergeCorporate(groups []*group) {
	byName := map[string][]*group{}
	for _, g := range groups {
		if g.merged() || g.typ != "ORGANIZATION" {
			continue
		}
		g.full = g.name()
		g.norm = Normalize(g.full)
		if short, word, ok := strings.Cut(g.norm, " "); ok && corporateWords[word] {
			byName[short] = append(byName[short], g)
		}
	}
	for _, g := range groups {
		if g.merged() || g.typ != "ORGANIZATION" || !latin(g.full) || !capitalized(g.full) || strings.Contains(g.norm, " ") {
			continue
		}
		if long := byName[g.norm]; len(long) == 1 && !long[0].merged() {
			absorb(long[0], g)
		}
	}
}

// corporateWords are the English nouns (normalized) that end a company's
// Latin name and that its short name leaves out: Reliance Industries,
// Alibaba Group, Toyota Motor Corporation's «Corporation».
var corporateWords = map[string]bool{
	"industries": true, "group": true, "holding": true, "holdings": true, "corporation": true,
	"corp": true, "inc": true, "ltd": true, "limited": true, "plc": true, "company": true,
}

// courtLevels are the adjectives of a court's level, which the court's
// short name leaves out («Мещанский суд», «Мещанский районный суд
// Москвы»).
var courtLevels = map[string]bool{
	"районный": true, "межрайонный": true, "городской": true, "областной": true, "краевой": true,
	"окружной": true, "гарнизонный": true, "арбитражный": true,
}

// organizationKinds are nouns that say what kind of organization a name
// that follows them is («корпорация Google», «производитель оборудования
// 3Com»), as opposed to a part of it («факультет МГУ», «совет директоров
// HSBC»).
var organizationKinds = map[string]bool{
	"компания": true, "корпорация": true, "концерн": true, "холдинг": true, "группа": true,
	"банк": true, "сеть": true, "завод": true, "фабрика": true, "комбинат": true,
	"агентство": true, "организация": true, "федерация": true, "фонд": true,
	"газета": true, "журнал": true, "издание": true, "телеканал": true, "канал": true,
	"радиостанция": true, "партия": true, "движение": true, "ассоциация": true,
	"объединение": true, "предприятие": true, "фирма": true, "производитель": true,
	"оператор": true, "сервис": true, "портал": true, "сайт": true, "клуб": true,
	"авиакомпания": true, "автопроизводитель": true, "ритейлер": true, "мессенджер": true,
	"госкорпорация": true, "госкомпания": true, "биржа": true, "издательство": true, "медиахолдинг": true,
	"агрохолдинг": true, "телекомпания": true, "кинокомпания": true, "студия": true, "разработчик": true,
	"перевозчик": true, "авиаперевозчик": true, "застройщик": true, "поставщик": true, "маркетплейс": true,
	"дивизион": true, "филиал": true, "подразделение": true,
}

// legalForms are the abbreviations of legal forms written before a
// company's quoted name, which stands in the nominative after them (АО
// «Аккую Нуклеар», ПАО «Северсталь»).
var legalForms = map[string]bool{
	"ао": true, "оао": true, "зао": true, "пао": true, "нао": true, "ооо": true, "одо": true, "тоо": true,
	"фгуп": true, "гуп": true, "муп": true, "фгбу": true, "гбу": true, "нпо": true, "нко": true, "ано": true,
}

// headNoun returns the first word of the normalized name n after its
// leading adjectives («комиссия» of «российско-белорусская
// межправительственная комиссия по …»), or "".
func (l *Linker) headNoun(n string) string {
	for _, w := range strings.Fields(n) {
		ps := l.Canon.A.Parse(w)
		if len(ps) == 0 {
			return ""
		}
		switch ps[0].Tag.POS() {
		case morph.ADJF, morph.PRTF:
			continue
		case morph.NOUN:
			return w
		}
		return ""
	}
	return ""
}

// subsidiaryWord reports whether w, the word after a company's name that
// opens a longer name, is a lower-case word in the nominative that is
// neither a genitive nor a preposition: the business of a subsidiary named
// by its parent and its place («Газпром трансгаз Москва», «Газпром добыча
// Надым»), not the parent in a place.
func (l *Linker) subsidiaryWord(w string) bool {
	if w == "" || !tokenize.StartsLower(w) {
		return false
	}
	for _, p := range l.Canon.A.Parse(strings.ToLower(w)) {
		if p.Tag.Case() == morph.Gent || p.Tag.POS() != morph.NOUN {
			return false
		}
	}
	return true
}

// place reports whether the normalized word w names a country or another
// place: a dictionary place name (Geox) or a country's short name in
// countryAliases (сша, рф, кнр).
func (l *Linker) place(w string) bool {
	if _, ok := countryAliases[w]; ok || countryShortNames[w] {
		return true
	}
	for _, p := range l.Canon.A.Parse(w) {
		if p.Tag.Is(morph.Geox) {
			return true
		}
	}
	return false
}

// descriptive reports whether w is a common word describing an
// organization (корпорация, социальная, сети, федерация, футбола): its
// likeliest reading is a noun or an adjective that is not a name. It
// returns that reading's lemma.
func (l *Linker) descriptive(w string) (string, bool) {
	ps := l.Canon.A.Parse(w)
	if len(ps) == 0 {
		return "", false
	}
	t := ps[0].Tag
	if t.POS() != morph.NOUN && t.POS() != morph.ADJF || properTag(t) || t.Is(morph.Abbr) {
		return "", false
	}
	return ps[0].Normal, true
}

// unique returns the one group of cands, other than part and not merged,
// whose name part is a partial form of by match, and how many there are.
func unique(part *group, cands []*group, match func(part, full *group) bool) (*group, int) {
	matched := matching(part, cands, match)
	if len(matched) == 0 {
		return nil, 0
	}
	return matched[len(matched)-1], len(matched)
}

// matching returns the groups of cands that match part, but part itself
// and merged groups, each once; of several, those nested in another are
// dropped when part is capitalized (see unique).
func matching(part *group, cands []*group, match func(part, full *group) bool) []*group {
	var matched []*group
	seen := map[*group]bool{}
	for _, full := range cands {
		if full == part || full.merged() || seen[full] {
			continue
		}
		seen[full] = true
		if match(part, full) {
			matched = append(matched, full)
		}
	}
	if len(matched) > 1 && capitalized(part.full) {
		matched = slices.DeleteFunc(matched, func(g *group) bool { return nestedIn(g, matched) })
	}
	return matched
}

// byNames turns a test of two names of a type into one of two groups by
// their names.
func byNames(match func(typ, a, b string) bool) func(part, full *group) bool {
	return func(part, full *group) bool { return match(part.typ, part.full, full.full) }
}

// nestedIn reports whether g is the beginning of the name of another group
// of gs, each of its mentions inside one of that group's: «Генеральная
// прокуратура» nested in «Генеральная прокуратура РФ» (refine tags both,
// as NEREL does), which a capitalized partial name («Генпрокуратура») that
// matches both belongs to; a head noun alone («прокуратура») stays apart.
func nestedIn(g *group, gs []*group) bool {
	for _, o := range gs {
		if o != g && strings.HasPrefix(o.norm, g.norm+" ") && inside(g.mentions, o.mentions) {
			return true
		}
	}
	return false
}

// looserPerson reports whether a, a person's name of one or two words
// that partialPerson did not place, is still a partial form of the longer
// name b: b's first name alone or with the patronymic (Алла, Борис
// Николаевич → Борис Николаевич Ельцин), or b's surname in a form the
// canonicalizer did not recognize (Лофнеру → Джаред Лофнер; Кадырова, read
// as a woman's surname, → Рамзан Кадыров): the surname and one to three
// more letters.
func looserPerson(_, a, b string) bool {
	aw, bw := strings.Fields(Normalize(a)), strings.Fields(Normalize(b))
	if len(aw) == 0 || len(aw) >= len(bw) || len(aw) > 2 || !capitalized(a) {
		return false
	}
	if slices.Equal(aw, bw[:len(aw)]) {
		return !isInitial(strings.Fields(a)[0])
	}
	if len(aw) > 1 {
		return false
	}
	w, last := aw[0], bw[len(bw)-1]
	n, lw, ll := commonPrefix(w, last), utf8.RuneCountInString(w), utf8.RuneCountInString(last)
	return n >= 3 && n == ll && lw > n && lw-n <= 3
}

// mergeInflectedPersons merges each person whose full name is another's
// with case endings the canonicalizer left on words it did not know
// (inflectedPerson; or the genitive -а on every word, genitivePerson, whose
// words the dictionary does not know, known; or a man's genitive read as a
// woman's name, manGenitive), or whose surname is another's
// cut short (cutSurname),
// into that person, when there is one such other, and names the person by
// the other's name: «Антониу Гутерришу» (with a
// «Гутерришу» already merged into it) into «Антониу Гутерриш». It runs
// after mergePartial, so that partial names have joined the full name
// they match as written.
func mergeInflectedPersons(groups []*group, known func(string) bool, manGenitive func(_, a, b string) bool) {
	byLast := map[string][]*group{} // the persons of two words or more, by the first three letters of their last word
	var persons []*group
	for _, g := range groups {
		if g.merged() || g.typ != "PERSON" {
			continue
		}
		name := g.name()
		if w := strings.Fields(Normalize(name)); len(w) >= 2 {
			g.full, g.norm = name, Normalize(name)
			k := tokenize.Prefix(w[len(w)-1], 3)
			byLast[k] = append(byLast[k], g)
			persons = append(persons, g)
		}
	}
	for _, part := range persons {
		w := strings.Fields(Normalize(part.full))
		cands := byLast[tokenize.Prefix(w[len(w)-1], 3)]
		target, count := unique(part, cands, byNames(inflectedPerson))
		if count == 0 {
			target, count = unique(part, cands, byNames(genitivePerson(known)))
		}
		if count == 0 && manGenitive != nil && onlyWrittenAs(part, part.full) && !known(lastWord(part.full)) {
			// (a woman named so in other cases too, «Мирославы
			// Немцовой», is no man's genitive; nor is a surname the
			// dictionary knows, which the canonicalizer reads in its
			// case: «Александра Петрова и Александр Петров пришли»)
			target, count = unique(part, cands, byNames(manGenitive))
		}
		if count == 0 {
			if target, count = unique(part, cands, byNames(cutSurname)); count == 1 && !writtenAs(target, target.full) {
				count = 0
			}
		}
		if count != 1 {
			continue
		}
		for i := range part.alias {
			part.alias[i] = true // the nominative names the person
		}
		absorb(target, part)
	}
}

// cutSurname reports whether a is b's name of two words with b's surname
// misread, as the canonicalizer reads a surname it does not know in an
// oblique case: a surname in -а cut after the consonant («Степан Бандер»
// beside «Степан Бандера», «Хосеп Гвардиол» beside «Хосеп Гвардиола»), or
// a woman's adjectival surname read as one in -а («Ирина Ярова», of
// «Ириной Яровой», beside «Ирина Яровая»). The first names are the same;
// for a cut surname the first ends in a consonant: a first name that
// declines stands in the nominative, so its surname does too («Джо
// Локхарта», with an undeclined first name, may be a genitive).
// mergeInflectedPersons also wants b written so in the text (writtenAs):
// «Брэд Питта» is the canonicalizer's, of «Брэда Питта».
func cutSurname(_, a, b string) bool {
	aw, bw := strings.Fields(Normalize(a)), strings.Fields(Normalize(b))
	if len(aw) != 2 || len(bw) != 2 || !capitalized(a) || aw[0] != bw[0] ||
		utf8.RuneCountInString(aw[1]) < 3 || strings.ContainsAny(a, "-.0123456789") {
		return false
	}
	if stem, ok := strings.CutSuffix(aw[1], "а"); ok && bw[1] == stem+"ая" {
		return true
	}
	first, _ := utf8.DecodeLastRuneInString(aw[0])
	last, _ := utf8.DecodeLastRuneInString(aw[1])
	return bw[1] == aw[1]+"а" && !strings.ContainsRune(vowelLetters+"йь", first) && !strings.ContainsRune(vowelLetters+"йь", last)
}

// lastWord returns the last word of name.
func lastWord(name string) string {
	w := strings.Fields(name)
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// onlyWrittenAs reports whether every mention of g is written as name.
func onlyWrittenAs(g *group, name string) bool {
	norm := Normalize(name)
	return !slices.ContainsFunc(g.mentions, func(m doc.Mention) bool { return Normalize(m.Text) != norm })
}

// writtenAs reports whether some mention of g is written as name.
func writtenAs(g *group, name string) bool {
	norm := Normalize(name)
	return slices.ContainsFunc(g.mentions, func(m doc.Mention) bool { return Normalize(m.Text) == norm })
}

// inflectedPerson reports whether a, a person's full name, is b, another
// full name of as many words, with case endings the canonicalizer left on
// some words because it did not know them: «Антониу Гутерришу» and
// «Джо Локхарту» beside «Антониу Гутерриш» and «Джо Локхарт», «Каи
// Каллас» beside «Кая Каллас», «Элле Памфиловой» (named «Элле
// Памфилова») beside «Элла Памфилова». Each word of a is the word of b or
// b's word with an oblique ending (obliqueForm); at least one is so.
func inflectedPerson(_, a, b string) bool {
	aw, bw := strings.Fields(Normalize(a)), strings.Fields(Normalize(b))
	if len(aw) < 2 || len(aw) != len(bw) || !capitalized(a) {
		return false
	}
	differ := false
	for i, w := range aw {
		if w == bw[i] {
			continue
		}
		if !obliqueForm(w, bw[i]) && !(i == len(aw)-1 && syllabicGenitive(aw, bw)) {
			return false
		}
		differ = true
	}
	return differ
}

// syllabicGenitive reports whether a name of three words or more, a, is
// the East Asian name b of as many words in the genitive, its last
// syllable with -а where the dictionary reads the form as another word
// («Ли Дже Мёна», a «мена», beside «Ли Дже Мён»): the words before the
// last are the same, each of at most four letters (undeclined syllables:
// Ли, Дже, Ким, Чен; a Russian first name and patronymic decline with
// the surname), and the last is b's, ending in a consonant, with «а».
func syllabicGenitive(aw, bw []string) bool {
	n := len(aw)
	if n < 3 || len(bw) != n || !slices.Equal(aw[:n-1], bw[:n-1]) ||
		slices.ContainsFunc(aw[:n-1], func(w string) bool { return utf8.RuneCountInString(w) > 4 }) {
		return false
	}
	if soft, ok := strings.CutSuffix(bw[n-1], "ь"); ok && utf8.RuneCountInString(soft) >= 2 && !strings.ContainsRune(vowelLetters+"йь", lastRune(soft)) {
		// a last syllable in a soft consonant («Фам Минь Тинь»): -я,
		// -ю, -ем, -е («Фам Минь Тиня», «Фам Минь Тиню», the guesser's
		// «тиня»)
		rest, ok := strings.CutPrefix(aw[n-1], soft)
		return ok && slices.Contains(softSyllableEndings, rest)
	}
	stem, ok := strings.CutSuffix(aw[n-1], "а")
	return ok && stem == bw[n-1] && utf8.RuneCountInString(stem) >= 2 && !strings.ContainsRune(vowelLetters+"йь", lastRune(stem))
}

// softSyllableEndings are the oblique endings of a man's name in a soft
// consonant (Тинь: Тиня, Тиню, Тинем, Тине).
var softSyllableEndings = []string{"я", "ю", "ем", "е"}

// obliqueForm reports whether w is the name nom (lower case, one word) in
// an oblique case: nom ending in a consonant and at least three letters long
// with a man's oblique singular ending after it (Локхарт: Локхарту), or
// nom in -а/-я with another ending after its stem of at least two letters
// (Кая: Каи, Элла: Элле). An -а after a consonant is no such ending: it
// ends the nominative of women's names and of surnames in -а as often
// (Немцова, Бандера), which the canonicalizer may have given a man's form.
func obliqueForm(w, nom string) bool {
	if strings.ContainsAny(w, "-.0123456789") || strings.ContainsAny(nom, "-.0123456789") {
		return false
	}
	if rest, ok := strings.CutPrefix(w, nom); ok && utf8.RuneCountInString(nom) >= 3 {
		last, _ := utf8.DecodeLastRuneInString(nom)
		return !strings.ContainsRune(vowelLetters+"йь", last) && slices.Contains(manObliqueEndings, rest)
	}
	stem, ok := strings.CutSuffix(nom, "а")
	if !ok {
		stem, ok = strings.CutSuffix(nom, "я")
	}
	if !ok || utf8.RuneCountInString(stem) < 2 {
		return false
	}
	rest, ok := strings.CutPrefix(w, stem)
	return ok && slices.Contains(vowelEndings, rest)
}

// mergeInflected joins organizations whose names are the same words in
// other forms: «Газпром нефти» (a quoted name after «правления», which the
// canonicalizer leaves as written) is «Газпром нефть». The key is the
// likeliest lemma of each word, quotes aside; the entity is named by the
// name already in that form, when one is. Facilities are joined so too:
// «с Восточного», whose genitive the canonicalizer reads as the neuter
// «Восточное», is the «космодром Восточный» of the same text (one
// capitalized word only; NEREL train: the three names it joined so of
// other words were «памятник Ленину» and the plural «памятники»).
func (l *Linker) mergeInflected(groups []*group) {
	if l == nil || l.Canon == nil || l.Canon.A == nil {
		return
	}
	first := map[string]*group{}
	for _, g := range groups {
		if g.merged() || g.typ != "ORGANIZATION" && g.typ != "FACILITY" {
			continue
		}
		name := g.name()
		if g.typ == "FACILITY" && (strings.ContainsAny(name, " «\"") || !capitalized(name)) {
			// (a facility of one capitalized word only: «памятник Ленину»
			// and «памятники Ленину» of one text are two)
			continue
		}
		norm := strings.ReplaceAll(Normalize(name), `"`, "")
		var key []string
		for _, w := range strings.Fields(norm) {
			lemma := w
			if ps := l.Canon.A.Parse(w); len(ps) > 0 {
				lemma = Normalize(ps[0].Normal)
			}
			key = append(key, lemma)
		}
		k := g.typ + " " + strings.Join(key, " ")
		f, ok := first[k]
		if !ok {
			first[k] = g
			if g.typ+" "+norm == k && g.short == "" {
				g.short = Normalize(name)
			}
			continue
		}
		fn := strings.ReplaceAll(Normalize(f.name()), `"`, "")
		absorb(f, g)
		f = root(f)
		if nom, ok := caseForms(fn, norm); ok && nom == 0 && f.short == "" {
			// «Автодор» and «Автодору», both read as forms of the
			// guessed «автодора»: the stem the text writes with no
			// ending is the nominative (caseForms)
			f.short = fn
		} else if f.typ+" "+norm == k && f.short == "" {
			f.short = Normalize(name)
		}
	}
	// The guesser's lemmas of words the dictionary does not know need not
	// agree («Скайтек» → скайтечь, «Скайтека» → скайтека): a one-word
	// name that is another one-word name with a case ending is the same
	// organization, named by its nominative.
	var ones []*group
	for _, g := range groups {
		if !g.merged() && g.typ == "ORGANIZATION" && capitalized(strings.Trim(g.name(), "«»\"„“”")) && len(strings.Fields(g.name())) == 1 {
			ones = append(ones, g)
		}
	}
	for i, a := range ones {
		for _, b := range ones[i+1:] {
			if a.merged() || b.merged() {
				continue
			}
			an, bn := Normalize(a.name()), Normalize(b.name())
			nom, ok := caseForms(strings.ReplaceAll(an, `"`, ""), strings.ReplaceAll(bn, `"`, ""))
			if !ok {
				continue
			}
			absorb(a, b)
			if nom == 1 {
				a.short = bn
			} else {
				a.short = an
			}
		}
	}
	// A one-word name in another case than the nominative quoted in a
	// longer name after a kind of organization is that organization:
	// «правления „Автодора“» after «Государственной компанией „Автодор“»,
	// when only one name quotes it so («департамент … „Газпрома“» is no
	// such name).
	type quote struct {
		g *group
		q string // a name quoted after a kind of organization in g's name
	}
	var quotes []quote // (computed once: absorbing one-word names changes none)
	for _, b := range groups {
		if b.merged() || b.typ != "ORGANIZATION" || len(strings.Fields(b.name())) < 2 {
			continue
		}
		bn := Normalize(b.name())
		for _, q := range quotedSegments(bn) {
			before, _, _ := strings.Cut(bn, `"`+q+`"`)
			if kind := strings.Fields(before); len(kind) > 0 && l.Canon.kindOfOrganization(kind[len(kind)-1]) {
				quotes = append(quotes, quote{b, q})
			}
		}
	}
	for _, a := range ones {
		if a.merged() {
			continue
		}
		an := strings.ReplaceAll(Normalize(a.name()), `"`, "")
		var target *group
		n := 0
		for _, bq := range quotes {
			if bq.g == a || bq.g == target {
				continue
			}
			if nom, ok := caseForms(an, bq.q); ok && nom == 1 {
				target = bq.g
				n++
			}
		}
		if n == 1 {
			absorb(target, a)
		}
	}
}

// manObliqueEndings are the endings of a man's name in a consonant in the
// oblique cases of the singular that no nominative has.
var manObliqueEndings = []string{"у", "ю", "ом", "ем", "е"}

// Case endings of nouns after a stem ending in a consonant («Скайтек»:
// Скайтека, Скайтеку, Скайтеком, Скайтеке) and after the stem of a noun in
// -а/-я («Скайтека»: Скайтеки, Скайтеке, Скайтеку, Скайтекой).
var (
	consonantEndings = []string{"а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "я", "ю", "ем", "и", "ей", "ям", "ями", "ях"}
	vowelEndings     = []string{"ы", "и", "е", "у", "ю", "ой", "ою", "ей", "ею"}
)

// caseForms reports whether the one-word names a and b (lower case) are
// forms of one noun that differ in their case endings, and which of them
// (0 or 1) is the nominative: a stem of at least four letters ending in a
// consonant and that stem with a case ending, or a stem with -а/-я and the
// same stem with another ending.
func caseForms(a, b string) (nom int, ok bool) {
	if a == b || strings.ContainsAny(a+b, " -.0123456789") {
		return 0, false
	}
	for i, p := range [2][2]string{{a, b}, {b, a}} {
		short, long := p[0], p[1]
		if utf8.RuneCountInString(short) < 4 || !strings.HasPrefix(long, short) {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(short)
		if !strings.ContainsRune(vowelLetters+"йь", last) && slices.Contains(consonantEndings, long[len(short):]) {
			return i, true
		}
	}
	for i, p := range [2][2]string{{a, b}, {b, a}} {
		nomn, other := p[0], p[1]
		stem, ok := strings.CutSuffix(nomn, "а")
		if !ok {
			stem, ok = strings.CutSuffix(nomn, "я")
		}
		if ok && utf8.RuneCountInString(stem) >= 4 && strings.HasPrefix(other, stem) && slices.Contains(vowelEndings, other[len(stem):]) {
			return i, true
		}
	}
	return 0, false
}

// sameNameTypes are the types whose groups mergeSameName merges.
var sameNameTypes = map[string]bool{"ORGANIZATION": true, "COUNTRY": true, "CITY": true, "STATE_OR_PROVINCE": true, "DISTRICT": true, "LOCATION": true}

// mergeSameName absorbs each group of type typ into the first of same with
// its normalized full name (sameNameKey), and returns the groups left
// standing.
func mergeSameName(typ string, same []*group) []*group {
	first := map[string]*group{}
	kept := same[:0:0]
	var roots map[string]string
	if typ == "STATE_OR_PROVINCE" {
		roots = regionShortKeys(same)
	}
	for _, g := range same {
		k := sameNameKey(typ, g.norm)
		if r := regionKey(k, roots); r != "" {
			// «Ставрополье» beside «Ставропольский край»
			k = r
		}
		if f, ok := first[k]; ok && k != "" {
			absorb(f, g)
			if (k != f.norm || k != g.norm) && placeTypes[typ] {
				// (an organization's aliases name no one of them)
				f.short = k
			}
			continue
		}
		first[k] = g
		kept = append(kept, g)
	}
	return kept
}

// sameNameKey is the key under which mergeSameName merges a normalized name:
// the name itself, except that a country's or region's name loses a
// leading «республика» («Республика Беларусь» = «Беларусь», «Республика
// Татарстан» = «Татарстан») and the formal names of countries news write
// both ways go to the short one (countryAliases), as organizations' other
// names go to one key (organizationAliases).
func sameNameKey(typ, norm string) string {
	if typ == "ORGANIZATION" {
		if a, ok := organizationAliases[norm]; ok {
			return a
		}
		return bodyAliasKey(bankKey(norm))
	}
	if !placeTypes[typ] {
		return norm
	}
	norm = strings.TrimPrefix(norm, "республика ")
	if a, ok := countryAliases[norm]; ok {
		return a
	}
	if a, ok := regionAliases[norm]; ok && typ == "STATE_OR_PROVINCE" {
		return a
	}
	return norm
}

// organizationAliases maps the normalized names of organizations that news
// name in ways no acronym or stump compound relates (acronymOf,
// syllabicOf) to one key: Russia's central bank above all («ЦБ»,
// «Центробанк», «Банк России»), and «ЕС» with «Евросоюз», which meet only
// through «Европейский союз».
var organizationAliases = map[string]string{
	"цб": "банк россии", "цб рф": "банк россии", "центробанк": "банк россии", "центробанк рф": "банк россии",
	"центробанк россии": "банк россии", "центральный банк": "банк россии", "центральный банк россии": "банк россии",
	"центральный банк рф": "банк россии", "центральный банк российской федерации": "банк россии",
	"сбер": "сбербанк", "пентагон": "министерство обороны сша", "госдеп": "госдепартамент",
	"госдеп сша": "госдепартамент", "госдепартамент сша": "госдепартамент",
	"государственный департамент сша": "госдепартамент",
	"ес": "европейский союз", "евросоюз": "европейский союз",
	"еаэс": "евразийский экономический союз", // (its letters are not the initials)
}

// bodyAliasWords map a first word and a last word of a normalized
// organization's name to the one wording bodyAliasKey gives it: a body
// named by its short noun («Совбез ООН») or of a union named by its short
// name in the genitive («Совет ЕС», «Совет Евросоюза») is the body of the
// full name news give it beside them («Совет Безопасности ООН», «Совет
// Европейского союза»).
var (
	bodyAliasFirst = map[string]string{"совбез": "совет безопасности"}
	bodyAliasLast  = map[string]string{"ес": "европейского союза", "евросоюза": "европейского союза"}
)

// bodyAliasKey returns norm, a normalized organization's name of two words
// or more, with its first and last word written as bodyAliasWords give
// them, so that mergeSameName merges «Совбез ООН» with «Совет Безопасности
// ООН» and «Совет ЕС» with «Совет Евросоюза». A one-word name is left to
// organizationAliases («ЕС», «Евросоюз»).
func bodyAliasKey(norm string) string {
	first, rest, ok := strings.Cut(norm, " ")
	if !ok {
		return norm
	}
	if a, ok := bodyAliasFirst[first]; ok {
		norm = a + " " + rest
	}
	if i := strings.LastIndexByte(norm, ' '); i > 0 {
		if a, ok := bodyAliasLast[norm[i+1:]]; ok {
			norm = norm[:i+1] + a
		}
	}
	return norm
}

// countryAliases maps normalized formal names of countries to the short
// names news use beside them.
var countryAliases = map[string]string{
	"российская федерация": "россия",
	"рф": "россия",
	"соединенные штаты америки":     "сша",
	"соединенные штаты":             "сша",
	"китайская народная республика": "китай",
	"кнр":         "китай",
	"поднебесная": "китай",
	"федеративная республика германия": "германия",
	"фрг": "германия",
	"соединенное королевство": "великобритания",
	"британия": "великобритания",
	"корейская народно-демократическая республика": "кндр",
	"северная корея":                            "кндр",
	"республика корея":                          "южная корея",
	"французская республика":                    "франция",
	"итальянская республика":                    "италия",
	"советский союз":                            "ссср",
	"союз советских социалистических республик": "ссср",
	"объединенные арабские эмираты":             "оаэ",
	"белоруссия":                                "беларусь",
	"молдавия":                                  "молдова",
	"киргизия":                                  "кыргызстан",
	"чеченская республика":                      "чечня",
	"подмосковье":                               "московская область",
	"петербург":                                 "санкт-петербург",
	"питер":                                     "санкт-петербург",
}

// countryShortNames are the short names countryAliases gives.
var countryShortNames = func() map[string]bool {
	m := map[string]bool{}
	for _, a := range countryAliases {
		m[a] = true
	}
	return m
}()

// quotedSegments returns the texts between consecutive quote marks of a
// normalized name (where Normalize wrote every quote mark as ").
func quotedSegments(norm string) []string {
	var out []string
	for {
		i := strings.IndexByte(norm, '"')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(norm[i+1:], '"')
		if j < 0 {
			return out
		}
		out = append(out, norm[i+1:i+1+j])
		norm = norm[i+1:]
	}
}

// partOf reports whether name a is a partial form of name b of the same type.
func partOf(typ, a, b string) bool {
	return partOfNorm(typ, a, Normalize(a), b, Normalize(b))
}

// partOfNorm is partOf with the names' normalized forms na and nb given
// (a group's norm), so that comparing a group with many others folds its
// name once.
func partOfNorm(typ, a, na, b, nb string) bool {
	if na == nb {
		return false
	}
	if typ == "PERSON" {
		return partialPerson(a, b)
	}
	if q := quotedNorm(na); q != "" && strings.Contains(nb, `"`+q+`"`) {
		// «Купол» or ИЭМЗ «Купол» into … «Купол»: b is longer — unless b is
		// a body of the organization («Совет директоров ПАО „МТС“»), or a
		// post: «директоров „Аэрофлота“» (its board) is not «генеральный
		// директор „Аэрофлота“»
		return typ != "PROFESSION" && better(b, a) && !bodyOf(nb)
	}
	if acronym(a) && !acronym(b) {
		fa := strings.Fields(a)
		if len(fa) == 1 {
			return acronymOf(fa[0], b)
		}
		if len(fa) >= 3 && strings.ToLower(fa[1]) == "имени" {
			// «НМИЦ имени Мешалкина» into «Национальный медицинский
			// исследовательский центр имени академика Е. Н. Мешалкина»:
			// the acronym spells the words before «имени», and the two
			// names after it end in the same word
			_, after, ok := strings.Cut(nb, " имени ")
			wa := strings.Fields(na)
			wb := strings.Fields(after)
			return ok && len(wb) > 0 && wb[len(wb)-1] == wa[len(wa)-1] && acronymOf(fa[0], b)
		}
		if len(fa) == 2 && acronym(fa[1]) && acronymOf(fa[0], b) && quotedAcronym(fa[1], b) {
			return true // «НИУ ВШЭ» into «Национальный исследовательский университет „Высшая школа экономики“»
		}
		// «МИД России»: the words after the acronym end b too («Министерство
		// иностранных дел России», not the ministry of «Министерство
		// иностранных дел» alone)
		head, ok := strings.CutSuffix(nb, " "+Normalize(strings.Join(fa[1:], " ")))
		return ok && acronymOf(fa[0], head)
	}
	if typ == "ORGANIZATION" && bankOwnName(na, nb) {
		return true // «Ак Барс» into «Ак Барс Банк»
	}
	if compoundWord(a) && !acronym(b) && (syllabicOf(na, b) || supervisionAlias(na, nb) || fixedMinistry(a) && syllabicOf(ministryStem(na), b) || obliqueCompound(a, na, b)) {
		return true
	}
	if fa := strings.Fields(na); len(fa) >= 2 && (typ == "ORGANIZATION" || typ == "FACILITY") && !acronym(b) {
		// «Иркутский авиазавод» into «Иркутский авиационный завод»: the
		// words before the last open b, and the last is a stump compound
		// of the rest (not the rest's first word whole: «профессор
		// экономики» is not «… экономики и предпринимательства»)
		last := fa[len(fa)-1]
		rest, ok := strings.CutPrefix(nb, strings.Join(fa[:len(fa)-1], " ")+" ")
		if first, _, two := strings.Cut(rest, " "); ok && two && !strings.HasPrefix(last, first) && syllabicOf(last, rest) {
			return true
		}
	}
	if fa := strings.Fields(a); len(fa) >= 2 && acronym(fa[len(fa)-1]) && !acronym(b) {
		// «Кольская ГМК» into «Кольская горно-металлургическая компания»:
		// the words before the acronym open b, and the acronym spells the
		// rest; an ordinal in digits opens it in any case («40-го ММКФ»
		// into «40-й Московский международный кинофестиваль»)
		pre := ordinalStems(Normalize(strings.Join(fa[:len(fa)-1], " "))) + " "
		rest, ok := strings.CutPrefix(ordinalStems(nb), pre)
		return ok && acronymOf(fa[len(fa)-1], rest)
	}
	return false
}

// compoundWord reports whether s is one capitalized word of five or more
// letters, not all capitals: the shape of a stump compound (Совфед,
// Минобороны, Мосгорсуд).
func compoundWord(s string) bool {
	rs := []rune(s)
	if len(rs) < 5 || strings.ContainsAny(s, " \"«»") || !unicode.IsUpper(rs[0]) || acronym(s) {
		return false
	}
	for _, r := range rs {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// syllabicOf reports whether the stump compound w (normalized) is made of
// the beginnings of consecutive words of name, at least two, each of two
// letters or more (or the whole word), prepositions and conjunctions
// skippable: совфед = сов(ет) фед(ерации), минобороны = мин(истерство)
// обороны, мосгорсуд = мос(ковский) гор(одской) суд, минпромторг =
// мин(истерство) пром(ышленности) и торг(овли).
func syllabicOf(w, name string) bool {
	var words [][]rune
	for _, x := range strings.FieldsFunc(Normalize(name), func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '"' }) {
		words = append(words, []rune(x))
	}
	return len(words) >= 2 && stumps([]rune(strings.ReplaceAll(w, "-", "")), words, 0)
}

// stumps reports whether a is spelt by the beginnings of words, used is
// how many words have given letters so far (at least two by the end).
func stumps(a []rune, words [][]rune, used int) bool {
	if len(a) == 0 {
		return used >= 2
	}
	if len(words) == 0 {
		return false
	}
	w := words[0]
	if used > 0 && stopWords[string(w)] && stumps(a, words[1:], used) {
		return true
	}
	n := 0
	for n < len(w) && n < len(a) && (w[n] == a[n] || stumpEnd(a, n) && w[n] == 'и') {
		n++
	}
	for k := n; k >= 2 || k == len(w) && k > 0; k-- {
		if stumps(a[k:], words[1:], used+1) {
			return true
		}
	}
	return false
}

// stumpEnd reports whether a[n] is a short name's final «й» after a vowel,
// which spells the «и» of the word it stumps: «Минстрой» of «министерство
// строительства», as «строй» of «строительство».
func stumpEnd(a []rune, n int) bool {
	return n == len(a)-1 && n > 0 && a[n] == 'й' && strings.ContainsRune("аеиоуыэюя", a[n-1])
}

// quoted returns the normalized text inside the first pair of quotes of s
// (or after a last quote that is not closed), or all of s when it is a single
// word (a bare short name such as Купол).
func quoted(s string) string {
	return quotedNorm(Normalize(s))
}

// quotedNorm is quoted of a name already normalized.
func quotedNorm(n string) string {
	if i := strings.IndexByte(n, '"'); i >= 0 {
		if j := strings.IndexByte(n[i+1:], '"'); j > 0 {
			return n[i+1 : i+1+j]
		}
		if j := strings.IndexByte(n[i+1:], '"'); j < 0 && i > 0 && i+1 < len(n) {
			// a mention that leaves out the closing quote (воздушно-космической
			// обороны «Алмаз-Антей)
			return n[i+1:]
		}
	}
	if !strings.ContainsRune(n, ' ') && !strings.ContainsRune(n, '"') {
		return n
	}
	return ""
}

// partialPerson reports whether a is a less complete form of b's name:
// b's surname alone, or with initials or fewer first names that match b's,
// or with the particles that open it in b («Де Ла Гранвиль», capitalized
// at a sentence's start, of «Николя де Ла Гранвиль»).
func partialPerson(a, b string) bool {
	aw, bw := personFields(a), personFields(b)
	if len(aw) > len(bw) || len(bw) < 2 {
		return false
	}
	if Normalize(aw[len(aw)-1]) != Normalize(bw[len(bw)-1]) {
		return false
	}
	if n := len(aw); n < len(bw) && (nameParticles[strings.ToLower(aw[0])] || innerParticle(aw)) {
		// «фон дер Ляйен», «Лула да Силва»: a surname of words joined by a
		// particle ends the full name
		return Normalize(a) == Normalize(strings.Join(bw[len(bw)-n:], " "))
	}
	less := len(aw) < len(bw)
	for i, w := range aw[:len(aw)-1] {
		r, _ := utf8.DecodeRuneInString(w)
		b0, _ := utf8.DecodeRuneInString(bw[i])
		if unicode.ToLower(r) != unicode.ToLower(b0) {
			return false
		}
		switch {
		case isInitial(w) && !isInitial(bw[i]), abbreviates(w, bw[i]):
			less = true
		case Normalize(w) != Normalize(bw[i]):
			return false
		}
	}
	return less
}

// innerParticle reports whether a word of ws after the first and before the
// last is a name particle written in small letters: «да» in «Лула да
// Силва», «де» in «Гарсиа де Лима».
func innerParticle(ws []string) bool {
	for i := 1; i < len(ws)-1; i++ {
		if nameParticles[ws[i]] {
			return true
		}
	}
	return false
}

// bodies are the beginnings of normalized names of a body or part of an
// organization named after it: «Совет директоров ПАО „МТС“», «пресс-служба
// „Аэрофлота“» are not «МТС» and «Аэрофлот».
var bodies = []string{"совет директоров ", "наблюдательный совет ", "правление ", "пресс-служба ", "пресс-центр ",
	"руководство ", "менеджмент ", "профсоюз ", "акционеры ", "служба безопасности ", "филиал ", "представительство ",
	"дочерняя компания ", "дочка ", "совет акционеров ", "собрание акционеров ", "общее собрание "}

// bodyOf reports whether the normalized name norm opens with one of bodies.
func bodyOf(norm string) bool {
	for _, b := range bodies {
		if strings.HasPrefix(norm, b) {
			return true
		}
	}
	return false
}

// acronym reports whether s starts with a word of 2–8 capital letters
// (ФСВТС, ИЭМЗ «Купол», NATO), or of capitals with up to two small
// letters inside that ends in a capital (СПбГУ, КамАЗ).
func acronym(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 {
		return false
	}
	upper, lower := 0, 0
	var last rune
	for i, r := range w[0] {
		switch {
		case unicode.IsUpper(r):
			upper++
		case i > 0 && unicode.IsLower(r):
			lower++
		default:
			return false
		}
		last = r
	}
	return upper >= 2 && upper+lower <= 8 && (lower == 0 || lower <= 2 && unicode.IsUpper(last))
}

// quotedAcronym reports whether the quoted part that ends name is acr
// itself («МИСИС» of «… университет „МИСИС“») or spelt by it («ВШЭ» of
// «… „Высшая школа экономики“»): the second word of a two-acronym name of
// a university, whose first spells the words before the quote.
func quotedAcronym(acr, name string) bool {
	i := strings.IndexAny(name, "«\"")
	if i < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(name[i:])
	q := strings.TrimRight(name[i+size:], "»\" ")
	if q == "" || strings.ContainsAny(q, "«»\"") {
		return false
	}
	return strings.EqualFold(q, acr) || acronymOf(acr, q)
}

// stopWords are skipped when an acronym is built from a name.
var stopWords = map[string]bool{"по": true, "и": true, "в": true, "на": true, "с": true, "для": true, "of": true, "and": true, "the": true, "for": true}

// acronymOf reports whether acr can be read off name's words, up to a
// quoted part or «имени» and the name after it: each word (hyphenated parts count as words) gives its initial
// and possibly further letters of itself in order (ИЭМЗ from Ижевский
// ЭлектроМеханический Завод); prepositions and conjunctions may be skipped.
func acronymOf(acr, name string) bool {
	if i := strings.IndexAny(name, "«\""); i > 0 {
		name = name[:i]
	}
	if i := strings.Index(strings.ToLower(name), " имени "); i > 0 {
		name = name[:i] // МГУ: «Московский государственный университет имени М. В. Ломоносова»
	}
	var words [][]rune
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
		words = append(words, []rune(strings.ToUpper(w)))
	}
	// (a small letter of the acronym, «б» of СПбГУ, stands for a letter
	// inside the word, «Петербургского», not for a word)
	a := []rune(acr)
	return len(a) >= 2 && len(words) >= 2 && spells(a, words)
}

// spells reports whether the acronym a is spelt by words (upper case),
// each word giving its initial (or, for stop words, nothing) and then
// later letters of itself that start a part of a compound (morphemeStart),
// or any later letter for a small letter of a.
func spells(a []rune, words [][]rune) bool {
	if len(words) == 0 {
		return len(a) == 0
	}
	w := words[0]
	if stopWords[strings.ToLower(string(w))] && spells(a, words[1:]) {
		return true
	}
	if len(a) == 0 || unicode.ToUpper(a[0]) != w[0] {
		return false
	}
	// the word gives its initial, then letters a[1:k] found in order in w[1:]
	pos := 1
	for k := 1; ; k++ {
		if spells(a[k:], words[1:]) {
			return true
		}
		if k >= len(a) {
			return false
		}
		for pos < len(w) && (w[pos] != unicode.ToUpper(a[k]) || unicode.IsUpper(a[k]) && !morphemeStart(w, pos)) {
			pos++
		}
		if pos >= len(w) {
			return false
		}
		pos++
	}
}

// morphemeStart reports whether the letter w[pos] of an upper-cased word
// may stand in an acronym for a part of a compound word: in Cyrillic, a
// consonant after the linking vowel О or Е («электроМеханический» gives
// the М of ИЭМЗ; «миниСтерство финансов» spells no МСФО); in Latin, any
// letter.
func morphemeStart(w []rune, pos int) bool {
	if !unicode.Is(unicode.Cyrillic, w[pos]) {
		return true
	}
	return pos >= 2 && (w[pos-1] == 'О' || w[pos-1] == 'Е') && !strings.ContainsRune("АЕЁИОУЫЭЮЯЙЬЪ", w[pos])
}

// normalized reports whether Normalize would return s unchanged: no
// capital, ё, quote mark other than ", dash other than -, space other than
// single inner blanks, or invalid byte.
func normalized(s string) bool {
	prev := ' '
	for _, r := range s {
		switch {
		case r == ' ':
			if prev == ' ' {
				return false // a leading or a doubled blank
			}
		case unicode.IsSpace(r), r == 'ё', r == 'Ё', r == '«', r == '»', r == '„', r == '“', r == '”', r == '–', r == '—', r == '‑', r == utf8.RuneError:
			return false
		case unicode.IsUpper(r) || r >= utf8.RuneSelf && unicode.ToLower(r) != r:
			return false
		}
		prev = r
	}
	return prev != ' ' || s == ""
}

// Normalize folds a name for comparison: lower case, ё → е, every kind of
// quote mark → ", runs of spaces collapsed, dashes → -.
func Normalize(s string) string {
	if normalized(s) {
		return s // (most calls compare names already folded)
	}
	return fold(s)
}

// fold is Normalize without the check for a folded name.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == 'ё' || r == 'Ё':
			r = 'е'
		case r == '«' || r == '»' || r == '„' || r == '“' || r == '”' || r == '"':
			r = '"'
		case r == '–' || r == '—' || r == '‑':
			r = '-'
		default:
			r = unicode.ToLower(r)
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// sharedSurnames gives a first name standing alone before «и» and a
// person whose surname is in the plural the surname too («братья
// Александр и Виктор Линники»: Александр Линник, as Виктор is Виктор
// Линник), so that it names neither another Александр of the text nor no
// one. ms are sorted by start; canons[i] is ms[i]'s canonical name.
func (l *Linker) sharedSurnames(toks []doc.Token, ms []doc.Mention, canons []string) {
	if l == nil || l.Canon == nil {
		return
	}
	for i, m := range ms {
		if m.Type != "PERSON" || strings.Contains(m.Text, " ") {
			continue
		}
		// «и» right after the name, and the person that starts at the
		// token after it
		k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= m.End }) + 1
		if k >= len(toks) || !strings.EqualFold(toks[k-1].Text, "и") {
			continue
		}
		for j := i + 1; j < len(ms) && ms[j].Start <= toks[k].Start; j++ {
			ws := strings.Fields(ms[j].Text)
			if ms[j].Type != "PERSON" || ms[j].Start != toks[k].Start || len(ws) < 2 {
				continue
			}
			if name := l.Canon.sharedSurname(m.Text, ws[len(ws)-1]); name != "" {
				canons[i] = name
			}
			break
		}
	}
}
