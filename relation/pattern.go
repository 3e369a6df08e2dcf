package relation

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// Patterns extracts relations that a sentence states with a fixed verb,
// which the statistical model, trained on few examples of them, misses:
//
//   - PART_OF between organizations: «X входит в (состав) Y», «X, входящий
//     в Y», «X вошёл в Y», and «В состав Y входят X1, X2 и X3» (Y may be
//     «которого» after an organization, or named after its kind: «В состав
//     холдинга „Ростех“ входит …»), «В Y (также) входят X1, X2 и X3»;
//   - PRODUCES from an organization to a product: «X производит /
//     выпускает / изготавливает Y», «на X производятся Y», and the products
//     coordinated with the first one («Y1, Y2 и Y3»);
//   - OWNER_OF from an organization or a person to an organization: «X
//     владеет (25% акций) Y», «X купил / приобрёл Y», «X является
//     владельцем Y», and the other way round «Y принадлежит X», or with
//     the owner in the dative first «X-у (, которой) принадлежит Y»; and
//     from a shareholder: «X является акционером Y», «акционером Y
//     является X», «Y, акционером которого является X»; from a parent to
//     its subsidiary: «X является дочерней компанией Y», «Y владеет … через
//     свою дочернюю структуру X»; and from the buyer of a share: «X продал
//     свою долю в Y компании Z» (Z owns Y);
//   - HEADQUARTERED_IN: «X, штаб-квартира которого находится в Y»,
//     «Штаб-квартира X расположена в Y»;
//   - FOUNDED_BY from an organization to the person named next to its
//     founder: «основатель „Промомеда“ Петр Белый», «Y, основатель X»,
//     «основатель и председатель совета директоров компании Y»; and from
//     a founding verb: «Y основал X», «X был основан Y-instr» (founded);
//   - HEADQUARTERED_IN from «X расположен (находится) в Y», «X,
//     расположенный в Y» (located);
//   - INCOME from an organization named right after a noun of income to
//     the amount a verb gives it: «Чистая прибыль „Сбербанка“ … составила
//     1,3 трлн рублей» (income; NEREL dev with gold entities one more right,
//     train unchanged).
//
// The «через», sale, «в состав холдинга Y» and headquarters forms, and the
// subjects before a «который» clause as before a participle clause
// (participleClause), are written for news texts; none occurs in NEREL:
// dev and train (the model's output with the rules, gold entities) are
// unchanged.
//
// The subject may be a noun phrase that refers back to an organization
// («это оборонное предприятие входит в …»): it stands for the organization
// named last before it within the sentence or the two sentences before.
// Patterns is stateless and safe for concurrent use; its zero value is
// ready.
type Patterns struct{}

// patternReach bounds the tokens between a trigger verb and its arguments.
const patternReach = 8

// partOfTriggers and producesTriggers are the lower-case beginnings of the
// trigger verbs' forms.
var (
	partOfTriggers   = []string{"входит", "входят", "входил", "входящ", "вошл", "вошел", "вошёл", "входивш"}
	producesTriggers = []string{"производит", "производят", "производил", "производя", "производим", "выпускает", "выпускают", "выпускал", "выпускаем", "выпускающ", "изготавлива", "изготовля", "изготовил", "собирает", "собирают", "производства"}
	ownsTriggers     = []string{"владеет", "владеют", "владел", "владеющ", "купил", "приобрел", "приобрёл", "приобрела", "приобрели"}
	// «подконтрольн» (twenty-fifth session, helper rel25b): «группа
	// „Эталон“, подконтрольная АФК „Система“», the owner after it as after
	// «принадлежащая»; not «контролируемый» (NEREL v1.1 train: «масс-медиа,
	// контролируемые группировкой …» holds no OWNER_OF).
	ownedTriggers = []string{"принадлежит", "принадлежат", "принадлежал", "принадлежащ", "подконтрольн"}
	// shareholderTriggers open «акционер(ом)», «владельцем» (OWNER_OF
	// from the shareholder or owner; see shareholder); beingVerbs tie it
	// to its subject.
	shareholderTriggers = []string{"акционер", "владельц", "совладельц", "владелец", "совладелец"}
	// seatTriggers open «штаб-квартира» (HEADQUARTERED_IN; see seat).
	seatTriggers = []string{"штаб-квартир"}
	// founderTriggers open «основатель», «сооснователь», «основательница»
	// (FOUNDED_BY; see founder); not «создатель», which as often names the
	// maker of a product («создатель антивируса McAfee»).
	founderTriggers = []string{"основател", "сооснова"}
	beingVerbs      = []string{"является", "являются", "являлся", "являлась", "являлось", "стал", "стала", "стало", "остается", "остаётся"}
	// subsidiaryTriggers open «дочерняя компания»; subsidiaryNouns are
	// the nouns after them.
	subsidiaryTriggers = []string{"дочерн"}
	subsidiaryNouns    = []string{"компани", "структур", "предприяти", "обществ", "фирм", "банк"}
)

// alsoWords are adverbs that may stand between a subject and its verb
// («Компания также владеет …», «В холдинг также входят …»).
var alsoWords = []string{"также", "тоже", "еще", "ещё", "теперь"}

// orgNouns are nouns that refer back to an organization after a
// demonstrative (это предприятие, данная компания) or alone as a subject.
// «клуб» (twenty-first session): «президент клуба» after «футбольный клуб
// „Арарат“» (NEREL v1.1 train: 2 WORKPLACE more, both right; dev none).
// «групп», «центр» (twenty-third session, helper rel23b): «президент
// группы» after «Группа „Сафмар“», «директор центра» after «Центр имени
// Гамалеи» (NEREL v1.1 train and dev: nothing moved).
var orgNouns = []string{"предприяти", "завод", "верф", "институт", "компани", "авиакомпани", "авиаперевозчик", "концерн", "холдинг", "организаци", "корпораци", "фирм", "банк", "комбинат", "объединени", "производител", "корпорац", "клуб", "групп", "центр"}

// demonstratives open an anaphoric noun phrase.
var demonstratives = map[string]bool{"это": true, "этот": true, "эта": true, "эти": true, "данное": true, "данный": true, "данная": true, "данные": true, "указанное": true, "указанный": true, "указанная": true, "такое": true}

// Extract returns the relations the patterns find between the mentions.
// Arguments are as for Model.Extract.
func (p Patterns) Extract(text []rune, sents []doc.Sentence, mentions []doc.Mention) []Found {
	return p.extract(text, sents, mentions, lazyContext(sents, mentions))
}

// extract is Extract with the document's pattern context from ctx, asked
// for at the first trigger: most documents have none.
func (Patterns) extract(_ []rune, sents []doc.Sentence, mentions []doc.Mention, ctx func() *patternContext) []Found {
	var c *patternContext
	var out []Found
	for si, s := range sents {
		for ti := range s.Tokens {
			for _, p := range patternRules {
				if p.trigger(s.Tokens, ti) {
					if c == nil {
						c = ctx()
					}
					out = p.find(c, out, si, ti)
					break
				}
			}
		}
	}
	sortFound(out)
	return out
}

// patternRule is a pattern of Patterns: the words that trigger it and what
// it finds from the trigger at token ti of sentence si.
type patternRule struct {
	trigger func(toks []doc.Token, ti int) bool
	find    func(c *patternContext, out []Found, si, ti int) []Found
}

// prefixes and forms make the trigger of a pattern rule from the
// lower-case beginnings or whole forms of its words.
func prefixes(ps []string) func([]doc.Token, int) bool {
	return func(toks []doc.Token, ti int) bool { return hasPrefix(toks[ti].Text, ps) }
}

func forms(ws []string) func([]doc.Token, int) bool {
	return func(toks []doc.Token, ti int) bool { return isAnyFold(toks[ti].Text, ws) }
}

// patternRules are Patterns' rules; the first whose trigger matches a token
// runs (the shareholder's «владельцем» before the owner's «владел»).
var patternRules = []patternRule{
	{prefixes(partOfTriggers), (*patternContext).partOf},
	{prefixes(producesTriggers), (*patternContext).produces},
	{prefixes(shareholderTriggers), (*patternContext).shareholder},
	{func(toks []doc.Token, ti int) bool {
		return hasPrefix(toks[ti].Text, ownsTriggers) || dealNoun(toks, ti)
	},
		func(c *patternContext, out []Found, si, ti int) []Found { return c.owns(out, si, ti, false) }},
	{prefixes(ownedTriggers), func(c *patternContext, out []Found, si, ti int) []Found { return c.owns(out, si, ti, true) }},
	{forms(controlVerbs), (*patternContext).controls},
	{prefixes(subsidiaryTriggers), (*patternContext).subsidiary},
	{forms(saleVerbs), (*patternContext).sale},
	{prefixes(seatTriggers), (*patternContext).seat},
	{prefixes(founderTriggers), (*patternContext).founder},
	{func(toks []doc.Token, ti int) bool {
		return isAnyFold(toks[ti].Text, foundingVerbs) || hasPrefix(toks[ti].Text, []string{"основанн", "учрежденн", "учреждённ"})
	}, (*patternContext).founded},
	{func(toks []doc.Token, ti int) bool {
		return isAnyFold(toks[ti].Text, locatedVerbs) || hasPrefix(toks[ti].Text, []string{"расположенн"})
	}, (*patternContext).located},
	{forms(spouseWords), (*patternContext).spouse},
	{forms(childWords), (*patternContext).child},
	{forms(parentWords), (*patternContext).parent},
	{forms(siblingWords), (*patternContext).sibling},
	{forms(enterpriseWords), (*patternContext).enterprises},
	{forms([]string{"уроженец", "уроженка"}), (*patternContext).native},
	{func(toks []doc.Token, ti int) bool { return appointTrigger(toks[ti].Text) }, (*patternContext).appointed},
	{forms(lawVerbs), (*patternContext).lawmaker},
	{prefixes(acquaintTriggers), (*patternContext).acquaint},
	{forms(incomeNouns), (*patternContext).income},
	{forms(headVerbs), (*patternContext).heads},
	{forms(madeByForms), (*patternContext).madeBy},
	{prefixes(madeByClauseStems), (*patternContext).madeByClause},
	{forms(parentGenitives), (*patternContext).parentOf},
	{forms(branchNouns), (*patternContext).branch},
	{forms(productionNouns), (*patternContext).startedProduction},
	{forms(makerNouns), (*patternContext).productOfMaker},
	{forms([]string{"собственности"}), (*patternContext).property},
	{forms(becameVerbs), (*patternContext).becamePost},
	{forms(beingParticiples), (*patternContext).participlePost},
	{forms(stakeNouns), (*patternContext).stake},
	{forms([]string{")"}), (*patternContext).unitOfParent},
}

// patternContext indexes the mentions by sentence and token.
type patternContext struct {
	sents []doc.Sentence
	ms    []doc.Mention
	// byStart[si][ti]: the mentions that start at token ti of sentence si,
	// longest first.
	byStart []map[int][]int
	// tokenOf maps a mention to its sentence and first and last tokens.
	tokenOf []mentionTokens
	// bySent[si]: the mentions of sentence si.
	bySent [][]int
}

type mentionTokens struct{ sent, first, last int }

// lazyContext returns a function that builds the pattern context of a
// document on its first call and returns that same context on every later
// one: the rule layers (Patterns, Lists, Employers) share it. The context
// is read-only once built.
func lazyContext(sents []doc.Sentence, ms []doc.Mention) func() *patternContext {
	var c *patternContext
	return func() *patternContext {
		if c == nil {
			c = newPatternContext(sents, ms)
		}
		return c
	}
}

func newPatternContext(sents []doc.Sentence, ms []doc.Mention) *patternContext {
	c := &patternContext{sents: sents, ms: ms, byStart: make([]map[int][]int, len(sents)),
		tokenOf: make([]mentionTokens, len(ms)), bySent: make([][]int, len(sents))}
	for i, m := range ms {
		c.tokenOf[i] = mentionTokens{sent: -1}
		si := doc.SentenceOf(sents, m.Span)
		if si < 0 {
			continue
		}
		toks := sents[si].Tokens
		first := sort.Search(len(toks), func(k int) bool { return toks[k].End > m.Start })
		last := sort.Search(len(toks), func(k int) bool { return toks[k].End >= m.End })
		if first >= len(toks) || last >= len(toks) || toks[first].Start > m.Start || first > last {
			continue
		}
		c.tokenOf[i] = mentionTokens{si, first, last}
		c.bySent[si] = append(c.bySent[si], i)
		if c.byStart[si] == nil {
			c.byStart[si] = map[int][]int{}
		}
		c.byStart[si][first] = append(c.byStart[si][first], i)
	}
	for _, m := range c.byStart {
		for _, is := range m {
			sort.SliceStable(is, func(a, b int) bool { return ms[is[a]].End-ms[is[a]].Start > ms[is[b]].End-ms[is[b]].Start })
		}
	}
	return c
}

// rightOf returns the first mention of type typ that starts within reach
// tokens after token ti of sentence si, before a sentence-internal stop
// (a semicolon, a colon, a dash); -1 when none.
func (c *patternContext) rightOf(si, ti int, typ string, reach int) int {
	toks := c.sents[si].Tokens
	for k := ti + 1; k < len(toks) && k <= ti+reach; k++ {
		if i := c.startingAt(si, k, typ); i >= 0 {
			return i
		}
		if stop(toks[k].Text) {
			break
		}
	}
	return -1
}

// startingAt returns the first mention of one of types that starts at token
// k of sentence si (the longest first, as byStart orders them), or -1.
func (c *patternContext) startingAt(si, k int, types ...string) int {
	for _, i := range c.byStart[si][k] {
		if slices.Contains(types, c.ms[i].Type) {
			return i
		}
	}
	return -1
}

// personPast returns the person that starts at token k of sentence si, or
// right after a post that starts there («дочь предпринимателя Яна
// Абрамова»), or -1.
func (c *patternContext) personPast(si, k int) int {
	if p := c.startingAt(si, k, "PERSON"); p >= 0 {
		return p
	}
	if post := c.startingAt(si, k, "PROFESSION"); post >= 0 {
		return c.startingAt(si, c.tokenOf[post].last+1, "PERSON")
	}
	return -1
}

// leftOf returns the nearest mention of type typ that ends within reach
// tokens before token ti of sentence si, and -1 when none.
func (c *patternContext) leftOf(si, ti int, typ string, reach int) int {
	best, bestLast := -1, -1
	for _, i := range c.bySent[si] {
		mt := c.tokenOf[i]
		if c.ms[i].Type != typ || mt.last >= ti || mt.last < ti-reach {
			continue
		}
		if mt.last > bestLast || mt.last == bestLast && c.ms[i].End-c.ms[i].Start > c.ms[best].End-c.ms[best].Start {
			best, bestLast = i, mt.last
		}
	}
	if best < 0 {
		return -1
	}
	toks := c.sents[si].Tokens
	for k := bestLast + 1; k < ti; k++ {
		if stop(toks[k].Text) {
			return -1
		}
	}
	for _, i := range c.bySent[si] {
		// «сотрудник „Газпрома“ Иванов входит в …»: the subject is a person
		mt := c.tokenOf[i]
		if mt.first > bestLast && mt.last < ti && (c.ms[i].Type == "PERSON" || c.ms[i].Type == "PROFESSION") {
			return -1
		}
	}
	return best
}

// skipAlso returns the index of the last token at or before k that is not
// one of alsoWords: the words before a verb its subject precedes, the same
// for every pattern («Компания также владеет», «В холдинг теперь также
// входят», «Холдингу также принадлежит»).
func skipAlso(toks []doc.Token, k int) int {
	for k >= 0 && k < len(toks) && isAnyFold(toks[k].Text, alsoWords) {
		k--
	}
	return k
}

// subject returns the organization that the words before the trigger at
// token ti of sentence si name: an organization mention, or an anaphoric
// noun phrase that refers back to one; -1 when none.
func (c *patternContext) subject(si, ti int) int {
	toks := c.sents[si].Tokens
	k := ti - 1
	if j := c.participleClause(si, ti); j >= 0 {
		// «Воткинский завод, входящий в корпорацию „МИТ“, выпускает»: the
		// organization before the clause, not the one inside it
		if i := c.leftOf(si, j, "ORGANIZATION", 2); i >= 0 {
			return i
		}
		k = j // «Завод, расположенный на юге Волгограда, является …»
	}
	if i := c.leftOf(si, c.seatPhraseStart(si, ti), "ORGANIZATION", 4); i >= 0 {
		return i
	}
	// [demonstrative] adjective* org-noun [,] [также] trigger
	if k >= 0 && toks[k].Text == "," {
		k--
	}
	k = skipAlso(toks, k) // «Компания также владеет …», «теперь также»
	if k < 0 || !hasPrefix(toks[k].Text, orgNouns) {
		return -1
	}
	phraseStart := k
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if demonstratives[strings.ToLower(toks[j].Text)] {
			phraseStart = j
			break
		}
	}
	if phraseStart == k && k > 0 && !demonstratives[strings.ToLower(toks[k-1].Text)] {
		return -1 // a bare noun after other words: not clearly anaphoric
	}
	return c.antecedent(si, toks[phraseStart].Start, toks[k].Text)
}

// seatPhraseStart returns the token of «с» or «со» that opens a phrase of
// a seat, «со штаб-квартирой в Москве», ending right before token ti of
// sentence si, or ti when there is none: the subject of a verb is sought
// before it («„Металлоинвест“ со штаб-квартирой в Москве входит в холдинг
// USM»).
func (c *patternContext) seatPhraseStart(si, ti int) int {
	toks := c.sents[si].Tokens
	for _, i := range c.bySent[si] {
		if c.tokenOf[i].last != ti-1 || !isAny(c.ms[i].Type, "CITY", "STATE_OR_PROVINCE", "COUNTRY", "DISTRICT") {
			continue
		}
		k := c.tokenOf[i].first - 1
		if k >= 2 && isAnyFold(toks[k].Text, []string{"в", "во", "на"}) && hasPrefix(toks[k-1].Text, seatTriggers) && isAnyFold(toks[k-2].Text, []string{"с", "со"}) {
			return k - 2
		}
	}
	return ti
}

// participleClause returns the comma that opens a participle clause
// closed by the comma right before token ti of sentence si («Завод,
// расположенный в Нижнем Тагиле, выпускает»), or an apposition of a
// branch («Завод „Сокол“, филиал корпорации „МиГ“, приступил»), or -1.
func (c *patternContext) participleClause(si, ti int) int {
	toks := c.sents[si].Tokens
	if ti < 3 || toks[ti-1].Text != "," {
		return -1
	}
	for j := ti - 2; j >= 1 && j >= ti-16; j-- {
		switch toks[j].Text {
		case ",":
			if participle(toks[j+1].Text) || relativeOpener(toks[j+1:ti-1]) || isAnyFold(toks[j+1].Text, branchNouns) || kindApposition(toks[j+1:ti-1]) {
				return j
			}
			return -1
		case "—", "–", ";", ":", "(", ")":
			return -1
		}
	}
	return -1
}

// kindApposition reports whether a clause opens with a noun of a kind of
// company (orgNouns) after at most four lower-case adjectives or
// participles, «один из» among them: «, единственный крупный
// нефтеперерабатывающий завод на юге Тюменской области,», «, один из
// крупнейших банков страны,». A clause that opens with the noun itself
// («, завод …») is left: it may be a list.
func kindApposition(clause []doc.Token) bool {
	for i := 0; i < len(clause) && i <= 4; i++ {
		w := clause[i].Text
		if i > 0 && hasPrefix(w, orgNouns) {
			return true
		}
		if !isLowerWord(w) || !isAny(w, "один", "одна", "одно", "из") && !slices.ContainsFunc(readings(w), func(p morph.Parse) bool {
			return p.Tag.POS() == morph.ADJF || p.Tag.POS() == morph.PRTF
		}) {
			return false
		}
	}
	return false
}

// relativeOpener reports whether a clause opens with «который» in its
// first three words: «, штаб-квартира которой находится в Москве,».
func relativeOpener(clause []doc.Token) bool {
	for i := 0; i < len(clause) && i < 3; i++ {
		if hasPrefix(clause[i].Text, []string{"котор"}) {
			return true
		}
	}
	return false
}

// finiteActive reports whether the likeliest reading of w is a finite verb
// in the active voice («производит», not «производятся» nor «производимые»).
// Without the dictionary it reports false.
func finiteActive(w string) bool {
	ps := readings(w)
	return len(ps) > 0 && ps[0].Tag.POS() == morph.VERB && !strings.HasSuffix(w, "ся") && !strings.HasSuffix(w, "сь")
}

// participle reports whether some reading of w is a full participle
// («входящий», also an adjective). Without the dictionary it reports
// false.
func participle(w string) bool {
	return slices.ContainsFunc(readings(w), func(p morph.Parse) bool { return p.Tag.POS() == morph.PRTF })
}

// readings returns the dictionary's readings of w, likeliest first; none
// without the dictionary.
func readings(w string) []morph.Parse {
	a, err := morph.Default()
	if err != nil {
		return nil
	}
	return a.Parse(w)
}

// lastReadings returns the dictionary's readings of the last word of s, or
// nil when it has no word.
func lastReadings(s string) []morph.Parse {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return nil
	}
	return readings(ws[len(ws)-1])
}

// institutionHeads are the folded starts of the nouns that head the name
// of an exchange, a ministry, a court or another public body: such a
// name is no antecedent of a company's noun («акции компании были
// исключены из торгов на Лондонской фондовой бирже. Компания также
// владеет …» is the company the sentence named before, not the exchange).
var institutionHeads = []string{"бирж", "министерств", "правительств", "суд", "прокуратур", "ведомств", "агентств", "служб", "комитет", "парламент", "дума", "думы", "думе", "совет", "администраци", "мэри"}

// otherInstitution reports whether name, an organization's, opens with a
// noun of institutionHeads (after its adjectives: «Лондонская фондовая
// биржа») of another kind than kind, an anaphoric noun's.
func otherInstitution(name, kind string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if strings.HasPrefix(w, kind) {
			return false
		}
		if !hasSuffix(w, adjectiveEndings...) {
			return hasPrefix(w, institutionHeads) // (the head: the first word no adjective)
		}
	}
	return false
}

// adjectiveEndings are the endings of the full adjectives before a name's
// head noun.
var adjectiveEndings = []string{"ая", "ой", "ый", "ий", "ое", "ее", "ей", "ом", "ем", "ых", "их", "ую", "юю"}

// antecedent returns the organization mention that ends last before offset
// at within sentence si and the two before it, or -1. One whose name holds
// the anaphoric noun's kind is preferred: «Завод производит» after
// «Казанский вертолётный завод, входящий в холдинг „Вертолёты России“» is
// the plant, not the holding named after it. When the three sentences
// name none of the kind, the last one of the kind named earlier in the
// document is the antecedent (the nearer one when their names share a
// word); for «компания», when they name no organization at all and none is
// named with the kind, the last one named with a company's form (company).
func (c *patternContext) antecedent(si, at int, noun string) int {
	kind := orgKind(strings.ToLower(noun))
	best, bestKind := -1, -1
	for s := si; s >= max(0, si-2); s-- {
		// the last sentence that names one, and in it the last
		// organization not after a preposition, if any
		free, governed := -1, -1
		for _, i := range c.bySent[s] {
			if c.ms[i].Type != "ORGANIZATION" || c.ms[i].End > at {
				continue
			}
			if kind != "" && c.ofKind(i, kind) && (bestKind < 0 || c.ms[i].End > c.ms[bestKind].End) {
				bestKind = i
			}
			if best >= 0 || c.pressService(i) || kind != "" && otherInstitution(c.ms[i].Text, kind) {
				continue
			}
			last := &free
			if c.governed(i) {
				last = &governed
			}
			if *last < 0 || c.ms[i].End > c.ms[*last].End {
				*last = i
			}
		}
		if best < 0 && free >= 0 {
			best = free
		} else if best < 0 {
			best = governed // «На „Куполе“ работают. … это оборонное предприятие входит в …»
		}
	}
	if bestKind >= 0 {
		return bestKind
	}
	if kind != "" {
		// «Холдинг основали …» three sentences after «Агропромышленный
		// холдинг „Мираторг“»: the organization named with the kind
		// earlier in the document
		for s := si - 3; s >= 0; s-- {
			for _, i := range slices.Backward(c.bySent[s]) {
				if c.ms[i].Type == "ORGANIZATION" && c.ofKind(i, kind) {
					if best >= 0 && sharesWord(c.ms[best].Text, c.ms[i].Text) {
						return best // «Куполе» near, «завода „Купол“» far: the near mention
					}
					return i
				}
			}
		}
	}
	if best < 0 && kind == "компани" {
		// «ООО „Кубаньстрой“» … «Компания принадлежала его жене»: a
		// company by its form, when none is named by the kind (not
		// before: «Нефтяная компания „Лукойл“» … «ООО
		// „Лукойл-Волгограднефтепереработка“» … «Компания также владеет»)
		for s := si - 3; s >= 0; s-- {
			for _, i := range slices.Backward(c.bySent[s]) {
				if c.ms[i].Type == "ORGANIZATION" && c.company(i) {
					return i
				}
			}
		}
	}
	return best
}

// pressService reports whether organization mention i is a press service
// or is named inside one («сообщили в пресс-службе Роскосмоса»): the
// source of a report, which an anaphoric «предприятие» does not refer to
// (and it refers to an organization after a preposition, «для ФГУП
// „Космическая связь“», only when no other is named: see antecedent).
func (c *patternContext) pressService(i int) bool {
	mt := c.tokenOf[i]
	toks := c.sents[mt.sent].Tokens
	for k := mt.first; k >= 0 && k >= mt.first-1; k-- {
		if hasPrefix(toks[k].Text, []string{"пресс-служб"}) {
			return true
		}
	}
	return false
}

// sharesWord reports whether two names share a word of four letters or
// more, inflected or not: the shorter form less its last letter starts the
// longer, which is at most two letters longer («Куполе», «завода
// „Купол“»; not «Лукойл-Волгограднефтепереработка» and «Лукойл»).
func sharesWord(a, b string) bool {
	same := func(x, y string) bool {
		u := []rune(strings.ToLower(strings.Trim(x, "«»\"„“()")))
		v := []rune(strings.ToLower(strings.Trim(y, "«»\"„“()")))
		if len(u) > len(v) {
			u, v = v, u
		}
		return len(u) >= 4 && len(v)-len(u) <= 2 && string(v[:len(u)-1]) == string(u[:len(u)-1])
	}
	for _, x := range strings.Fields(a) {
		if slices.ContainsFunc(strings.Fields(b), func(y string) bool { return same(x, y) }) {
			return true
		}
	}
	return false
}

// ofKind reports whether organization mention i is named with kind
// (kindNamed), or is a plant («Адмиралтейские верфи») for the kind
// «предприятие».
func (c *patternContext) ofKind(i int, kind string) bool {
	return c.kindNamed(i, kind) || kind == "предприяти" && namesPlant(c.ms[i].Text) || c.definedAs(i, kind)
}

// company reports whether organization mention i is named with the form of
// a company («ООО „Кубаньстрой“», legalForms).
func (c *patternContext) company(i int) bool {
	return legalForms[firstWord(c.ms[i].Text)] || legalForms[c.wordBeforeMention(i)]
}

// legalForms are the abbreviations of Russian company forms: «ООО
// „Кубаньстрой“» is a company («Компания принадлежала его жене»; see
// antecedent, appointingOrg).
var legalForms = map[string]bool{"ООО": true, "ОАО": true, "ЗАО": true, "ПАО": true, "АО": true, "НАО": true, "ИП": true}

// firstWord returns the first word of s, or "".
func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// wordBeforeMention returns the word before mention i, or before its
// opening quote; "" when there is none.
func (c *patternContext) wordBeforeMention(i int) string {
	toks, k := c.tokenBeforeMention(i)
	if k < 0 {
		return ""
	}
	return toks[k].Text
}

// tokenBeforeMention returns the tokens of mention i's sentence and the
// index of the token before the mention, or before its opening quote; -1
// when there is none.
func (c *patternContext) tokenBeforeMention(i int) ([]doc.Token, int) {
	mt := c.tokenOf[i]
	if mt.sent < 0 {
		return nil, -1
	}
	toks := c.sents[mt.sent].Tokens
	k := mt.first - 1
	if k >= 0 && strings.ContainsAny(toks[k].Text, "«\"„“") {
		k--
	}
	return toks, k
}

// plantKinds are the kinds of organization «предприятие» refers back to.
var plantKinds = []string{"завод", "фабрик", "комбинат", "верф"}

// namesPlant reports whether an organization's name names a plant
// («Минский тракторный завод»): «Предприятие выпускает …» after «… завод,
// входящий в холдинг …» is the plant, not the holding named last.
func namesPlant(name string) bool {
	for _, k := range plantKinds {
		if namesKind(name, k) {
			return true
		}
	}
	return false
}

// orgKind returns the stem of orgNouns that the lower-case word noun opens
// with («концерна»: «концерн»), or "".
func orgKind(noun string) string {
	for _, p := range orgNouns {
		if strings.HasPrefix(noun, p) {
			return p
		}
	}
	return ""
}

// anaphoricEmployer returns the organization a post of two words or more
// refers to by its last word, a kind of organization («генеральный директор
// концерна» after «Концерн „Калашников“»): the organization mention that
// ends last before the post, within its sentence and the two before, whose
// name holds the kind or follows it (for «предприятие», any plant's; for
// «компания», any named with a legal form, «АО «Рособоронэкспорт»»); -1
// when none.
func (c *patternContext) anaphoricEmployer(post int) int {
	mt := c.tokenOf[post]
	if mt.sent < 0 {
		return -1
	}
	toks := c.sents[mt.sent].Tokens
	kind := ""
	if mt.last > mt.first {
		kind = orgKind(strings.ToLower(toks[mt.last].Text))
	}
	after := false
	if kind == "" && mt.last > mt.first && tradeNoun(toks[mt.last].Text) != "" {
		return c.tradeEmployer(post) // «генеральный директор перевозчика»
	}
	if kind == "" {
		kind = c.kindAfter(post)
		after = true
	}
	if kind == "" {
		return -1
	}
	ok := func(i int) bool {
		return !boardName(c.ms[i].Text) && (namesKind(c.ms[i].Text, kind) || c.kindBefore(i, kind) || kind == "предприяти" && c.plant(i) || kind == "компани" && c.company(i))
	}
	if after {
		// the kind noun outside the post: the nearest organization of
		// the kind within three sentences before, not the lead's («Между
		// тем футбольный клуб „Спартак“ объявил …» three sentences
		// before «Президент клуба Серафим Ахмадулин», «ЦСКА» in the lead)
		// of a state's («Банком России», a country inside the name:
		// the regulator beside the bank) only when no other is named
		if best := c.lastOrgWithin(post, 3, func(i int) bool { return ok(i) && !c.countryInside(i) }); best >= 0 {
			return best
		}
		return c.lastOrgWithin(post, 3, ok)
	}
	best := c.lastOrgBefore(post, ok)
	if best < 0 && kind == "предприяти" {
		// «Компания „Микрон“ увеличила выпуск … генеральный директор
		// предприятия»: a company named as one, when no plant is
		best = c.lastOrgBefore(post, func(i int) bool { return c.ofKind(i, "компани") })
	}
	if best < 0 {
		best = c.farEmployer(post, kind)
	}
	if best < 0 && kind == "групп" {
		best = c.groupEmployer(post)
	}
	if best < 0 && kind == "компани" {
		best = c.openingOrg(post)
	}
	return best
}

// countryInside reports whether a COUNTRY mention lies inside
// organization mention i («Банк России»).
func (c *patternContext) countryInside(i int) bool {
	m := c.ms[i]
	for _, k := range c.bySent[c.tokenOf[i].sent] {
		if o := c.ms[k]; o.Type == "COUNTRY" && o.Start >= m.Start && o.End <= m.End {
			return true
		}
	}
	return false
}

// boardName reports whether one of the first two words of an
// organization's name opens with a board noun (boardNouns): «Наблюдательный
// совет Сбербанка», «Совет директоров банка „Восход“» is a board, not the
// bank a «председатель правления банка» works for.
func boardName(name string) bool {
	f := strings.Fields(name)
	for _, w := range f[:min(2, len(f))] {
		if hasPrefix(w, boardNouns) {
			return true
		}
	}
	return false
}

// kindAfter returns the kind (orgKind) of the lower-case genitive noun
// right after post mention i that the recognizer left out of it
// («председателя правления банка Сергея Пахомова»: «банк»), or "" when
// there is none or an organization's name starts at it or follows it
// («банка „Восток“», «банка ВТБ»: the name says which). Not «группы»,
// «центра»: «барабанщик группы Ларри Маллен-младший» after «группы U2»
// is a band's member, no WORKPLACE in NEREL train.
func (c *patternContext) kindAfter(i int) string {
	mt := c.tokenOf[i]
	toks := c.sents[mt.sent].Tokens
	k := mt.last + 1
	if k >= len(toks) || !isLowerWord(toks[k].Text) || !likelyGenitive(toks[k].Text) {
		return ""
	}
	kind := orgKind(strings.ToLower(toks[k].Text))
	if kind == "" || kind == "групп" || kind == "центр" || c.startingAt(mt.sent, k, "ORGANIZATION") >= 0 {
		return ""
	}
	if k+1 < len(toks) && (strings.ContainsAny(toks[k+1].Text, "«\"„“") || c.startingAt(mt.sent, k+1, "ORGANIZATION") >= 0) {
		return ""
	}
	return kind
}

// openingOrg returns the organization that opens the sentence of a post
// ending in «компании», before it («„Ростелеком“ построит центр …,
// сообщил президент компании Михаил Осеевский»): the subject the company
// refers to when no organization is named with the kind; -1 when none.
func (c *patternContext) openingOrg(post int) int {
	mt := c.tokenOf[post]
	toks := c.sents[mt.sent].Tokens
	for _, i := range c.bySent[mt.sent] {
		if c.ms[i].Type != "ORGANIZATION" || c.ms[i].End > c.ms[post].Start || hasPrefix(strings.ToLower(firstWord(c.ms[i].Text)), boardNouns) {
			continue // (a board is not the company: «Совет директоров „Аэрофлота“ назначил … генеральным директором компании»)
		}
		first := c.tokenOf[i].first
		k := 0
		if first > k && hasPrefix(strings.ToLower(toks[k].Text), openingKinds) {
			k++ // «Группа ЛСР приобрела …, сообщил генеральный директор компании»
		}
		if first == k || first == k+1 && strings.ContainsAny(toks[k].Text, "«\"„“") {
			return i
		}
	}
	return -1
}

// openingKinds are the folded starts of the company nouns that may open a
// sentence before the organization openingOrg takes («Группа ЛСР»,
// «Компания „Микрон“», «Холдинг „Металлоинвест“»).
var openingKinds = []string{"групп", "компани", "холдинг", "концерн", "корпорац", "госкорпорац", "госкомпани", "девелопер", "застройщик"}

// companyForms are the forms of «компания» that end a post
// (nationalCompany); not «компании-партнёра».
var companyForms = []string{"компании", "компания", "компанию", "компанией"}

// nationalCompany returns the organization «компании» refers to in a post
// that ends with a country's adjective and the noun («председатель
// правления российской компании» after «„Газпром“ и китайская CNPC
// подписали …»): the last organization of the post's sentence and the two
// before that no adjective of another country opens; -1 when the post has
// no such adjective or no organization qualifies. NEREL v1.1 train and
// dev hold no such post before its person, and the rule finds none there.
func (c *patternContext) nationalCompany(post int) int {
	mt := c.tokenOf[post]
	if mt.sent < 0 || mt.last-1 <= mt.first || !isAnyFold(c.sents[mt.sent].Tokens[mt.last].Text, companyForms) {
		return -1
	}
	country := c.countryAdjective(mt.sent, mt.last-1)
	if country < 0 {
		return -1
	}
	own := prefixRunes(strings.ToLower(c.ms[country].Text), 4)
	return c.lastOrgBefore(post, func(i int) bool {
		o := c.openingCountry(i)
		return o < 0 || prefixRunes(strings.ToLower(c.ms[o].Text), 4) == own // not «китайская CNPC»
	})
}

// lastOrgBefore returns the organization that ends last before the post,
// within its sentence and the two before, among those ok accepts; -1 when
// none.
func (c *patternContext) lastOrgBefore(post int, ok func(i int) bool) int {
	return c.lastOrgWithin(post, 2, ok)
}

// lastOrgWithin is lastOrgBefore reaching back sentences before the
// post's.
func (c *patternContext) lastOrgWithin(post, back int, ok func(i int) bool) int {
	mt := c.tokenOf[post]
	best := -1
	for s := max(0, mt.sent-back); s <= mt.sent; s++ {
		for _, i := range c.bySent[s] {
			m := c.ms[i]
			if m.Type != "ORGANIZATION" || m.End > c.ms[post].Start || best >= 0 && m.End <= c.ms[best].End {
				continue
			}
			if ok(i) {
				best = i
			}
		}
	}
	return best
}

// openingCountry returns the country adjective that opens organization
// mention i or stands right before it («китайская CNPC»), or -1.
func (c *patternContext) openingCountry(i int) int {
	t := c.tokenOf[i]
	if o := c.countryAdjective(t.sent, t.first); o >= 0 {
		return o
	}
	return c.countryAdjective(t.sent, t.first-1)
}

// countryAdjective returns a COUNTRY mention that is the one token k of
// sentence si, lower-case («российской») or an adjective opening the
// sentence («Китайская CNPC …»), or -1.
func (c *patternContext) countryAdjective(si, k int) int {
	if k < 0 || k >= len(c.sents[si].Tokens) {
		return -1
	}
	if w := c.sents[si].Tokens[k].Text; !tokenize.StartsLower(w) && (k > 0 || !hasSuffix(strings.ToLower(w), "ая", "ий", "ое", "ие", "ый", "ой")) {
		return -1
	}
	for _, i := range c.byStart[si][k] {
		if c.ms[i].Type == "COUNTRY" && c.tokenOf[i].last == k {
			return i
		}
	}
	return -1
}

// prefixRunes returns the first n runes of s (all of s when shorter).
func prefixRunes(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}

// farEmployer returns the organization a post's kind noun refers to when
// the post's sentence and the two before name none of the kind: the one
// named with the kind in the lead (the last one of the lead's last sentence
// that names one, by position: «Банк России отозвал лицензию у московского
// банка „Северный кредит“» … «бывшего председателя правления банка»), the
// document's first two sentences
// («Фармацевтическая компания „Фармстандарт“ увеличила выручку …» four
// sentences before «Генеральный директор компании Григорий Потапов»), or
// its nearer mention within the three sentences when their names share a
// word («акционером „Фармстандарта“»); -1 when none, or when a reading
// of the word before the post is one of newHolderWords («нового главы
// банка»). On NEREL train (the
// model's output) without the lead's bound it gave five WORKPLACE, one
// right; with it, one, right («гендиректора банка» after «председатель
// совета директоров банка HSBC» in the lead).
func (c *patternContext) farEmployer(post int, kind string) int {
	mt := c.tokenOf[post]
	if mt.first > 0 && slices.ContainsFunc(readings(c.sents[mt.sent].Tokens[mt.first-1].Text), func(p morph.Parse) bool { return newHolderWords[p.Normal] }) {
		return -1
	}
	lead := 1
	for s := 0; s <= 1 && s < len(c.sents); s++ {
		if c.datelineSentence(s) {
			lead = s + 1 // «МОСКВА, 14 марта.» a sentence of its own
		}
	}
	for s := min(mt.sent-3, lead); s >= 0; s-- {
		i := -1 // the last of the sentence named with the kind
		for _, j := range c.bySent[s] {
			m := c.ms[j]
			if m.Type == "ORGANIZATION" && (i < 0 || m.End > c.ms[i].End) && (namesKind(m.Text, kind) || c.kindBefore(j, kind) || kind == "предприяти" && c.plant(j) || kind == "компани" && c.tradeBefore(j)) {
				i = j
			}
		}
		if i >= 0 {
			m := c.ms[i]
			for s2 := mt.sent; s2 >= mt.sent-2; s2-- {
				for _, k := range slices.Backward(c.bySent[s2]) {
					if c.ms[k].Type == "ORGANIZATION" && c.ms[k].End <= c.ms[post].Start && sharesWord(c.ms[k].Text, m.Text) {
						return k
					}
				}
			}
			return i
		}
	}
	return -1
}

// tradeNouns are the folded starts of the nouns that name a company by its
// trade before its name: «Крупнейший российский золотодобытчик „Полюс“»,
// «производитель удобрений „ФосАгро“», «ритейлер „Лента“».
var tradeNouns = []string{"золотодобытчик", "добытчик", "производител", "изготовител", "ритейлер", "перевозчик", "авиаперевозчик",
	"застройщик", "девелопер", "поставщик", "экспортер", "экспортёр", "импортер", "импортёр", "разработчик", "металлург", "угледобывающ", "золотодобывающ"}

// tradeBefore reports whether the word before organization mention i, or
// before its opening quote, or the word before its genitive complement
// («производитель минеральных удобрений „ФосАгро“»), names a trade
// (tradeNouns): the lead's company, which «генеральный директор компании»
// refers to (farEmployer).
func (c *patternContext) tradeBefore(i int) bool {
	if w := c.wordBeforeMention(i); w != "" && hasPrefix(strings.ToLower(w), tradeNouns) {
		return true
	}
	toks, k := c.tokenBeforeMention(i)
	for n := 0; n < 3 && k > 0 && isLowerWord(toks[k].Text) && likelyGenitive(toks[k].Text); n++ {
		k--
		if hasPrefix(strings.ToLower(toks[k].Text), tradeNouns) {
			return true
		}
	}
	return false
}

// datelineSentence reports whether sentence s is a dateline alone: a word
// in capitals, a comma, a day's number and at most four tokens more
// («МОСКВА, 14 марта.»).
func (c *patternContext) datelineSentence(s int) bool {
	toks := c.sents[s].Tokens
	if len(toks) < 3 || len(toks) > 7 || toks[1].Text != "," || !unicode.IsDigit(firstRune(toks[2].Text)) {
		return false
	}
	w := toks[0].Text
	return len([]rune(w)) >= 3 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// plant reports whether organization mention i names a plant (namesPlant)
// or a kind of plant stands before it: what «предприятие» may stand for
// («генеральный директор предприятия» after «посетил Уралвагонзавод»).
func (c *patternContext) plant(i int) bool {
	if namesPlant(c.ms[i].Text) {
		return true
	}
	for _, k := range plantKinds {
		if c.kindBefore(i, k) {
			return true
		}
	}
	return false
}

// kindNamed reports whether organization mention i is named with kind:
// its name holds the kind («Казанский вертолётный завод»), or the kind
// stands before it and after no noun («Агропромышленный холдинг
// „Мираторг“», not «дочерней компании холдинга „Брянская мясная
// компания“», where the name may be the company's).
func (c *patternContext) kindNamed(i int, kind string) bool {
	if namesKind(c.ms[i].Text, kind) {
		return true
	}
	mt := c.tokenOf[i]
	toks := c.sents[mt.sent].Tokens
	k := mt.first - 2 // the word before the kind
	if k >= 0 && strings.ContainsAny(toks[k+1].Text, "«\"„“") {
		k--
	}
	if w := c.wordBeforeMention(i); w == "" || !strings.HasPrefix(strings.ToLower(w), kind) {
		if k = c.kindPastComplement(i, kind) - 1; k < -1 {
			return false
		}
	}
	if k < 0 {
		return true
	}
	ps := readings(toks[k].Text)
	return len(ps) == 0 || ps[0].Tag.POS() != morph.NOUN
}

// kindBefore reports whether the word before mention i, or before its
// opening quote, starts with kind («Концерн „Калашников“»), or the word
// before its genitive complement does (kindPastComplement).
func (c *patternContext) kindBefore(i int, kind string) bool {
	w := c.wordBeforeMention(i)
	return w != "" && strings.HasPrefix(strings.ToLower(w), kind) || c.kindPastComplement(i, kind) >= 0
}

// kindPastComplement returns the token of a word that starts with kind
// and stands before mention i (or its opening quote) past one to three
// lower-case adjectives or nouns whose likeliest reading is genitive
// (likelyGenitive), its complement: «концерном
// воздушно-космической обороны „Алмаз-Антей“»; -1 when there is none.
func (c *patternContext) kindPastComplement(i int, kind string) int {
	toks, k := c.tokenBeforeMention(i)
	for n := 0; n < 3 && k > 0 && isLowerWord(toks[k].Text) && likelyGenitive(toks[k].Text); n++ {
		k--
		if strings.HasPrefix(strings.ToLower(toks[k].Text), kind) {
			return k
		}
	}
	return -1
}

// likelyGenitive reports whether the likeliest reading of w is an adjective
// or a noun in the genitive («воздушно-космической», «обороны»).
func likelyGenitive(w string) bool {
	ps := readings(w)
	return len(ps) > 0 && (ps[0].Tag.POS() == morph.ADJF || ps[0].Tag.POS() == morph.NOUN) && ps[0].Tag.Case() == morph.Gent
}

// namesKind reports whether a word of name starts with kind (lower case),
// or ends a compound with it («Сбербанк», «Уралвагонзавод»).
func namesKind(name, kind string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.TrimLeft(w, "«\"„“")
		if strings.HasPrefix(w, kind) || utf8.RuneCountInString(w) > utf8.RuneCountInString(kind)+2 && strings.Contains(w, kind) {
			return true
		}
	}
	return false
}

func (c *patternContext) found(typ string, head, tail int) Found {
	a, b := c.tokenOf[head].sent, c.tokenOf[tail].sent
	return Found{Type: typ, Head: head, Tail: tail, Score: 1,
		Evidence: doc.Span{Start: c.sents[min(a, b)].Start, End: c.sents[max(a, b)].End}}
}

// partOf: X входит в (состав|структуру|число)? Y; В состав Y входят X1
// [, X2 и X3].
func (c *patternContext) partOf(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	if ti+1 >= len(toks) || strings.ToLower(toks[ti+1].Text) != "в" {
		return c.members(out, si, ti)
	}
	if ti > 0 && toks[ti-1].Text == "," && !hasPrefix(toks[ti].Text, []string{"входящ", "входивш"}) && c.participleClause(si, ti) < 0 {
		// «… в корпорации Lockheed Martin, входит в совет директоров»: a
		// finite verb after a comma has another subject
		return out
	}
	whole := c.rightOf(si, ti+1, "ORGANIZATION", patternReach)
	if whole < 0 {
		whole = c.wholeByKind(si, ti)
	}
	part := c.subject(si, ti)
	if part < 0 {
		part = c.unitSubject(si, ti)
	}
	if whole < 0 || part < 0 || c.ms[whole] == c.ms[part] {
		return out
	}
	return append(out, c.found("PART_OF", part, whole))
}

// relativeSubjects are the nominative forms of «который», the subject of
// a relative clause.
var relativeSubjects = []string{"который", "которая", "которое", "которые"}

// unitSubject returns the subject of «входит в» at token ti of sentence si
// that subject does not find: the organization or facility a relative
// clause opened by «который» follows («…рядом с Курской атомной
// электростанцией, которая входит в концерн „Росэнергоатом“»), or a
// facility right before the verb («Курская АЭС входит в концерн
// „Росэнергоатом“»); -1 when there is none.
func (c *patternContext) unitSubject(si, ti int) int {
	toks := c.sents[si].Tokens
	if ti >= 3 && isAnyFold(toks[ti-1].Text, relativeSubjects) && toks[ti-2].Text == "," {
		for _, typ := range []string{"ORGANIZATION", "FACILITY"} {
			if i := c.leftOf(si, ti-2, typ, 2); i >= 0 {
				return i
			}
		}
		return -1
	}
	return c.leftOf(si, ti, "FACILITY", 1)
}

// members: В состав (структуру) Y входят X1[, X2 и X3], Y an organization
// named there (after its kind or not: «В состав холдинга „Ростех“»), an organization noun that refers back to one («В состав
// корпорации входят»), or «которого» after one («холдинг, в состав
// которого входят»).
func (c *patternContext) members(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	k := skipAlso(toks, ti-1)
	if k >= 0 && toks[k].Text == "»" {
		k--
	}
	if k < 1 {
		return out
	}
	whole := -1
	for _, i := range c.bySent[si] {
		if mt := c.tokenOf[i]; c.ms[i].Type == "ORGANIZATION" && mt.last == k && mt.first >= 2 &&
			(whole < 0 || c.ms[i].End-c.ms[i].Start > c.ms[whole].End-c.ms[whole].Start) {
			whole = i
		}
	}
	at := k - 1 // the token before Y
	if whole >= 0 {
		at = c.tokenOf[whole].first - 1
		if at >= 0 && toks[at].Text == "«" {
			at--
		}
		if at >= 0 && hasPrefix(toks[at].Text, orgNouns) {
			at-- // «В состав холдинга „Ростех“ входит»
		}
	}
	direct := at >= 0 && strings.ToLower(toks[at].Text) == "в" // «В холдинг также входят …»
	if !direct && (at < 1 || !hasPrefix(toks[at].Text, []string{"состав", "структур"}) || strings.ToLower(toks[at-1].Text) != "в") {
		return out
	}
	if whole < 0 && direct {
		if !hasPrefix(toks[k].Text, orgNouns) {
			return out
		}
		whole = c.antecedent(si, toks[at].Start, toks[k].Text)
	} else if whole < 0 {
		switch w := strings.ToLower(toks[k].Text); {
		case w == "которого" || w == "которой" || w == "которых":
			if at-2 >= 0 && toks[at-2].Text == "," {
				whole = c.leftOf(si, at-2, "ORGANIZATION", 2) // (a closing quote between)
			}
		case hasPrefix(w, orgNouns):
			whole = c.antecedent(si, toks[at-1].Start, toks[k].Text)
		}
	}
	if whole < 0 {
		return out
	}
	return c.list(out, si, ti, "ORGANIZATION", patternReach, func(part int) Found { return c.found("PART_OF", part, whole) })
}

// list appends rel(i) for the first mention i of type typ within reach
// tokens after token ti of sentence si and for each one listed after it,
// when only a comma or «и» (and a closing quote) separates them.
func (c *patternContext) list(out []Found, si, ti int, typ string, reach int, rel func(int) Found) []Found {
	toks := c.sents[si].Tokens
	seen := map[doc.Mention]bool{}
	p := c.rightOf(si, ti, typ, reach)
	for p >= 0 {
		if f := rel(p); c.ms[f.Head] != c.ms[f.Tail] && !seen[c.ms[p]] {
			seen[c.ms[p]] = true
			out = append(out, f)
		}
		next := c.tokenOf[p].last + 1
		if next < len(toks) && toks[next].Text == "»" {
			next++
		}
		if next+1 < len(toks) && isAnyFold(toks[next].Text, []string{"в", "во", "на"}) {
			// «Нижегородским НПЗ в Кстове и Пермским НПЗ»: past the place
			if pl := c.startingAt(si, next+1, "CITY", "STATE_OR_PROVINCE", "COUNTRY", "DISTRICT"); pl >= 0 {
				next = c.tokenOf[pl].last + 1
			}
		}
		if next < len(toks) && toks[next].Text == "«" {
			// a quoted name of the same thing: «Т-90М „Прорыв“»
			if q := c.rightOf(si, next-1, typ, 2); q >= 0 && c.tokenOf[q].first == next+1 {
				p = q
				continue
			}
		}
		if next >= len(toks) || toks[next].Text != "," && strings.ToLower(toks[next].Text) != "и" {
			break
		}
		if next+1 < len(toks) && hasPrefix(strings.ToLower(toks[next+1].Text), reportingVerbStems) {
			break // «…, которому принадлежал банк „Тинькофф“, сообщает ТАСС»: the source
		}
		p = c.rightOf(si, next, typ, 3)
	}
	return out
}

// produces: X производит Y[, Y2 и Y3]; на X производятся Y; and with the
// object first, «Ракеты „Союз“ производит центр „Прогресс“».
func (c *patternContext) produces(out []Found, si, ti int) []Found {
	if strings.EqualFold(c.sents[si].Tokens[ti].Text, "производства") {
		// «двигатели ПД-14 производства ОДК-Пермские моторы»: the maker
		// right after the noun, the product just before it (NEREL has
		// none)
		if p, m := c.leftOf(si, ti, "PRODUCT", 2), c.rightOf(si, ti, "ORGANIZATION", 2); p >= 0 && m >= 0 && c.tokenOf[m].first <= ti+2 {
			out = append(out, c.found("PRODUCES", m, p))
		}
		return out
	}
	maker := c.subject(si, ti)
	if maker < 0 {
		if p, m := c.leftOf(si, ti, "PRODUCT", 3), c.rightOf(si, ti, "ORGANIZATION", patternReach); p >= 0 && m >= 0 && finiteActive(c.sents[si].Tokens[ti].Text) {
			out = append(out, c.found("PRODUCES", m, p))
		}
		return out
	}
	return c.list(out, si, ti, "PRODUCT", patternReach+4, func(p int) Found { return c.found("PRODUCES", maker, p) })
}

// makerNouns are the genitives of the kinds of company that name a
// product's maker right after it (productOfMaker).
var makerNouns = []string{"компании", "фирмы", "концерна", "корпорации", "холдинга", "производителя"}

// productOfMaker finds PRODUCES from an organization named right after a
// noun of makerNouns to the product named right before the noun: «препарат
// „Дивозилимаб“ компании „Биокад“», «вакцину „Гам-Флю“ компании
// „Генериум“» (twenty-second session; as «производства», the maker of
// a thing for sale; NEREL v1.1 train and dev have no product so
// followed by its maker, and the pattern finds none there).
func (c *patternContext) productOfMaker(out []Found, si, ti int) []Found {
	p := c.leftOf(si, ti, "PRODUCT", 2)
	if p < 0 {
		return out
	}
	toks := c.sents[si].Tokens
	if last := c.tokenOf[p].last; last < ti-1 && toks[last+1].Text != "»" {
		return out // (only a closing quote between)
	}
	m := c.rightOf(si, ti, "ORGANIZATION", 2)
	if m < 0 || c.tokenOf[m].first > ti+1 && toks[ti+1].Text != "«" {
		return out
	}
	return append(out, c.found("PRODUCES", m, p))
}

// productionNouns name the making of a product after a verb of starting
// (startedProduction); startVerbs are those verbs.
var (
	productionNouns = []string{"выпуск", "выпуску", "производство", "производству", "сборку", "сборке", "изготовление", "изготовлению"}
	startVerbs      = []string{"начал", "начала", "начало", "начали", "начнет", "начнёт", "начнут", "приступил", "приступила", "приступило", "приступили", "приступит", "запустил", "запустила", "запустило", "запустили", "наладил", "наладила", "наладило", "освоил", "освоила", "освоило"}
	// raiseVerbs raise a making already under way, which names its maker
	// as well: «завод … в полтора раза увеличил выпуск комплексов
	// „Бук-М3“», «нарастил производство», «возобновил выпуск».
	raiseVerbs = []string{"увеличил", "увеличила", "увеличило", "увеличили", "нарастил", "нарастила", "нарастило", "нарастили",
		"удвоил", "удвоила", "удвоило", "удвоили", "возобновил", "возобновила", "возобновило", "возобновили"}
)

// startedProduction finds PRODUCES from the subject of a verb of starting
// to the products after a noun of making that the verb governs: «Завод
// „Сокол“ … приступил к серийной сборке учебного самолета Як-152»,
// «„АвтоВАЗ“ начал выпуск Lada Iskra», and so of a verb that raises it
// (raiseVerbs). The subject is found as for the
// verbs of Patterns (subject), the products as theirs (list).
func (c *patternContext) startedProduction(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	v := -1
	for k := ti - 1; k >= 0 && k >= ti-3; k-- {
		if isAnyFold(toks[k].Text, startVerbs) || isAnyFold(toks[k].Text, raiseVerbs) {
			v = k
			break
		}
		if !isWordRune(firstRune(toks[k].Text)) {
			return out
		}
	}
	if v < 0 {
		return out
	}
	maker := c.subject(si, v)
	if maker < 0 {
		return out
	}
	return c.list(out, si, ti, "PRODUCT", patternReach, func(p int) Found { return c.found("PRODUCES", maker, p) })
}

// owns: X владеет / купил / является владельцем Y (owner on the left);
// with passive, Y принадлежит X (owner on the right). The owner is an
// organization or a person, what is owned an organization.
func (c *patternContext) owns(out []Found, si, ti int, passive bool) []Found {
	if passive {
		if owner := c.dativeOwner(si, ti); owner >= 0 {
			// Холдингу принадлежит Y; X, которой принадлежит Y;
			// «„Аэрофлоту“ принадлежат авиакомпании „Россия“ и „Победа“»:
			// each one listed
			return c.list(out, si, ti, "ORGANIZATION", 4, func(owned int) Found { return c.found("OWNER_OF", owner, owned) })
		}
		owned := c.subject(si, ti)
		owner := c.rightOf(si, ti, "ORGANIZATION", 4)
		if p := c.rightOf(si, ti, "PERSON", 4); owner < 0 || p >= 0 && c.tokenOf[p].first < c.tokenOf[owner].first {
			owner = p
		}
		if owned >= 0 && (owner < 0 || c.tokenOf[owner].first > ti+1) {
			// «Комбинат, принадлежащий холдингу, выплавил …»: a kind
			// noun alone for the owner refers back to one of the kind
			if k := c.kindOwner(si, ti); k >= 0 && c.ms[k] != c.ms[owned] {
				owner = k
			}
		}
		if owned >= 0 && owner >= 0 && c.shareOf(owner) {
			// «News Corp. принадлежит 39% акций BSkyB»: the owner first
			owned, owner = owner, owned
		}
		toks := c.sents[si].Tokens
		if owned < 0 && owner >= 0 && hasPrefix(toks[ti].Text, []string{"принадлежащ", "подконтрольн"}) {
			// «принадлежащий Алишеру Усманову холдинг»: what is owned
			// after the owner, named or a kind noun referring back
			if k := c.tokenOf[owner].last + 1; k < len(toks) {
				if named := c.rightOf(si, k, "ORGANIZATION", 2); named >= 0 && orgKind(strings.ToLower(toks[k].Text)) != "" &&
					(c.tokenOf[named].first == k+1 || c.tokenOf[named].first == k+2 && strings.ContainsAny(toks[k+1].Text, "«\"„“")) {
					owned = named // «принадлежащий Алишеру Усманову холдинг „Металлоинвест“»: the one named after the kind
				} else if kind := orgKind(strings.ToLower(toks[k].Text)); kind != "" {
					// (only one named with the kind: «Коммерсантъ», named
					// last, is not «холдинг»)
					if owned = c.antecedent(si, toks[ti].Start, toks[k].Text); owned >= 0 && !c.ofKind(owned, kind) {
						owned = -1
					}
				} else {
					owned = c.startingAt(si, k, "ORGANIZATION")
				}
			}
		} else if owned < 0 && ti == 0 && si > 0 {
			// «„Металлоинвест“ — один из крупнейших холдингов …
			// Принадлежит USM Holdings»: the subject of the sentence before
			owned = c.antecedent(si, toks[ti].Start, "")
		}
		if owned < 0 && owner >= 0 {
			// «Шахта принадлежит СУЭК» after «на шахте „Талдинская-Западная“»
			owned = c.ownedFacility(si, ti)
		}
		if owned < 0 || owner < 0 || c.ms[owned] == c.ms[owner] {
			return out
		}
		return append(out, c.found("OWNER_OF", owner, owned))
	}
	owner := c.subject(si, ti)
	if p := c.leftOf(si, ti, "PERSON", 4); owner < 0 || p >= 0 && c.tokenOf[p].last > c.tokenOf[owner].last {
		owner = p
	}
	if owner < 0 {
		return out
	}
	if c.shareOf(owner) {
		// «Остальными 30 % акций Колмара владеет Volga Group»: what is
		// owned first, in the genitive of the share, the owner after
		if o := c.partyRight(si, ti); o >= 0 && c.tokenOf[o].first <= ti+3 {
			return append(out, c.found("OWNER_OF", o, owner))
		}
		return out
	}
	from := ti
	if p := c.rightOf(si, ti, "ORGANIZATION", patternReach); p >= 0 && c.after(p, "у") {
		// «СГК купила у группы „Интер РАО“ Томскую ГРЭС-2»: the seller
		// owns no more; what is bought comes after it
		from = c.tokenOf[p].last
	}
	// «владеет Нижегородским НПЗ в Кстове и Пермским НПЗ»: each one listed
	return c.list(out, si, from, "ORGANIZATION", patternReach, func(owned int) Found { return c.found("OWNER_OF", owner, owned) })
}

// shareOf reports whether a noun of a share (shareNouns) stands right
// before mention i or its opening quote: the company is what is owned,
// whatever its place around the verb («News Corp. принадлежит 39% акций
// BSkyB», «30 % акций Колмара владеет Volga Group»).
func (c *patternContext) shareOf(i int) bool {
	return hasPrefix(c.wordBeforeMention(i), shareNouns)
}

// after reports whether the preposition prep stands right before mention
// i, its opening quote or a noun before it («у группы „Интер РАО“»).
func (c *patternContext) after(i int, prep string) bool {
	toks, k := c.tokenBeforeMention(i)
	if k >= 1 && !strings.EqualFold(toks[k].Text, prep) && slices.ContainsFunc(readings(toks[k].Text), func(p morph.Parse) bool { return p.Tag.POS() == morph.NOUN }) {
		k--
	}
	return k >= 0 && strings.EqualFold(toks[k].Text, prep)
}

// shareholder: «Y является (крупнейшим) акционером X», «(Основным)
// акционером X является Y», «X, крупнейшим акционером которого является
// Y», «ключевого акционера „Уралкалия“ Сулеймана Керимова»: OWNER_OF from
// the shareholder Y (an organization or a person) to the organization X.
// NEREL train annotates its shareholders so («Пересвет», «ГПБ-Ипотека»,
// «Уралкалий»).
func (c *patternContext) shareholder(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	owned, named := -1, -1
	if ti+1 < len(toks) && hasPrefix(toks[ti+1].Text, []string{"которого", "которой", "которых"}) {
		// X, … акционером которого …: X before the comma that opens the
		// clause
		for j := ti - 1; j >= 0 && j >= ti-5; j-- {
			if toks[j].Text == "," {
				owned = c.leftOf(si, j, "ORGANIZATION", 3)
				break
			}
		}
	} else if owned = c.rightOf(si, ti, "ORGANIZATION", 3); owned < 0 && ti+1 < len(toks) && orgKind(strings.ToLower(toks[ti+1].Text)) != "" {
		// «Основным владельцем компании является Дмитрий Пумпянский»: the
		// organization the kind noun refers back to
		owned = c.antecedent(si, toks[ti].Start, toks[ti+1].Text)
		// «сообщил владелец компании Альберт Авдолян»: the person named
		// right after the kind noun
		named = c.startingAt(si, ti+2, "PERSON")
	} else if owned < 0 && ti+3 < len(toks) && toks[ti+3].Text == "«" {
		// «владельца строительной компании „Альфа-Строй“ Игоря Семенова»
		owned = c.startingAt(si, ti+4, "ORGANIZATION")
	}
	if owned < 0 {
		return out
	}
	owner := named
	for j := ti + 1; j < len(toks) && j <= ti+patternReach && owner < 0; j++ {
		if stop(toks[j].Text) {
			break
		}
		if hasPrefix(toks[j].Text, beingVerbs) {
			owner = c.partyRight(si, j)
			if owner >= 0 && c.ms[owner] != c.ms[owned] {
				// «Крупнейшими акционерами „Сибура“ являются Леонид
				// Михельсон и Геннадий Тимченко»: each one listed
				return c.list(out, si, j, c.ms[owner].Type, 4, func(p int) Found { return c.found("OWNER_OF", p, owned) })
			}
		}
	}
	if owner < 0 {
		for j := ti - 1; j >= 0 && j >= ti-3; j-- {
			if hasPrefix(toks[j].Text, beingVerbs) {
				owner = c.partyLeft(si, j)
				break
			}
		}
	}
	if owner < 0 {
		// «акционера „Уралкалия“ Сулеймана Керимова»: the shareholder
		// named right after the organization
		if mt := c.tokenOf[owned]; mt.last+1 < len(toks) {
			k := mt.last + 1
			if toks[k].Text == "»" {
				k++
			}
			owner = c.startingAt(si, k, "PERSON", "ORGANIZATION")
		}
	}
	if owner < 0 || c.ms[owner] == c.ms[owned] {
		return out
	}
	return append(out, c.found("OWNER_OF", owner, owned))
}

// partyRight returns the first organization or person within reach after
// token j of sentence si, or -1.
func (c *patternContext) partyRight(si, j int) int {
	org, person := c.rightOf(si, j, "ORGANIZATION", 4), c.rightOf(si, j, "PERSON", 4)
	if org < 0 || person >= 0 && c.tokenOf[person].first < c.tokenOf[org].first {
		return person
	}
	return org
}

// partyLeft returns the organization or person that ends last within reach
// before token j of sentence si, or -1.
func (c *patternContext) partyLeft(si, j int) int {
	org, person := c.leftOf(si, j, "ORGANIZATION", 4), c.leftOf(si, j, "PERSON", 4)
	if org < 0 || person >= 0 && c.tokenOf[person].last > c.tokenOf[org].last {
		return person
	}
	return org
}

// dativeOwner returns the owner that stands in the dative right before
// «принадлежит» (token ti of sentence si), the order of «Холдингу
// принадлежит Казанский вертолётный завод»: an organization or person
// whose last word has a dative reading and no nominative one, an
// organization noun so inflected that refers back to one, or the one
// before «, которой (которому, которым)». -1 when the word before the verb
// is no such dative.
func (c *patternContext) dativeOwner(si, ti int) int {
	toks := c.sents[si].Tokens
	k := skipAlso(toks, ti-1) // «Холдингу также принадлежит …»
	if k < 0 {
		return -1
	}
	switch w := strings.ToLower(toks[k].Text); w {
	case "которой", "которому", "которым":
		if k == 0 || toks[k-1].Text != "," {
			return -1
		}
		if i := c.leftOf(si, k-1, "ORGANIZATION", 2); i >= 0 { // (a closing quote between)
			return i
		}
		return c.leftOf(si, k-1, "PERSON", 1)
	}
	if (toks[k].Text == "»" || toks[k].Text == "\"") && k > 0 {
		k-- // «„Аэрофлоту“ принадлежат …»
	}
	if !dativeOnly(toks[k].Text) && !dativeBeforeSingular(toks[k].Text, toks[ti].Text) {
		return -1
	}
	owner := -1
	for _, i := range c.bySent[si] {
		if t := c.ms[i].Type; c.tokenOf[i].last == k && (t == "ORGANIZATION" || t == "PERSON") &&
			(owner < 0 || c.ms[i].End-c.ms[i].Start > c.ms[owner].End-c.ms[owner].Start) {
			owner = i
		}
	}
	if owner < 0 && hasPrefix(toks[k].Text, orgNouns) {
		owner = c.antecedent(si, toks[k].Start, toks[k].Text)
	}
	return owner
}

// dativeOnly reports whether the dictionary reads w in the dative and
// never in the nominative: «Холдингу», «Ростеху»; not «компании» (also a
// nominative plural). Without the dictionary it reports false.
func dativeOnly(w string) bool {
	dat := false
	for _, p := range readings(w) {
		switch p.Tag.Case() {
		case morph.Nomn:
			return false
		case morph.Datv:
			dat = true
		}
	}
	return dat
}

// dativeBeforeSingular reports whether w, before the singular verb of
// owning verb («принадлежит», «принадлежал(а)»), is a dative: the
// dictionary reads it in the dative and in the nominative only in the
// plural, which cannot be the subject of a singular verb: «Компании
// принадлежит также завод „Биолек“» (not «Компании принадлежат …», where
// «компании» may be the subject). Without the dictionary it reports false.
func dativeBeforeSingular(w, verb string) bool {
	if !isAnyFold(verb, []string{"принадлежит", "принадлежал", "принадлежала", "принадлежало"}) {
		return false
	}
	dat := false
	for _, p := range readings(w) {
		switch {
		case p.Tag.Case() == morph.Nomn && !p.Tag.Is(morph.Plur):
			return false
		case p.Tag.Case() == morph.Datv:
			dat = true
		}
	}
	return dat
}

// subsidiary: X является дочерней компанией Y; дочерние предприятия Y (X1,
// X2); the parent Y owns X (NEREL train: OWNER_OF from «Лукойла» to each of
// its «дочерних предприятий» listed after it).
func (c *patternContext) subsidiary(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	if ti+1 >= len(toks) || !hasPrefix(toks[ti+1].Text, subsidiaryNouns) {
		return out
	}
	if throughSubsidiary(toks, ti) {
		// «Y владеет X через свою дочернюю структуру Z»: Z is the child, the
		// subject before the trigger its parent
		child, parent := c.rightOf(si, ti+1, "ORGANIZATION", 3), c.leftOf(si, ti, "ORGANIZATION", 6)
		if child >= 0 && parent >= 0 && c.ms[child] != c.ms[parent] {
			out = append(out, c.found("OWNER_OF", parent, child))
		}
		return out
	}
	parent := c.rightOf(si, ti+1, "ORGANIZATION", 3)
	if parent < 0 {
		return out
	}
	at := ti
	if ti > 0 && isAnyFold(toks[ti-1].Text, beingVerbs) {
		at = ti - 1 // «Завод, расположенный …, является дочерним предприятием Y»
	}
	if child := c.subject(si, at); child >= 0 {
		if c.ms[child] != c.ms[parent] {
			out = append(out, c.found("OWNER_OF", parent, child))
		}
		return out
	}
	// the subsidiaries named after the parent, in parentheses or not
	k := c.tokenOf[parent].last
	for {
		child := c.rightOf(si, k, "ORGANIZATION", 4)
		if child < 0 {
			return out
		}
		for j := k + 1; j < c.tokenOf[child].first; j++ {
			if t := toks[j].Text; t != "(" && t != "," && t != "»" && t != "«" && strings.ToLower(t) != "и" {
				return out
			}
		}
		out = append(out, c.found("OWNER_OF", parent, child))
		k = c.tokenOf[child].last
	}
}

// sale: «X продал свою долю в Y компании Z»: the buyer Z, an organization
// or a person right after what is sold, owns it.
func (c *patternContext) sale(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	k := ti + 1
	for ; k < len(toks) && k <= ti+5; k++ {
		if hasPrefix(toks[k].Text, shareNouns) {
			break
		}
	}
	if k >= len(toks) || k > ti+5 {
		return out
	}
	for k++; k < len(toks) && k <= ti+8 && !strings.EqualFold(toks[k].Text, "в"); k++ {
	}
	if k >= len(toks) || k > ti+8 {
		return out
	}
	sold := c.rightOf(si, k, "ORGANIZATION", 3)
	if sold < 0 {
		return out
	}
	last := c.tokenOf[sold].last
	buyer := c.rightOf(si, last, "ORGANIZATION", 4)
	if person := c.rightOf(si, last, "PERSON", 4); person >= 0 && (buyer < 0 || c.ms[person].Start < c.ms[buyer].Start) {
		buyer = person
	}
	if buyer < 0 || c.ms[buyer] == c.ms[sold] {
		return out
	}
	for j := last + 1; j < c.tokenOf[buyer].first; j++ {
		if t := toks[j].Text; t == "," || stop(t) {
			return out
		}
	}
	return append(out, c.found("OWNER_OF", buyer, sold))
}

// seatVerbs tie a headquarters to its place.
var seatVerbs = []string{"находится", "находилась", "находятся", "расположена", "располагается", "размещается", "разместится", "расположится"}

// seat: «X, штаб-квартира которого находится в Y», «Штаб-квартира X
// расположена в Y», «Штаб-квартира компании расположена в Y» (X the
// organization the kind noun refers back to), «Ее штаб-квартира
// разместится в Y» (X the organization named last before the possessive):
// X HEADQUARTERED_IN Y.
func (c *patternContext) seat(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	if ti+1 >= len(toks) {
		return out
	}
	org, k := -1, ti+1
	if w := strings.ToLower(toks[ti+1].Text); w == "которого" || w == "которой" || w == "которых" {
		if ti > 0 && toks[ti-1].Text == "," {
			org = c.leftOf(si, ti-1, "ORGANIZATION", 2)
		}
		k = ti + 2
	} else if org = c.rightOf(si, ti, "ORGANIZATION", 3); org >= 0 {
		k = c.tokenOf[org].last + 1
		if k < len(toks) && toks[k].Text == "»" {
			k++
		}
	} else if orgKind(strings.ToLower(toks[ti+1].Text)) != "" {
		// «Штаб-квартира компании расположена в Москве»: the organization
		// the kind noun refers back to
		org, k = c.antecedent(si, toks[ti].Start, toks[ti+1].Text), ti+2
	} else if ti > 0 && isAnyFold(toks[ti-1].Text, thirdPossessives) {
		// «Ее штаб-квартира разместится в Екатеринбурге»: the organization
		// named last before
		org = c.antecedent(si, toks[ti].Start, "")
	}
	if org < 0 || k+1 >= len(toks) || !isAny(strings.ToLower(toks[k].Text), seatVerbs...) || !strings.EqualFold(toks[k+1].Text, "в") {
		return out
	}
	for _, typ := range []string{"CITY", "COUNTRY", "STATE_OR_PROVINCE", "DISTRICT"} {
		if place := c.rightOf(si, k+1, typ, 1); place >= 0 {
			return append(out, c.found("HEADQUARTERED_IN", org, place))
		}
	}
	return out
}

// dealNoun reports whether toks[ti] is «приобретению» or «покупке» after
// «сделку (сделка, сделки) по»: «Сбербанк завершил сделку по приобретению
// 100% акций сервиса „ЮMoney“» — the subject buys what follows.
func dealNoun(toks []doc.Token, ti int) bool {
	return ti >= 2 && hasPrefix(toks[ti].Text, []string{"приобретени", "покупк"}) &&
		strings.EqualFold(toks[ti-1].Text, "по") && hasPrefix(toks[ti-2].Text, []string{"сделк"})
}

// founderCopulas are the verbs that join a founder noun in the
// instrumental and the organization after it to the founder named after
// them: «Основателем „Русагро“ является Вадим Мошкович».
var founderCopulas = []string{"является", "являлся", "являлась", "являются", "был", "была", "стал", "стала"}

// founder finds FOUNDED_BY from the organization after the founder noun
// at ti to the person named right after it («основателем Facebook Марком
// Цукербергом», «Основатель „Промомеда“ Петр Белый», «основатель
// компании „Лукойл“ Вагит Алекперов»), right before it, past a comma
// («Леонид Федун, основатель компании „Лукойл“»), or after a copula and
// a few words («Основателем „Русагро“ является бывший сенатор Вадим
// Мошкович»; founderCopulas).
func (c *patternContext) founder(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	org := c.rightOf(si, ti, "ORGANIZATION", 3)
	if org < 0 {
		if out2 := c.founderOfKind(out, si, ti); len(out2) > len(out) {
			return out2
		}
		return c.founderAndPost(out, si, ti)
	}
	k := c.tokenOf[org].last + 1
	if k < len(toks) && tokenize.IsClosingQuote(firstRune(toks[k].Text)) {
		k++
	}
	person := c.startingAt(si, k, "PERSON")
	if person >= 0 && !(ti > 0 && strings.EqualFold(toks[ti-1].Text, "из") || c.personAgrees(toks[ti].Text, person)) {
		// not «адвокат основателя WikiLeaks Марк Стивенс»; «один из
		// основателей НТВ Игорь Малашенко» agrees with «один»
		person = -1
	}
	if person < 0 && ti >= 2 && toks[ti-1].Text == "," {
		person = c.leftOf(si, ti-1, "PERSON", 1)
	}
	if person < 0 && k < len(toks) && strings.HasSuffix(strings.ToLower(toks[ti].Text), "ем") && isAnyFold(toks[k].Text, founderCopulas) {
		// «Основателем „Русагро“ является бывший сенатор Вадим Мошкович»
		person = c.rightOf(si, k, "PERSON", 4)
	}
	if person < 0 {
		return out
	}
	return append(out, c.found("FOUNDED_BY", org, person))
}

// locatedVerbs say where something is: «расположен(а, о, ы)»,
// «находится», «располагается» (see located; the participle
// «расположенный» too), and where a company is registered: «Банк
// зарегистрирован в Новосибирске» (NEREL train has the form once, of
// offences, «правонарушений зарегистрировано в Москве»: no organization,
// no relation).
var locatedVerbs = []string{"расположен", "расположена", "расположено", "расположены", "располагается", "находится",
	"зарегистрирован", "зарегистрирована", "зарегистрировано", "зарегистрированы"}

// located: «X расположен (находится) в Y», «X, расположенный в Y, …»: an
// organization X, named or referred back to («Предприятие, расположенное в
// Санкт-Петербурге»), HEADQUARTERED_IN the place Y named right after «в»
// or «на».
func (c *patternContext) located(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	if ti+2 >= len(toks) || !isAnyFold(toks[ti+1].Text, []string{"в", "во", "на"}) {
		return out
	}
	for k := max(0, ti-5); k < ti; k++ {
		if hasPrefix(toks[k].Text, seatTriggers) {
			return out // the headquarters' (seat)
		}
	}
	place := c.startingAt(si, ti+2, "CITY", "STATE_OR_PROVINCE", "COUNTRY", "DISTRICT", "LOCATION")
	if place < 0 {
		return out
	}
	if c.ms[place].Type == "LOCATION" {
		// «на юге Волгограда»: the named place inside
		for _, i := range c.bySent[si] {
			if mt := c.tokenOf[i]; mt.first > ti+2 && mt.last <= c.tokenOf[place].last && isAny(c.ms[i].Type, "CITY", "STATE_OR_PROVINCE", "COUNTRY", "DISTRICT") {
				place = i
				break
			}
		}
	}
	org := -1
	if ti > 0 && strings.EqualFold(toks[ti-1].Text, "и") {
		// «Министерство … подчиняется правительству региона и расположено
		// в Екатеринбурге»: the subject of the clause, not the object
		// before «и»
		org = c.opening(si)
	} else {
		org = c.subject(si, ti)
	}
	if org < 0 || c.ms[org].Type != "ORGANIZATION" || c.tokenOf[org].sent == si && c.governed(org) {
		// (not «в гипермаркете „Окей“, расположенном на севере
		// Санкт-Петербурга»: a store, not the seat; but a kind noun may
		// refer back to an organization a preposition governed in a
		// sentence before: «по покупке Калужского завода … Завод,
		// расположенный в Людинове»)
		return out
	}
	return append(out, c.found("HEADQUARTERED_IN", org, place))
}

// opening returns the organization that opens sentence si, past a legal
// form and an opening quote («АО „Информационные спутниковые системы“
// …»), or -1.
func (c *patternContext) opening(si int) int {
	for k := 0; k <= 2 && k < len(c.sents[si].Tokens); k++ {
		if i := c.startingAt(si, k, "ORGANIZATION"); i >= 0 {
			return i
		}
	}
	return -1
}

// founderOfKind: «Основателем компании является предприниматель Виктор
// Рашников»: the founder noun before a kind noun that names no
// organization after it, which refers back to one (antecedent), then a
// being verb, a post at most and the person; FOUNDED_BY from that
// organization to the person.
func (c *patternContext) founderOfKind(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	k := ti + 1
	if k+2 >= len(toks) || orgKind(strings.ToLower(toks[k].Text)) == "" || c.startingAt(si, k, "ORGANIZATION") >= 0 {
		return out
	}
	at := k + 1
	switch {
	case isAnyFold(toks[at].Text, beingVerbs):
		at++
	case sameCase(toks[ti].Text, toks[at].Text) || ti > 0 && strings.EqualFold(toks[ti-1].Text, "из"):
		// «Основатель компании Юрий Максимов»: the person right after
		// the kind, in the founder noun's case (or in «один»'s: «один
		// из основателей компании …»)
		if person := c.startingAt(si, at, "PERSON"); person >= 0 {
			// an organization of the kind (not «Прокуратура» before
			// «Основатель холдинга Виктор Ершов»)
			if org := c.antecedent(si, toks[k].Start, toks[k].Text); org >= 0 && c.ofKind(org, orgKind(strings.ToLower(toks[k].Text))) {
				return append(out, c.found("FOUNDED_BY", org, person))
			}
		}
		return out
	default:
		return out
	}
	if post := c.startingAt(si, at, "PROFESSION"); post >= 0 {
		at = c.tokenOf[post].last + 1
	}
	person := c.startingAt(si, at, "PERSON")
	if person < 0 {
		return out
	}
	org := c.antecedent(si, toks[k].Start, toks[k].Text)
	if org < 0 {
		return out
	}
	return append(out, c.found("FOUNDED_BY", org, person))
}

// founderAndPost: «основатель и председатель совета директоров компании
// Петр Родионов»: the founder noun coordinated with a post, the
// organization that of the post (named inside it, or the one its last word
// refers back to: anaphoricEmployer), the person the one after the post.
func (c *patternContext) founderAndPost(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	if ti+2 >= len(toks) || !strings.EqualFold(toks[ti+1].Text, "и") {
		return out
	}
	post := c.startingAt(si, ti+2, "PROFESSION")
	if post < 0 {
		return out
	}
	last := c.tokenOf[post].last
	person := c.startingAt(si, last+1, "PERSON")
	if person < 0 {
		return out
	}
	org := -1
	for _, i := range c.bySent[si] {
		if mt := c.tokenOf[i]; c.ms[i].Type == "ORGANIZATION" && mt.first > ti+2 && mt.last <= last && (org < 0 || c.ms[i].End > c.ms[org].End) {
			org = i
		}
	}
	if org < 0 {
		org = c.anaphoricEmployer(post)
	}
	if org < 0 {
		return out
	}
	return append(out, c.found("FOUNDED_BY", org, person))
}

// foundingVerbs are the past forms of основать and учредить, active and
// passive (see founded).
var foundingVerbs = []string{"основал", "основала", "основали", "учредил", "учредила", "учредили",
	"основан", "основана", "основано", "основаны", "учрежден", "учреждена", "учреждено", "учреждены", "учреждён"}

// foundingDateReach bounds the tokens between a passive founding verb and
// the date it was founded in («основан в 1966 году»: the date right after).
const foundingDateReach = 2

// auxiliaries are the past forms of быть before a short participle.
var auxiliaries = []string{"был", "была", "было", "были"}

// founded: «A основал X», «X основали (братья) A и B», «X был основан (в
// 1991 году) A-instr»: FOUNDED_BY from the organization X to the founder
// A, a person or an organization. The active verb takes the founder on
// its left and the organization on its right, or the other way round when
// no founder stands on the left; the passive one takes the organization
// on its left (the subject, or a noun that refers back to one: «Институт
// был основан …») and the founder on its right in the instrumental, and so
// does the participle («агрохолдинг „Эконива“, основанный немецким
// предпринимателем Штефаном Дюрром»). The passive verb also dates the
// founding (DATE_FOUNDED_IN) by a date «в …» right after it, founder or
// none: «Завод основан в 1966 году».
func (c *patternContext) founded(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	org, founder := -1, -1
	if w := strings.ToLower(toks[ti].Text); strings.HasSuffix(w, "л") || strings.HasSuffix(w, "ли") || strings.HasSuffix(w, "ла") {
		if founder = c.partyLeft(si, ti); founder >= 0 {
			if c.governed(founder) {
				return out // «Джобс ушел из Apple и основал компанию NeXT»
			}
			org = c.rightOf(si, ti, "ORGANIZATION", patternReach)
		} else if org = c.subject(si, ti); org >= 0 {
			founder = c.partyRight(si, ti)
		}
	} else {
		at := ti
		if ti > 0 && isAnyFold(toks[ti-1].Text, auxiliaries) {
			at = ti - 1
		}
		org = c.subject(si, at)
		if d := c.rightOf(si, ti, "DATE", foundingDateReach); org >= 0 && d >= 0 && c.ms[org].Type == "ORGANIZATION" && strings.HasPrefix(strings.ToLower(c.ms[d].Text), "в ") {
			// «Ульяновский механический завод основан в 1966 году»
			out = append(out, c.found("DATE_FOUNDED_IN", org, d))
		}
		founder = c.rightOf(si, ti, "PERSON", patternReach)
		if o := c.rightOf(si, ti, "ORGANIZATION", patternReach); founder < 0 || o >= 0 && c.tokenOf[o].first < c.tokenOf[founder].first {
			founder = o
		}
		if founder >= 0 && !instrumental(toks[c.tokenOf[founder].last].Text) {
			founder = -1
		}
	}
	if org < 0 || founder < 0 || c.ms[org] == c.ms[founder] || c.ms[org].Type != "ORGANIZATION" {
		return out
	}
	return append(out, c.found("FOUNDED_BY", org, founder))
}

// governed reports whether a preposition stands right before mention i,
// its opening quote or the noun before it («из Apple», «в „Газпроме“», «в
// гипермаркете „Окей“»): the mention is no subject.
func (c *patternContext) governed(i int) bool {
	if c.afterPreposition(i) {
		return true
	}
	toks, k := c.tokenBeforeMention(i)
	return k > 0 && isPreposition(toks[k-1].Text) && slices.ContainsFunc(readings(toks[k].Text), func(p morph.Parse) bool { return p.Tag.POS() == morph.NOUN })
}

// afterPreposition reports whether a preposition stands right before
// mention i or its opening quote («на сотрудника ДПС»), not before a noun
// that governs it («в поздравлении президента России»).
func (c *patternContext) afterPreposition(i int) bool {
	toks, k := c.tokenBeforeMention(i)
	return k >= 0 && isPreposition(toks[k].Text)
}

// isPreposition reports whether the likeliest reading of w is a
// preposition.
func isPreposition(w string) bool {
	ps := readings(w)
	return len(ps) > 0 && ps[0].Tag.POS() == morph.PREP
}

// instrumental reports whether some reading of w is in the instrumental
// («Алекперовым», «Дубининым», «компанией»): endings alone also take
// words in -ом, -ем, -ой that are in no such case («дом», «Толстой»).
// Without the dictionary's readings, whether w ends as a noun or a name in
// the instrumental singular does.
func instrumental(w string) bool {
	if ps := readings(w); len(ps) > 0 {
		return slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Tag.Case() == morph.Ablt })
	}
	w = strings.ToLower(w)
	for _, e := range []string{"ом", "ем", "ым", "им", "ой", "ей", "ою", "ею"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// spouseWords are the forms of жена, муж, супруга, супруг, вдова and вдовец.
var spouseWords = []string{"жена", "жены", "жене", "жену", "женой", "муж", "мужа", "мужу", "мужем", "муже",
	"супруга", "супруги", "супруге", "супругу", "супругой", "супруг", "супругом", "вдова", "вдовы", "вдове",
	"вдову", "вдовой", "вдовец", "вдовца"}

// spouse finds SPOUSE from a person to the person a word of spouseWords
// names: «Барак Обама с женой Мишель», «Маурисио Макри и его супругой
// Хулианой Авада», «со ссылкой на его жену Галину Юркову-Данелия» (the
// person named before, within patternReach tokens), or «Вдова Солженицына,
// Наталья Дмитриевна» (the person in the genitive after the word). The
// spouse is the person right after the word, or after a post («супруги
// певицы Бейонсе»).
func (c *patternContext) spouse(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	personAt := func(k int) int { return c.startingAt(si, k, "PERSON") }
	of, named := -1, -1
	if x := personAt(ti + 1); x >= 0 {
		if k := c.tokenOf[x].last + 1; k+1 < len(toks) && toks[k].Text == "," && personAt(k+1) >= 0 {
			of, named = x, personAt(k+1) // «Вдова Солженицына, Наталья Дмитриевна»
		} else {
			of, named = c.leftOf(si, ti, "PERSON", patternReach), x
		}
	} else {
		if post := c.startingAt(si, ti+1, "PROFESSION"); post >= 0 && sameCase(toks[ti].Text, toks[ti+1].Text) {
			// «супруги певицы Бейонсе»: the spouse's own post, in the
			// word's case (not «супруга экс-президента Чехии Ливия
			// Клаусова», the wife of the president)
			named = personAt(c.tokenOf[post].last + 1)
		}
		if named < 0 {
			return out
		}
		of = c.leftOf(si, ti, "PERSON", patternReach)
	}
	if of < 0 {
		of = c.possessiveAntecedent(si, ti, named) // «… Его жена Светлана работает учителем»
	}
	if of < 0 || named < 0 || c.ms[of].Text == c.ms[named].Text {
		return out
	}
	return append(out, c.found("SPOUSE", of, named))
}

// lawVerbs are the forms of the verbs that make a law: подписать,
// принять, одобрить, внести (a bill), утвердить.
var lawVerbs = []string{"подписал", "подписала", "подписали", "принял", "приняла", "приняли", "одобрил", "одобрила",
	"одобрили", "внес", "внёс", "внесла", "внесли", "утвердил", "утвердила", "утвердили"}

// lawmaker finds PRODUCES from the person or organization that signs,
// passes, approves or introduces a law to the LAW mention within three
// tokens after the verb, as NEREL annotates it: «Президент России Владимир
// Путин подписал закон о повышении пенсионного возраста», «Госдума приняла
// закон …», «закон … одобрил Совет Федерации» (the maker after the verb
// when the law comes before it).
func (c *patternContext) lawmaker(out []Found, si, ti int) []Found {
	law := c.rightOf(si, ti, "LAW", 3)
	maker := -1
	if law >= 0 {
		maker = c.partyLeft(si, ti)
	} else if law = c.leftOf(si, ti, "LAW", 2); law >= 0 {
		maker = c.partyRight(si, ti)
	}
	if law < 0 || maker < 0 {
		return out
	}
	return append(out, c.found("PRODUCES", maker, law))
}

// acquaintTriggers begin the forms of знакомиться, познакомиться.
var acquaintTriggers = []string{"знакомит", "познакомил", "знакомил", "познакомит"}

// acquaint finds KNOWS from the person before «(по)знакомился» to each
// person of the list after «с», and between the persons next to each other
// in that list, as NEREL annotates it: «Холлис знакомится с Саймоном
// Бреннером, Ли Харрисом и Полом Уэббом».
func (c *patternContext) acquaint(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	x := c.leftOf(si, ti, "PERSON", 3)
	if x < 0 || ti+2 >= len(toks) || !isAnyFold(toks[ti+1].Text, []string{"с", "со"}) {
		return out
	}
	var list []int
	k := ti + 2
	for {
		y := c.startingAt(si, k, "PERSON")
		if y < 0 {
			break
		}
		list = append(list, y)
		k = c.tokenOf[y].last + 1
		if k >= len(toks) || toks[k].Text != "," && toks[k].Text != "и" {
			break
		}
		k++
	}
	for i, y := range list {
		if c.ms[y].Text != c.ms[x].Text {
			out = append(out, c.found("KNOWS", x, y))
		}
		if i > 0 {
			out = append(out, c.found("KNOWS", list[i-1], y))
		}
	}
	return out
}

// childWords are the forms of сын and дочь.
var childWords = []string{"сын", "сына", "сыну", "сыном", "сыне", "дочь", "дочери", "дочерью"}

// child finds PARENT_OF from a person to the child a word of childWords
// names: «сын Акихито Нарухито», «Дочь Ван Цзюня, Ван Цзинцзин» (the
// parent in the genitive after the word, the child after it), «Мейв
// Кеннеди и её восьмилетний сын Гидеон» (the parent named before a
// possessive, the child right after the word), «Микелла Абрамова — дочь
// предпринимателя Яна Абрамова и певицы Алсу» (the child before a dash, the
// parents after the word, their posts aside).
func (c *patternContext) child(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	personAt := func(k int) int { return c.startingAt(si, k, "PERSON") }
	if ti >= 2 && (toks[ti-1].Text == "—" || toks[ti-1].Text == "–") {
		if kid := c.leftOf(si, ti-1, "PERSON", 1); kid >= 0 {
			for p := c.personPast(si, ti+1); p >= 0; {
				out = append(out, c.found("PARENT_OF", p, kid))
				k := c.tokenOf[p].last + 1
				if k >= len(toks) || toks[k].Text != "и" {
					break
				}
				p = c.personPast(si, k+1)
			}
			return out
		}
	}
	if x := personAt(ti + 1); x >= 0 {
		k := c.tokenOf[x].last + 1
		if k < len(toks) && toks[k].Text == "," {
			k++
		}
		if y := personAt(k); y >= 0 && c.ms[x].Text != c.ms[y].Text {
			return append(out, c.found("PARENT_OF", x, y))
		}
		for j := ti - 1; j >= 0 && j >= ti-2; j-- {
			if possessives[strings.ToLower(toks[j].Text)] {
				p := c.leftOf(si, j, "PERSON", patternReach)
				if p < 0 {
					p = c.possessiveAntecedent(si, ti, x) // «… Его сын Андрей»
				}
				if p >= 0 && c.ms[p].Text != c.ms[x].Text {
					return append(out, c.found("PARENT_OF", p, x))
				}
				break
			}
		}
	}
	return out
}

// sameCase reports whether some noun reading of a and some reading of b
// share a case. Without the dictionary, or when it reads a as no noun,
// it reports true.
func sameCase(a, b string) bool {
	pa, pb := readings(a), readings(b)
	if pa == nil || pb == nil || !slices.ContainsFunc(pa, func(p morph.Parse) bool { return p.Tag.POS() == morph.NOUN }) {
		return true
	}
	for _, x := range pa {
		if x.Tag.POS() != morph.NOUN {
			continue
		}
		for _, y := range pb {
			if x.Tag.Case() == y.Tag.Case() {
				return true
			}
		}
	}
	return false
}

// throughSubsidiary reports whether «через» stands before the subsidiary
// trigger at ti, past a possessive («через свою дочернюю структуру»).
func throughSubsidiary(toks []doc.Token, ti int) bool {
	k := ti - 1
	if k >= 0 && possessives[strings.ToLower(toks[k].Text)] {
		k--
	}
	return k >= 0 && strings.EqualFold(toks[k].Text, "через")
}

var possessives = map[string]bool{"свою": true, "свои": true, "своих": true, "его": true, "её": true, "ее": true, "их": true}

func stop(tok string) bool { return tok == ";" || tok == ":" || tok == "—" || tok == "–" }

// hasPrefix reports whether s begins with one of the lower-case prefixes,
// ignoring case.
func hasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		// EqualFold on the first len(p) bytes: Cyrillic letters keep their
		// byte length across case, and no allocation per token
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// hasSuffix reports whether s ends with one of suffixes.
func hasSuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
