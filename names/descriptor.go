package names

import (
	"sort"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// maxDescriptorWords bounds the words read before a quoted name.
const maxDescriptorWords = 6

// fullNames finds the full names that the text gives organizations written
// in quotes, words the recognizer leaves outside the mention:
//
//   - an acronym or a capitalized name tagged as an organization just before
//     the quotes (ИЭМЗ «Купол», Ижевский электромеханический завод «Купол»):
//     it names the same organization, so join[k] = i for its mention k and
//     the quoted mention i, and the full name is the two together («ИЭМЗ
//     «Купол»», in the nominative for a name that declines);
//   - a noun phrase that starts with a capital letter inside the sentence
//     and runs up to the quotes (генеральный директор Ижевского
//     электромеханического завода «Купол» gives Ижевского
//     электромеханического завода «Купол»; холдинга «Калашников» gives
//     nothing, since a kind of organization in lower case is not its name).
//
// Neither applies to a quoted name in an oblique case, which names the
// owner, not the organization: «совет „Единой России“» (see obliqueName).
//
// full[i] is the canonical full name of mention i. ms is sorted by start.
func (l *Linker) fullNames(text []rune, sents []doc.Sentence, ms []doc.Mention) (full map[int]string, join map[int]int) {
	full, join = map[int]string{}, map[int]int{}
	named := map[int]int{} // end offset → mention index
	for k, m := range ms {
		if m.Type == "ORGANIZATION" && (acronym(m.Text) || capitalized(m.Text) && !tokenize.IsOpeningQuote([]rune(m.Text)[0])) {
			if prev, ok := named[m.End]; !ok || m.Start < ms[prev].Start {
				named[m.End] = k // the longest of nested names
			}
		}
	}
	for i, m := range ms {
		if m.Type != "ORGANIZATION" {
			continue
		}
		si := doc.SentenceOf(sents, m.Span)
		if si < 0 || len(sents[si].Tokens) == 0 {
			continue
		}
		toks := sents[si].Tokens
		open, close := quoteBounds(text, m)
		if open < 0 || open < toks[0].Start {
			continue
		}
		// j: the last token before the opening quote, with only spaces
		// between them.
		j := sort.Search(len(toks), func(j int) bool { return toks[j].End > open }) - 1
		if j < 0 || !tokenize.Blank(text[toks[j].End:open]) {
			continue
		}
		name := string(text[open:close])
		if l.obliqueName(name) || l.Canon != nil && l.Canon.A != nil && l.Canon.genitiveCompound(strings.Trim(name, "«»\"„“”")) {
			// (nor one a kind governs, «Дочерняя компания „Газпром
			// нефти“», whose name is no «Газпром нефть»'s)
			continue
		}
		k, ok := named[toks[j].End]
		ok = ok && !l.partOfOrganization(ms[k].Text)
		if ok && ms[k].Start >= toks[0].Start && l.ownerDescription(ms[k].Text) {
			// «Дочерняя компания „Газпром нефти“ „Газпромнефть-Восток“»:
			// the description joins the name but makes no full name
			// (Link keeps it from naming the entity)
			join[k] = i
			continue
		}
		if ok && ms[k].Start >= toks[0].Start {
			join[k] = i
			full[i] = ms[k].Text + " " + name
		}
		if l == nil || l.Canon == nil || l.Canon.A == nil {
			continue
		}
		if ok && ms[k].Start >= toks[0].Start {
			if !acronym(ms[k].Text) {
				phrase := string(text[ms[k].Start:close])
				full[i] = l.Canon.Canonical("ORGANIZATION", phrase, previous(toks, ms[k].Start))
			}
			continue
		}
		first := l.descriptorStart(toks, j)
		if first < 0 {
			continue
		}
		phrase := string(text[toks[first].Start:close])
		full[i] = l.Canon.Canonical("ORGANIZATION", phrase, toks[first-1].Text)
	}
	return full, join
}

// partNouns name a body or a part of an organization, which a name after
// them owns: «Совет директоров ПАО „Газпром нефть“» is not «Газпром нефть».
var partNouns = map[string]bool{
	"совет": true, "правление": true, "дирекция": true, "руководство": true, "отдел": true,
	"филиал": true, "отделение": true, "подразделение": true, "пресс-служба": true,
	"акционер": true, "менеджмент": true, "сотрудник": true, "представительство": true,
	"президиум": true, "коллегия": true, "профсоюз": true,
}

// partOfOrganization reports whether the first noun of name (its head)
// names a body or a part of an organization (partNouns).
func (l *Linker) partOfOrganization(name string) bool {
	if l == nil || l.Canon == nil || l.Canon.A == nil {
		return false
	}
	for _, w := range strings.Fields(name) {
		ps := l.Canon.A.Parse(strings.Trim(w, "«»\"„“”"))
		if len(ps) == 0 || ps[0].Tag.POS() != morph.NOUN {
			continue
		}
		return partNouns[strings.ReplaceAll(ps[0].Normal, "ё", "е")]
	}
	return false
}

// obliqueName reports whether every word of a quoted name is a dictionary
// word none of whose readings is in the nominative («Единой России»); words
// without case (conjunctions, numbers) or not in the dictionary make it
// false.
func (l *Linker) obliqueName(name string) bool {
	if l == nil || l.Canon == nil || l.Canon.A == nil {
		return false
	}
	words := strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		ps := l.Canon.A.Parse(w)
		if len(ps) == 0 {
			return false
		}
		for _, p := range ps {
			if p.Method() != morph.MethodDictionary || p.Tag.Case() == 0 || p.Tag.Is(morph.Nomn) {
				return false
			}
		}
	}
	return true
}

// ownerDescription reports whether an organization's name is a
// description of a company by its owner: adjectives and a generic noun for
// a company (companyNouns) before a quoted name in the genitive
// (genitiveCompound, genitiveOnly): «Дочерняя компания „Газпром нефти“»,
// «дочерней компанией „Газпромбанка“». It describes the name in quotes
// after it, which names the entity.
func (l *Linker) ownerDescription(name string) bool {
	if l == nil || l.Canon == nil || l.Canon.A == nil {
		return false
	}
	words := strings.Fields(name)
	i, qs := l.adjectivesThenNoun(words)
	if i < 0 || i+1 >= len(words) || !companyNouns[qs[0].Normal] {
		return false
	}
	rest := strings.Join(words[i+1:], " ")
	if q := quotedName(rest); q == "" || "«"+q+"»" != rest {
		return false
	}
	return l.Canon.genitiveOnly(quotedName(rest))
}

// previous returns the text of the token before offset at, or "".
func previous(toks []doc.Token, at int) string {
	j := sort.Search(len(toks), func(j int) bool { return toks[j].End > at }) - 1
	if j < 0 {
		return ""
	}
	return toks[j].Text
}

// quoteBounds returns the rune offsets of the opening quote mark of an
// organization's name and of the end of its closing quote mark (or of the
// mention, when the text does not close the quotes), or -1, -1 when the
// mention is not a name in quotes.
func quoteBounds(text []rune, m doc.Mention) (open, close int) {
	switch {
	case m.Start < len(text) && tokenize.IsOpeningQuote(text[m.Start]):
		open = m.Start
	case m.Start > 0 && tokenize.IsOpeningQuote(text[m.Start-1]):
		open = m.Start - 1
	default:
		return -1, -1
	}
	close = m.End
	if close < len(text) && tokenize.IsClosingQuote(text[close]) && (close == 0 || !tokenize.IsClosingQuote(text[close-1])) {
		close++
	}
	return open, close
}

// descriptorStart returns the index of the first token of the capitalized
// noun phrase that ends with toks[j], or -1: the phrase is a run of nouns
// and adjectives (at most maxDescriptorWords) ending in a noun, and starts at
// its leftmost capitalized word that does not open the sentence.
func (l *Linker) descriptorStart(toks []doc.Token, j int) int {
	if !l.hasPOS(toks[j].Text, morph.NOUN) {
		return -1
	}
	if pos := l.Canon.A.Parse(toks[j].Text)[0].Tag.POS(); pos == morph.CONJ || pos == morph.PREP || pos == morph.PRCL {
		// «Т-Банк и „Совкомбанк“»: a conjunction or a preposition right
		// before the quotes, whatever rare noun reading it has, opens no
		// description (the bank was named «Т-Банк и „Совкомбанк“», and
		// the two banks one entity)
		return -1
	}
	first := -1
	for k := j; k >= 1 && j-k < maxDescriptorWords; k-- {
		w := toks[k].Text
		if !tokenize.IsWord(w) || !(l.hasPOS(w, morph.NOUN) || l.hasPOS(w, morph.ADJF) || l.hasPOS(w, morph.PRTF)) {
			break
		}
		ps := l.Canon.A.Parse(w)
		if pos := ps[0].Tag.POS(); k < j && pos != morph.NOUN && pos != morph.ADJF && pos != morph.PRTF {
			// «Ревун в киноленте „Алёнка“», «Журавлёв из группы
			// „Альянс“»: a preposition or a conjunction ends the phrase,
			// whatever rare noun reading it has
			break
		}
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			if datelineDash(toks[k-1].Text) && people(ps) {
				// «МОСКВА, 9 декабря — Специалисты „Лаборатории
				// Касперского“ выявили …»: the capital opens the report's
				// sentence after its dateline, and the people of an
				// organization are no part of its name («— Американский
				// клуб „Интер Майами“» is)
				break
			}
			if t := ps[0].Tag; t.Is(morph.Name) || t.Is(morph.Surn) || t.Is(morph.Patr) || t.Is(morph.Geox) {
				// «Франция полномочий главы „Большой двадцатки“»: a
				// person or a place is no kind of organization
				break
			}
			first = k
		}
	}
	if first == j {
		// «Газпромбанк-холдинг „ОМЗ“»: the capital belongs to the owner
		// named in the compound, not to the organization's name
		if i := strings.LastIndexByte(toks[j].Text, '-'); i > 0 && tokenize.StartsLower(toks[j].Text[i+1:]) {
			return -1
		}
	}
	if first >= 0 && !l.headFirst(toks[first:j+1]) {
		// «Конкурент Сбербанка компания „Яндекс“»: the genitive names
		// another organization, not this one
		return -1
	}
	return first
}

// datelineDash reports whether w is the dash after a dateline, which the
// report's first sentence follows («МОСКВА, 9 декабря — Специалисты …»).
func datelineDash(w string) bool {
	return w == "—" || w == "–"
}

// people reports whether the first reading of ps is an animate noun in
// the plural («Специалисты», «Сотрудники»).
func people(ps []morph.Parse) bool {
	t := ps[0].Tag
	return t.POS() == morph.NOUN && t.Is(morph.Anim) && t.Is(morph.Plur)
}

// headFirst reports whether every noun after the first noun of toks may
// be a genitive, as the dependents of a head are («Концерн воздушно-
// космической обороны»), unlike «Сбербанка компания».
func (l *Linker) headFirst(toks []doc.Token) bool {
	head := false
	for _, t := range toks {
		ps := l.Canon.A.Parse(t.Text)
		if len(ps) == 0 || ps[0].Tag.POS() != morph.NOUN {
			continue
		}
		if head && !hasCase(ps, morph.Gent) {
			return false
		}
		head = true
	}
	return true
}

// hasPOS reports whether some dictionary reading of w has the part of
// speech.
func (l *Linker) hasPOS(w string, pos morph.Grammeme) bool {
	for _, p := range l.Canon.A.Parse(w) {
		if p.Tag.POS() == pos {
			return true
		}
	}
	return false
}

// parenthesized returns, for each mention i that is the whole of a
// parenthesis right after a mention k of its type («Уральский завод
// тяжёлого машиностроения (Уралмаш)», «Ибрахим Бубакар Кейта (Ibrahim
// Boubacar Keita)»), join[i] = k: the parenthesis gives another name of the
// same thing. Of nested mentions before the parenthesis, the longest is
// taken, or, for an acronym, the longest whose words it spells. Places are
// left out: a place in parentheses after a place is where it lies («в
// Детройте (США)», «Цюрихе (Швейцария)» when both are LOCATION). ms is
// sorted by start.
func parenthesized(text []rune, ms []doc.Mention) map[int]int {
	join := map[int]int{}
	for i, m := range ms {
		if placeTypes[m.Type] {
			continue
		}
		before := bracketed(text, m, true)
		if before < -1 {
			continue
		}
		k, spelt := -1, false
		for j := range ms[:i] {
			// (a quoted name's mention may end inside its closing quote:
			// «университет „Высшая школа экономики“ (НИУ ВШЭ)»)
			if ms[j].Type != m.Type || ms[j].End != before+1 && (ms[j].End != before || !tokenize.IsClosingQuote(text[before])) {
				continue
			}
			// an acronym goes with the name it spells, of nested names:
			// «Ученый совет Санкт-Петербургского государственного
			// университета (СПбГУ)» is the university's
			sp := acronym(m.Text) && acronymOf(m.Text, ms[j].Text)
			if k < 0 || sp && !spelt || sp == spelt && ms[j].Start < ms[k].Start {
				k, spelt = j, sp
			}
		}
		if k >= 0 {
			join[i] = k
		}
	}
	return join
}

// parenAcronymTypes gives an acronym in brackets right after a name it
// spells the name's type, when the two differ: «Восточного экономического
// форума (ВЭФ)», an EVENT by the name's head and an ORGANIZATION by the
// recognizer's reading of the acronym, are one thing (parenthesized then
// joins them). canons holds the canonical name of each mention; ms is
// changed in place.
func parenAcronymTypes(text []rune, ms []doc.Mention, canons []string) {
	for i, m := range ms {
		if !acronym(m.Text) || strings.Contains(m.Text, " ") {
			continue
		}
		before := bracketed(text, m, false)
		if before < -1 {
			continue
		}
		for j := range ms[:i] {
			if ms[j].End == before+1 && ms[j].Type != m.Type && !placeTypes[ms[j].Type] && acronymOf(m.Text, canons[j]) {
				ms[i].Type = ms[j].Type
				break
			}
		}
	}
}

// bracketed returns, for a mention that is the whole of a parenthesis, the
// offset of the last character before the opening bracket that is no
// blank (-1 when none), and -2 when m is not so bracketed. With quotes,
// quote marks (and spaces, on the opening side) may stand between the
// brackets and the mention («(„Уралмаш“)»).
func bracketed(text []rune, m doc.Mention, quotes bool) int {
	open, end := m.Start-1, m.End
	if quotes {
		for open >= 0 && (tokenize.IsOpeningQuote(text[open]) || unicode.IsSpace(text[open])) && text[open] != '\n' {
			open--
		}
		for end < len(text) && tokenize.IsClosingQuote(text[end]) {
			end++
		}
	}
	if open < 0 || text[open] != '(' || end >= len(text) || text[end] != ')' {
		return -2
	}
	before := open - 1
	for before >= 0 && text[before] == ' ' {
		before--
	}
	return before
}
