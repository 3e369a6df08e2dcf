package relation

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// possessiveGenders are the possessive pronouns of a third person with the
// gender of the person they stand for: «его жена» is a man's wife, «её
// муж» a woman's husband.
var possessiveGenders = map[string]morph.Grammeme{"его": morph.Masc, "её": morph.Femn, "ее": morph.Femn}

// possessiveAntecedent returns the person a possessive pronoun right before
// the kin word at token ti of sentence si stands for when the sentence
// names no person before it: «Беспалов окончил Тульский университет. Его
// жена Светлана работает учителем» — the person of the sentences before
// whose name may have the pronoun's gender (pronounAntecedent, as for a
// pronoun subject), unless one of them shares a word with the relative's
// name, named (a mention, or -1): «… от владельца фирмы Виктора Пахомова.
// Его сестра Елена Пахомова …» is Пахомов's sister, not the subject's. An
// adjective may stand between the pronoun and the word («Его младший
// брат»). The word must be in the nominative (kinSubjects), the subject of
// its clause: «перехода титула его сыну Нарухито», «По словам его супруги
// Валентины Бондаревой» name the kin of a person of the same sentence,
// often not named as a person. It returns -1 when there is no such
// pronoun, when a person is named before it in the sentence (leftOf's
// business) or when no antecedent is found.
func (c *patternContext) possessiveAntecedent(si, ti, named int) int {
	toks := c.sents[si].Tokens
	if !isAnyFold(toks[ti].Text, kinSubjects) {
		return -1
	}
	j := ti - 1
	if j >= 1 {
		if _, ok := possessiveGenders[strings.ToLower(toks[j].Text)]; !ok && adjective(toks[j].Text) {
			j--
		}
	}
	if j < 0 {
		return -1
	}
	g, ok := possessiveGenders[strings.ToLower(toks[j].Text)]
	if !ok {
		return -1
	}
	for _, k := range c.bySent[si] {
		if c.ms[k].Type == "PERSON" && c.tokenOf[k].first < j {
			return -1
		}
	}
	if named >= 0 {
		for s := si - 1; s >= 0 && s >= si-3; s-- {
			best := -1
			for _, k := range c.bySent[s] {
				if c.ms[k].Type == "PERSON" && otherBearer(c.ms[k].Text, c.ms[named].Text) &&
					(best < 0 || c.ms[k].Start > c.ms[best].Start) {
					best = k
				}
			}
			if best >= 0 {
				return best
			}
		}
	}
	k, _ := pronounAntecedent(c, si, g)
	return k
}

// kinSubjects are the nominative forms of the kin words a possessive may
// open a sentence with.
var kinSubjects = []string{"жена", "муж", "супруга", "супруг", "вдова", "вдовец", "сын", "дочь", "брат", "сестра"}

// otherBearer reports whether the name a is another person's than b's
// with a word of b's: «Виктора Пахомова» and «Елена Пахомова», not
// «Тейлор» and «Элизабет Тейлор» (every word of a is b's: the same
// person).
func otherBearer(a, b string) bool {
	if !sharesWord(a, b) {
		return false
	}
	for _, w := range strings.Fields(a) {
		if !sharesWord(w, b) {
			return true
		}
	}
	return false
}

// adjective reports whether the likeliest reading of w is an adjective
// («младший», «старшая»).
func adjective(w string) bool {
	ps := readings(w)
	return len(ps) > 0 && ps[0].Tag.POS() == morph.ADJF
}

// kinPerson returns the person a kin word at token ti of sentence si names:
// the person right after it, or after a comma («Его брат, Ван Бин, …»);
// -1 when none.
func (c *patternContext) kinPerson(si, ti int) int {
	toks := c.sents[si].Tokens
	k := ti + 1
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	return c.startingAt(si, k, "PERSON")
}

// siblingWords are the forms of брат and сестра in the nominative, the
// subject of their clause.
var siblingWords = []string{"брат", "сестра"}

// sibling finds SIBLING from a person to the brother or sister a possessive
// names right after him: «Виталий Кличко и его брат Владимир» (the person
// before in the sentence, within patternReach tokens), «Фидель Кастро …
// Об этом сообщил его брат Рауль Кастро», «Его брат, Ван Бин, генерал, …»
// (the person of the sentences before, possessiveAntecedent). NEREL
// annotates such pairs from the person named first to the sibling in four
// of the five cases of NEREL v1.1 train.
func (c *patternContext) sibling(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	if ti == 0 {
		return out
	}
	named := c.kinPerson(si, ti)
	if named < 0 {
		return out
	}
	of := -1
	if possessives[strings.ToLower(toks[ti-1].Text)] {
		of = c.leftOf(si, ti-1, "PERSON", patternReach)
	}
	if of < 0 {
		of = c.possessiveAntecedent(si, ti, named)
	}
	if of < 0 || c.ms[of].Text == c.ms[named].Text {
		return out
	}
	return append(out, c.found("SIBLING", of, named))
}

// kinWords are the nouns of a family tie whose next name is another person
// than the one named before: «Юрий Карпенко … Его брат Николай Карпенко»,
// «сын Андрей», «жена Галина».
var kinWords = []string{"брат", "брата", "брату", "братом", "сестра", "сестры", "сестре", "сестру", "сестрой",
	"сын", "сына", "сыну", "сыном", "дочь", "дочери", "дочерью", "отец", "отца", "отцу", "отцом", "мать", "матери",
	"матерью", "жена", "жены", "жене", "жену", "женой", "муж", "мужа", "мужу", "мужем", "супруга", "супруги",
	"супруге", "супругу", "супругой", "супруг", "супругом", "вдова", "вдовы", "вдову", "вдовой", "внук", "внука",
	"внучка", "внучки", "племянник", "племянника", "племянница", "племянницы"}

// kinBefore returns the kin word (kinWords, lower case) right before the
// mention m, or "".
func kinBefore(text []rune, m doc.Mention) string {
	if w := wordBefore(text, m.Start); isAny(w, kinWords...) {
		return w
	}
	return ""
}

// relativeNamed reports whether the later of two person mentions is named
// right after a kin word and the earlier is not: «Юрий Карпенко … Его брат
// Николай Карпенко» are two persons, no ALTERNATIVE_NAME of one another.
//
// The relative must be named by two words or more and be followed by no
// other person: a bare surname after the kin word is most often the
// genitive of whose kin it is, the person named before («внучка Шаймиева
// Камиля», «Мать Магнитского называла»).
func relativeNamed(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	a, b := h, t
	if b.Start < a.Start {
		a, b = b, a
	}
	if kinBefore(text, b) == "" || kinBefore(text, a) != "" || len(strings.Fields(b.Text)) < 2 {
		return false
	}
	for _, m := range mentions {
		if m.Type == "PERSON" && m.Start >= b.End && strings.TrimSpace(string(text[b.End:m.Start])) == "" {
			return false // «брата Владимира Путина Игоря»: the genitive
		}
	}
	return true
}

// kinGeneration is the generation a kin word names relative to the person
// it is said of: 0 for a spouse or a sibling, 1 for a child, -1 for a
// parent; spouses and siblings are told apart by kinSpouse.
func kinGeneration(w string) int {
	switch {
	case strings.HasPrefix(w, "сын"), strings.HasPrefix(w, "доч"), strings.HasPrefix(w, "внук"), strings.HasPrefix(w, "внуч"), strings.HasPrefix(w, "племян"):
		return 1
	case strings.HasPrefix(w, "от"), strings.HasPrefix(w, "мат"):
		return -1
	}
	return 0
}

// kinSpouse reports whether the kin word w names a spouse.
func kinSpouse(w string) bool {
	return strings.HasPrefix(w, "жен") || strings.HasPrefix(w, "муж") || strings.HasPrefix(w, "супруг") || strings.HasPrefix(w, "вдов")
}

// otherKin reports whether two persons, each named right after a kin word,
// are kin of a person by ties that make them no siblings: «остались жена
// Галина, сын Андрей и дочь Мария» — the wife is not the son's sister (the
// son and the daughter are siblings).
func otherKin(text []rune, h, t doc.Mention) bool {
	a, b := kinBefore(text, h), kinBefore(text, t)
	if a == "" || b == "" {
		return false
	}
	return kinGeneration(a) != kinGeneration(b) || kinSpouse(a) || kinSpouse(b)
}

// nativeWords are «уроженец» and «уроженка», with the gender of the person
// they stand for.
var nativeWords = map[string]morph.Grammeme{"уроженец": morph.Masc, "уроженка": morph.Femn}

// native finds PLACE_OF_BIRTH from the person a sentence opening with
// «Уроженец» or «Уроженка» speaks of without naming him to the place
// right after the word: «… Комри сыграл лишь в 268 играх. Уроженец
// Эдмонтона был любимцем публики» (the person of the sentences before,
// pronounAntecedent, as for a pronoun subject). A sentence that names a
// person is left to the model when it opens with the word («Уроженец
// Калининграда С. Разыграев стал …»); inside a sentence the word stands
// in apposition to a person (nativeApposed: «Олег Тиньков, уроженец
// Кемерова, …»).
func (c *patternContext) native(out []Found, si, ti int) []Found {
	g, ok := nativeWords[strings.ToLower(c.sents[si].Tokens[ti].Text)]
	if !ok {
		return out
	}
	if ti != 0 {
		return c.nativeApposed(out, si, ti)
	}
	for _, k := range c.bySent[si] {
		if c.ms[k].Type == "PERSON" {
			return out
		}
	}
	// the first place named in capitals within four words («Уроженец
	// карибского острова Мартиника»: not the adjective)
	place := -1
	for _, k := range c.bySent[si] {
		mt := c.tokenOf[k]
		if isAny(c.ms[k].Type, "CITY", "STATE_OR_PROVINCE", "COUNTRY", "LOCATION", "DISTRICT") && mt.first <= ti+4 &&
			unicode.IsUpper(firstRune(c.ms[k].Text)) && (place < 0 || mt.first < c.tokenOf[place].first) {
			place = k
		}
	}
	if place < 0 {
		return out
	}
	if p, _ := pronounAntecedent(c, si, g); p >= 0 {
		out = append(out, c.found("PLACE_OF_BIRTH", p, place))
	}
	return out
}
